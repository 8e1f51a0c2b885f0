"""年度统计: every table of a period's statistics, computed in one read transaction with
progress (the pane runs it off the GUI thread): the flows by level, carrier type, register
and month with the carriers held at the end (``statistics_flows``), and custody, departments,
units, stocktakes, losses, classification decisions and the personal retention still out
(``statistics_custody``), and the devices and media destroyed (``statistics_media``). Times are turned into the ledger's local time here.

Readers: the security officer, the auditor and the clerk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from sqlalchemy.orm import Session

from secledger.domain.yearend import Period, StatRow, StatTable
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, local_tz, to_local, utc_naive
from secledger.services.yearend import statistics_custody as custody
from secledger.services.yearend.statistics_flows import (
    READERS,
    Bounds,
    Gathered,
    copies,
    flow_tables,
    held_at,
    moves,
    registrations,
)
from secledger.services.yearend.statistics_media import destroyed_table, lost_table

Progress = Callable[[int, int], object]


@dataclass(frozen=True, slots=True)
class YearStats:
    period: Period
    computed_at: datetime  # local, naive
    seconds: float
    tables: tuple[StatTable, ...]

    def table(self, key: str) -> StatTable:
        return next(t for t in self.tables if t.key == key)


def compute(led: Ledger, period: Period, *, progress: Progress | None = None) -> YearStats:
    """Every table of the period's statistics (read-only; security officer, auditor, clerk)."""
    led.require_any(READERS, "查看年度统计")
    period.check()
    started = time.perf_counter()
    tz = local_tz(led)
    b = Bounds.of(period, tz)
    now = utc_naive(led.now())
    g = Gathered()
    steps: list[Callable[[Session], list[StatTable]]] = [
        lambda s: _gather(registrations, s, b, g),
        lambda s: _gather(copies, s, b, g),
        lambda s: _gather(moves, s, b, g),
        lambda s: _held(s, min(b.end, now), g),
        lambda s: flow_tables(g, period),
        *custody.steps(b, period, now, g),
        lambda s: [destroyed_table(s, b), lost_table(s, b)],
    ]
    tables: list[StatTable] = []
    with led.db.read() as s:
        for i, step in enumerate(steps):
            if progress is not None:
                progress(i, len(steps))
            tables += step(s)
    if progress is not None:
        progress(len(steps), len(steps))
    return YearStats(period, local_now(led, tz).replace(tzinfo=None, microsecond=0),
                     time.perf_counter() - started, tuple(localised(t, tz) for t in tables))


def localised(table: StatTable, tz: tzinfo) -> StatTable:
    """*table* with its stored (UTC) times in local time."""
    def cell(v: object) -> object:
        return to_local(v, tz).replace(tzinfo=None) if isinstance(v, datetime) else v

    def row(r: StatRow) -> StatRow:
        return replace(r, values=tuple(cell(v) for v in r.values))

    if not any(c.kind == "datetime" for c in table.columns):
        return table
    return replace(table, rows=tuple(row(r) for r in table.rows))


def _gather(fn: Callable[[Session, Bounds, Gathered], None], s: Session, b: Bounds,
            g: Gathered) -> list[StatTable]:
    fn(s, b, g)
    return []


def _held(s: Session, end: datetime, g: Gathered) -> list[StatTable]:
    g.held = held_at(s, end)
    return []
