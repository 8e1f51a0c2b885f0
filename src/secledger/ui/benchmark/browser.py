"""The ledger browser as the benchmark drives it: unlocked to its first page painted, browsed
as a user browses (search, filter, sort, scroll), jumped to its last row.

A real ``BrowserPane`` on a real ``AppContext``, offscreen. ``secledger.bench.gui`` times the
raw ``sqlcipher3`` queries beside what this returns and makes the figures; here only the
browser is driven and timed, and the results are plain numbers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from secledger.domain.enums import CarrierState
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.ui.benchmark import qt_app
from secledger.ui.benchmark.stalls import Stalls, browsing_stalls
from secledger.ui.context import AppContext, ini_settings
from secledger.ui.models.carriers import ID_ROLE, REGISTERED, TITLE
from secledger.ui.panes.browse.browser import BrowserPane


@dataclass(frozen=True)
class EndJump:
    """Jumping to the last row until it is painted with its data: ms of each run, and the
    id of the carrier in the last row (to check against the raw last page)."""

    ms: tuple[float, ...]
    last_id: Any


def _qt_order(ascending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder


class BenchBrowser:
    """One unlocked ledger shown in the browser; ``close()`` closes both."""

    def __init__(self, app: QCoreApplication, led: Ledger, ctx: AppContext,
                 pane: BrowserPane) -> None:
        self.app, self.ledger, self.pane = app, led, pane
        self._ctx: AppContext | None = ctx  # the pane's context lives as long as the pane

    @classmethod
    def unlock_and_paint(cls, path: Path, username: str, password: str,
                         kdf: Any) -> tuple[BenchBrowser, float]:
        """Unlock the ledger at *path* (key derivation included) and show the browser until
        its first page is painted: the browser and the ms that took."""
        app = qt_app()
        settings = ini_settings(Path(os.environ.get("TMPDIR", "/tmp")) / "secledger-bench.ini")
        settings.clear()
        t0 = time.perf_counter()
        led = open_ledger(path, username=username, password=password, kdf=kdf)
        ctx = AppContext(settings=settings, ledger=led, kdf=kdf)
        pane = BrowserPane(ctx)
        pane.resize(1400, 800)
        pane.show()
        pane.refresh()
        while pane.model.held_row(0) is None:  # the first page arrives from the page worker
            app.processEvents()
        pane.table.viewport().grab()  # paints the visible rows
        ms = (time.perf_counter() - t0) * 1000
        return cls(app, led, ctx, pane), ms

    def settle(self) -> None:
        """Let the lazy count land and the workers go idle before measuring on."""
        while not self.pane.model.count_known:
            self.app.processEvents()
        self.pane.model.wait_idle(120)
        self.app.processEvents()

    def close(self) -> None:
        self.pane.model.wait_idle(120)
        self.pane.close()
        self.pane.deleteLater()
        self.app.processEvents()
        self.ledger.close()
        self._ctx = None

    def stalls(self) -> Stalls:
        """The GUI thread's stalls while browsing (``stalls.browsing_stalls``)."""
        return browsing_stalls(self.pane)

    def show_everything(self) -> None:
        """Back to every carrier, newest first (as after unlocking)."""
        self.pane.reset_filters()
        self.pane.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.pane.model.sort(-1)
        while self.pane.model.held_row(0) is None:
            self.app.processEvents()

    def jump_to_end(self, repeat: int) -> EndJump:
        """Scroll to the last row until it is painted with its data (the page read by the
        worker meanwhile), *repeat* times, each after the cached pages were dropped."""
        pane, app = self.pane, self.app
        times = []
        for _ in range(repeat):
            pane.table.scrollToTop()
            pane.model.refresh()  # drop the cached pages (the count is recounted)
            while not pane.model.count_known or pane.model.held_row(0) is None:
                app.processEvents()
            pane.model.wait_idle(120)
            app.processEvents()
            pane.table.viewport().grab()
            t0 = time.perf_counter()
            pane.table.scrollToBottom()
            last = pane.model.rowCount() - 1
            while pane.model.held_row(last) is None:
                app.processEvents()
            pane.table.viewport().grab()
            times.append((time.perf_counter() - t0) * 1000)
        last_id = pane.model.index(pane.model.rowCount() - 1, 0).data(ID_ROLE)
        return EndJump(tuple(times), last_id)

    def browse_like_a_user(self, queries: Iterable[str]) -> None:
        """Search each of *queries*, clear the search, filter 在库, sort by title and by
        registration date; after each, scroll to the middle, the end and a quarter, every
        page on screen painted with its data."""
        pane = self.pane
        steps: list[Callable[[], None]] = [
            *[partial(pane.search.setText, t) for t in queries],
            partial(pane.search.setText, ""),
            partial(pane.state.setCurrentIndex, pane.state.findData(CarrierState.IN_STORE)),
            partial(pane.table.sortByColumn, TITLE, _qt_order(True)),
            partial(pane.table.sortByColumn, REGISTERED, _qt_order(False)),
        ]
        for step in steps:
            step()
            pane.apply_filters()
            while not pane.model.count_known:
                self.app.processEvents()
            pane.model.wait_idle(120)
            self.app.processEvents()
            for pos in (0.5, 1.0, 0.25):
                self._scroll_and_paint(pos)

    def _scroll_and_paint(self, pos: float) -> None:
        table = self.pane.table
        table.verticalScrollBar().setValue(int(table.verticalScrollBar().maximum() * pos))
        self.app.processEvents()
        table.viewport().grab()  # asks for the pages on screen
        while self.pane.model.loading:
            self.app.processEvents()
        table.viewport().grab()
