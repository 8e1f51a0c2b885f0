"""变更, 延期 and 解密: marks are recomputed from decisions on the document and its carriers,
every holder and everyone in scope gets the written notice, carriers wait for a new label
or for their 解密 marking, and declassified documents are no longer handled as classified."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.workflows.classification_helpers import approve, designate, own, propose, snapshot, sql
from tests.workflows.conftest import assert_verified

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import DecisionKind, OriginatorNotice, ProposalStatus
from secledger.domain.enums import CarrierState, Classification
from secledger.domain.errors import MarkError, NotFound, RuleViolation
from secledger.domain.marks import ClassificationMark, Retention, parse_mark
from secledger.services.carriers.transition import carrier_by_label
from secledger.services.classification import decisions, marking, notices, proposals, read
from secledger.services.classification.worklists import Worklist
from secledger.services.custody import circulation, distribution
from secledger.services.disposal import destruction
from secledger.services.disposal.copying import CopyRequestInput, request_copy
from secledger.services.registration.register import get_document


def _levels(o: Any, doc_id: int) -> list[int]:
    return [r[0] for r in sql(o.led, "SELECT level_rank FROM carriers WHERE document_id = ?"
                              " ORDER BY copy_no", doc_id)]


def _decided(o: Any, p: Any) -> read.DecisionDTO:
    approve(o, p)
    done = read.get_proposal(o.led, p.id)
    assert done.status == ProposalStatus.APPROVED.value, done
    return read.get_decision(o.led, done.decision_id or 0)


def test_raising_the_level_recomputes_every_carriers_mark(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★5年", copies=3)
    distribution.distribute(o.led, person_id=o.leaders[2].id, carrier_id=doc.carriers[1].id)
    d = _decided(o, propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("机密★10年")))
    assert (d.kind_label, d.mark_before, d.mark_after, d.carriers) == (
        "变更", "秘密★5年", "机密★10年", 3)
    assert get_document(o.led, doc.id).level == Classification.SECRET.value
    assert _levels(o, doc.id) == [2, 2, 2]
    events = sql(o.led, "SELECT carrier_id FROM events WHERE kind = 'carrier.mark_changed'")
    assert sorted(r[0] for r in events) == [c.id for c in doc.carriers]
    relabel = read.page(o.led, Worklist.RELABEL)
    assert [(r.copy_no, r.mark_before, r.mark_now) for r in relabel] == [
        ("000001", "秘密★5年", "机密★10年"), ("000002", "秘密★5年", "机密★10年"),
        ("000003", "秘密★5年", "机密★10年")]
    assert relabel[1].holder_name == "陈副局长"
    notice = read.notice_of_decision(o.led, d.id)
    assert notice is not None and notice.notice_no == "密通2026-00001"
    who = {r.name: (r.reason_label, r.copies) for r in notice.recipients}
    assert who["陈副局长"] == ("知悉范围、持有载体", "000002")
    assert who["李机要"] == ("持有载体", "000001、000003")
    assert_verified(o.led)


def test_lowering_the_level_and_period(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="机密★10年", copies=1)
    d = _decided(o, propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("秘密★3年"),
                            no_copy=True))
    assert d.mark_after == "秘密★3年" and set(d.changed) == {"密级标志", "不得复制标记"}
    after = get_document(o.led, doc.id)
    assert (after.level, after.no_copy, after.declassify_on) == (
        "confidential", True, date(2029, 11, 20))
    assert _levels(o, doc.id) == [1]
    assert_verified(o.led)


def test_lowering_the_level_keeps_the_period_within_the_new_levels_limit(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="机密★20年", copies=1)
    keep = ClassificationMark(Classification.CONFIDENTIAL, Retention.of_years(20))
    with pytest.raises(MarkError) as exc:  # 秘密 is kept at most 10 years
        propose(o, doc.id, DecisionKind.CHANGE, mark=keep)
    assert exc.value.code == "mark.period_too_long"
    bare = propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("秘密"))  # its maximum
    assert _decided(o, bare).mark_after == "秘密"
    assert get_document(o.led, doc.id).declassify_on == date(2036, 11, 20)


def test_a_change_of_scope_alone_notifies_old_and_new_scope(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★5年", copies=1)
    d = _decided(o, propose(o, doc.id, DecisionKind.CHANGE,
                            need_to_know=NeedToKnow.of(persons=[o.leaders[0].id])))
    assert d.carriers == 0 and read.count(o.led, Worklist.RELABEL) == 0  # no mark changed
    notice = read.notice_of_decision(o.led, d.id)
    assert notice is not None
    assert {r.name for r in notice.recipients} == {"陈副局长", "张局长", "李机要"}
    assert_verified(o.led)


def test_extension_before_the_period_ends(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★1年", issued_on=date(2026, 1, 5))
    d = _decided(o, propose(o, doc.id, DecisionKind.EXTEND, retention=Retention.of_years(3)))
    assert (d.kind_label, d.mark_after) == ("延期", "秘密★3年")
    assert get_document(o.led, doc.id).declassify_on == date(2029, 1, 5)
    assert_verified(o.led)


def test_extension_after_the_period_ended_is_refused_naming_the_rule(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★1年", issued_on=date(2026, 1, 5))
    p = propose(o, doc.id, DecisionKind.EXTEND, retention=Retention.of_years(3))
    o.clock.set(o.clock.t.replace(year=2027, month=1, day=6))  # the period ended on 5 January
    before = snapshot(o.led)
    with pytest.raises(RuleViolation) as exc:
        approve(o, p)
    assert exc.value.code == "classification.extension_after_expiry"
    assert "须在原保密期限届满前作出决定" in exc.value.message()
    assert "must be decided before the period ends" in exc.value.message("en")
    assert snapshot(o.led) == before
    proposals.withdraw(o.led, proposal_id=p.id, reason="已过期")
    with pytest.raises(RuleViolation) as exc:  # a new proposal is refused as well
        propose(o, doc.id, DecisionKind.EXTEND, retention=Retention.of_years(3))
    assert exc.value.code == "classification.extension_after_expiry"


def test_an_extension_must_be_longer(office: Any) -> None:
    o = office
    doc = own(o, mark="秘密★5年")
    with pytest.raises(Exception) as exc:
        propose(o, doc.id, DecisionKind.EXTEND, retention=Retention.of_years(4))
    assert getattr(exc.value, "code", "") == "classification.extension_not_longer"


def test_early_declassification_with_carriers_out(office: Any, tmp_path: Path) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★5年", copies=3)
    out = doc.carriers[2]
    distribution.distribute(o.led, person_id=o.leaders[2].id, carrier_id=out.id)
    with pytest.raises(RuleViolation) as exc:  # the holder left out of the notice
        propose(o, doc.id, DecisionKind.DECLASSIFY, recipients=(o.clerk_person_id,))
    assert exc.value.code == "classification.holder_not_notified"
    assert "陈副局长持有" in exc.value.message() and "000003" in exc.value.message()
    d = _decided(o, propose(o, doc.id, DecisionKind.DECLASSIFY))
    assert d.declassified and d.mark_after == "已于2026年11月24日解密"
    waiting = read.page(o.led, Worklist.MARKING)
    assert [(r.copy_no, r.in_custody, r.automatic) for r in waiting] == [
        ("000001", True, False), ("000002", True, False), ("000003", False, False)]
    # no longer handled as classified
    for call in (
        lambda: circulation.send(o.led, reader_id=o.leaders[0].id, carrier_id=doc.carriers[0].id),
        lambda: request_copy(o.led, CopyRequestInput(requester_id=o.leaders[0].id, copies=1,
                                                     reason="学习",
                                                     source_carrier_id=doc.carriers[0].id)),
        lambda: destruction.add_item(o.led, manifest_id=destruction.new_manifest(o.led).id,
                                     carrier_id=doc.carriers[0].id),
    ):
        with pytest.raises(RuleViolation) as exc:
            call()
        assert exc.value.code == "classification.declassified_document"
    with pytest.raises(RuleViolation) as exc:
        marking.confirm_declassified(o.led, carrier_ids=[out.id])
    assert exc.value.code == "classification.not_in_custody" and "陈副局长" in exc.value.message()
    assert marking.confirm_declassified(o.led, carrier_ids=[c.id for c in doc.carriers[:2]]) == 2
    assert [r.copy_no for r in read.page(o.led, Worklist.MARKING)] == ["000003"]
    distribution.take_back(o.led, carrier_id=out.id)
    marking.confirm_declassified(o.led, carrier_ids=[out.id])
    assert read.count(o.led, Worklist.MARKING) == 0
    states = {c.state for c in get_document(o.led, doc.id).carriers}
    assert states == {CarrierState.DECLASSIFIED.value}
    assert carrier_by_label_state(o, out.label_id) == "declassified"  # still findable
    with pytest.raises(RuleViolation) as exc:
        propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("机密★10年"))
    assert exc.value.code == "classification.already_declassified"
    assert_verified(o.led)


def carrier_by_label_state(o: Any, label: str) -> str:
    with o.led.db.read() as s:
        return str(carrier_by_label(s, label).state)


def test_received_document_changed_by_the_originators_notice(office: Any) -> None:
    o = office
    doc = o.register("省里的来文", mark="机密★10年", copies=2, issued_on=date(2026, 3, 1))
    sent = proposals.record_sent_proposal(o.led, proposals.SentProposalInput(
        document_id=doc.id, kind=DecisionKind.CHANGE, addressee="省保密局",
        sent_on=date(2026, 11, 10), sent_ref="某保函〔2026〕4号", opinion="建议降为秘密"))
    assert sent.status == ProposalStatus.SENT.value
    inp = decisions.OriginatorDecisionInput(
        document_id=doc.id, kind=DecisionKind.CHANGE, mark=parse_mark("秘密★5年"),
        notice=OriginatorNotice("省保密局", "", date(2026, 11, 20)), proposal_id=sent.id)
    before = snapshot(o.led)
    with pytest.raises(RuleViolation) as exc:
        decisions.record_originator_decision(o.led, inp)
    assert exc.value.code == "classification.notice_required" and "通知文号" in exc.value.message()
    assert snapshot(o.led) == before
    did = decisions.record_originator_decision(o.led, decisions.OriginatorDecisionInput(
        document_id=doc.id, kind=DecisionKind.CHANGE, mark=parse_mark("秘密★5年"),
        notice=OriginatorNotice("省保密局", "省保通〔2026〕9号", date(2026, 11, 20)),
        proposal_id=sent.id))
    d = read.get_decision(o.led, did)
    assert (d.source, d.authority, d.decision_ref, d.decided_on) == (
        "originator", "省保密局", "省保通〔2026〕9号", date(2026, 11, 20))
    assert read.get_proposal(o.led, sent.id).status == ProposalStatus.ANSWERED.value
    assert get_document(o.led, doc.id).mark == "秘密★5年"
    assert read.count(o.led, Worklist.RELABEL) == 2
    assert_verified(o.led)


def test_originator_extension_after_the_end_is_refused(office: Any) -> None:
    o = office
    doc = o.register("省里的来文", mark="秘密★6个月", issued_on=date(2026, 1, 10))
    with pytest.raises(RuleViolation) as exc:
        decisions.record_originator_decision(o.led, decisions.OriginatorDecisionInput(
            document_id=doc.id, kind=DecisionKind.EXTEND, retention=Retention.of_years(2),
            notice=OriginatorNotice("省保密局", "省保通〔2026〕10号", date(2026, 7, 10))))
    assert exc.value.code == "classification.extension_after_expiry"


def test_notices_are_acknowledged_one_by_one(office: Any) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★5年", copies=1)
    d = _decided(o, propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("秘密★3年")))
    notice = read.notice_of_decision(o.led, d.id)
    assert notice is not None and notice.acknowledged == 0
    rows = read.page(o.led, Worklist.ACKNOWLEDGE)
    assert {r.person_name for r in rows} == {"陈副局长", "李机要"}
    assert rows[0].notice_no == "密通2026-00001" and rows[0].kind_label == "变更"
    first = rows[0]
    notices.acknowledge(o.led, recipient_ids=[first.id], signed_on=date(2026, 11, 24))
    with pytest.raises(RuleViolation) as exc:
        notices.acknowledge(o.led, recipient_ids=[first.id])
    assert exc.value.code == "classification.already_acknowledged"
    assert read.count(o.led, Worklist.ACKNOWLEDGE) == 1
    notices.acknowledge(o.led, recipient_ids=[rows[1].id])
    done = read.get_notice(o.led, notice.id)
    assert done.complete and read.count(o.led, Worklist.ACKNOWLEDGE) == 0
    assert_verified(o.led)


def test_new_labels_keep_the_label_id(office: Any, tmp_path: Path) -> None:
    o = office
    designate(o)
    doc = own(o, mark="秘密★5年", copies=2)
    _decided(o, propose(o, doc.id, DecisionKind.CHANGE, mark=parse_mark("机密★10年")))
    ids = [r.id for r in read.page(o.led, Worklist.RELABEL)]
    with pytest.raises(NotFound):
        marking.print_new_labels(o.led, [doc.carriers[0].id, 999], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    out = marking.print_new_labels(o.led, ids, tmp_path / "labels.pdf")
    assert out.exists() and read.count(o.led, Worklist.RELABEL) == 0
    assert carrier_by_label_state(o, doc.carriers[0].label_id) == "in_store"  # old label scans
    with pytest.raises(RuleViolation) as exc:
        marking.print_new_labels(o.led, ids[:1], tmp_path / "again.pdf")
    assert exc.value.code == "classification.no_relabel"
    printed = sql(o.led, "SELECT count(*) FROM events WHERE kind = 'report.printed'")
    assert printed[0][0] == 1
    assert_verified(o.led)
