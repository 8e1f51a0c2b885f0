"""定密: the 承办人's proposal goes to a 定密责任人 through the approvals; the approval writes
the decision. Designations, authority and separation of duties are refused with their rule,
and a refused call leaves nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from tests.workflows.classification_helpers import (
    ITEM,
    approve,
    designate,
    own,
    propose,
    snapshot,
)
from tests.workflows.conftest import assert_verified

from secledger.domain.access import NeedToKnow
from secledger.domain.changes import Area
from secledger.domain.classification import Basis, BasisKind, ProposalStatus
from secledger.domain.enums import Classification
from secledger.domain.errors import MarkError, PermissionDenied, RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark, Retention, parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.classification import designations, read
from secledger.services.classification.worklists import Worklist
from secledger.services.ledger.outcome import perform
from secledger.services.registration.register import get_document


def _mark(level: Classification, **retention: Any) -> ClassificationMark:
    """A mark as a form may build it, unchecked (the services check it)."""
    return ClassificationMark(level, Retention(**retention))


def test_designation_proposed_and_approved(office: Any) -> None:
    o = office
    cls = designate(o)
    doc = own(o, mark="秘密★5年")
    p = propose(o, doc.id, mark=parse_mark("机密★10年"))
    assert p.proposal_no == "定审2026-00001" and p.status == ProposalStatus.PENDING.value
    assert p.due_on == date(2026, 12, 4)  # ten days (policy) from the proposal
    assert p.days_left(date(2026, 11, 24)) == 10
    assert p.proposed_mark == "机密★10年" and "保密事项范围" in p.basis
    queued = approvals.get(o.led, p.approval_id)
    assert queued.subject_kind == "classification" and "定密审批定审2026-00001" in queued.summary

    out = perform(lambda: approve(o, p))
    assert out.changes.touches(Area.CLASSIFICATION, Area.DOCUMENTS, Area.APPROVALS)
    done = read.get_proposal(o.led, p.id)
    assert done.status == ProposalStatus.APPROVED.value and done.decision_id is not None
    d = read.get_decision(o.led, done.decision_id)
    assert (d.kind, d.decided_by_id, d.mark_before, d.mark_after) == (
        "designate", cls.leader_id, "秘密★5年", "机密★10年")
    assert d.decision_no == "定决2026-00001" and d.authority == "某某市保密局"
    assert d.notice_id is None  # 定密 is not a 变更（解密）通知
    after = get_document(o.led, doc.id)
    assert (after.mark, after.level) == ("机密★10年", "secret")
    assert read.count(o.led, Worklist.RELABEL) == 2  # the registered mark changed
    assert [x.kind_label for x in read.decisions_of(o.led, doc.id)] == ["定密"]
    assert_verified(o.led)


def test_a_document_is_classified_once(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o)
    approve(o, propose(o, doc.id))
    with pytest.raises(RuleViolation) as exc:
        propose(o, doc.id)
    assert exc.value.code == "classification.already_designated"
    assert "请提出变更" in exc.value.message()


def test_proposals_past_ten_days_are_overdue(office: Any) -> None:
    o = office
    designate(o)
    p = propose(o, own(o).id)
    assert read.proposals(o.led, overdue=True) == []
    o.clock.set(o.clock.t + timedelta(days=11))
    late = read.proposals(o.led, overdue=True)
    assert [x.id for x in late] == [p.id] and late[0].days_left(date(2026, 12, 5)) == -1
    s = read.summary(o.led)
    assert (s.proposals_pending, s.proposals_overdue) == (1, 1)


def test_one_pending_proposal_per_document_and_withdrawal(office: Any) -> None:
    from secledger.services.classification import proposals

    o = office
    designate(o)
    doc = own(o)
    p = propose(o, doc.id)
    with pytest.raises(RuleViolation) as exc:
        propose(o, doc.id)
    assert exc.value.code == "classification.proposal_pending"
    gone = proposals.withdraw(o.led, proposal_id=p.id, reason="依据有误")
    assert gone.status == ProposalStatus.WITHDRAWN.value
    assert approvals.get(o.led, p.approval_id).status == approvals.CANCELLED
    assert propose(o, doc.id).proposal_no == "定审2026-00002"
    assert_verified(o.led)


@pytest.mark.parametrize(("kw", "code"), [
    ({"mark": None}, "classification.designation_incomplete"),
    ({"basis": Basis(BasisKind.ITEM, "")}, "classification.basis_item_required"),
    ({"basis": Basis(BasisKind.DERIVED)}, "classification.basis_source_required"),
    ({"mark": _mark(Classification.CONFIDENTIAL, years=11)}, "mark.period_too_long"),
    ({"mark": _mark(Classification.SECRET, until=date(2047, 1, 1))}, "mark.date_too_late"),
    ({"need_to_know": NeedToKnow.of()}, "classification.scope_empty"),
    ({"mark": parse_mark("工作秘密")}, "classification.not_state_secret"),
])
def test_bad_designation_is_refused_with_its_rule(office: Any, kw: dict[str, Any],
                                                  code: str) -> None:
    o = office
    doc = own(o)
    before = snapshot(o.led)
    with pytest.raises((ValidationError, RuleViolation)) as exc:
        propose(o, doc.id, **kw)
    assert exc.value.code == code
    assert snapshot(o.led) == before


def test_period_longer_than_the_level_allows_names_the_rule(office: Any) -> None:
    o = office
    doc = own(o)
    with pytest.raises(MarkError) as exc:
        propose(o, doc.id, mark=_mark(Classification.CONFIDENTIAL, years=11))
    assert "秘密级事项的保密期限最长10年" in exc.value.message()


def test_received_documents_are_not_the_units_to_decide(office: Any) -> None:
    o = office
    doc = o.register("省里的来文", mark="机密★10年")
    with pytest.raises(RuleViolation) as exc:
        propose(o, doc.id)
    assert exc.value.code == "classification.received_document"
    assert "原定密机关（省保密局）决定" in exc.value.message()


def test_an_approver_without_designation_is_refused_and_nothing_is_written(office: Any) -> None:
    o = office
    doc = own(o)
    p = propose(o, doc.id)
    before = snapshot(o.led)
    with pytest.raises(RuleViolation) as exc:
        approve(o, p)
    assert exc.value.code == "classification.no_authority"
    assert "张局长不是本单位的定密责任人" in exc.value.message()
    assert snapshot(o.led) == before  # approval still pending, no decision, no event
    assert read.get_proposal(o.led, p.id).status == ProposalStatus.PENDING.value


def test_a_decision_above_the_designations_level_is_refused(office: Any) -> None:
    o = office
    designate(o)  # 张局长 up to 机密
    doc = own(o, mark="秘密★5年")
    p = propose(o, doc.id, mark=parse_mark("绝密★20年"),
                need_to_know=NeedToKnow.of(persons=[o.leaders[2].id]))
    before = snapshot(o.led)
    with pytest.raises(RuleViolation) as exc:
        approve(o, p)
    assert exc.value.code == "classification.above_authority"
    assert "定密权限为机密级，不能对绝密级事项作出决定" in exc.value.message()
    assert snapshot(o.led) == before
    # 刘副局长 (绝密) signs the paper form; the clerk records it
    cls_paper = o.leaders[1].id
    approvals.record_paper_decision(o.led, approval_id=p.approval_id,
                                    approver_person_id=cls_paper, approve=True,
                                    decided_on=date(2026, 11, 23), form_no="定审表2026-1")
    d = read.get_decision(o.led, read.get_proposal(o.led, p.id).decision_id or 0)
    assert (d.decided_by, d.decided_on, d.mark_after) == ("刘副局长", date(2026, 11, 23),
                                                          "绝密★20年")
    assert_verified(o.led)


def test_nobody_approves_his_own_proposal(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o)
    p = propose(o, doc.id, proposer_id=o.leaders[0].id)  # the leader is the 承办人
    with pytest.raises(RuleViolation) as exc:
        approve(o, p)
    assert exc.value.code == "approval.own_benefit"
    assert read.get_proposal(o.led, p.id).status == ProposalStatus.PENDING.value


def test_a_rejected_proposal_changes_nothing(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o)
    p = propose(o, doc.id, mark=parse_mark("机密★10年"))
    approve(o, p, approve=False)
    assert read.get_proposal(o.led, p.id).status == ProposalStatus.REJECTED.value
    assert get_document(o.led, doc.id).mark == "秘密★5年"
    assert read.decisions_of(o.led, doc.id) == []
    assert_verified(o.led)


def test_designations_are_the_security_officers_and_follow_clearance(office: Any) -> None:
    o = office
    with pytest.raises(PermissionDenied):
        designations.designate(o.led, person_id=o.leaders[0].id,
                               max_level=Classification.SECRET)
    o.login("admin", "Admin1234")
    with pytest.raises(RuleViolation) as exc:  # 赵科员 is cleared 一般 (秘密 only)
        designations.designate(o.led, person_id=o.general_staff.id,
                               max_level=Classification.SECRET)
    assert exc.value.code == "classification.designation_clearance"
    d = designations.designate(o.led, person_id=o.leaders[0].id,
                               max_level=Classification.SECRET)
    assert d.can_approve_in_app and d.max_level_label == "机密"
    with pytest.raises(RuleViolation) as exc:
        designations.designate(o.led, person_id=o.leaders[0].id,
                               max_level=Classification.TOP_SECRET)
    assert exc.value.code == "classification.designation_exists"
    designations.revoke(o.led, designation_id=d.id, reason="岗位调整")
    assert designations.designations(o.led) == []
    assert len(designations.designations(o.led, active_only=False)) == 1
    assert_verified(o.led)


def test_the_basis_of_a_derived_classification_is_recorded(office: Any) -> None:
    o = office
    designate(o)
    p = propose(o, own(o).id, basis=Basis(BasisKind.DERIVED, source="省保〔2026〕12号（机密）"))
    assert p.basis == "派生定密：省保〔2026〕12号（机密）"
    approve(o, p)
    d = read.decisions_of(o.led, p.document_id)[0]
    assert d.basis == p.basis
    assert ITEM.describe().startswith("保密事项范围：")


def test_a_correction_of_a_governed_fact_points_to_the_decision_workflow(office: Any) -> None:
    from secledger.services.custody import distribution
    from secledger.services.registration import corrections

    o = office
    doc = own(o)
    distribution.distribute(o.led, person_id=o.leaders[2].id, carrier_id=doc.carriers[0].id)
    with pytest.raises(RuleViolation) as exc:
        corrections.correct_document(o.led, doc.id, reason="录入错误",
                                     changes={"mark": "机密★10年"})
    assert "请在“定密管理”中提出变更（解密）申请" in exc.value.message()
    assert "Classification" in exc.value.message("en")


def test_what_the_forms_print(office: Any) -> None:
    from secledger.services.classification import forms

    o = office
    designate(o)
    doc = own(o, mark="秘密★5年")
    p = propose(o, doc.id, mark=parse_mark("机密★10年"))
    sheet = forms.approval_form(o.led, p.id)
    assert (sheet.form_title, sheet.proposed_mark, sheet.proposer, sheet.decision) == (
        "国家秘密事项定密审批表", "机密★10年", "赵科员", "待审批")
    assert sheet.proposed_scope == "陈副局长" and sheet.basis.startswith("保密事项范围：")
    approve(o, p)
    sheet = forms.approval_form(o.led, p.id)
    assert (sheet.classifier, sheet.decision, sheet.via) == ("张局长", "同意", "系统内审批")
    [row] = forms.register_rows(o.led, year=2026)
    assert (row.kind, row.mark_before, row.mark_after, row.decision_ref, row.carrier_form,
            row.quantity, row.distribution, row.decided_by) == (
        "定密", "秘密★5年", "机密★10年", "定决2026-00001", "纸质", 2, "陈副局长", "张局长")
    assert list(forms.iter_register(o.led, year=2026)) == [row]
