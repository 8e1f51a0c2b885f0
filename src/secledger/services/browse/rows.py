"""The ledger browser's display rows (``CarrierRow``): the columns of the carriers of one
page read by id in one query, in the page's order, with each row's sort key (what the next
page by keyset starts from)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, CarrierType
from secledger.services.browse.criteria import BrowseQuery
from secledger.services.browse.sql import key_terms
from secledger.services.ledger.session import Ledger
from secledger.store.dialect import driver_connection


@dataclass(frozen=True, slots=True)
class CarrierRow:
    id: int
    document_id: int
    label_id: str
    reg_no: str
    register: str
    doc_no: str
    title: str
    mark: str
    level: str
    copy_no: str  # six digits
    carrier_type: str
    carrier_type_label: str
    state: str
    state_label: str
    holder_id: int | None
    holder_name: str
    unit: str
    registered_at: datetime  # aware, UTC
    voided: bool
    key: tuple[Any, ...] = field(default=(), compare=False)  # position in the sort (keyset)


_ROW_SQL = (
    "SELECT c.id, c.document_id, c.label_id, d.reg_no, d.register, d.doc_no, d.title, d.mark,"
    " d.level, c.copy_no, c.carrier_type, c.state, c.holder_id, p.name, d.unit,"
    " c.registered_at, d.voided{keys} FROM carriers c JOIN documents d ON d.id = c.document_id"
    " LEFT JOIN people p ON p.id = c.holder_id WHERE c.id IN ({ids})"
)
_ROW_COLUMNS = 17


def rows_of(led: Ledger, q: BrowseQuery, ids: list[int],
            keys: list[tuple[Any, ...]] | None = None) -> list[CarrierRow]:
    """The display rows of the carriers *ids*, in that order; their sort keys read with
    them unless given (*keys*, in the same order)."""
    if not ids:
        return []
    extra = "" if keys is not None else "".join(f", {t}" for t in key_terms(q))
    stmt = _ROW_SQL.format(keys=extra, ids=", ".join(str(int(i)) for i in ids))
    with led.db.read() as s:
        raw: Any = driver_connection(s)
        found = {int(r[0]): r for r in raw.execute(stmt)}
    given = keys if keys is not None else [tuple(found[i][_ROW_COLUMNS:]) if i in found else ()
                                           for i in ids]
    return [_row(found[cid], key) for cid, key in zip(ids, given, strict=True) if cid in found]


def _parse_ts(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def _row(r: Any, key: tuple[Any, ...]) -> CarrierRow:
    state = str(r[11])
    return CarrierRow(
        id=int(r[0]), document_id=int(r[1]), label_id=str(r[2]), reg_no=str(r[3]),
        register=str(r[4]), doc_no=str(r[5] or ""), title=str(r[6]), mark=str(r[7]),
        level=str(r[8]), copy_no=format_copy_no(int(r[9])), carrier_type=str(r[10]),
        carrier_type_label=_label(CarrierType, str(r[10])), state=state,
        state_label=_label(CarrierState, state), holder_id=r[12], holder_name=str(r[13] or ""),
        unit=str(r[14] or ""), registered_at=_parse_ts(r[15]),
        voided=bool(r[16]) or state == CarrierState.VOIDED.value, key=key,
    )
