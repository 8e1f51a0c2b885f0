"""What the ledger browser shows (``BrowseQuery``: its filters and one sort) and the
columns it can sort by (``SORTS``), shared by the SQL writer (``sql.py``), the rows
(``rows.py``) and the query layer (``query.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secledger.domain.enums import CarrierState, Classification, Register

#: Sortable columns: key -> ORDER BY terms; the later terms make the order total. A term
#: ending in "+" is always ascending (copies of one document stay in 份号 order); the others
#: follow the chosen direction. ``newest`` is registration order, newest document first.
SORTS: dict[str, tuple[str, ...]] = {
    "newest": ("d.id", "c.copy_no+", "c.id+"),
    "reg_no": ("d.reg_no", "c.copy_no+", "c.id+"),
    "doc_no": ("d.doc_no", "d.id", "c.copy_no+", "c.id+"),
    "title": ("d.title", "d.id", "c.copy_no+", "c.id+"),
    "mark": ("c.level_rank", "c.id"),
    "copy_no": ("c.copy_no", "c.id"),
    "carrier_type": ("c.carrier_type", "c.id"),
    "state": ("c.state", "c.id"),
    "holder": ("coalesce(p.name, '')", "coalesce(c.holder_id, 0)", "c.id"),
    "unit": ("d.unit", "d.id", "c.copy_no+", "c.id+"),
    "registered": ("c.registered_at", "c.id"),
}


@dataclass(frozen=True, slots=True)
class BrowseQuery:
    """What the browser shows: filters plus one sort column (ties broken by carrier id)."""

    text: str = ""
    levels: frozenset[Classification] = frozenset()
    states: frozenset[CarrierState] = frozenset()
    holder_id: int | None = None
    register: Register | None = None
    year: int | None = None
    date_from: date | None = None  # local calendar dates, inclusive
    date_to: date | None = None
    sort: str = "newest"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort column {self.sort!r}")
