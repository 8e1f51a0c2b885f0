"""The evidence of the self-inspection items the ledger can judge: a small registry of
providers, one function per item, each reading its counts and exceptions in SQL.

How to add a provider (the media register, departures, carry-out …)
--------------------------------------------------------------------
1. The checklist item names its provider key (``domain.selfinspection.ITEMS``: the media
   register is ``Item(7, 11, …, "media")``, departures ``"departures"``, carry-out
   ``"carry_out"``, repair ``"repair"``). Until a function is registered under that key the
   item shows "not recorded in this ledger" and the officer assesses it alone.
2. Write ``services/yearend/evidence_<area>.py`` (found by name, nothing to list)::

       @provider("media")
       def media_register(s: Session, scope: Scope) -> Gathered:
           g = Gathered()
           g.count("media_items", <SQL count>)
           g.add(listed(s, "media_no_holder", "SELECT … AS ref, … FROM media_items …",
                        {...}))
           return g

   ``scope`` gives the period (local days), its UTC bounds in storage form and the cut
   (the period's end, or now while it runs). Counts use ``METRICS`` codes and exceptions
   ``FINDINGS`` codes (``domain/yearend.py``: add yours there, with Chinese, English and a
   weight: a ``MAJOR`` finding makes the ledger propose 不符合, a ``MINOR`` one 基本符合).
   ``g.not_applicable()`` when nothing of the kind happened in the period (proposes 不适用).
3. A test in ``tests/workflows/test_yearend_evidence.py`` builds the exception and checks the
   provider lists it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification
from secledger.domain.selfinspection import ITEMS, Result, propose
from secledger.domain.yearend import Period
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, local_tz, to_local, utc_naive
from secledger.services.yearend.statistics_flows import READERS, Bounds

#: the exceptions an item lists (the counts say how many there are in all)
LIST_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Scope:
    """What a provider reads: the period, its bounds in storage form, and the cut."""

    period: Period
    bounds: Bounds
    now: datetime  # naive UTC
    today: date  # local
    tz: tzinfo

    @property
    def cut(self) -> datetime:
        """The end of the period, or now while the period runs (naive UTC)."""
        return min(self.bounds.end, self.now)

    @property
    def cut_day(self) -> date:
        return min(self.period.end, self.today)

    def params(self, **more: Any) -> dict[str, Any]:
        b = self.bounds
        return {"a": b.dt(b.start), "b": b.dt(b.end), "cut": b.dt(self.cut),
                "a_ts": b.ts(b.start), "b_ts": b.ts(b.end), "cut_ts": b.ts(self.cut),
                "a_day": self.period.start.isoformat(), "b_day": self.period.end.isoformat(),
                "cut_day": self.cut_day.isoformat(), **more}


@dataclass(frozen=True, slots=True)
class Finding:
    """One exception: what (``kind``), which record (登记号/份号 or record number), its title,
    level, the person concerned, when, and how many days over."""

    kind: str
    ref: str
    title: str = ""
    level: str = ""  # Classification value, "" when none
    who: str = ""
    when: date | None = None
    days: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "title": self.title, "level": self.level,
                "who": self.who, "when": self.when.isoformat() if self.when else None,
                "days": self.days}

    @staticmethod
    def from_json(d: Mapping[str, Any]) -> Finding:
        when = d.get("when")
        return Finding(str(d["kind"]), str(d.get("ref", "")), str(d.get("title", "")),
                       str(d.get("level", "")), str(d.get("who", "")),
                       date.fromisoformat(when) if when else None, d.get("days"))


@dataclass
class Gathered:
    """What a provider found: counts, exceptions (each kind's full number in ``totals``),
    and whether the item applied at all in the period."""

    counts: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    applicable: bool = True

    def count(self, code: str, value: int) -> None:
        self.counts[code] = int(value)

    def add(self, found: tuple[list[Finding], int]) -> None:
        rows, n = found
        if n:
            kind = rows[0].kind if rows else ""
            self.findings += rows
            self.totals[kind] = self.totals.get(kind, 0) + n

    def flag(self, kind: str, ref: str = "", n: int = 1) -> None:
        """An exception that is no list of records (no stocktake this year …)."""
        self.findings.append(Finding(kind, ref))
        self.totals[kind] = self.totals.get(kind, 0) + n

    def not_applicable(self) -> None:
        self.applicable = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """An item's evidence as the officer sees it, and as a finalised report keeps it."""

    item: str
    recorded: bool  # False: no provider yet; the officer assesses alone
    counts: tuple[tuple[str, int], ...] = ()
    findings: tuple[Finding, ...] = ()
    totals: tuple[tuple[str, int], ...] = ()  # exceptions per kind, all of them
    proposed: Result | None = None
    period: Period | None = None

    @property
    def exceptions(self) -> int:
        return sum(n for _k, n in self.totals)

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item, "recorded": self.recorded,
                "counts": [list(c) for c in self.counts],
                "findings": [f.to_json() for f in self.findings],
                "totals": [list(t) for t in self.totals],
                "proposed": self.proposed.value if self.proposed else None,
                "period": [self.period.start.isoformat(), self.period.end.isoformat()]
                if self.period else None}

    @staticmethod
    def from_json(d: Mapping[str, Any]) -> Evidence:
        p = d.get("period")
        return Evidence(
            str(d["item"]), bool(d.get("recorded")),
            tuple((str(k), int(v)) for k, v in d.get("counts", [])),
            tuple(Finding.from_json(f) for f in d.get("findings", [])),
            tuple((str(k), int(v)) for k, v in d.get("totals", [])),
            Result(d["proposed"]) if d.get("proposed") else None,
            Period(date.fromisoformat(p[0]), date.fromisoformat(p[1])) if p else None)


Provider = Callable[[Session, Scope], Gathered]
_PROVIDERS: dict[str, Provider] = {}


def provider(key: str) -> Callable[[Provider], Provider]:
    """Register the evidence function of the checklist items naming *key*."""
    def register(fn: Provider) -> Provider:
        if key in _PROVIDERS and _PROVIDERS[key] is not fn:
            raise RuntimeError(f"two evidence providers for {key!r}")
        _PROVIDERS[key] = fn
        return fn
    return register


def providers() -> dict[str, Provider]:
    """Every registered provider (the ``evidence_*`` modules beside this one imported)."""
    package = __name__.rpartition(".")[0]
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if info.name.startswith("evidence_"):
            importlib.import_module(f"{package}.{info.name}")
    return dict(_PROVIDERS)


def scope_of(led: Ledger, period: Period) -> Scope:
    tz = local_tz(led)
    return Scope(period.check(), Bounds.of(period, tz), utc_naive(led.now()),
                 local_now(led, tz).date(), tz)


def gather(led: Ledger, period: Period, *, items: tuple[str, ...] | None = None,
           progress: Callable[[int, int], object] | None = None) -> dict[str, Evidence]:
    """The evidence of every checklist item (or of *items*), in one read transaction."""
    led.require_any(READERS, "查看自查自评依据")
    found = providers()
    scope = scope_of(led, period)
    wanted = [i for i in ITEMS if items is None or i.code in items]
    out: dict[str, Evidence] = {}
    with led.db.read() as s:
        for n, it in enumerate(wanted):
            if progress is not None:
                progress(n, len(wanted))
            fn = found.get(it.evidence) if it.evidence else None
            out[it.code] = (_judged(it.code, fn(s, scope), period) if fn is not None
                            else Evidence(it.code, recorded=False, period=period))
    if progress is not None:
        progress(len(wanted), len(wanted))
    return out


def _judged(code: str, g: Gathered, period: Period) -> Evidence:
    kinds = [k for k, n in g.totals.items() if n]
    proposed = (propose(kinds) if kinds or g.applicable else Result.NOT_APPLICABLE)
    return Evidence(code, True, tuple(g.counts.items()), tuple(g.findings[:LIST_LIMIT * 4]),
                    tuple(g.totals.items()), proposed, period)


# -- helpers for providers ----------------------------------------------------------------
def scalar(s: Session, sql: str, params: Mapping[str, Any]) -> int:
    return int(s.execute(text(sql), dict(params)).scalar_one() or 0)


def listed(s: Session, scope: Scope, kind: str, select: str, where: str,
           params: Mapping[str, Any] | None = None, order: str = "") -> tuple[list[Finding], int]:
    """Findings of *kind*: ``SELECT <select> <where>`` where *select* gives ref, title,
    level, who, when, days (in that order; NULL for those that do not apply), at most
    ``LIST_LIMIT`` of them, and how many there are in all. A stored time in ``when`` is
    shown as its local day."""
    bound = scope.params(**(params or {}))
    n = scalar(s, f"SELECT count(*) {where}", bound)
    if not n:
        return [], 0
    rows = s.execute(text(f"SELECT {select} {where} {order} LIMIT {LIST_LIMIT}"), bound)
    return [Finding(kind, str(r[0] or ""), str(r[1] or ""), str(r[2] or ""), str(r[3] or ""),
                    local_day(r[4], scope.tz), int(r[5]) if r[5] is not None else None)
            for r in rows], n


def local_day(value: Any, tz: tzinfo) -> date | None:
    """A stored local day as it is; a stored UTC time as its local day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_local(value, tz).date()
    if isinstance(value, date):
        return value
    text_ = str(value)
    if len(text_) > 10:
        return to_local(datetime.fromisoformat(text_.rstrip("Z")), tz).date()
    return date.fromisoformat(text_)


#: SQL: a carrier's 登记号/份号 (``d`` the document, ``c`` the carrier)
CARRIER_REF = ("d.reg_no || '/' || substr('000000' || c.copy_no, length('' || c.copy_no) + 1, 6)")
#: SQL: the rank of a level value ``col``, to compare with a clearance
def level_rank_sql(col: str) -> str:
    whens = " ".join(f"WHEN '{c.value}' THEN {c.rank}" for c in Classification)
    return f"(CASE {col} {whens} ELSE 0 END)"
