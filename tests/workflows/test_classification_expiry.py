"""自行解密 at the end of a period (a system event, idempotent), the worklists (periods
about to end, carriers waiting for their marking, the yearly review) and their counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)
from tests.workflows.classification_helpers import designate, own, sql
from tests.workflows.conftest import assert_verified

from secledger.domain.changes import Area
from secledger.domain.errors import PermissionDenied, RuleViolation
from secledger.services.classification import marking, read, review
from secledger.services.classification.expiry import run_auto_declassification
from secledger.services.classification.worklists import Worklist
from secledger.services.custody import distribution
from secledger.services.ledger.outcome import perform
from secledger.services.ledger.timing import set_workflow_policy


def test_the_end_of_the_period_declassifies_by_itself(office: Any) -> None:
    o = office
    gone = o.register("半年期的来文", mark="秘密★6个月", copies=2, issued_on=date(2026, 6, 1))
    kept = o.register("十年期的来文", mark="机密★10年", issued_on=date(2026, 5, 1))
    distribution.distribute(o.led, person_id=o.leaders[0].id, carrier_id=gone.carriers[1].id)
    assert run_auto_declassification(o.led).documents == 0
    o.clock.set(o.clock.t.replace(year=2027, month=1, day=4))
    out = perform(lambda: run_auto_declassification(o.led))
    res = out.result
    assert (res.documents, res.carriers_waiting, res.today) == (1, 2, date(2027, 1, 4))
    assert out.changes.touches(Area.CLASSIFICATION, Area.DOCUMENTS)
    ev = sql(o.led, "SELECT user_id, username, document_id, payload FROM events"
                    " WHERE kind = 'document.declassified'")
    assert [(r[0], r[1], r[2]) for r in ev] == [(None, "system", gone.id)]
    assert '"opened_by":"clerk"' in ev[0][3]
    d = read.decisions_of(o.led, gone.id)
    assert [(x.kind_label, x.source_label, x.decided_on, x.mark_after) for x in d] == [
        ("自行解密", "保密期限届满", date(2026, 12, 1), "已于2026年12月1日解密")]
    assert read.decisions_of(o.led, kept.id) == []
    waiting = read.page(o.led, Worklist.MARKING)
    assert [(r.copy_no, r.automatic, r.in_custody, r.holder_name) for r in waiting] == [
        ("000001", True, True, "李机要"), ("000002", True, False, "张局长")]
    # idempotent: a second opening finds nothing, writes nothing
    events = sql(o.led, "SELECT count(*) FROM events")[0][0]
    again = perform(lambda: run_auto_declassification(o.led))
    assert again.result.documents == 0 and not again.changes
    assert sql(o.led, "SELECT count(*) FROM events")[0][0] == events
    marking.confirm_declassified(o.led, carrier_ids=[gone.carriers[0].id])
    assert read.count(o.led, Worklist.MARKING) == 1
    assert_verified(o.led)


def test_the_pass_numbers_decisions_after_the_units_own(office: Any) -> None:
    o = office
    for i in range(3):
        o.register(f"来文{i}", mark="秘密★3个月", issued_on=date(2026, 1, 10 + i))
    res = run_auto_declassification(o.led)
    assert res.documents == 3
    nos = [r[0] for r in sql(o.led, "SELECT decision_no FROM classification_decisions"
                                    " ORDER BY id")]
    assert nos == ["定决2026-00001", "定决2026-00002", "定决2026-00003"]
    assert_verified(o.led)


def test_periods_about_to_end(office: Any) -> None:
    o = office
    designate(o)
    soon = o.register("二十天后届满", mark="秘密★1年", issued_on=date(2025, 12, 14))
    later = own(o, "八十天后届满", mark="秘密★1年", issued_on=date(2026, 2, 12))
    o.register("十年期", mark="秘密★10年", issued_on=date(2026, 2, 12))
    rows = read.page(o.led, Worklist.EXPIRING_90)
    assert [(r.id, r.days_left, r.own) for r in rows] == [(soon.id, 20, False),
                                                          (later.id, 80, True)]
    assert [r.id for r in read.page(o.led, Worklist.EXPIRING_30)] == [soon.id]
    assert [r.id for r in read.page(o.led, Worklist.EXPIRING_90, after=rows[0].key)] == [later.id]
    assert [r.id for r in read.page(o.led, Worklist.EXPIRING_90, offset=1)] == [later.id]
    o.login("admin", "Admin1234")
    set_workflow_policy(o.led, "secrecy_expiry_notice_days", "60")
    set_workflow_policy(o.led, "secrecy_expiry_urgent_days", "10")
    o.as_clerk()
    assert read.count(o.led, Worklist.EXPIRING_90) == 1
    assert read.count(o.led, Worklist.EXPIRING_30) == 0


def test_a_received_document_no_longer_held_drops_out(office: Any) -> None:
    from secledger.services.registration.corrections import void_document

    o = office
    doc = o.register("二十天后届满", mark="秘密★1年", issued_on=date(2025, 12, 14))
    assert read.count(o.led, Worklist.EXPIRING_30) == 1
    void_document(o.led, doc.id, reason="登记错误")
    assert read.count(o.led, Worklist.EXPIRING_30) == 0


def test_yearly_review(office: Any) -> None:
    o = office
    designate(o)
    mine = own(o, "本单位文件", mark="秘密★5年")
    theirs = o.register("来文", mark="机密★10年", issued_on=date(2026, 3, 1))
    assert [r.id for r in read.page(o.led, Worklist.REVIEW_OWN)] == [mine.id]
    assert [r.id for r in read.page(o.led, Worklist.REVIEW_RECEIVED)] == [theirs.id]
    with pytest.raises(RuleViolation) as exc:
        review.confirm_originator_silent(o.led, document_ids=[mine.id])
    assert exc.value.code == "classification.own_document"
    assert review.confirm_originator_silent(o.led, document_ids=[theirs.id], note="未收到") == 1
    with pytest.raises(RuleViolation) as exc:
        review.confirm_originator_silent(o.led, document_ids=[theirs.id])
    assert exc.value.code == "classification.reviewed_already"
    with pytest.raises(PermissionDenied):  # the clerk is no approver: a paper list is needed
        review.maintain(o.led, document_ids=[mine.id])
    o.as_approver()
    [dec] = review.maintain(o.led, document_ids=[mine.id], note="仍需保密")
    o.as_clerk()
    assert read.get_decision(o.led, dec).kind_label == "审核维持"
    assert read.count(o.led, Worklist.REVIEW_OWN) == 0
    assert read.count(o.led, Worklist.REVIEW_RECEIVED) == 0
    o.clock.set(o.clock.t + timedelta(days=60))  # a new year: everything is due again
    assert read.count(o.led, Worklist.REVIEW_OWN) == 1
    assert read.count(o.led, Worklist.REVIEW_RECEIVED) == 1
    assert_verified(o.led)


def test_review_on_paper_names_the_classifier(office: Any) -> None:
    o = office
    cls = designate(o)
    top = own(o, "绝密文件", mark="绝密★20年")
    with pytest.raises(RuleViolation) as exc:  # 张局长 decides up to 机密
        review.maintain(o.led, document_ids=[top.id], decided_by_id=cls.leader_id,
                        form_no="审2026-1")
    assert exc.value.code == "classification.above_authority"
    review.maintain(o.led, document_ids=[top.id], decided_by_id=cls.paper_id, form_no="审2026-1")
    assert read.decisions_of(o.led, top.id)[0].decided_by == "刘副局长"
    assert_verified(o.led)


def test_summary_counts_every_list(office: Any) -> None:
    o = office
    o.register("二十天后届满", mark="秘密★1年", issued_on=date(2025, 12, 14))
    o.register("已届满", mark="秘密★3个月", issued_on=date(2026, 1, 10))
    run_auto_declassification(o.led)
    s = read.summary(o.led)
    assert {w: s[w] for w in Worklist} == {
        Worklist.EXPIRING_90: 1, Worklist.EXPIRING_30: 1, Worklist.MARKING: 1,
        Worklist.RELABEL: 0, Worklist.ACKNOWLEDGE: 0, Worklist.REVIEW_OWN: 0,
        Worklist.REVIEW_RECEIVED: 1}
