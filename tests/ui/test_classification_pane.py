"""定密管理 pane driven as a clerk would: a proposal from the pane to the 审批 queue and its
printed form, new labels from 待换标, the 解密 marking by scan (and the refusal for a copy
still out, shown under the list), signatures of a notice, the yearly review (in the app by
the 定密责任人, on paper by the clerk, and "no notice" for received documents), periods
ending with the originator's notice, and the 定密责任人 tab of the people pane."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.classification import DecisionKind, ProposalStatus
from secledger.domain.enums import CarrierState
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.classification import read
from secledger.services.classification.worklists import Worklist
from secledger.services.custody import distribution
from secledger.services.registration.register import get_document
from secledger.ui.panes.classification.dialogs import OriginatorDialog, ProposalDialog
from secledger.ui.panes.classification.pane import ClassificationPane
from secledger.ui.panes.classification.records import ReviewRecordDialog, SignDialog

from .classification_office import classif_office_fixture  # noqa: F401  (the fixture)

WAIT = 20000


def _pane(qtbot: Any, ctx: Any) -> ClassificationPane:
    pane = ClassificationPane(ctx)
    # the counts read on a thread: done before the test closes the ledger (as a lock waits)
    qtbot.addWidget(pane, before_close_func=lambda w: w.counts.clear_for_lock())
    pane.resize(1300, 760)
    pane.show()
    pane.refresh()
    return pane


def _wait_read(qtbot: Any, model: Any) -> None:
    """Until a worklist's count and pages are read (off the GUI thread)."""
    qtbot.waitUntil(lambda: model.total is not None and not model.loading)


def _select_all(tab: Any) -> None:
    tab.view.selectAll()


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_a_proposal_from_the_pane_reaches_the_approvals_and_its_labels_print(
        qtbot: Any, shell_ctx: Any, classif_office: Any, tmp_path: Path) -> None:
    o = classif_office
    doc = o.own(copies=2)
    ctx = shell_ctx(o.led)
    pane = _pane(qtbot, ctx)
    pane.show_tab(pane.proposals)
    assert pane.proposals.buttons["new"].isEnabled()
    dlg = ProposalDialog(ctx, pane)
    qtbot.addWidget(dlg)
    dlg.picker.edit.setText(doc.reg_no)
    assert dlg.picker.look_up() is not None
    assert "关于年度保密检查的通知" in dlg.picker.shown.text() and "本单位定密" in dlg.picker.shown.text()
    assert "2026-12-04" in dlg.limit.text() and "10日内" in dlg.limit.text()
    dlg.change.mark.set_text("机密★10年")
    dlg.basis_text.setText("本机关保密事项范围第三条第（二）项")
    assert not dlg.submit()  # no 承办人 chosen: refused under the form, nothing written
    assert "请选择承办人" in dlg.error.text()
    dlg.proposer.setCurrentIndex(dlg.proposer.findData(o.officer_id))
    assert dlg.submit(), dlg.error.text()
    p = dlg.result_dto
    assert p.status == ProposalStatus.PENDING.value and p.proposed_mark == "机密★10年"
    qtbot.waitUntil(lambda: pane.proposals.model.rowCount() == 1)
    row = pane.proposals.model.row_at(0)
    assert row.p.proposal_no == "定审2026-00001" and row.left == 10
    assert pane.proposals.model.index(0, 4).data() == "还剩 10 天"
    pane.proposals.view.selectRow(0)
    form = tmp_path / "form.pdf"
    pane.proposals.print_form(form)
    qtbot.waitUntil(lambda: form.exists() and not ctx.busy, timeout=WAIT)
    assert "国家秘密事项定密审批表" in _text(form)

    queued = approvals.get(o.led, p.approval_id)  # what the 审批 queue shows
    assert queued.subject_kind == "classification" and "定密审批定审2026-00001" in queued.summary
    assert "关于年度保密检查的通知" in queued.summary and "机密★10年" in queued.summary
    # 张局长 signed the printed form; the clerk records it (his designation is checked)
    ctx.write(lambda: approvals.record_paper_decision(
        o.led, approval_id=p.approval_id, approver_person_id=o.leader_id, approve=True,
        decided_on=date(2026, 11, 24), form_no="定审表-1"), parent=pane)
    pane.show_tab(pane.relabel)
    qtbot.waitUntil(lambda: pane.relabel.model.rowCount() == 2)
    assert pane.relabel.model.index(0, 3).data() == "机密★10年"
    assert pane.relabel.handle_scan(doc.carriers[1].label_id)
    assert len(pane.relabel.rows()) == 1
    _select_all(pane.relabel)
    labels = tmp_path / "labels.pdf"
    pane.relabel.print_labels(labels, single=False)
    qtbot.waitUntil(lambda: labels.exists() and not ctx.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: pane.relabel.model.rowCount() == 0)
    assert "新标签已保存" in pane.relabel.status.text()
    qtbot.waitUntil(lambda: pane.tabs.tabText(3) == "待换标（0）")
    assert verify(o.led).ok


def test_marking_by_scan_and_a_copy_still_out_is_refused_under_the_list(
        qtbot: Any, shell_ctx: Any, classif_office: Any) -> None:
    o = classif_office
    doc = o.own(copies=3)
    distribution.distribute(o.led, person_id=o.reader_id, carrier_id=doc.carriers[2].id)
    o.decided(doc.id, DecisionKind.DECLASSIFY)
    ctx = shell_ctx(o.led)
    pane = _pane(qtbot, ctx)
    pane.show_tab(pane.marking)
    tab = pane.marking
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)  # pages are read off the GUI thread
    assert tab.model.index(2, 6).data() == "待收回后标注"
    tab.view.selectRow(2)
    assert tab.buttons["confirm"].isEnabled()
    tab.buttons["confirm"].click()  # the copy is out: refused, naming its holder
    assert tab.error.isVisible() and "陈副局长" in tab.error.text()
    assert "须收回在库或归档后" in tab.error.text()
    assert tab.model.rowCount() == 3
    assert pane.handle_scan(doc.carriers[0].label_id)  # scanned: confirmed at once
    assert "已确认 1 件载体标注解密" in tab.status.text() and not tab.error.isVisible()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert get_document(o.led, doc.id).carriers[0].state == CarrierState.DECLASSIFIED.value
    assert verify(o.led).ok


def test_signatures_of_a_notice_and_its_print(qtbot: Any, shell_ctx: Any, classif_office: Any,
                                              tmp_path: Path) -> None:
    o = classif_office
    doc = o.own(copies=1)
    o.decided(doc.id, DecisionKind.CHANGE, mark=__import__(
        "secledger.domain.marks", fromlist=["parse_mark"]).parse_mark("秘密★3年"))
    ctx = shell_ctx(o.led)
    pane = _pane(qtbot, ctx)
    pane.show_tab(pane.acknowledge)
    tab = pane.acknowledge
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)  # the holder (clerk) and the reader
    names = {tab.model.index(r, 1).data() for r in range(2)}
    assert names == {"李机要", "陈副局长"}
    tab.view.selectRow(0)
    out = tmp_path / "notice.pdf"
    tab.print_notice(out)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=WAIT)
    assert "密级变更（解密）通知" in _text(out)
    _select_all(tab)
    dlg = SignDialog(ctx, tab.rows(), tab)
    qtbot.addWidget(dlg)
    dlg.signed_on.setText("2026-11-25")  # after today: refused under the form
    assert not dlg.submit() and "2026-11-25" in dlg.error.text()
    dlg.signed_on.setText("2026-11-24")
    assert dlg.submit(), dlg.error.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert read.count(o.led, Worklist.ACKNOWLEDGE) == 0


def test_yearly_review_in_the_app_on_paper_and_for_received_documents(
        qtbot: Any, shell_ctx: Any, classif_office: Any) -> None:
    o = classif_office
    first, second = o.own("第一份内部文件"), o.own("第二份内部文件")
    received = o.received()
    pane = _pane(qtbot, shell_ctx(o.login("leader", "Leader1234")))
    pane.show_tab(pane.review)
    tab = pane.review
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not tab.buttons["record"].isEnabled()
    tab.view.selectRow(0)
    assert tab.buttons["maintain"].isEnabled() and not tab.buttons["silent"].isVisible()
    tab.maintain(confirm=False)  # the 定密责任人 keeps it, in his name
    assert "已审核维持 1 件" in tab.status.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    kept = read.decisions_of(o.led, first.id)
    assert [(d.kind, d.decided_by) for d in kept] == [("maintain", "张局长")]

    pane.counts.clear_for_lock()  # no count reading when the leader's session closes
    pane.close()
    ctx = shell_ctx(o.as_clerk())  # the clerk transcribes the paper review list
    pane = _pane(qtbot, ctx)
    pane.show_tab(pane.review)
    tab = pane.review
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 0).data() == second.reg_no
    tab.view.selectRow(0)
    assert tab.buttons["record"].isEnabled() and not tab.buttons["maintain"].isEnabled()
    dlg = ReviewRecordDialog(ctx, [r.id for r in tab.rows()], tab)
    qtbot.addWidget(dlg)
    assert not dlg.submit() and "定密责任人" in dlg.error.text()
    dlg.decider.setCurrentIndex(dlg.decider.findData(o.leader_id))
    dlg.form_no.setText("审核表2026-1")
    assert dlg.submit(), dlg.error.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    tab.received.setChecked(True)  # received documents: the originator sent nothing
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.buttons["silent"].isVisible() and not tab.buttons["record"].isVisible()
    tab.view.selectRow(0)
    tab.buttons["silent"].click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert read.count(o.led, Worklist.REVIEW_RECEIVED) == 0
    assert received.id not in [r.id for r in read.page(o.led, Worklist.REVIEW_RECEIVED)]


def test_a_period_ending_soon_and_the_originators_notice(qtbot: Any, shell_ctx: Any,
                                                        classif_office: Any) -> None:
    o = classif_office
    doc = o.received("即将到期的来文", mark="秘密★1年", issued_on=date(2025, 12, 14))
    ctx = shell_ctx(o.led)
    pane = _pane(qtbot, ctx)
    tab = pane.expiring
    # the count comes first, the row's page after it (a placeholder until then)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and bool(tab.model.index(0, 4).data()))
    assert tab.model.index(0, 4).data() == "还剩 20 天" and tab.model.index(0, 5).data() == "原定密机关"
    tab.within30.setChecked(True)
    tab.model.wait_idle()  # the reload has been read; its rows arrive by queued signal
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading
                    and bool(tab.model.index(0, 4).data()))
    tab.view.selectRow(0)
    assert tab.buttons["notice"].isEnabled() and not tab.buttons["extend"].isEnabled()
    dlg = OriginatorDialog(ctx, tab, document_id=doc.id, kind=DecisionKind.EXTEND)
    qtbot.addWidget(dlg)
    assert dlg.body.text() == "省保密局" and "即将到期的来文" in dlg.picker.shown.text()
    dlg.change.mark.set_text("秘密★3年")
    assert not dlg.submit()  # no notice number: refused naming the rule
    assert "通知文号" in dlg.error.text() and "原定密机关" in dlg.error.text()
    dlg.ref.setText("省保通〔2026〕9号")
    assert dlg.submit(), dlg.error.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert get_document(o.led, doc.id).mark == "秘密★3年"
    assert verify(o.led).ok


def test_designated_classifiers_in_the_people_pane(qtbot: Any, shell_ctx: Any,
                                                   classif_office: Any) -> None:
    from secledger.ui.panes.people.classifiers import DesignateDialog
    from secledger.ui.panes.people.people import PeoplePane

    o = classif_office
    ctx = shell_ctx(o.login("admin", "Admin1234"))
    pane = PeoplePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    tab = pane.classifiers
    assert pane.tabs.tabText(pane.tabs.indexOf(tab)) == "定密责任人"
    pane.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1 and tab.model.index(0, 2).data() == "机密"
    assert tab.model.index(0, 5).data() == "是"  # the leader decides in the app
    dlg = DesignateDialog(ctx, tab)
    qtbot.addWidget(dlg)
    dlg.person.setCurrentIndex(dlg.person.findData(o.officer_id))
    dlg.level.setCurrentIndex(0)  # 绝密 above his clearance (重要): refused with the rule
    assert not dlg.submit() and "涉密等级为重要" in dlg.error.text()
    dlg.level.setCurrentIndex(1)
    dlg.reference.setText("市保发〔2026〕5号")
    assert dlg.submit(), dlg.error.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.view.selectRow([d.name for d in tab.model.rows()].index("赵科员"))
    tab.revoke("调离岗位")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.revoked.setChecked(True)
    assert tab.model.rowCount() == 2
    assert "已撤销" in [tab.model.index(r, 6).data() for r in range(2)]


def test_the_auditor_reads_but_changes_nothing(qtbot: Any, shell_ctx: Any,
                                               classif_office: Any) -> None:
    o = classif_office
    doc = o.own(copies=1)
    o.decided(doc.id, DecisionKind.DECLASSIFY)
    pane = _pane(qtbot, shell_ctx(o.login("auditor", "Auditor1234")))
    for tab in (pane.expiring, pane.marking, pane.review, pane.relabel, pane.acknowledge):
        pane.show_tab(tab)
        _wait_read(qtbot, tab.model)  # the list's rows are there before all are selected
        tab.view.selectAll()
        writes = [k for k, b in tab.buttons.items() if b.isEnabled() and k != "print"]
        assert writes == [], (tab.objectName(), writes)
    assert pane.marking.model.rowCount() == 1 and pane.acknowledge.model.rowCount() == 2
    assert pane.acknowledge.buttons["print"].isEnabled() is False  # two rows: pick one
    pane.acknowledge.view.selectRow(0)
    assert pane.acknowledge.buttons["print"].isEnabled()
    pane.show_tab(pane.proposals)
    assert not pane.proposals.buttons["new"].isEnabled()
    assert pane.print_button.isEnabled()
