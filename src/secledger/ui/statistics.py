"""Planner statistics kept current while the app runs: a minute after the main window
opens, and every six hours after that, ``services.ledger.statistics.keep_statistics`` runs
on a worker thread of its own (never the GUI thread; a few milliseconds unless the ledger
grew or shrank by a tenth, then about a second and a half on a million carriers). Nothing
runs while the ledger is locked; locking drops what waits and lets the running refresh end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from secledger.services.ledger.statistics import keep_statistics
from secledger.ui.models.worker import Worker


class StatisticsKeeper(QObject):
    """Runs ``keep_statistics`` now and then for the window's ledger."""

    FIRST_MS = 60_000
    EVERY_MS = 6 * 3600_000

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runs = 0  # refreshes started (for tests)
        self._worker = Worker("statistics")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_now)

    def start(self) -> None:
        self._timer.start(self.FIRST_MS)

    def refresh_now(self) -> None:
        """Hand a refresh to the worker (skipped while locked or busy), then wait again."""
        self._timer.start(self.EVERY_MS)
        if not self.ctx.has_ledger or self.ctx.ledger.locked or self.ctx.busy:
            return
        led = self.ctx.ledger
        self.runs += 1

        def job() -> None:
            keep_statistics(led)

        self._worker.submit("refresh", job)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        return self._worker.wait_idle(timeout)

    def clear_for_lock(self) -> None:
        """The ledger locks: nothing more starts; a refresh running ends by itself (its
        connection is closed with the others)."""
        self._worker.cancel()
        self._worker.wait_idle(0.5)
