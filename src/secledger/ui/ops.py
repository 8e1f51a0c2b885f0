"""Long work off the GUI thread, with one error path (as Anki's ``aqt.operations``).

``Op`` runs ``fn(progress)`` on the global QThreadPool. ``progress(done, total)`` may be
called from the worker; it returns False once the user pressed Cancel, and the function is
expected to stop then. A QProgressDialog appears only when the work takes longer than
``SHOW_AFTER_MS``. The result (or the exception) comes back on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300
Progress = Callable[[int, int], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals,
                 cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> bool:
        self._signals.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Op(QObject):
    """One running operation. ``finished`` is emitted on the GUI thread when it ends."""

    finished = Signal()

    def __init__(self, fn: Callable[[Progress], Any], *, title: str, parent: QWidget | None,
                 on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None], cancellable: bool = False) -> None:
        super().__init__()
        self.cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._on_done = on_done
        self._on_error = on_error
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._dialog = self._make_dialog(title, parent, cancellable)
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._dialog.show)
        self._runnable = _Runnable(fn, self._signals, self.cancelled)
        self.running = False

    def _make_dialog(self, title: str, parent: QWidget | None, cancellable: bool) -> QProgressDialog:
        dlg = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dlg.setObjectName("opProgress")
        dlg.setWindowTitle(title)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        if not cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(self.cancel)
        dlg.hide()
        return dlg

    def start(self) -> Op:
        self.running = True
        self._show_timer.start()
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.cancelled.set()

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)

    def _close_dialog(self) -> None:
        self.running = False
        self._show_timer.stop()
        self._dialog.hide()
        self._dialog.deleteLater()

    def _on_succeeded(self, result: Any) -> None:
        self.result = result
        self._close_dialog()
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._close_dialog()
        try:
            self._on_error(exc)
        finally:
            self.finished.emit()
