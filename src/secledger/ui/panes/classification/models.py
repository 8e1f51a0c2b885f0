"""Table models of the 定密管理 pane.

``WorklistModel`` pages one of the backend's worklists (``read.page``: SQL, keyset by the
row's ``key``) the way the browser and the audit log page theirs (``WindowedTableModel``):
pages are read off the GUI thread (placeholder rows until they arrive), the count comes
later from the model's worker thread (the yearly-review counts take a few hundred ms on a
million carriers). ``ProposalsModel`` lists proposals (few: the pending ones, or one
document's).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QBrush, QColor

from secledger.domain.classification import DecisionKind, ProposalStatus
from secledger.domain.enums import CarrierState
from secledger.domain.errors import DomainError
from secledger.services.classification import read
from secledger.services.classification.read import ProposalDTO
from secledger.services.classification.worklists import Worklist
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import policy_int
from secledger.ui.labels import label_for, label_of
from secledger.ui.models.windowed import (
    ID_ROLE,
    ROW_ROLE,
    Index,
    PageReader,
    WindowedTableModel,
)
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

CTX = "ClassificationColumns"
LATE = QColor("#b00020")



def day(d: date | None) -> str:
    return d.isoformat() if d is not None else ""


def days_left(n: int | None) -> str:
    """``还剩 5 天`` / ``今日到期`` / ``逾期 2 天`` (Chinese); '' for None."""
    if n is None:
        return ""
    if n > 0:
        return Q.translate("ClassificationColumns", "%n day(s) left", "", n)
    if n == 0:
        return Q.translate("ClassificationColumns", "due today")
    return Q.translate("ClassificationColumns", "%n day(s) overdue", "", -n)


def whose(own: bool) -> str:
    if own:
        return Q.translate("ClassificationColumns", "this unit")
    return Q.translate("ClassificationColumns", "originator")


def _c(header: object, text: Callable[[Any], str]) -> Column[Any]:
    return Column[Any](header, text)


def _how(r: Any) -> str:
    if r.automatic:
        return Q.translate("ClassificationColumns", "period ended")
    return Q.translate("ClassificationColumns", "decision")


def _can_mark(r: Any) -> str:
    if r.in_custody:
        return Q.translate("ClassificationColumns", "can be marked now")
    return Q.translate("ClassificationColumns", "wait until it is back")


#: an acknowledgement row names its decision by its Chinese label only
_KIND_BY_LABEL = {k.label: k for k in DecisionKind}


def _decision(r: Any) -> str:
    kind = _KIND_BY_LABEL.get(r.kind_label)
    return label_for(kind) if kind is not None else str(r.kind_label)


def _reviewed(r: Any) -> str:
    return str(r.reviewed_year or Q.translate("ClassificationColumns", "never"))


REG = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Reg. no."), lambda r: r.reg_no)
TITLE = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Title"), lambda r: r.title)
DOC_NO = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Doc. no."), lambda r: r.doc_no)
MARK = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Mark"), lambda r: r.mark)
ENDS = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Period ends"),
          lambda r: day(r.declassify_on))
COPY = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Copy no."), lambda r: r.copy_no)
STATE = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "State"),
           lambda r: label_of(CarrierState, r.state))
HOLDER = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Holder"), lambda r: r.holder_name)
PROPOSAL = _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Pending proposal"),
              lambda r: r.proposal_no)

COLUMNS: dict[str, tuple[Column[Any], ...]] = {
    "expiring": (
        REG, DOC_NO, MARK, ENDS,
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Left"), lambda r: days_left(r.days_left)),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Decided by"), lambda r: whose(r.own)),
        PROPOSAL, TITLE),
    "marking": (
        REG, COPY,
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Declassified on"),
           lambda r: day(r.declassified_on)),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "How"), _how), STATE, HOLDER,
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Marking"), _can_mark),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Old mark"), lambda r: r.mark), TITLE),
    "relabel": (
        REG, COPY,
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Old mark"), lambda r: r.mark_before),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "New mark"), lambda r: r.mark_now),
        STATE, HOLDER,
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Label"), lambda r: r.label_id), TITLE),
    "acknowledge": (
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Notice no."), lambda r: r.notice_no),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Person"), lambda r: r.person_name),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Department"), lambda r: r.department),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Copies held"), lambda r: r.copies),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Decision"), _decision),
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Change"),
           lambda r: f"{r.mark_before} → {r.mark_after}"),
        REG, TITLE),
    "review": (
        REG, DOC_NO, MARK, ENDS,
        _c(QT_TRANSLATE_NOOP("ClassificationColumns", "Last reviewed"), _reviewed),
        PROPOSAL, TITLE),
}


def kind_of(which: Worklist) -> str:
    return which.value.split("_")[0]


class WorklistModel(WindowedTableModel[Any]):
    """The rows of one worklist, paged from SQL; ``set_worklist`` switches lists."""

    CONTEXT = CTX
    WORKER_NAME = "worklist-count"

    def __init__(self, ledger: Callable[[], Ledger], which: Worklist, *,
                 lazy_count: bool = True, parent: Any = None) -> None:
        super().__init__(ledger, lazy_count=lazy_count, parent=parent)
        self.which = which
        self.urgent_days = 30
        self._set_columns()

    def _set_columns(self) -> None:
        self.COLUMNS: Sequence[Column[Any]] = COLUMNS[kind_of(self.which)]
        self.HEADERS = tuple(c.header for c in self.COLUMNS)

    def set_worklist(self, which: Worklist) -> None:
        same = which == self.which
        self.which = which
        self._set_columns()
        self._reload(keep_pages=same)

    def refresh(self) -> None:
        """Read the list again (the rows on screen stay until their fresh pages arrive)."""
        with contextlib.suppress(DomainError):  # locked: the list is emptied anyway
            self.urgent_days = policy_int(self._ledger(), "secrecy_expiry_urgent_days")
        self._reload(keep_pages=True)

    def _counter_reader(self) -> Callable[[Ledger], int]:
        which = self.which
        return lambda led: read.count(led, which)

    # -- paging -------------------------------------------------------------------------
    def _reader(self, offset: int, *, after: Any = None, before: Any = None) -> PageReader:
        which, limit = self.which, self.PAGE
        if after is not None:
            key = after.key
            return lambda led: read.page(led, which, limit=limit, after=key)
        return lambda led: read.page(led, which, limit=limit, offset=offset)

    def row_at(self, row: int) -> Any:
        """The row, read now if its page is not held (an explicit action); ``data()``
        never reads."""
        return self._item_now(row)

    def find_row(self, item_id: int) -> int | None:
        return self._held_row(item_id)

    # -- Qt model API ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._index_item(index)
        if row is None:
            return self._placeholder(index, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.COLUMNS[index.column()].text(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and self._urgent(row):
            return QBrush(LATE)
        return None

    def _urgent(self, row: Any) -> bool:
        """Rows a clerk must not miss: a period ending within the urgent days (policy), a
        copy still out."""
        left = getattr(row, "days_left", None)
        return ((isinstance(left, int) and left <= self.urgent_days)
                or getattr(row, "in_custody", True) is False)


# -- proposals ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ProposalRow:
    p: ProposalDTO
    left: int | None  # days to the ten-day limit (negative: overdue)

    @property
    def id(self) -> int:
        return self.p.id


def _p(header: object, text: Callable[[ProposalRow], str]) -> Column[ProposalRow]:
    return Column[ProposalRow](header, text)


class ProposalsModel(DtoTableModel[ProposalRow]):
    CONTEXT = CTX
    COLUMNS = (
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Proposal no."),
           lambda r: r.p.proposal_no),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Kind"),
           lambda r: label_of(DecisionKind, r.p.kind)),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Status"),
           lambda r: label_of(ProposalStatus, r.p.status)),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Decide by"), lambda r: day(r.p.due_on)),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Left"), lambda r: days_left(r.left)),
        _p(REG.header, lambda r: r.p.reg_no),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Mark now"), lambda r: r.p.mark_now),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Proposed"),
           lambda r: r.p.proposed_mark),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Proposed by"),
           lambda r: r.p.proposer or r.p.addressee),
        _p(QT_TRANSLATE_NOOP("ClassificationColumns", "Proposed on"),
           lambda r: day(r.p.proposed_on)),
        _p(TITLE.header, lambda r: r.p.title),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.row() < self.rowCount()):
            left = self.row_at(index.row()).left
            return QBrush(LATE) if left is not None and left < 0 else None
        return super().data(index, role)
