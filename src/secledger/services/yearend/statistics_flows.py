"""The flows of the year's statistics: what happened to the ledger's carriers in a period,
counted set-based in SQL, and the tables they make (``statistics.compute`` runs them).

Flows (收文, 制作, 复制, 发出, 销毁, 清退, 解密, 遗失) are counted by level, carrier type,
register, month, sending unit and drafting department in two grouped queries: the period's
registrations (``ix_carriers_registered_stats``, one pass that also yields the sending units
and the documents each department produced) and its moves (``ix_events_kind_ts``). The
carriers held at the period's end are those held now (``ix_carriers_state_stats``, from the
index alone) less those registered since, plus those that left or went missing since (a
move after the end), so the current year costs nothing more and a past year only what came
after it. A month is a local calendar month (the ledger's time zone), its bounds turned into
UTC once, so a bucket is a range comparison.

Everything here reads. ``statistics_custody`` adds circulation, loans, retention and
distribution, departments, receiving units, stocktakes, losses and classification decisions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from itertools import pairwise
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState, CarrierType, Classification, Register, Role
from secledger.domain.states import Action, event_kind
from secledger.domain.yearend import (
    ON_HAND_LABEL,
    Flow,
    Period,
    StatColumn,
    StatRow,
    StatTable,
    month_label,
)
from secledger.services.ledger.timing import utc_naive

Progress = Callable[[int, int], object]
READERS = (Role.SECURITY_OFFICER, Role.AUDITOR, Role.CLERK)

#: carrier event kind -> the flow it counts
OUT_KINDS: dict[str, Flow] = {
    event_kind(Action.DISPATCH): Flow.DISPATCHED,
    event_kind(Action.DESTROY): Flow.DESTROYED,
    event_kind(Action.RETURN_TO_ISSUER): Flow.RECALLED,
    event_kind(Action.DECLASSIFY): Flow.DECLASSIFIED,
    event_kind(Action.REPORT_LOST): Flow.LOST,
}
FOUND_KIND = event_kind(Action.FOUND)
VOIDED = CarrierState.VOIDED.value
#: a carrier still held (not gone, not lost, not voided)
HELD_STATES = tuple(s.value for s in CarrierState if not s.is_terminal and s is not CarrierState.LOST)
LEVELS = (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL,
          Classification.WORK_SECRET)
REGISTERS = (Register.RECEIPT, Register.PRODUCTION)


@dataclass(frozen=True, slots=True)
class Bounds:
    """The period in the two forms times are stored in (naive UTC DateTime text, event ts)."""

    start: datetime
    end: datetime  # exclusive
    months: tuple[datetime, ...]  # the start of every month bucket after the first
    offset: timedelta  # UTC minus local time at the period's start

    @staticmethod
    def of(period: Period, tz: tzinfo) -> Bounds:
        def utc(d: date) -> datetime:
            return utc_naive(datetime(d.year, d.month, d.day, tzinfo=tz))

        first = utc(period.start)
        return Bounds(first, utc(period.end_exclusive),
                      tuple(utc(d) for d in period.month_starts()[1:]),
                      first - datetime(period.start.year, period.start.month, period.start.day))

    @staticmethod
    def dt(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")

    @staticmethod
    def ts(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def params(self) -> dict[str, str]:
        p = {"a_dt": self.dt(self.start), "b_dt": self.dt(self.end),
             "a_ts": self.ts(self.start), "b_ts": self.ts(self.end)}
        for i, m in enumerate(self.months, 1):
            p[f"m{i}_dt"], p[f"m{i}_ts"] = self.dt(m), self.ts(m)
        return p

    def month_case(self, column: str, form: str) -> str:
        """SQL giving the month bucket (0, 1 …) of *column* (``dt`` or ``ts`` form), for the
        small tables (the big ones are read a month range at a time)."""
        if not self.months:
            return "0"
        whens = " ".join(f"WHEN {column} < :m{i}_{form} THEN {i - 1}"
                         for i in range(1, len(self.months) + 1))
        return f"CASE {whens} ELSE {len(self.months)} END"

    def ranges(self) -> list[tuple[datetime, datetime]]:
        """[start, end) of every month bucket, in order."""
        edges = [self.start, *self.months, self.end]
        return list(pairwise(edges))


#: (flow, level rank, carrier type, register, month) -> carriers
Cube = dict[tuple[Flow, int, str, str, int], int]


@dataclass
class Gathered:
    """What the flow queries found, for the tables."""

    cube: Cube = field(default_factory=dict)
    held: dict[tuple[int, str], int] = field(default_factory=dict)
    senders: dict[str, list[int]] = field(default_factory=dict)  # unit -> [documents, carriers]
    produced_by: dict[int, int] = field(default_factory=dict)  # department -> documents


def _add(cube: Cube, key: tuple[Flow, int, str, str, int], n: int) -> None:
    cube[key] = cube.get(key, 0) + n


def registrations(s: Session, b: Bounds, g: Gathered) -> None:
    """The period's original registrations, month by month (a range of the registration
    index each), with the sending units of received documents and the departments that
    drafted the unit's own. A copy's ``registered_at`` is its original's: copies are
    counted by when they were made (``copies``)."""
    sql = text("SELECT d.register, c.level_rank, c.carrier_type, d.unit,"
               " d.drafting_department_id, count(*), count(DISTINCT d.id)"
               " FROM carriers c JOIN documents d ON d.id = c.document_id"
               " WHERE c.registered_at >= :lo AND c.registered_at < :hi AND c.is_copy = FALSE"
               " AND c.state != :voided GROUP BY 1, 2, 3, 4, 5")
    for month, (lo, hi) in enumerate(b.ranges()):
        for register, rank, ctype, unit, dept, n, docs in s.execute(
                sql, {"lo": b.dt(lo), "hi": b.dt(hi), "voided": VOIDED}):
            own = register == Register.PRODUCTION.value
            flow = Flow.PRODUCED if own else Flow.RECEIVED
            _add(g.cube, (flow, int(rank), str(ctype), str(register), month), int(n))
            if own and dept is not None:  # a document's copies share one group: docs add up
                g.produced_by[int(dept)] = g.produced_by.get(int(dept), 0) + int(docs)
            elif not own:
                tally = g.senders.setdefault(str(unit or ""), [0, 0])
                tally[0] += int(docs)
                tally[1] += int(n)


def copies(s: Session, b: Bounds, g: Gathered) -> None:
    """Copies made in the period (复制 executed), and copies registered outside the copying
    workflow, by the time of their registration."""
    made = (f"SELECT c.level_rank, c.carrier_type, d.register,"
            f" {b.month_case('r.executed_at', 'dt')}, count(*) FROM copy_items i JOIN copy_requests r ON r.id = i.request_id"
            " JOIN carriers c ON c.id = i.carrier_id JOIN documents d ON d.id = c.document_id"
            " WHERE r.executed_at >= :a_dt AND r.executed_at < :b_dt AND c.state != :voided"
            " GROUP BY 1, 2, 3, 4")
    other = (f"SELECT c.level_rank, c.carrier_type, d.register,"
             f" {b.month_case('c.registered_at', 'dt')}, count(*) FROM carriers c"
             " JOIN documents d ON d.id = c.document_id WHERE c.is_copy = TRUE"
             " AND c.registered_at >= :a_dt AND c.registered_at < :b_dt AND c.state != :voided"
             " AND NOT EXISTS (SELECT 1 FROM copy_items i WHERE i.carrier_id = c.id)"
             " GROUP BY 1, 2, 3, 4")
    params = {**b.params(), "voided": VOIDED}
    for sql in (made, other):
        for rank, ctype, register, month, n in s.execute(text(sql), params):
            _add(g.cube, (Flow.COPIED, int(rank), str(ctype), str(register), int(month)), int(n))


def moves(s: Session, b: Bounds, g: Gathered) -> None:
    kinds = ", ".join(f"'{k}'" for k in OUT_KINDS)
    sql = text("SELECT e.kind, c.level_rank, c.carrier_type, d.register, count(*)"
               " FROM events e JOIN carriers c ON c.id = e.carrier_id"
               " JOIN documents d ON d.id = c.document_id"
               f" WHERE e.kind IN ({kinds}) AND e.ts >= :lo AND e.ts < :hi GROUP BY 1, 2, 3, 4")
    for month, (lo, hi) in enumerate(b.ranges()):
        for kind, rank, ctype, register, n in s.execute(sql, {"lo": b.ts(lo), "hi": b.ts(hi)}):
            _add(g.cube, (OUT_KINDS[str(kind)], int(rank), str(ctype), str(register), month),
                 int(n))


def held_at(s: Session, end: datetime) -> dict[tuple[int, str], int]:
    """Carriers held at *end* by (level rank, carrier type): those held now, less those
    registered since, plus those that have left (dispatched, returned, destroyed,
    declassified) or gone missing since, less those found since."""
    held: dict[tuple[int, str], int] = {}

    def add(rank: Any, ctype: Any, n: int) -> None:
        held[(int(rank), str(ctype))] = held.get((int(rank), str(ctype)), 0) + n

    states = ", ".join(f"'{x}'" for x in HELD_STATES)
    # INDEXED BY: SQLite's planner, without table statistics, would read the carriers
    # through ix_carriers_state_id row by row (1.2 s on 1M carriers instead of 0.2 s)
    for rank, ctype, n in s.execute(text(
            "SELECT level_rank, carrier_type, count(*) FROM carriers INDEXED BY"
            f" ix_carriers_state_stats WHERE state IN ({states}) GROUP BY 1, 2")):
        add(rank, ctype, int(n))
    for rank, ctype, n in s.execute(text(
            "SELECT level_rank, carrier_type, count(*) FROM carriers INDEXED BY"
            f" ix_carriers_registered_stats WHERE registered_at >= :end AND state IN ({states})"
            " GROUP BY 1, 2"), {"end": Bounds.dt(end)}):
        add(rank, ctype, -int(n))
    kinds = ", ".join(f"'{k}'" for k in (*OUT_KINDS, FOUND_KIND))
    for kind, rank, ctype, n in s.execute(text(
            "SELECT e.kind, c.level_rank, c.carrier_type, count(*) FROM events e"
            " JOIN carriers c ON c.id = e.carrier_id"
            f" WHERE e.kind IN ({kinds}) AND e.ts >= :end AND c.registered_at < :end_dt"
            " AND c.state != :voided GROUP BY 1, 2, 3"),
            {"end": Bounds.ts(end), "end_dt": Bounds.dt(end), "voided": VOIDED}):
        add(rank, ctype, -int(n) if kind == FOUND_KIND else int(n))
    return held


# -- tables --------------------------------------------------------------------------------
FLOW_COLUMNS = tuple(StatColumn(f.label, f.label_en) for f in Flow)
HELD_COLUMN = StatColumn(*ON_HAND_LABEL)


def _row(cube: Cube, zh: str, en: str, dim: int, value: object, *extra: int) -> StatRow:
    """The flows of the cube's cells whose key part *dim* is *value*, then *extra*."""
    return StatRow(zh, en, (*(sum(n for k, n in cube.items() if k[0] is f and k[dim] == value)
                              for f in Flow), *extra))


def total(rows: Sequence[StatRow]) -> StatRow:
    width = len(rows[0].values) if rows else 0
    return StatRow("合计", "Total", tuple(sum(_num(r.values[i]) for r in rows)
                                         for i in range(width)))


def _num(value: object) -> int:
    return value if isinstance(value, int) else 0


def _table(key: str, zh: str, en: str, head: StatColumn, columns: tuple[StatColumn, ...],
           rows: list[StatRow]) -> StatTable:
    return StatTable(key, zh, en, head, columns, tuple(rows), total(rows))


def flow_tables(g: Gathered, period: Period) -> list[StatTable]:
    cube, held = g.cube, g.held

    def held_of(dim: int, value: object) -> int:
        return sum(n for key, n in held.items() if key[dim] == value)

    by_level = [_row(cube, c.label, c.label_en, 1, c.rank, held_of(0, c.rank)) for c in LEVELS]
    by_type = [_row(cube, t.label, t.label_en, 2, t.value, held_of(1, t.value))
               for t in CarrierType]
    by_register = [_row(cube, f"{r.label}登记", f"{r.label_en} register", 3, r.value)
                   for r in REGISTERS]
    months = period.months()
    several_years = len({y for y, _ in months}) > 1
    by_month = [_row(cube, month_label(y, m, with_year=several_years),
                     month_label(y, m, en=True, with_year=several_years), 4, i)
                for i, (y, m) in enumerate(months)]
    with_held = (*FLOW_COLUMNS, HELD_COLUMN)
    return [
        _table("by_level", "按密级统计", "By level", StatColumn("密级", "Level", "text"),
               with_held, by_level),
        _table("by_type", "按载体类型统计", "By carrier type",
               StatColumn("载体类型", "Carrier type", "text"), with_held, by_type),
        _table("by_register", "按登记簿统计", "By register",
               StatColumn("登记簿", "Register", "text"), FLOW_COLUMNS, by_register),
        _table("by_month", "按月统计", "By month", StatColumn("月份", "Month", "text"),
               FLOW_COLUMNS, by_month),
    ]
