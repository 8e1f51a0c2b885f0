"""What every pane receives: the ledger, settings, language, clock, the one operation path and
the error mapping.

Every write a pane makes goes through ``AppContext.write`` (short, on the GUI thread) or
``AppContext.write_long`` (off the GUI thread with progress and cancel; also long reads such
as verification). Both run the call through ``services.ledger.outcome.perform``, map a
refusal to its translated message in one place (``ui.errors``), log and show anything else,
and broadcast the ``Changes`` the call's committed events describe on ``changed``; panes
refresh from that, never from a guess. ``AppContext.read`` gives a short read that the ledger
may refuse the same error path.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from secledger.domain.changes import Area, Changes
from secledger.domain.errors import ChangedElsewhere, DomainError
from secledger.services.ledger import feed
from secledger.services.ledger.outcome import Outcome, perform
from secledger.services.ledger.session import Ledger, utcnow
from secledger.store.keyslots import DEFAULT_KDF, KdfParams
from secledger.ui import errors
from secledger.ui.ops import Op, Progress

T = TypeVar("T")


class ErrorSink(Protocol):
    """Where a pane shows a refusal inline (``ui.widgets.forms.ErrorLabel``). A sink that
    also has ``show_refusal(exc, text)`` is handed the refusal itself (to focus the field at
    fault) instead of ``show_text``."""

    def show_text(self, text: str) -> None: ...

    def clear_text(self) -> None: ...


ORG = "SecLedger"
APP = "SecLedger"
#: how often a desktop on a server ledger looks for other desktops' changes
POLL_MS = 3000


def default_settings() -> QSettings:
    return QSettings(ORG, APP)


def ini_settings(path: Path) -> QSettings:
    """Settings in an INI file (tests, portable installs)."""
    return QSettings(str(path), QSettings.Format.IniFormat)


class AppContext(QObject):
    """Shared state of one running app. ``ledger`` is None until someone logs in."""

    #: a ``domain.changes.Changes``: what the last write changed; panes refresh on it.
    changed = Signal(object)

    def __init__(
        self,
        *,
        settings: QSettings | None = None,
        lang: str = "zh_CN",
        clock: Callable[[], datetime] = utcnow,
        kdf: KdfParams = DEFAULT_KDF,
        ledger: Ledger | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else default_settings()
        self.lang = lang
        self.clock = clock
        self.kdf = kdf
        self._ledger = ledger
        #: Idle auto-lock override in ms (tests); None: the ledger's policy setting.
        self.idle_timeout_ms: int | None = None
        self._ops: set[Op] = set()
        #: Things on screen that must not vanish behind the lock (an unconfirmed new
        #: recovery code): while any is held the ledger does not lock.
        self._holds: set[object] = set()
        #: a server ledger: other desktops' changes appear within POLL_MS
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh_from_others)
        if ledger is not None and ledger.server is not None:
            self._poll.start()

    # -- ledger -----------------------------------------------------------------
    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            raise RuntimeError("no ledger is open")
        return self._ledger

    @ledger.setter
    def ledger(self, led: Ledger | None) -> None:
        self._ledger = led
        self._poll.stop()
        if led is not None and led.server is not None:
            self._poll.start()

    def refresh_from_others(self) -> None:
        """On a server ledger: announce what other desktops changed since the last look."""
        led = self._ledger
        if led is None or led.server is None or led.locked:
            return
        try:
            changes = feed.poll(led)
        except Exception as exc:  # the server unreachable for a moment: the next poll tries
            errors.log_unexpected(exc)
            return
        self.announce(changes)

    @property
    def has_ledger(self) -> bool:
        return self._ledger is not None

    def close_ledger(self) -> None:
        self._poll.stop()
        self.wait_for_ops()
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def announce(self, changes: Changes) -> None:
        """Tell panes what changed (emits ``changed``) unless nothing did."""
        if changes:
            self.changed.emit(changes)

    def announce_areas(self, *areas: Area) -> None:
        """A change that commits no event (a file written beside the ledger, a re-login)."""
        self.announce(Changes.of(*areas))

    # -- the one operation path ----------------------------------------------------------
    def write(self, fn: Callable[[], T], *, parent: QWidget | None,
              error: ErrorSink | None = None) -> T | None:
        """Run a short write (well under 50 ms) on the GUI thread.

        A refusal (``DomainError``) is shown in *error* when given, else in a message box, and
        None is returned; any other exception is logged and shown with a plain message. On
        success *error* is cleared, the changes are broadcast and the result returned."""
        outcome = self._guarded(lambda: perform(fn, self._ledger), parent, error)
        if outcome is None:
            return None
        self.announce(outcome.changes)
        return outcome.result

    def read(self, fn: Callable[[], T], *, parent: QWidget | None,
             error: ErrorSink | None = None) -> T | None:
        """Run a short read that the ledger may refuse (locked, not allowed, not found): the
        refusal and any other error take the same path as a write's; nothing is announced."""
        return self._guarded(fn, parent, error)

    def write_long(
        self,
        fn: Callable[[Progress], T],
        *,
        title: str,
        parent: QWidget | None,
        on_done: Callable[[T], None] | None = None,
        cancellable: bool = False,
        error: ErrorSink | None = None,
    ) -> Op:
        """Run work that can take longer than 50 ms (printing, exports, verification, backups,
        big lists) on a worker thread, with a progress dialog (and Cancel when
        *cancellable*). Errors take the same path as ``write`` (a refusal in *error* when
        given); on success *error* is cleared, the changes are broadcast (a read commits
        none: nothing is), then ``on_done(result)`` runs on the GUI thread."""
        def work(progress: Progress) -> Outcome[T]:
            return perform(lambda: fn(progress), self._ledger)

        def done(outcome: Outcome[T]) -> None:
            if error is not None:
                error.clear_text()
            self.announce(outcome.changes)
            if on_done is not None:
                on_done(outcome.result)

        return self.run_op(work, title=title, parent=parent, on_done=done,
                           cancellable=cancellable, error=error)

    def _guarded(self, fn: Callable[[], T], parent: QWidget | None,
                 error: ErrorSink | None) -> T | None:
        try:
            result = fn()
        except Exception as exc:
            self.failed(exc, parent, error)
            return None
        if error is not None:
            error.clear_text()
        return result

    def failed(self, exc: BaseException, parent: QWidget | None,
               error: ErrorSink | None = None) -> None:
        """Show why a call failed: a refusal in *error* (else a message box); anything else
        is a bug, logged and shown with a plain message."""
        if isinstance(exc, ChangedElsewhere):
            self.refresh_from_others()
        if isinstance(exc, DomainError):
            if error is not None:
                refusal = getattr(error, "show_refusal", None)
                if refusal is not None:
                    refusal(exc, self.error_text(exc))
                else:
                    error.show_text(self.error_text(exc))
            else:
                self.show_error(exc, parent)
            return
        errors.log_unexpected(exc)
        self.show_error(exc, parent)

    # -- errors -------------------------------------------------------------------
    def error_text(self, exc: BaseException) -> str:
        return errors.error_text(exc, self.lang)

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        errors.show_error(exc, self.lang, parent)

    # -- operations off the GUI thread ------------------------------------------------
    def run_op(
        self,
        fn: Callable[[Progress], Any],
        *,
        title: str,
        parent: QWidget | None,
        on_done: Callable[[Any], None] | None = None,
        cancellable: bool = False,
        error: ErrorSink | None = None,
    ) -> Op:
        """Run ``fn(progress)`` on a worker thread (see ``secledger.ui.ops``); the machinery
        under ``write_long``, which panes use."""
        op = Op(fn, title=title, parent=parent, on_done=on_done,
                on_error=lambda exc: self.failed(exc, parent, error), cancellable=cancellable)
        self._ops.add(op)
        op.finished.connect(lambda: self._ops.discard(op))
        return op.start()

    def wait_for_ops(self, timeout_ms: int = 60_000) -> None:
        """Ask running operations to stop and wait until their workers return: closing the
        ledger closes every connection, and one closed under a running query would take
        the process down. Their results still arrive, queued, and find no ledger."""
        from secledger.ui.models.worker import stop_all

        for op in list(self._ops):
            op.cancelled.set()
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        stop_all(timeout_ms / 1000)

    def hold_lock(self, holder: object) -> None:
        self._holds.add(holder)

    def release_lock(self, holder: object) -> None:
        self._holds.discard(holder)

    @property
    def busy(self) -> bool:
        """True while an operation runs or something holds the lock off (the idle lock
        waits for it)."""
        return bool(self._holds) or any(op.running for op in self._ops)
