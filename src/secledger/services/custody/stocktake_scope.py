"""What a stocktake covers: its scope (a location with everything under it, a holder, a
level; the carriers, the classified devices and storage media, or both), the expected lists'
queries, the locations the ledger knows, and its checkers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from secledger.domain import custody as rules
from secledger.domain.enums import CarrierState, Classification
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.media import MediaState
from secledger.services.carriers.items import TERMINAL, person
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import clean_text
from secledger.store.models.media import MediaItem
from secledger.store.models.registry import Carrier, Document

#: never on an expected list: gone for good, or already reported lost
NOT_EXPECTED = [*TERMINAL, CarrierState.LOST.value]
#: a device or medium destroyed or voided is never expected, nor one already reported lost
MEDIA_GONE = [*(s.value for s in MediaState if s.is_terminal), MediaState.LOST.value]
MIN_CHECKERS = 2


@dataclass(frozen=True, slots=True)
class Scope:
    """Whole ledger when every field is empty; otherwise all given filters apply. A location
    includes every place under it (``档案室C柜`` holds ``档案室C柜/2层05盒``). ``carriers``
    and ``media`` say what is counted: the carriers (the default), the classified devices and
    storage media (涉密计算机和存储介质台账), or both; the filters apply to each."""

    location: str = ""
    holder_id: int | None = None
    level: Classification | None = None
    carriers: bool = True
    media: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"location": self.location, "holder_id": self.holder_id,
                             "level": self.level.value if self.level else None}
        if self.media:
            d |= {"carriers": self.carriers, "media": True}
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Scope:
        lv = d.get("level")
        return cls(str(d.get("location") or ""), d.get("holder_id"),
                   Classification(lv) if lv else None, bool(d.get("carriers", True)),
                   bool(d.get("media", False)))


#: every carrier held
WHOLE = Scope()


def scope_label(s: Session, scope: Scope) -> str:
    parts = []
    if scope.location:
        parts.append(f"存放位置：{scope.location}")
    if scope.holder_id is not None:
        parts.append(f"保管人：{person(s, scope.holder_id, active=False).name}")
    if scope.level is not None:
        parts.append(f"密级：{scope.level.label}")
    if scope.media:
        parts.append("含涉密设备和存储介质" if scope.carriers else "仅涉密设备和存储介质")
    return "；".join(parts) or "全部台账"


def _under(location: str, column: Any = Carrier.location) -> Any:
    """The location and everything under it (``档案室C柜`` and ``档案室C柜/2层05盒``)."""
    below = location.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(column == location,
               column.like(f"{below}{rules.LOCATION_SEP}%", escape="\\"))


def expected_query(scope: Scope) -> Any:
    """The carriers a session expects (none when it counts only devices and media)."""
    q = (select(Carrier.id, Carrier.state, Carrier.holder_id, Carrier.location)
         .join(Document, Document.id == Carrier.document_id)
         .where(Carrier.state.not_in(NOT_EXPECTED)))
    if not scope.carriers:
        q = q.where(Carrier.id.is_(None))
    if scope.location:
        q = q.where(_under(scope.location))
    if scope.holder_id is not None:
        q = q.where(Carrier.holder_id == scope.holder_id)
    if scope.level is not None:
        q = q.where(Document.level == scope.level.value)
    return q.order_by(Carrier.id)


def media_expected_query(scope: Scope) -> Any:
    """The live devices and media a session expects (none unless it counts them)."""
    q = (select(MediaItem.id, MediaItem.state, MediaItem.holder_id, MediaItem.location)
         .where(MediaItem.state.not_in(MEDIA_GONE)))
    if not scope.media:
        q = q.where(MediaItem.id.is_(None))
    if scope.location:
        q = q.where(_under(scope.location, MediaItem.location))
    if scope.holder_id is not None:
        q = q.where(MediaItem.holder_id == scope.holder_id)
    if scope.level is not None:
        q = q.where(MediaItem.level == scope.level.value)
    return q.order_by(MediaItem.id)


def checkers_of(checkers: Sequence[str]) -> tuple[str, ...]:
    """The 盘点人: two or more names (FORMS.md), each once."""
    who = tuple(dict.fromkeys(clean_text(c, "盘点人", 50, fld="checkers")
                              for c in checkers if c.strip()))
    if len(who) < MIN_CHECKERS:
        raise ValidationError("stocktake.two_checkers", field="checkers", count=len(who))
    return who


def empty_scope(s: Session, scope: Scope, label: str) -> RuleViolation:
    """The refusal of a scope that holds nothing, naming the places the ledger knows (the
    cabinets first, then what is inside them)."""
    known = sorted(locations(s), key=lambda p: (p.count(rules.LOCATION_SEP), p))[:8]
    where = f"location {scope.location}" if scope.location else "the chosen holder and level"
    return RuleViolation(
        "stocktake.empty_scope", scope=label, scope_en=where,
        known=f"台账中记载的存放位置有：{'、'.join(known)}。" if known else "",
        known_en=f"The ledger records these locations: {', '.join(known)}." if known else "")


def locations(s: Session) -> list[str]:
    """Every location a carrier in custody (or a live device or medium) is at, with the
    places above it (``档案室C柜`` for ``档案室C柜/2层05盒``), sorted."""
    rows = [*s.execute(select(Carrier.location).where(
        Carrier.location != "", Carrier.state.not_in(NOT_EXPECTED)).distinct()).scalars(),
        *s.execute(select(MediaItem.location).where(
            MediaItem.location != "", MediaItem.state.not_in(MEDIA_GONE)).distinct()).scalars()]
    out: set[str] = set()
    for loc in rows:
        parts = rules.clean_location(loc).split(rules.LOCATION_SEP)
        out.update(rules.LOCATION_SEP.join(parts[:i]) for i in range(1, len(parts) + 1))
    return sorted(p for p in out if p)


def known_locations(led: Ledger) -> list[str]:
    """The locations a stocktake scope may name (for the pane's completer)."""
    _ = led.user
    with led.db.read() as s:
        return locations(s)


def scope_size(led: Ledger, scope: Scope) -> int:
    """How many carriers (and devices and media) a stocktake with *scope* would expect now."""
    _ = led.user
    scope = replace(scope, location=rules.clean_location(scope.location))
    with led.db.read() as s:
        n = 0
        for q in (expected_query(scope), media_expected_query(scope)):
            sub = q.order_by(None).subquery()
            n += int(s.execute(select(func.count()).select_from(sub)).scalar_one())
        return n
