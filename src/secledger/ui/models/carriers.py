"""A windowed table model over ``services.browse``: never more than a few pages in memory.

``rowCount`` is the query's count; ``data()`` shows the ~200-row page around the asked row
once a worker thread has read it (a placeholder until then, see ``windowed.py``) and keeps
an LRU of a few pages, so a jump to the end is one page query. Once the count is known a
second background pass reads every id of the query in its order (``browse.positions``);
from then on any page, the middle of a million rows included, is a slice of them. Until
then the page after (or before) a page already held is read by keyset from that page's
edge row, any other page by offset.
``sort()`` re-queries in SQL. The count arrives later: the first page paints as soon as it
is read, rows are inserted when the count is known (a 1M-row count takes ~0.3 s). Columns
are constants with roles as in Vorta's models; unit-testable without widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from secledger.domain.enums import CarrierState, CarrierType
from secledger.services.browse import query as browse
from secledger.services.browse.query import BrowseQuery, CarrierRow
from secledger.services.ledger.session import Ledger
from secledger.ui.labels import label_of
from secledger.ui.models.windowed import ID_ROLE as ID_ROLE
from secledger.ui.models.windowed import ROW_ROLE as ROW_ROLE
from secledger.ui.models.windowed import Index, PageReader, WindowedTableModel

CONTEXT = "CarrierColumns"


def local_date(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


# (header, sort key, text)
COLUMNS: tuple[tuple[object, str, Callable[[CarrierRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("CarrierColumns", "Reg. no."), "reg_no", lambda r: r.reg_no),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Doc. no."), "doc_no", lambda r: r.doc_no),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Title"), "title", lambda r: r.title),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Classification"), "mark", lambda r: r.mark),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Copy no."), "copy_no", lambda r: r.copy_no),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Type"), "carrier_type",
     lambda r: label_of(CarrierType, r.carrier_type)),
    (QT_TRANSLATE_NOOP("CarrierColumns", "State"), "state", lambda r: label_of(CarrierState, r.state)),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Holder"), "holder", lambda r: r.holder_name),
    (QT_TRANSLATE_NOOP("CarrierColumns", "From/to unit"), "unit", lambda r: r.unit),
    (QT_TRANSLATE_NOOP("CarrierColumns", "Registered"), "registered",
     lambda r: local_date(r.registered_at)),
)
REG_NO, DOC_NO, TITLE, MARK, COPY_NO, TYPE, STATE, HOLDER, UNIT, REGISTERED = range(len(COLUMNS))
SORT_COLUMN = {key: i for i, (_h, key, _t) in enumerate(COLUMNS)}


class CarrierTableModel(WindowedTableModel[CarrierRow]):
    """Carriers of one ``BrowseQuery``, paged from SQL."""

    CONTEXT = CONTEXT
    HEADERS = tuple(header for header, _key, _text in COLUMNS)
    WORKER_NAME = "carrier-count"
    _positions_ready = Signal(int, object)  # generation, browse.Positions
    #: from this many rows on, the positions are read after the count (jumps by slice)
    POSITIONS_FROM = 5000

    def __init__(self, ledger: Callable[[], Ledger], *, lazy_count: bool = True,
                 parent: Any = None) -> None:
        super().__init__(ledger, lazy_count=lazy_count, parent=parent)
        self._query = BrowseQuery()
        self._counts: dict[BrowseQuery, int] = {}
        self._positions: dict[BrowseQuery, browse.Positions] = {}
        self._positions_ready.connect(self._on_positions, Qt.ConnectionType.QueuedConnection)

    # -- query --------------------------------------------------------------------
    @property
    def query(self) -> BrowseQuery:
        return self._query

    @property
    def count_known(self) -> bool:
        return self._count is not None

    def set_query(self, query: BrowseQuery) -> None:
        self._query = query
        self._reload(keep_pages=False)

    def refresh(self) -> None:
        """Data changed elsewhere: forget cached counts and positions, re-query (the rows on
        screen stay until their fresh pages arrive)."""
        self._counts.clear()
        self._positions.clear()
        self._reload(keep_pages=True)

    def clear_for_lock(self, timeout: float = 10.0) -> None:
        """Also the cached counts and positions."""
        super().clear_for_lock(timeout)
        self._counts.clear()
        self._positions.clear()

    def _reload(self, *, keep_pages: bool) -> None:
        count = self._counts.get(_count_key(self._query))
        rows = count if count is not None else self._rows if keep_pages else 0
        self._reset(rows, count, keep_pages=keep_pages)
        if count is None:
            first = self._load_first()  # asked of the worker unless reading synchronously
            if not self._lazy and len(first) < self.PAGE:
                self._count = self._counts[_count_key(self._query)] = len(first)
        if self._count is not None:
            self.counted.emit(self._count)
        self._start_count()

    def _start_count(self) -> None:
        """Count (unless cached), then the positions of big results, off the GUI thread.

        Work for a query that is no longer shown is skipped.
        """
        gen, query, known = self._generation, self._query, self._count
        if not self._lazy:
            if known is None:
                self._on_count(gen, browse.count(self._ledger(), query))
            return
        if known is not None and (known < self.POSITIONS_FROM or query in self._positions):
            return
        led = self._ledger()

        def job() -> None:
            n = known if known is not None else browse.count(led, query)
            if known is None:
                self._count_ready.emit(gen, n)
            if n >= self.POSITIONS_FROM and gen == self._generation:
                self._positions_ready.emit(gen, browse.positions(led, query, n))

        self._run_in_background(job)

    def _on_count(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self._counts[_count_key(self._query)] = n
        super()._on_count(generation, n)

    def _on_positions(self, generation: int, positions: browse.Positions) -> None:
        if generation == self._generation:
            self._positions[positions.query] = positions

    @property
    def has_positions(self) -> bool:
        return self._query in self._positions

    # -- paging -----------------------------------------------------------------------
    def row_at(self, row: int) -> CarrierRow | None:
        """The row, read now if its page is not held (copying, tests); ``data()`` never
        reads."""
        return self._item_now(row)

    def held_row(self, row: int) -> CarrierRow | None:
        """The row if its page is held, else None (asks for it; no query here)."""
        return self._item(row)

    def _reader(self, offset: int, *, after: CarrierRow | None = None,
                before: CarrierRow | None = None) -> PageReader:
        q, limit, total = self._query, self.PAGE, self._count
        positions = self._positions.get(q)
        if positions is not None:  # any page: a slice of the known ids
            return lambda led: browse.page(led, q, offset, limit, positions=positions)
        if after is not None:
            key = after.key
            return lambda led: browse.page(led, q, offset, limit, total=total, after=key)
        if before is not None:
            key = before.key
            return lambda led: browse.page(led, q, offset, limit, total=total, before=key)
        return lambda led: browse.page(led, q, offset, limit, total=total)

    def find_row(self, carrier_id: int) -> int | None:
        """Row of *carrier_id* among the pages held (None when not loaded)."""
        return self._held_row(carrier_id)

    # -- Qt model API ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._index_item(index)
        if row is None:
            return self._placeholder(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][2](row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return row.title
        return self._styled(row, role)

    def _styled(self, row: CarrierRow, role: int) -> Any:
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(QColor("#888888"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            key, desc = "newest", True
        else:
            key, desc = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, desc) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=desc))

    # -- copying --------------------------------------------------------------------------
    def rows_as_tsv(self, rows: list[int], columns: list[int] | None = None) -> str:
        """Tab-separated text with a header line (pastes into Excel/WPS)."""
        cols = columns if columns is not None else list(range(len(COLUMNS)))
        header = [str(self.headerData(c, Qt.Orientation.Horizontal)) for c in cols]
        lines = ["\t".join(header)]
        for r in rows:
            item = self.row_at(r)
            if item is not None:
                lines.append("\t".join(_cell(COLUMNS[c][2](item)) for c in cols))
        return "\r\n".join(lines) + "\r\n"


def _count_key(q: BrowseQuery) -> BrowseQuery:
    """Counts do not depend on the order: one cache entry per set of filters."""
    return replace(q, sort="newest", descending=True)


def _cell(value: str) -> str:
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")
