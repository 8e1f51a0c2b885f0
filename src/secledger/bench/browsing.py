"""The longest GUI-thread stall while browsing a big ledger (``python -m secledger.bench``).

A 5 ms heartbeat on the GUI thread measures every gap in the event loop while a script
does what a user does, each step run from the event loop as a click would be: sort by a
column, jump to the middle and to the end at once (before any background position index
is ready), page down, filter, sort the filtered list, search. Each step's own time (the
slot and the repaint it causes) and the longest gap overall are the figures; pages arrive
from the model's worker threads meanwhile and show placeholders until then.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secledger.bench.figures import Figure

TARGET_MS = 50.0
SETTLE_MS = 400  # event loop time after each step: pages arrive, the index may not


@dataclass
class Stalls:
    longest_gap_ms: float = 0.0
    steps: dict[str, float] = field(default_factory=dict)  # step -> ms on the GUI thread
    placeholders_seen: int = 0


def _steps(pane: Any) -> list[tuple[str, Callable[[], None]]]:
    from PySide6.QtCore import Qt

    from secledger.domain.enums import CarrierState
    from secledger.ui.models.carriers import HOLDER, TITLE, UNIT

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


def measure(app: Any, pane: Any) -> Stalls:
    """Run the steps on *pane* (shown, its first page loaded) and time the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from secledger.ui.models.windowed import PLACEHOLDER

    out = Stalls()
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    gaps: list[int] = []

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()
    loop = QEventLoop()
    for name, step in _steps(pane):
        def run(step: Callable[[], None] = step, name: str = name) -> None:
            t0 = time.perf_counter()
            step()
            pane.table.viewport().repaint()  # the rows on screen, placeholders or not
            out.steps[name] = (time.perf_counter() - t0) * 1000
            top = pane.table.rowAt(0)
            if top >= 0 and pane.model.index(top, 0).data() == PLACEHOLDER:
                out.placeholders_seen += 1
        QTimer.singleShot(0, run)
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
    heart.stop()
    out.longest_gap_ms = float(max(gaps[1:] or [0]))
    return out


def figures(stalls: Stalls) -> list[Figure]:
    worst = max(stalls.steps, key=lambda k: stalls.steps[k])
    return [
        Figure(f"longest GUI stall while browsing ({len(stalls.steps)} steps: sort, jump before "
               "the index is ready, page, filter, search)", stalls.longest_gap_ms, None,
               TARGET_MS, len(stalls.steps)),
        Figure(f"  slowest step on the GUI thread ({worst})", stalls.steps[worst], None,
               TARGET_MS, stalls.placeholders_seen),
    ]
