"""How long the GUI thread stalls: a heartbeat on the Qt event loop, and the longest gap
between its beats while the browser is driven as a user drives it, or while work runs on a
worker thread as ``AppContext.write_long`` runs prints and exports.

Browsing: a 5 ms heartbeat measures every gap in the event loop while a script does what a
user does, each step run from the event loop as a click would be: sort by a column, jump to
the middle and to the end at once (before any background position index is ready), page
down, filter, sort the filtered list, search. Each step's own time (the slot and the repaint
it causes) and the longest gap overall are measured; pages arrive from the model's worker
threads meanwhile and show placeholders until then.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer

from secledger.domain.enums import CarrierState
from secledger.ui.models.carriers import HOLDER, TITLE, UNIT
from secledger.ui.models.windowed import PLACEHOLDER

SETTLE_MS = 400  # event loop time after each browsing step: pages arrive, the index may not


@dataclass(frozen=True)
class Stalls:
    """The GUI thread while browsing: the longest gap between heartbeats, each step's own
    time (ms), and how many steps showed a placeholder row at the top right after."""

    longest_gap_ms: float
    steps: dict[str, float]
    placeholders_seen: int


class Heartbeat:
    """A timer beating every *interval_ms* on the GUI thread, noting the gap since the last
    beat; a long gap is a time the event loop could not run."""

    def __init__(self, interval_ms: int) -> None:
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.elapsed()
        self.gaps: list[int] = []
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = self._clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def longest_gap_ms(self) -> float:
        """The longest gap, the first one (the timer starting) left out."""
        return float(max(self.gaps[1:] or [0]))


def _steps(pane: Any) -> list[tuple[str, Callable[[], None]]]:
    bar = pane.table.verticalScrollBar

    def scroll(pos: float) -> Callable[[], None]:
        return lambda: bar().setValue(int(bar().maximum() * pos))

    def filter_state() -> None:
        pane.state.setCurrentIndex(pane.state.findData(CarrierState.IN_STORE))

    def search() -> None:
        pane.search.setText("保密")
        pane.apply_filters()

    def page_down() -> None:
        for _ in range(5):
            bar().triggerAction(bar().SliderAction.SliderPageStepAdd)

    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    return [
        ("sort by title (header click)", lambda: pane.table.sortByColumn(TITLE, asc)),
        ("jump to the middle at once", scroll(0.5)),
        ("jump to the end", scroll(1.0)),
        ("page down ×5", page_down),
        ("jump to ¼", scroll(0.25)),
        ("filter 在库", filter_state),
        ("sort by holder ↓", lambda: pane.table.sortByColumn(HOLDER, desc)),
        ("jump to ¾", scroll(0.75)),
        ("search 保密", search),
        ("sort by unit ↓", lambda: pane.table.sortByColumn(UNIT, desc)),
        ("jump to the middle", scroll(0.5)),
    ]


def browsing_stalls(pane: Any) -> Stalls:
    """Run the browsing steps on *pane* (a ``BrowserPane``, shown, its first page loaded),
    each from the event loop, and time the GUI thread."""
    steps: dict[str, float] = {}
    placeholders = [0]
    heart = Heartbeat(5)
    heart.start()
    loop = QEventLoop()
    for name, step in _steps(pane):
        def run(step: Callable[[], None] = step, name: str = name) -> None:
            t0 = time.perf_counter()
            step()
            pane.table.viewport().repaint()  # the rows on screen, placeholders or not
            steps[name] = (time.perf_counter() - t0) * 1000
            top = pane.table.rowAt(0)
            if top >= 0 and pane.model.index(top, 0).data() == PLACEHOLDER:
                placeholders[0] += 1
        QTimer.singleShot(0, run)
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
    heart.stop()
    return Stalls(heart.longest_gap_ms, steps, placeholders[0])


def longest_stall(work: Callable[[], Any]) -> float:
    """Longest gap (ms) between 10 ms heartbeats of the Qt event loop while *work* runs in a
    worker thread, as ``AppContext.write_long`` runs prints and exports."""
    assert QCoreApplication.instance() is not None
    heart = Heartbeat(10)
    loop = QEventLoop()
    done = threading.Event()

    def run_then_signal() -> None:
        work()
        done.set()

    worker = threading.Thread(target=run_then_signal, daemon=True)
    finish = QTimer()
    finish.setInterval(5)
    finish.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    heart.start()
    finish.start()
    worker.start()
    loop.exec()
    heart.stop()
    finish.stop()
    worker.join()
    return heart.longest_gap_ms
