"""仍未归还 pane: everything still out across circulation, personal retention
and loans, most overdue first, with holder and department; an end-of-day view. After login
the main window shows this pane when something is due back today or overdue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secledger.domain.changes import Area
from secledger.domain.enums import Classification, Role
from secledger.services.audit import output_levels as olv
from secledger.services.custody import overdue
from secledger.services.custody import printing as wf_print
from secledger.services.custody.overdue import OutItemDTO
from secledger.ui import errors
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.panes.custody.common import changed_in
from secledger.ui.panes.custody.people_registers import KNOWERS, RETENTION, open_register
from secledger.ui.panes.custody.routing import printing, table, when
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.statuses import OUT_KIND, overdue_text, status_text
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.saving import write_file
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

AREAS = (Area.CARRIERS, Area.CIRCULATION, Area.LOANS, Area.RETENTION, Area.MEDIA)
ROLES = frozenset({Role.CLERK, Role.ARCHIVIST})


@dataclass(frozen=True)
class Row:
    item: OutItemDTO
    since: str
    due: str


def _c(header: object, text: Any) -> Column[Row]:
    return Column[Row](header, text)


class OutModel(DtoTableModel[Row]):
    CONTEXT = "WorkflowColumns"
    COLUMNS = (
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Kind"), lambda r: status_text(OUT_KIND, r.item.kind)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Reg. no."), lambda r: r.item.carrier.reg_no),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Title"), lambda r: r.item.carrier.title),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Level"),
           lambda r: label_of(Classification, r.item.carrier.level)),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Copy"), lambda r: r.item.carrier.copy_no_text),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Holder"), lambda r: r.item.holder),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Department"), lambda r: r.item.department),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Out since"), lambda r: r.since),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Due back"), lambda r: r.due),
        _c(QT_TRANSLATE_NOOP("WorkflowColumns", "Overdue"),
           lambda r: overdue_text(r.item.overdue_seconds)),
    )


class OverduePane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overduePane")
        self.model = OutModel(parent=self)
        self.view = table(self.model, "stillOutTable")
        self.end_of_day = named(QCheckBox(self.tr("End of day: only what is due back by tonight")),
                                "endOfDay")
        self.end_of_day.toggled.connect(lambda _on: self.refresh())
        self.summary = named(QLabel(""), "overdueSummary")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.end_of_day)
        for name, text, slot in (
            ("printKnowers", self.tr("Register of people who know…"), self.print_knowers),
            ("printRetention", self.tr("Personal retention register…"), self.print_retention),
        ):
            b = named(QPushButton(text), name)
            b.clicked.connect(lambda _=False, f=slot: f())
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)
        ctx.changed.connect(self._changed)

    def refresh(self) -> None:
        led = self.ctx.ledger
        if led.locked:
            return
        items = overdue.end_of_day(led) if self.end_of_day.isChecked() else overdue.still_out(led)
        self.model.set_rows([Row(i, when(led, i.since), when(led, i.due_at)) for i in items])
        late = sum(1 for i in items if i.is_overdue)
        self.summary.setText(self.tr("{n} still out, {late} overdue.").format(n=len(items), late=late))
        fit_columns(self.view)

    def _print(self, fn: Any, title: str, name: str, path: Path | None) -> None:
        led = self.ctx.ledger
        level = (olv.of_retention_register(led) if fn is wf_print.print_retention_register
                 else olv.of_knowledge_register(led))
        write_file(self.ctx, self, path, ask=title, name=name, busy=printing(), level=level,
                   cancellable=True, on_done=self._saved,
                   write=lambda target, p: fn(led, path=target, progress=p))

    def print_knowers(self, path: Path | None = None) -> None:
        """The whole register to *path*; without one, the register to narrow and print."""
        if path is None:
            open_register(self.ctx, KNOWERS, self)
            return
        self._print(wf_print.print_knowledge_register,
                    self.tr("Save the register of people who know"), "知悉人员登记表.pdf", path)

    def export_knowers(self, path: Path) -> None:
        self._print(wf_print.export_knowledge_xlsx,
                    self.tr("Export the register of people who know"), "知悉人员登记表.xlsx",
                    path)

    def print_retention(self, path: Path | None = None) -> None:
        if path is None:
            open_register(self.ctx, RETENTION, self)
            return
        self._print(wf_print.print_retention_register, self.tr("Save personal retention register"),
                    "个人留存登记簿.pdf", path)

    def _saved(self, path: Any) -> None:
        self.summary.setText(self.tr("Saved {path}").format(path=str(path)))

    def _changed(self, changes: object) -> None:
        if changed_in(changes, *AREAS) and self.isVisible():
            self.refresh()


def needs_attention(ctx: AppContext) -> bool:
    """True when the user keeps carriers and something is overdue or due back today."""
    led = ctx.ledger
    return bool(led.user.roles & ROLES) and bool(overdue.end_of_day(led))


def show_after_login(window: Any) -> None:
    """Called by the main window after building the panes for a new login. A failure is
    logged, never shown: a login is not blocked over a list."""
    try:
        if needs_attention(window.ctx):
            pane = window.show_pane("overdue")
            if pane is not None:
                pane.end_of_day.setChecked(False)
    except Exception as exc:
        errors.log_unexpected(exc)


register_pane(PaneSpec(
    key="overdue", title=str(QT_TRANSLATE_NOOP("Panes", "Still out")),
    icon="SP_MessageBoxWarning", roles=ROLES, order=15,
    factory=lambda ctx: OverduePane(ctx),
))
