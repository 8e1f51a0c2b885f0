"""A windowed table model over ``services.audit``: the event log, newest first.

The same approach as ``ui/models/carriers.py``: ``rowCount`` is the query's count, ``data()``
shows the 200-row page around the asked row once a worker thread has read it (a placeholder
until then) and keeps an LRU of a few pages; the page next to one already held is read by
``id`` keyset from that page's edge, any other page by offset. The count of a big log comes
later from a worker thread (``lazy_count``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from secledger.services.audit import log as audit
from secledger.services.audit.log import AuditEvent, EventQuery
from secledger.services.ledger.session import Ledger
from secledger.ui.labels import language
from secledger.ui.models.windowed import ID_ROLE as ID_ROLE
from secledger.ui.models.windowed import ROW_ROLE as ROW_ROLE
from secledger.ui.models.windowed import Index, PageReader, WindowedTableModel

CONTEXT = "EventColumns"

COLUMNS: tuple[tuple[object, Callable[[AuditEvent], str]], ...] = (
    (QT_TRANSLATE_NOOP("EventColumns", "No."), lambda e: str(e.id)),
    (QT_TRANSLATE_NOOP("EventColumns", "Time"), lambda e: f"{e.local_time:%Y-%m-%d %H:%M:%S}"),
    (QT_TRANSLATE_NOOP("EventColumns", "User"),
     lambda e: f"{e.user_name}（{e.username}）" if e.user_name else e.username),
    (QT_TRANSLATE_NOOP("EventColumns", "Event"), lambda e: e.kind_label_in(language())),
    (QT_TRANSLATE_NOOP("EventColumns", "Reg. no."), lambda e: e.reg_no),
    (QT_TRANSLATE_NOOP("EventColumns", "Copy no."), lambda e: e.copy_no),
    (QT_TRANSLATE_NOOP("EventColumns", "Description"), lambda e: e.description_in(language())),
    (QT_TRANSLATE_NOOP("EventColumns", "Hash"), lambda e: e.short_hash),
)
ID, TIME, USER, KIND, REG_NO, COPY_NO, DESCRIPTION, HASH = range(len(COLUMNS))
BAD_ROW = QColor("#f8d0d0")


class EventTableModel(WindowedTableModel[AuditEvent]):
    """Events of one ``EventQuery``, paged from SQL."""

    CONTEXT = CONTEXT
    HEADERS = tuple(header for header, _text in COLUMNS)
    WORKER_NAME = "event-count"

    def __init__(self, ledger: Callable[[], Ledger], *, lazy_count: bool = True,
                 parent: Any = None) -> None:
        super().__init__(ledger, lazy_count=lazy_count, parent=parent)
        self._query = EventQuery()
        #: an event to show in red (the first bad event of a failed verification)
        self.bad_event_id: int | None = None

    @property
    def query(self) -> EventQuery:
        return self._query

    def set_query(self, query: EventQuery) -> None:
        changed = query != self._query
        self._query = query
        self._reload(keep_pages=not changed)

    def refresh(self) -> None:
        """Read the log again (the rows on screen stay until their fresh pages arrive)."""
        self._reload(keep_pages=True)

    def _counter_reader(self) -> Callable[[Ledger], int]:
        q = self._query
        return lambda led: audit.count(led, q)

    # -- paging -------------------------------------------------------------------------
    def event_at(self, row: int) -> AuditEvent | None:
        """The event of *row*, read now if its page is not held (the row a click chose)."""
        return self._item_now(row)

    def _reader(self, offset: int, *, after: AuditEvent | None = None,
                before: AuditEvent | None = None) -> PageReader:
        q, limit = self._query, self.PAGE
        if after is not None:
            newer = after.id
            return lambda led: audit.page(led, q, limit=limit, before_id=newer)
        if before is not None:
            older = before.id
            return lambda led: audit.page(led, q, limit=limit, after_id=older)
        return lambda led: audit.page(led, q, offset=offset, limit=limit)

    def row_of(self, event_id: int) -> int | None:
        """The row of *event_id* under the current filters (None when filtered out)."""
        held = self._held_row(event_id)
        if held is not None:
            return held
        row = audit.position(self._ledger(), self._query, event_id)
        shown = self._count if self._count is not None else self._rows
        # while the count of a new query is being read its rows are not all in the model yet
        return row if row is not None and (row < shown or self._count is None) else None

    # -- Qt model API ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ev = self._index_item(index)
        if ev is None:
            return self._placeholder(index, role)
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
