"""The longest GUI-thread stall while browsing a big ledger (``python -m secledger.bench``),
as figures.

The measurement runs in the Qt layer (``secledger.ui.benchmark.stalls.browsing_stalls``): a
5 ms heartbeat on the GUI thread times every gap in the event loop while a script sorts,
jumps before the position index is ready, pages, filters and searches, each step run from
the event loop as a click would be. Here its result becomes two figures: the longest gap
overall, and the slowest step's own time on the GUI thread (its rows column: how many steps
showed a placeholder row at the top right after).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from secledger.bench.figures import Figure

if TYPE_CHECKING:
    from secledger.ui.benchmark.stalls import Stalls

TARGET_MS = 50.0


def figures(stalls: Stalls) -> list[Figure]:
    worst = max(stalls.steps, key=lambda k: stalls.steps[k])
    return [
        Figure(f"longest GUI stall while browsing ({len(stalls.steps)} steps: sort, jump before "
               "the index is ready, page, filter, search)", stalls.longest_gap_ms, None,
               TARGET_MS, len(stalls.steps)),
        Figure(f"  slowest step on the GUI thread ({worst})", stalls.steps[worst], None,
               TARGET_MS, stalls.placeholders_seen),
    ]
