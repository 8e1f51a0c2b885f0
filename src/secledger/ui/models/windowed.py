"""The windowed table model the carrier browser, the audit log and the 定密 worklists page
through.

``rowCount`` is the query's count; the model keeps an LRU of ``MAX_PAGES`` pages of
``PAGE`` rows. ``data()`` never queries: a row whose page is not held shows a placeholder
and its page is asked of the page worker (``ui/models/worker.py``, newest request first);
the page arrives on the GUI thread by a queued signal and the rows repaint
(``dataChanged``, then ``page_loaded``). The page next to one already held is read by
keyset from that page's edge row, any other page by offset (or as a slice of the known
positions, see ``carriers.py``). Counting and other slow work run on a second worker, so
a count or the positions pass never delays a page. Results for a query no longer shown are
dropped by generation. When the same query is read again (data changed) the old pages stay on screen
until their fresh copies arrive, so a refresh does not flash placeholders.

With ``lazy_count=False`` (scripts and tests) counts and pages are read on the calling
thread instead. Explicit actions that need rows at once (copying a selection, the row a
click chose) use ``_item_now``. Subclasses say how a page is read and how a row is painted.
"""

from __future__ import annotations

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
from PySide6.QtGui import QBrush, QColor

from secledger.domain.errors import DomainError
from secledger.services.ledger.session import Ledger
from secledger.ui.models.worker import Worker

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: what a row whose page is still being read shows in its first column
PLACEHOLDER = "…"
_PLACEHOLDER_COLOUR = QColor("#999999")


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=_HasId)
#: reads one page on whatever thread runs it (the ledger is passed in)
PageReader = Callable[[Ledger], list[Any]]


class WindowedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of one query, paged from SQL off the GUI thread; subclasses read and paint."""

    PAGE = 200
    MAX_PAGES = 8
    #: translation context and untranslated headers of the columns
    CONTEXT = ""
    HEADERS: Sequence[object] = ()
    WORKER_NAME = "table-count"
    #: emitted with the count once it is known (also when served from a cache)
    counted = Signal(int)
    #: emitted with a page's number once its rows are in the model
    page_loaded = Signal(int)
    _count_ready = Signal(int, int)  # generation, count (from the worker thread)
    _page_ready = Signal(int, int, object)  # generation, page number, rows or None

    def __init__(self, ledger: Callable[[], Ledger], *, lazy_count: bool = True,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._lazy = lazy_count
        self._pages: OrderedDict[int, list[RowT]] = OrderedDict()
        self._stale: dict[int, list[RowT]] = {}  # the last generation's pages, until replaced
        self._pending: set[int] = set()  # pages asked of the page worker
        self._rows = 0
        self._count: int | None = None
        self._generation = 0
        self.page_queries = 0  # for tests and the benchmark
        self._counter = Worker(self.WORKER_NAME)
        self._pager = Worker(f"{self.WORKER_NAME}-pages", capacity=self.MAX_PAGES)
        self._count_ready.connect(self._on_count, Qt.ConnectionType.QueuedConnection)
        self._page_ready.connect(self._on_page, Qt.ConnectionType.QueuedConnection)

    @property
    def total(self) -> int | None:
        return self._count

    @property
    def loading(self) -> bool:
        """True while a page asked for has not arrived."""
        return bool(self._pending)

    # -- background work ----------------------------------------------------------------
    def _run_in_background(self, job: Callable[[], None]) -> None:
        """Run *job* on the model's count worker (replacing a job still waiting)."""
        self._counter.submit("job", job)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait for the background work (before closing the ledger)."""
        return self._counter.wait_idle(timeout) and self._pager.wait_idle(timeout)

    def clear_for_lock(self, timeout: float = 10.0) -> None:
        """The ledger locks: drop the waiting jobs, wait for the running ones (so no worker
        holds a connection), forget every page and the count; the view shows 0 rows."""
        self._counter.cancel()
        self._pager.cancel()
        self._generation += 1  # a result still on its way is dropped
        self.wait_idle(timeout)
        self.beginResetModel()
        self._pages.clear()
        self._stale.clear()
        self._pending.clear()
        self._rows = 0
        self._count = None
        self.endResetModel()

    def _reset(self, rows: int, count: int | None, *, keep_pages: bool) -> None:
        """Start a new generation showing *rows* rows; *keep_pages*: the same query read
        again, whose held pages stay on screen until fresh ones replace them."""
        self.beginResetModel()
        self._generation += 1
        self._pager.cancel()
        self._pending.clear()
        self._stale = dict(self._pages) if keep_pages else {}
        self._pages.clear()
        self._rows, self._count = rows, count
        self.endResetModel()

    def _on_count(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self._count = n
        self._resize(n)
        self.counted.emit(n)

    def _resize(self, n: int) -> None:
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()
        elif n < self._rows:
            self.beginRemoveRows(QModelIndex(), n, self._rows - 1)
            self._rows = n
            for number in [p for p in self._pages if p * self.PAGE >= n]:
                del self._pages[number]
            self.endRemoveRows()

    # -- paging -------------------------------------------------------------------------
    def _item(self, row: int) -> RowT | None:
        """The row's item if its page is held, else None (its page is asked for; never a
        query on this thread unless the model reads synchronously)."""
        if not 0 <= row < self._rows:
            return None
        number = row // self.PAGE
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
        elif self._lazy:
            self._request(number)
            rows = self._stale.get(number)
            if rows is None:
                return None
        else:
            return self._item_now(row)
        i = row - number * self.PAGE
        return rows[i] if i < len(rows) else None

    def _item_now(self, row: int) -> RowT | None:
        """The row's item, its page read now on this thread if need be (explicit actions:
        copying a selection, the row a click chose); None out of range or when locked."""
        if not 0 <= row < self._rows:
            return None
        number = row // self.PAGE
        rows = self._pages.get(number)
        if rows is None:
            try:
                rows = self._page_reader(number)(self._ledger())
            except DomainError:  # locked: show nothing rather than fail
                return None
            self._store(number, rows)
        i = row - number * self.PAGE
        return rows[i] if i < len(rows) else None

    def _request(self, number: int) -> None:
        """Ask the page worker for page *number* (once while it is on its way)."""
        if number in self._pending:
            return
        try:
            led = self._ledger()
        except (DomainError, RuntimeError):  # locked or closed: nothing to read
            return
        read, generation = self._page_reader(number), self._generation

        def job() -> None:
            try:
                rows: list[RowT] | None = read(led)
            except Exception:  # locked or closed meanwhile: the page is asked for again
                rows = None
            self._page_ready.emit(generation, number, rows)

        self._pending.add(number)
        self._pending.difference_update(self._pager.submit(number, job))

    def _on_page(self, generation: int, number: int, rows: list[RowT] | None) -> None:
        if generation != self._generation:
            return
        self._pending.discard(number)
        if rows is None:
            return
        self._store(number, rows)
        first = number * self.PAGE
        end = first + len(rows)
        if self._count is None and end > self._rows:
            self._resize(end)
        if self._count is None and number == 0 and len(rows) < self.PAGE:
            self._on_count(generation, len(rows))  # the whole result is this one page
        last = min(end, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.HEADERS) - 1))
        self.page_loaded.emit(number)

    def _store(self, number: int, rows: list[RowT]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        self._stale.pop(number, None)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)

    def _reload(self, *, keep_pages: bool) -> None:
        """Read the query again from page 0: *keep_pages* when it is the same query (its
        rows stay on screen until fresh ones arrive). The count comes from the count worker
        (or now, reading synchronously); a first page shorter than ``PAGE`` is the count."""
        self._reset(self._rows if keep_pages else 0, None, keep_pages=keep_pages)
        try:
            first = self._load_first()  # asked of the worker unless reading synchronously
        except DomainError:  # locked or not allowed: an empty table
            first = []
        if self._lazy:
            try:
                led, count = self._ledger(), self._counter_reader()
            except (DomainError, RuntimeError):  # locked or closed: nothing to count
                return
            gen = self._generation
            self._run_in_background(lambda: self._count_ready.emit(gen, count(led)))
        elif len(first) < self.PAGE:
            self._on_count(self._generation, len(first))
        else:
            self._on_count(self._generation, self._counter_reader()(self._ledger()))

    def _counter_reader(self) -> Callable[[Ledger], int]:
        """How to count the current query's rows (on any thread)."""
        raise NotImplementedError

    def _load_first(self) -> list[RowT]:
        """Page 0 of a new generation: read now (synchronous models) or asked for."""
        if self._lazy:
            self._request(0)
            return []
        rows = self._page_reader(0)(self._ledger())
        self._store(0, rows)
        if len(rows) > self._rows:
            self._rows = len(rows)
        return rows

    def _page_reader(self, number: int) -> PageReader:
        """How to read page *number*, decided now from the pages held (keyset from a
        neighbour's edge row when there is one); the reader itself runs on any thread."""
        self.page_queries += 1
        offset = number * self.PAGE
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if previous is not None and len(previous) == self.PAGE:
            return self._reader(offset, after=previous[-1])
        if following:
            return self._reader(offset, before=following[0])
        return self._reader(offset)

    def _reader(self, offset: int, *, after: RowT | None = None,
                before: RowT | None = None) -> PageReader:
        """A reader of the page at *offset* that follows the held row *after*, precedes the
        held row *before*, or (neither) has no neighbour held."""
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

    def _placeholder(self, index: Index, role: int) -> Any:
        """What a row still being read shows: an ellipsis in its first column, greyed."""
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return PLACEHOLDER
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_PLACEHOLDER_COLOUR)
        return None

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
