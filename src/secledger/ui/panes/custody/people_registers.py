"""The registers about people — 知悉人员登记表 and 个人留存（领用）登记簿 — narrowed before they
are printed: by document, person, department and period. The rows on screen are exactly
what the PDF and the XLSX hold (the same ``PeopleFilter`` goes to the service), with the
count and totals shown as the forms print them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.enums import Classification
from secledger.services.audit import output_levels as olv
from secledger.services.custody import knowledge, retention
from secledger.services.custody import printing as wf_print
from secledger.services.custody.knowledge import KnowerDTO, KnowledgeSheetDTO
from secledger.services.custody.people_filter import PeopleFilter
from secledger.services.custody.retention import RetentionDTO
from secledger.services.people import persons as people
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of, language
from secledger.ui.panes.custody.routing import fill_people, printing, table, when
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import bound_date, bound_date_edit, named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

FILTER_DELAY_MS = 250
KNOWERS, RETENTION = "knowers", "retention"
#: 知悉方式 as stored (Chinese, printed on the form) and as the English UI shows it
WAYS_EN = {"传阅": "Circulation", "借阅": "Loan", "领用": "Personal retention", "会议": "Meeting"}


#: (register, file type) -> the service that writes it
WRITERS: dict[tuple[str, str], Any] = {
    (KNOWERS, "pdf"): wf_print.print_knowledge_register,
    (KNOWERS, "xlsx"): wf_print.export_knowledge_xlsx,
    (RETENTION, "pdf"): wf_print.print_retention_register,
    (RETENTION, "xlsx"): wf_print.export_retention_xlsx,
}


@dataclass(frozen=True)
class KnowRow:
    sheet: KnowledgeSheetDTO
    knower: KnowerDTO
    at: str


def open_register(ctx: AppContext, kind: str, parent: QWidget | None,
                  person_id: int | None = None) -> PeopleRegisterDialog:
    """Show a register to narrow, print and export (modal)."""
    dlg = PeopleRegisterDialog(ctx, kind, parent, person_id=person_id)
    dlg.exec()
    return dlg


def _way(text: str) -> str:
    return WAYS_EN.get(text, text) if language().startswith("en") else text


def _k(header: object, text: Any) -> Column[KnowRow]:
    return Column[KnowRow](header, text)


def _r(header: object, text: Any) -> Column[tuple[RetentionDTO, str, str, str]]:
    return Column[tuple[RetentionDTO, str, str, str]](header, text)


class KnowersModel(DtoTableModel[KnowRow]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Reg. no."), lambda r: r.sheet.reg_no),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Doc. no."), lambda r: r.sheet.doc_no),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Title"), lambda r: r.sheet.title),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Level"),
           lambda r: label_of(Classification, r.sheet.level)),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Name"), lambda r: r.knower.name),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Department"), lambda r: r.knower.department),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "How"), lambda r: _way(r.knower.way)),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Copy"), lambda r: r.knower.copy_no_text),
        _k(QT_TRANSLATE_NOOP("WorkflowColumns", "Time"), lambda r: r.at),
    )


class RetentionRegisterModel(DtoTableModel[tuple[RetentionDTO, str, str, str]]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Holder"), lambda r: r[0].person),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Department"), lambda r: r[0].department),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Reg. no."), lambda r: r[0].carrier.reg_no),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Title"), lambda r: r[0].carrier.title),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Mark"), lambda r: r[0].carrier.mark),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Copy"), lambda r: r[0].carrier.copy_no_text),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Purpose"), lambda r: r[0].purpose),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Approved by"), lambda r: r[0].approver),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Issued"), lambda r: r[1]),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Due back"), lambda r: r[2]),
        _r(QT_TRANSLATE_NOOP("WorkflowColumns", "Returned"), lambda r: r[3]),
    )


class PeopleFilterBar(QWidget):
    """Document, person, department, from, to; ``changed`` is called (debounced) on edits."""

    def __init__(self, ctx: AppContext, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(on_change)
        self.document = named(QLineEdit(), "filterDocument")
        self.document.setPlaceholderText(self.tr("Document: reg. no., doc. no. or title"))
        self.document.textChanged.connect(lambda _t: self._timer.start())
        self.person = named(QComboBox(), "filterPerson")
        self.department = named(QComboBox(), "filterDepartment")
        self.date_from = named(bound_date_edit(self.tr("From"), self._timer.start), "filterFrom")
        self.date_to = named(bound_date_edit(self.tr("To"), self._timer.start), "filterTo")
        fill_people(self.person, ctx.ledger, placeholder=self.tr("Anyone"))
        self.department.addItem(self.tr("Every department"), None)
        for d in people.list_departments(ctx.ledger):
            self.department.addItem(d.name, d.id)
        for combo in (self.person, self.department):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document, 3)
        row.addWidget(self.person, 2)
        row.addWidget(self.department, 2)
        row.addWidget(self.date_from, 1)
        row.addWidget(self.date_to, 1)

    def value(self) -> PeopleFilter:
        return PeopleFilter(document=self.document.text(), person_id=self.person.currentData(),
                            department_id=self.department.currentData(),
                            date_from=bound_date(self.date_from), date_to=bound_date(self.date_to))


class PeopleRegisterDialog(QDialog):
    """One of the two registers, narrowed on screen, then printed or exported as shown."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.setObjectName(f"register_{kind}")
        self.setWindowTitle(self.tr("Register of people who know classified documents")
                            if kind == KNOWERS else self.tr("Personal retention register"))
        self.filters = PeopleFilterBar(ctx, self.reload, self)
        if person_id is not None:
            self.filters.person.setCurrentIndex(max(0, self.filters.person.findData(person_id)))
        self.model: Any = KnowersModel(parent=self) if kind == KNOWERS else \
            RetentionRegisterModel(parent=self)
        self.view = table(self.model, f"{kind}Register")
        self.count = named(QLabel(), "registerCount")
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for key, text, slot in (("print", self.tr("Print (PDF)…"), self.print_pdf),
                                ("export", self.tr("Export (XLSX)…"), self.export_xlsx),
                                ("close", self.tr("Close"), self.accept)):
            b = named(QPushButton(text), key)
            b.clicked.connect(lambda _=False, f=slot: f())
            self.buttons[key] = b
            actions.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filters)
        lay.addWidget(self.view, 1)
        lay.addLayout(actions)
        self.resize(1100, 640)
        self.reload()

    def reload(self) -> None:
        led, f = self.ctx.ledger, self.filters.value()
        if self.kind == KNOWERS:
            sheets = self.ctx.read(lambda: knowledge.register_of_knowers(led, filt=f),
                                   parent=self) or []
            rows: list[Any] = [KnowRow(x, k, when(led, k.at)) for x in sheets for k in x.knowers]
            self.count.setText(self.tr("%n document(s), ", "", len(sheets))
                               + self.tr("%n time(s) seen", "", len(rows)))
        else:
            items = self.ctx.read(lambda: retention.retentions(led, filt=f, limit=None),
                                  parent=self) or []
            rows = [(r, when(led, r.issued_at), when(led, r.due_at), when(led, r.returned_at))
                    for r in items]
            out = sum(1 for r in items if r.is_out)
            self.count.setText(self.tr("%n carrier(s) issued, ", "", len(items))
                               + self.tr("%n not back", "", out))
        self.model.set_rows(rows)
        fit_columns(self.view)

    def _write(self, path: Path | None, ext: str) -> None:
        led, f, kind = self.ctx.ledger, self.filters.value(), self.kind
        title = "知悉人员登记表" if kind == KNOWERS else "个人留存登记簿"
        fn = WRITERS[(kind, ext)]
        level = (olv.of_knowledge_register(led, filt=f) if kind == KNOWERS
                 else olv.of_retention_register(led, filt=f))
        ask = QCoreApplication.translate("PeopleRegisterDialog", "Save {title}").format(
            title=self.windowTitle())
        write_file(self.ctx, self, path, ask=ask, name=f"{title}.{ext}", busy=printing(),
                   level=level, cancellable=True, on_done=self._saved,
                   write=lambda target, p: fn(led, path=target, filt=f, progress=p))

    def print_pdf(self, path: Path | None = None) -> None:
        self._write(path, "pdf")

    def export_xlsx(self, path: Path | None = None) -> None:
        self._write(path, "xlsx")

    def _saved(self, path: Any) -> None:
        self.count.setText(self.tr("Saved {path}").format(path=str(path)))
