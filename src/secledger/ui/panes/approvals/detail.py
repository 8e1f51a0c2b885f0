"""The approvals pane's lower half: the whole request an approver decides (every carrier
with its 登记号, title, 密级, 份号, state and holder; who asked, for whom and why; counts by
level; the rule), a comment, and approve / reject / print the form for signature. The facts
come from ``services/approvals/detail``."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from secledger.domain.messages import render
from secledger.services.approvals.detail import ApprovalDetail
from secledger.ui.panes.custody.common import ItemModel, table
from secledger.ui.widgets.forms import ErrorLabel, named

_KINDS: dict[str, object] = {
    "loan": QT_TRANSLATE_NOOP("ApprovalDetailView", "Loan request"),
    "copy": QT_TRANSLATE_NOOP("ApprovalDetailView", "Copy request"),
    "destruction": QT_TRANSLATE_NOOP("ApprovalDetailView", "Destruction manifest"),
    "retention": QT_TRANSLATE_NOOP("ApprovalDetailView", "Personal retention"),
    "carry_out": QT_TRANSLATE_NOOP("ApprovalDetailView", "Carry-out request"),
    "media_loan": QT_TRANSLATE_NOOP("ApprovalDetailView", "Media loan request"),
    "media_repair": QT_TRANSLATE_NOOP("ApprovalDetailView", "Repair request"),
}
_MEDIA_KINDS = ("media_loan", "media_repair")
_FACTS: dict[str, object] = {
    "copies": QT_TRANSLATE_NOOP("ApprovalDetailView", "Copies"),
    "medium": QT_TRANSLATE_NOOP("ApprovalDetailView", "Medium"),
    "pages": QT_TRANSLATE_NOOP("ApprovalDetailView", "Pages each"),
    "department": QT_TRANSLATE_NOOP("ApprovalDetailView", "Department"),
    "needed_by": QT_TRANSLATE_NOOP("ApprovalDetailView", "Needed by"),
    "origin": QT_TRANSLATE_NOOP("ApprovalDetailView",
                                "Approval of the original classifying body"),
    "mode": QT_TRANSLATE_NOOP("ApprovalDetailView", "Mode"),
    "clearance": QT_TRANSLATE_NOOP("ApprovalDetailView", "Clearance"),
    "due": QT_TRANSLATE_NOOP("ApprovalDetailView", "Due back"),
    "prepared_by": QT_TRANSLATE_NOOP("ApprovalDetailView", "Prepared by"),
    "checked_by": QT_TRANSLATE_NOOP("ApprovalDetailView", "Checked by"),
    "form_no": QT_TRANSLATE_NOOP("ApprovalDetailView", "Form no."),
    "kind": QT_TRANSLATE_NOOP("ApprovalDetailView", "Decision"),
    "document": QT_TRANSLATE_NOOP("ApprovalDetailView", "Document"),
    "mark_now": QT_TRANSLATE_NOOP("ApprovalDetailView", "Mark now"),
    "proposed": QT_TRANSLATE_NOOP("ApprovalDetailView", "Proposed"),
    "scope": QT_TRANSLATE_NOOP("ApprovalDetailView", "Need-to-know"),
    "basis": QT_TRANSLATE_NOOP("ApprovalDetailView", "Basis"),
    "days_left": QT_TRANSLATE_NOOP("ApprovalDetailView", "Days left (ten-day limit)"),
    "level_needed": QT_TRANSLATE_NOOP("ApprovalDetailView",
                                      "The deciding classifier must cover"),
    "bearers": QT_TRANSLATE_NOOP("ApprovalDetailView", "Carried by"),
    "destination": QT_TRANSLATE_NOOP("ApprovalDetailView", "Destination"),
    "period": QT_TRANSLATE_NOOP("ApprovalDetailView", "Period out"),
    "foreign_affairs": QT_TRANSLATE_NOOP("ApprovalDetailView", "Foreign-affairs activity"),
    "abroad": QT_TRANSLATE_NOOP("ApprovalDetailView", "Goes abroad"),
    "measures": QT_TRANSLATE_NOOP("ApprovalDetailView", "Protective measures"),
    # a device or medium (media loans and repairs)
    "device": QT_TRANSLATE_NOOP("ApprovalDetailView", "Device or medium"),
    "level": QT_TRANSLATE_NOOP("ApprovalDetailView", "Level"),
    "serial_no": QT_TRANSLATE_NOOP("ApprovalDetailView", "Serial no."),
    "brand_model": QT_TRANSLATE_NOOP("ApprovalDetailView", "Brand and model"),
    "holder": QT_TRANSLATE_NOOP("ApprovalDetailView", "Accountable holder"),
    "location": QT_TRANSLATE_NOOP("ApprovalDetailView", "Location"),
    "state": QT_TRANSLATE_NOOP("ApprovalDetailView", "State"),
    "remarks": QT_TRANSLATE_NOOP("ApprovalDetailView", "Remarks"),
    "repair_mode": QT_TRANSLATE_NOOP("ApprovalDetailView", "Repair mode"),
    "repairer_unit": QT_TRANSLATE_NOOP("ApprovalDetailView", "Repairer's unit"),
    "qualification": QT_TRANSLATE_NOOP("ApprovalDetailView", "Repairer's qualification"),
    "agreement": QT_TRANSLATE_NOOP("ApprovalDetailView", "Confidentiality agreement"),
    "storage_removed": QT_TRANSLATE_NOOP("ApprovalDetailView", "Storage removed"),
    "escort": QT_TRANSLATE_NOOP("ApprovalDetailView", "On-site escort"),
    "media": QT_TRANSLATE_NOOP("ApprovalDetailView", "Devices and storage media"),
    "by_medium": QT_TRANSLATE_NOOP("ApprovalDetailView", "By medium"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate("ApprovalDetailView", str(text))


class ApprovalDetailView(QWidget):
    """Shows one ``ApprovalDetail``; the pane connects ``approve_button``, ``reject_button``
    and ``print_button``."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.detail: ApprovalDetail | None = None
        self.heading = named(QLabel(), "approvalHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = named(QLabel(), "approvalFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.rule = named(QLabel(), "approvalRule")
        self.levels = named(QLabel(), "approvalLevels")
        self.blocked = named(QLabel(), "approvalBlocked")
        self.blocked.setStyleSheet("color: #8a5300;")
        for label in (self.heading, self.facts, self.rule, self.levels, self.blocked):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items = ItemModel(parent=self)
        self.items_view = table(self.items, "approvalItems")
        self.comment = named(QLineEdit(), "approvalComment")
        self.comment.setPlaceholderText(self.tr("Opinion (optional to approve, required to reject)"))
        self.comment.setMaxLength(500)
        self.approve_button = named(QPushButton(self.tr("Approve")), "approveButton")
        self.reject_button = named(QPushButton(self.tr("Reject")), "rejectButton")
        self.print_button = named(QPushButton(self.tr("Print the approval form…")),
                                  "printApprovalForm")
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Opinion:")))
        row.addWidget(self.comment, 1)
        for b in (self.approve_button, self.reject_button, self.print_button):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.heading, self.facts, self.rule, self.levels):
            lay.addWidget(w)
        lay.addWidget(self.items_view, 1)
        lay.addStretch(0)  # takes the room when there is no carrier list (a media request)
        lay.addWidget(self.blocked)
        lay.addLayout(row)
        lay.addWidget(self.error)
        self.clear()

    def clear(self) -> None:
        self.detail = None
        self.heading.setText(self.tr("Choose a request above to see everything it asks for."))
        for label in (self.facts, self.rule, self.levels, self.blocked):
            label.clear()
        self.blocked.hide()
        self.items.set_rows([])
        self.comment.clear()
        self.error.clear_text()
        self._enable(False, False)

    def show_detail(self, d: ApprovalDetail, *, can_decide: bool) -> None:
        self.detail = d
        a, sub = d.approval, d.subject
        kind = _t(_KINDS[a.subject_kind]) if a.subject_kind in _KINDS else a.subject_kind
        self.heading.setText(f"{kind} {sub.number}".strip() + "　" + a.summary)
        self.facts.setText(self._facts(d))
        self.rule.setText(self.tr("Rule: {rule}").format(rule=a.rule or "—"))
        levels = "，".join(f"{lc.label} {lc.count}" for lc in d.by_level) or "—"
        self.levels.setText(self.tr("%n carrier(s); by level: {levels}", "", len(sub.items))
                            .format(levels=levels))
        self.items.set_rows(list(sub.items))
        # a device or medium is described in the facts: no carrier list to show
        about_carriers = a.subject_kind not in _MEDIA_KINDS
        self.levels.setVisible(about_carriers)
        self.items_view.setVisible(about_carriers)
        entry = d.entry
        why = render(entry.blocked_code, self.lang, dict(entry.blocked_params)) \
            if entry.blocked else ""
        self.blocked.setText(why)
        self.blocked.setVisible(bool(why))
        self.error.clear_text()
        self._enable(can_decide and a.is_pending and not entry.blocked, bool(sub.form))

    def _facts(self, d: ApprovalDetail) -> str:
        a, sub = d.approval, d.subject
        lines = [(self.tr("Asked by"), a.requested_by)]
        if sub.beneficiary:
            lines.append((self.tr("For"), sub.beneficiary))
        lines.append((self.tr("Reason"), sub.reason or "—"))
        lines += [(_t(_FACTS.get(k, k)), v) for k, v in sub.facts if v]
        return "<br>".join(f"<b>{escape(k)}：</b>{escape(v)}" for k, v in lines)

    def _enable(self, decide: bool, printable: bool) -> None:
        for w in (self.approve_button, self.reject_button, self.comment):
            w.setEnabled(decide)
        self.print_button.setEnabled(printable)
