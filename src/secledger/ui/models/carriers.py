"""A windowed table model over ``services.browse``: never more than a few pages in memory.

``rowCount`` is the query's count; ``data()`` loads the ~200-row page around the asked row
on demand and keeps an LRU of a few pages, so a jump to the end is one page query. The
page after (or before) a page already held is read by keyset from that page's edge row.
``sort()`` re-queries in SQL. The count can arrive later (``lazy_count``): the first page
paints at once, rows are inserted when the count is known (a 1M-row count takes ~0.3 s).
Columns are constants with roles as in Vorta's models; unit-testable without widgets.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from secledger.domain.enums import CarrierState, CarrierType
from secledger.domain.errors import DomainError
from secledger.services import browse
from secledger.services.browse import BrowseQuery, CarrierRow
from secledger.services.ledger import Ledger
from secledger.ui.labels import label_of

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
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


class CarrierTableModel(QAbstractTableModel):
    """Carriers of one ``BrowseQuery``, paged from SQL."""

    PAGE = 200
    MAX_PAGES = 8
    #: emitted with the count once it is known (also when served from the cache)
    counted = Signal(int)
    _count_ready = Signal(int, int)  # generation, count (from the counting thread)
    _anchors_ready = Signal(int, object)  # generation, browse.Anchors
    #: from this many rows on, anchors are computed after the count (random jumps by keyset)
    ANCHORS_FROM = 5000

    def __init__(self, ledger: Callable[[], Ledger], *, lazy_count: bool = True,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._lazy = lazy_count
        self._query = BrowseQuery()
        self._pages: OrderedDict[int, list[CarrierRow]] = OrderedDict()
        self._rows = 0
        self._count: int | None = None
        self._counts: dict[BrowseQuery, int] = {}
        self._generation = 0
        self.page_queries = 0  # for tests and the benchmark
        self._anchors: dict[BrowseQuery, browse.Anchors] = {}
        self._lock = threading.Lock()
        self._job: tuple[int, BrowseQuery, int | None, Ledger] | None = None
        self._worker: threading.Thread | None = None
        self._count_ready.connect(self._on_count, Qt.ConnectionType.QueuedConnection)
        self._anchors_ready.connect(self._on_anchors, Qt.ConnectionType.QueuedConnection)

    # -- query --------------------------------------------------------------------
    @property
    def query(self) -> BrowseQuery:
        return self._query

    @property
    def count_known(self) -> bool:
        return self._count is not None

    @property
    def total(self) -> int | None:
        return self._count

    def set_query(self, query: BrowseQuery) -> None:
        self._query = query
        self._reload()

    def refresh(self) -> None:
        """Data changed elsewhere: forget cached counts and pages, re-query."""
        self._counts.clear()
        self._anchors.clear()
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._count = self._counts.get(_count_key(self._query))
        if self._count is not None:
            self._rows = self._count
        else:
            first = self._load_page(0, known=False)
            self._rows = len(first)
            if len(first) < self.PAGE:
                self._count = self._counts[_count_key(self._query)] = len(first)
        self.endResetModel()
        if self._count is not None:
            self.counted.emit(self._count)
        self._start_count()

    def _start_count(self) -> None:
        """Count (unless cached), then anchors for big results, off the GUI thread.

        One worker thread at a time per model; a newer query replaces a waiting one, and
        work for a query that is no longer shown is skipped.
        """
        gen, query, known = self._generation, self._query, self._count
        if not self._lazy:
            if known is None:
                self._on_count(gen, browse.count(self._ledger(), query))
            return
        if known is not None and (known < self.ANCHORS_FROM or query in self._anchors):
            return
        with self._lock:
            self._job = (gen, query, known, self._ledger())
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="carrier-count",
                                                daemon=True)
                self._worker.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                job, self._job = self._job, None
                if job is None:
                    return
            gen, query, known, led = job
            try:
                n = known if known is not None else browse.count(led, query)
                if known is None:
                    self._count_ready.emit(gen, n)
                if n >= self.ANCHORS_FROM and gen == self._generation:
                    self._anchors_ready.emit(gen, browse.anchors(led, query, n))
            except Exception:  # ledger locked or closed meanwhile: the next reload counts
                continue

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait for the background count/anchors (before closing the ledger)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
        return worker is None or not worker.is_alive()

    def _on_count(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self._counts[_count_key(self._query)] = n
        self._count = n
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()
        elif n < self._rows:
            self.beginResetModel()
            self._rows = n
            self._pages.clear()
            self.endResetModel()
        self.counted.emit(n)

    def _on_anchors(self, generation: int, anchors: browse.Anchors) -> None:
        if generation == self._generation:
            self._anchors[anchors.query] = anchors

    @property
    def has_anchors(self) -> bool:
        return self._query in self._anchors

    # -- paging -----------------------------------------------------------------------
    def row_at(self, row: int) -> CarrierRow | None:
        if not 0 <= row < self._rows:
            return None
        number = row // self.PAGE
        rows = self._pages.get(number)
        if rows is None:
            try:
                rows = self._load_page(number, known=True)
            except DomainError:  # locked: show nothing rather than fail in paint
                return None
        else:
            self._pages.move_to_end(number)
        i = row - number * self.PAGE
        return rows[i] if i < len(rows) else None

    def _load_page(self, number: int, *, known: bool) -> list[CarrierRow]:
        led, q, offset = self._ledger(), self._query, number * self.PAGE
        before, after = self._pages.get(number + 1), self._pages.get(number - 1)
        self.page_queries += 1
        if after is not None and len(after) == self.PAGE:
            rows = browse.page(led, q, offset, self.PAGE, after=after[-1].key)
        elif before:
            rows = browse.page(led, q, offset, self.PAGE, before=before[0].key)
        else:
            rows = browse.page(led, q, offset, self.PAGE, total=self._count if known else None,
                               anchors=self._anchors.get(q))
        self._pages[number] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def find_row(self, carrier_id: int) -> int | None:
        """Row of *carrier_id* among the pages held (None when not loaded)."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == carrier_id:
                    return number * self.PAGE + i
        return None

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(CONTEXT, str(COLUMNS[section][0]))
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._rows:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
