"""A windowed table model over ``services.audit``: the event log, newest first.

The same approach as ``ui/models/carriers.py``: ``rowCount`` is the query's count, ``data()``
loads the 200-row page around the asked row on demand and keeps an LRU of a few pages; the
page next to one already held is read by ``id`` keyset from that page's edge, any other page
by offset. The count of a big log can come later from a worker thread (``lazy_count``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
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
from PySide6.QtGui import QBrush, QColor

from secledger.domain.errors import DomainError
from secledger.services import audit
from secledger.services.audit import AuditEvent, EventQuery
from secledger.services.ledger import Ledger

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "EventColumns"

COLUMNS: tuple[tuple[object, Callable[[AuditEvent], str]], ...] = (
    (QT_TRANSLATE_NOOP("EventColumns", "No."), lambda e: str(e.id)),
    (QT_TRANSLATE_NOOP("EventColumns", "Time"), lambda e: f"{e.local_time:%Y-%m-%d %H:%M:%S}"),
    (QT_TRANSLATE_NOOP("EventColumns", "User"),
     lambda e: f"{e.user_name}（{e.username}）" if e.user_name else e.username),
    (QT_TRANSLATE_NOOP("EventColumns", "Event"), lambda e: e.kind_label),
    (QT_TRANSLATE_NOOP("EventColumns", "Reg. no."), lambda e: e.reg_no),
    (QT_TRANSLATE_NOOP("EventColumns", "Copy no."), lambda e: e.copy_no),
    (QT_TRANSLATE_NOOP("EventColumns", "Description"), lambda e: e.description),
    (QT_TRANSLATE_NOOP("EventColumns", "Hash"), lambda e: e.short_hash),
)
ID, TIME, USER, KIND, REG_NO, COPY_NO, DESCRIPTION, HASH = range(len(COLUMNS))
BAD_ROW = QColor("#f8d0d0")


class EventTableModel(QAbstractTableModel):
    """Events of one ``EventQuery``, paged from SQL."""

    PAGE = 200
    MAX_PAGES = 8
    counted = Signal(int)
    _count_ready = Signal(int, int)  # generation, count

    def __init__(self, ledger: Callable[[], Ledger], *, lazy_count: bool = True,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._lazy = lazy_count
        self._query = EventQuery()
        self._pages: OrderedDict[int, list[AuditEvent]] = OrderedDict()
        self._rows = 0
        self._count: int | None = None
        self._generation = 0
        self._threads: list[threading.Thread] = []
        self.page_queries = 0
        #: an event to show in red (the first bad event of a failed verification)
        self.bad_event_id: int | None = None
        self._count_ready.connect(self._on_count, Qt.ConnectionType.QueuedConnection)

    @property
    def query(self) -> EventQuery:
        return self._query

    @property
    def total(self) -> int | None:
        return self._count

    def set_query(self, query: EventQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._count = None
        try:
            first = self._load_page(0)
        except DomainError:  # locked or not allowed: an empty table
            first = []
        self._rows = len(first)
        self.endResetModel()
        if len(first) < self.PAGE:
            self._on_count(self._generation, len(first))
        elif self._lazy:
            self._start_count()
        else:
            self._on_count(self._generation, audit.count(self._ledger(), self._query))

    def _start_count(self) -> None:
        gen, query, led = self._generation, self._query, self._ledger()

        def work() -> None:
            try:
                self._count_ready.emit(gen, audit.count(led, query))
            except Exception:  # locked or closed meanwhile: the next refresh counts
                return

        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=work, name="event-count", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        for t in self._threads:
            t.join(timeout)
        return not any(t.is_alive() for t in self._threads)

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
    def event_at(self, row: int) -> AuditEvent | None:
        if not 0 <= row < self._rows:
            return None
        number = row // self.PAGE
        rows = self._pages.get(number)
        if rows is None:
            try:
                rows = self._load_page(number)
            except DomainError:
                return None
        else:
            self._pages.move_to_end(number)
        i = row - number * self.PAGE
        return rows[i] if i < len(rows) else None

    def _load_page(self, number: int) -> list[AuditEvent]:
        led, q = self._ledger(), self._query
        above, below = self._pages.get(number - 1), self._pages.get(number + 1)
        self.page_queries += 1
        if above is not None and len(above) == self.PAGE:
            rows = audit.page(led, q, limit=self.PAGE, before_id=above[-1].id)
        elif below:
            rows = audit.page(led, q, limit=self.PAGE, after_id=below[0].id)
        else:
            rows = audit.page(led, q, offset=number * self.PAGE, limit=self.PAGE)
        self._pages[number] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_of(self, event_id: int) -> int | None:
        """The row of *event_id* under the current filters (None when filtered out)."""
        for number, rows in self._pages.items():
            for i, e in enumerate(rows):
                if e.id == event_id:
                    return number * self.PAGE + i
        row = audit.position(self._ledger(), self._query, event_id)
        return row if row is not None and row < self._rows else None

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        ev = self.event_at(index.row())
        if ev is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](ev)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ev.hash if index.column() == HASH else COLUMNS[index.column()][1](ev)
        if role == ROW_ROLE:
            return ev
        if role == ID_ROLE:
            return ev.id
        if role == Qt.ItemDataRole.BackgroundRole and ev.id == self.bad_event_id:
            return QBrush(BAD_ROW)
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
