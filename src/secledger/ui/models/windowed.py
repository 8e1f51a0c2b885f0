"""The windowed table model both the carrier browser and the audit log page through.

``rowCount`` is the query's count; ``data()`` loads the ``PAGE``-row page around the asked
row on demand and keeps an LRU of ``MAX_PAGES`` pages, so a jump to the end is one page
query. The page next to one already held is read by keyset from that page's edge row, any
other page by offset. Counting (and any further slow work) runs on one background thread
per model; a newer job replaces a waiting one, and results for a query no longer shown are
dropped by generation. Subclasses say how a page is read and how a row is painted.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from secledger.domain.errors import DomainError
from secledger.services.ledger.session import Ledger

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=_HasId)


class WindowedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of one query, paged from SQL; subclasses read the pages and paint the rows."""

    PAGE = 200
    MAX_PAGES = 8
    #: translation context and untranslated headers of the columns
    CONTEXT = ""
    HEADERS: Sequence[object] = ()
    WORKER_NAME = "table-count"
    #: emitted with the count once it is known (also when served from a cache)
    counted = Signal(int)
    _count_ready = Signal(int, int)  # generation, count (from the worker thread)

    def __init__(self, ledger: Callable[[], Ledger], *, lazy_count: bool = True,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._lazy = lazy_count
        self._pages: OrderedDict[int, list[RowT]] = OrderedDict()
        self._rows = 0
        self._count: int | None = None
        self._generation = 0
        self.page_queries = 0  # for tests and the benchmark
        self._lock = threading.Lock()
        self._job: Callable[[], None] | None = None
        self._worker: threading.Thread | None = None
        self._count_ready.connect(self._on_count, Qt.ConnectionType.QueuedConnection)

    @property
    def total(self) -> int | None:
        return self._count

    # -- background work ----------------------------------------------------------------
    def _run_in_background(self, job: Callable[[], None]) -> None:
        """Run *job* on the model's worker thread (replacing a job still waiting)."""
        with self._lock:
            self._job = job
            if self._worker is None:  # the worker clears it (under the lock) when it stops
                self._worker = threading.Thread(target=self._work, name=self.WORKER_NAME,
                                                daemon=True)
                self._worker.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                job, self._job = self._job, None
                if job is None:
                    self._worker = None
                    return
            try:
                job()
            except Exception:  # ledger locked or closed meanwhile: the next reload counts
                continue

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait for the background work (before closing the ledger)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
        return worker is None or not worker.is_alive()

    def clear_for_lock(self, timeout: float = 10.0) -> None:
        """The ledger locks: drop the waiting job, wait for the running one (so no worker
        holds a connection), forget every page and the count; the view shows 0 rows."""
        with self._lock:
            self._job = None
        self._generation += 1  # a result still on its way is dropped
        self.wait_idle(timeout)
        self.beginResetModel()
        self._pages.clear()
        self._rows = 0
        self._count = None
        self.endResetModel()

    def _on_count(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
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

    # -- paging -------------------------------------------------------------------------
    def _item(self, row: int) -> RowT | None:
        """The row's item, its page read on demand (None out of range or when locked)."""
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

    def _load_page(self, number: int, *, known: bool) -> list[RowT]:
        led, offset = self._ledger(), number * self.PAGE
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        self.page_queries += 1
        if previous is not None and len(previous) == self.PAGE:
            rows = self._page_after(led, offset, previous[-1])
        elif following:
            rows = self._page_before(led, offset, following[0])
        else:
            rows = self._page_at(led, offset, known)
        self._pages[number] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _page_after(self, led: Ledger, offset: int, last: RowT) -> list[RowT]:
        """The page at *offset* that follows the held row *last* (keyset)."""
        raise NotImplementedError

    def _page_before(self, led: Ledger, offset: int, first: RowT) -> list[RowT]:
        """The page at *offset* that precedes the held row *first* (keyset)."""
        raise NotImplementedError

    def _page_at(self, led: Ledger, offset: int, known: bool) -> list[RowT]:
        """The page at *offset* with no neighbour held (*known*: the count may be used)."""
        raise NotImplementedError

    def _held_row(self, item_id: int) -> int | None:
        """Row of the item *item_id* among the pages held (None when not loaded)."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == item_id:
                    return number * self.PAGE + i
        return None

    # -- Qt model API ---------------------------------------------------------------------
    def _index_item(self, index: Index) -> RowT | None:
        if not index.isValid() or not 0 <= index.column() < len(self.HEADERS):
            return None
        return self._item(index.row())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._rows:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
