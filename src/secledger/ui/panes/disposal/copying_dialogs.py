"""Dialogs of the copying pane: register the copies of an approved request, or the excerpt
or compilation (a 派生 document) an approved request made."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secledger.domain.copying import MAX_COPIES, CopyKind
from secledger.domain.enums import Classification
from secledger.domain.marks import parse_mark
from secledger.services.disposal import copying, excerpts
from secledger.ui.context import AppContext
from secledger.ui.panes.custody.common import fill_people
from secledger.ui.widgets.forms import FormDialog, named
from secledger.ui.widgets.mark_edit import MarkEdit


class CopyExecuteDialog(FormDialog):
    """复制登记: who copied, 份号 (blank: continue after the highest), serial numbers."""

    def __init__(self, ctx: AppContext, request: copying.CopyRequestDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Register the copies"), parent)
        self.request = request
        self.copier = named(QComboBox(), "copyCopier")
        fill_people(self.copier, ctx)
        i = self.copier.findData(ctx.ledger.user.person_id)
        self.copier.setCurrentIndex(max(0, i))
        self.copy_nos = named(QLineEdit(), "copyNos")
        self.copy_nos.setPlaceholderText(self.tr("Blank: continue after the highest copy"))
        self.scheme = named(QLineEdit(), "copyScheme")
        self.serials = named(QPlainTextEdit(), "copySerials")
        self.serials.setPlaceholderText(self.tr("Electronic media: one serial number per line"))
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(90)
        f = self.form
        f.addRow(self.tr("Copied by:"), self.copier)
        f.addRow(self.tr("Copy numbers (unit scheme):"), self.copy_nos)
        f.addRow(self.tr("Note on the numbering:"), self.scheme)
        f.addRow(self.tr("Serial numbers:"), self.serials)

    def save(self) -> Any:
        return copying.execute_copy(
            self.ctx.ledger, request_id=self.request.id, copier_id=self.copier.currentData() or 0,
            copy_nos=self.copy_nos.text(), scheme_note=self.scheme.text(),
            serial_nos=self.serials.toPlainText().splitlines())


class DerivedExecuteDialog(FormDialog):
    """摘录/汇编登记: the 派生 document made (title, mark not lower than the sources', how
    many copies) or, when it holds no state secret, the reason; who made it."""

    def __init__(self, ctx: AppContext, request: copying.CopyRequestDTO,
                 parent: QWidget | None = None) -> None:
        kind = CopyKind(request.kind)
        super().__init__(ctx, self.tr("Register the excerpt") if kind is CopyKind.EXCERPT
                         else self.tr("Register the compilation"), parent, min_width=520)
        self.request = request
        self.maker = named(QComboBox(), "derivedMaker")
        fill_people(self.maker, ctx)
        self.maker.setCurrentIndex(max(0, self.maker.findData(ctx.ledger.user.person_id)))
        self.title_edit = named(QLineEdit(), "derivedTitle")
        self.title_edit.setText(f"{request.source.title}（{kind.label}）")
        self.mark = MarkEdit(self)
        self.mark.set_text(max(request.sources or (request.source,),
                               key=lambda x: Classification(x.level).rank).mark)
        self.secret = named(QCheckBox(self.tr("Holds no state secret (not registered)")),
                            "derivedNotSecret")
        self.secret.toggled.connect(self._not_secret)
        self.note = named(QLineEdit(), "derivedNote")
        self.note.setPlaceholderText(self.tr("Why it holds no state secret, or a remark"))
        self.copies = named(QSpinBox(), "derivedCopies")
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(request.copies)
        self.doc_no = named(QLineEdit(), "derivedDocNo")
        self.serials = named(QPlainTextEdit(), "derivedSerials")
        self.serials.setPlaceholderText(self.tr("Electronic media: one serial number per line"))
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(70)
        f = self.form
        f.addRow(self.tr("Made by:"), self.maker)
        f.addRow(self.tr("Title:"), self.title_edit)
        f.addRow(self.tr("Mark (not lower than the sources'):"), self.mark)
        f.addRow("", self.secret)
        f.addRow(self.tr("Note:"), self.note)
        f.addRow(self.tr("Copies:"), self.copies)
        f.addRow(self.tr("Doc. no.:"), self.doc_no)
        f.addRow(self.tr("Serial numbers:"), self.serials)

    def _not_secret(self, on: bool) -> None:
        for w in (self.mark, self.copies, self.doc_no, self.serials, self.title_edit):
            w.setEnabled(not on)

    def save(self) -> Any:
        none = self.secret.isChecked()
        return excerpts.execute_derived(self.ctx.ledger, excerpts.DerivedInput(
            request_id=self.request.id, maker_id=self.maker.currentData() or 0,
            title=self.title_edit.text(), mark=None if none else parse_mark(self.mark.text()),
            note=self.note.text(), doc_no=self.doc_no.text(), copies=self.copies.value(),
            serial_nos=tuple(self.serials.toPlainText().splitlines())))
