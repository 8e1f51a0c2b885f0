"""What every pane receives: the ledger, settings, language, clock, ops and error mapping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from secledger.services.ledger import Ledger, utcnow
from secledger.store.keyslots import DEFAULT_KDF, KdfParams
from secledger.ui import errors
from secledger.ui.ops import Op, Progress

ORG = "SecLedger"
APP = "SecLedger"


def default_settings() -> QSettings:
    return QSettings(ORG, APP)


def ini_settings(path: Path) -> QSettings:
    """Settings in an INI file (tests, portable installs)."""
    return QSettings(str(path), QSettings.Format.IniFormat)


class AppContext(QObject):
    """Shared state of one running app. ``ledger`` is None until someone logs in."""

    #: frozenset of change keys, e.g. frozenset({"carriers"}); panes refresh on it.
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

    # -- ledger -----------------------------------------------------------------
    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            raise RuntimeError("no ledger is open")
        return self._ledger

    @ledger.setter
    def ledger(self, led: Ledger | None) -> None:
        self._ledger = led

    @property
    def has_ledger(self) -> bool:
        return self._ledger is not None

    def close_ledger(self) -> None:
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def notify(self, *keys: str) -> None:
        """Tell panes what changed (emits ``changed``)."""
        self.changed.emit(frozenset(keys))

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
    ) -> Op:
        """Run ``fn(progress)`` on a worker thread; see ``secledger.ui.ops``."""
        op = Op(fn, title=title, parent=parent, on_done=on_done,
                on_error=lambda exc: self.show_error(exc, parent), cancellable=cancellable)
        self._ops.add(op)
        op.finished.connect(lambda: self._ops.discard(op))
        return op.start()

    def hold_lock(self, holder: object) -> None:
        self._holds.add(holder)

    def release_lock(self, holder: object) -> None:
        self._holds.discard(holder)

    @property
    def busy(self) -> bool:
        """True while an operation runs or something holds the lock off (the idle lock
        waits for it)."""
        return bool(self._holds) or any(op.running for op in self._ops)
