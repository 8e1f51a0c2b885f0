"""涉密会议: the meeting and its attendees, its documents registered with unified numbers and
份号, issued to attendees who sign, collected by scanning with the list of what is not back,
kept as 领用 with a 文件目录单, the meeting closed; every refusal names its rule and writes
nothing; verify passes after every legitimate step."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.workflows.conftest import assert_verified
from tests.workflows.custody_helpers import pdftotext, state

from secledger.domain.enums import Classification
from secledger.domain.errors import DomainError, RuleViolation, ValidationError
from secledger.domain.marks import parse_mark
from secledger.domain.meetings import IssueOutcome
from secledger.services.custody import distribution, overdue, retention
from secledger.services.custody import meetings as mt
from secledger.services.custody import meetings_issue as mi
from secledger.services.custody import meetings_read as mr
from secledger.services.registration.register import get_document
from secledger.store.models.events import Event

DAY1, DAY2 = date(2026, 11, 24), date(2026, 11, 25)


def _events(o: Any) -> int:
    with o.led.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Event)).scalar_one())


def _refused(o: Any, code: str, fn: Any, kind: type[DomainError] = RuleViolation) -> DomainError:
    before = _events(o)
    with pytest.raises(kind) as exc:
        fn()
    assert exc.value.code == code, exc.value.code
    for lang in ("zh_CN", "en"):
        assert exc.value.message(lang) and "{" not in exc.value.message(lang)
    assert _events(o) == before
    return exc.value


def _meeting(o: Any, **kw: Any) -> mr.MeetingDTO:
    args: dict[str, Any] = {"name": "全市保密工作会议", "starts_on": DAY1, "ends_on": DAY2,
                            "host_department_id": o.dept.id, "level": Classification.SECRET,
                            "place": "三楼会议室", "attendee_ids": (o.leaders[1].id,
                                                               o.leaders[2].id)}
    args.update(kw)
    return mt.create_meeting(o.led, mt.MeetingInput(**args))


def _doc(o: Any, m: Any, title: str = "会议讲话稿", mark: str = "机密★10年",
         copies: int = 3) -> mr.MeetingDTO:
    return mt.register_meeting_document(o.led, mt.MeetingDocumentInput(
        meeting_id=m.id, title=title, mark=parse_mark(mark), copies=copies, pages=8))


def test_meeting_and_attendees(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    _refused(o, "meeting.name_required", lambda: _meeting(o, name=" "), ValidationError)
    _refused(o, "meeting.dates", lambda: _meeting(o, ends_on=date(2026, 11, 23)),
             ValidationError)
    _refused(o, "meeting.level_required", lambda: _meeting(o, level=Classification.WORK_SECRET),
             ValidationError)
    _refused(o, "meeting.department_required", lambda: _meeting(o, host_department_id=None),
             ValidationError)
    err = _refused(o, "meeting.attendee_clearance", lambda: _meeting(
        o, attendee_ids=(o.leaders[1].id, o.general_staff.id)))
    assert "赵科员" in err.message() and "机密" in err.message()
    m = _meeting(o)
    assert m.meeting_no == "会2026-00001" and m.level_label == "机密" and m.is_open
    assert [a.name for a in m.attendees] == ["刘副局长", "陈副局长"]
    assert m.host_department == "办公室" and m.dates_text == "2026-11-24 至 2026-11-25"
    _refused(o, "meeting.attendee_listed", lambda: mt.add_attendees(
        o.led, meeting_id=m.id, person_ids=[o.leaders[1].id]))
    m = mt.add_attendees(o.led, meeting_id=m.id, person_ids=[o.outsider.id])
    assert [a.name for a in m.attendees][-1] == "钱会计"
    m = mt.remove_attendee(o.led, meeting_id=m.id, person_id=o.outsider.id)
    assert len(m.attendees) == 2
    assert_verified(o.led)


def test_documents_get_unified_numbers_and_copies(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    empty = _meeting(o, attendee_ids=())
    _refused(o, "meeting.no_attendees", lambda: _doc(o, empty), ValidationError)
    m = _meeting(o)
    _refused(o, "meeting.document_above", lambda: _doc(o, m, mark="绝密★30年"))
    m = _doc(o, m, copies=3)
    m = _doc(o, m, "会议材料汇编", mark="秘密★5年", copies=2)
    assert [d.unified_no for d in m.documents] == ["会2026-00002-01", "会2026-00002-02"]
    first = m.documents[0]
    assert first.reg_no.startswith("发2026-") and first.copy_nos == (1, 2, 3)
    doc = get_document(o.led, first.document_id)
    assert doc.doc_no == "会2026-00002-01" and not doc.recall_required
    assert "会议文件会2026-00002-01" in doc.remarks
    assert all(c.state == "in_store" for c in doc.carriers)
    from secledger.services.disposal.copying import need_to_know_of

    ntk = need_to_know_of(o.led, doc.carriers[0].id)
    assert ntk["person_ids"] == sorted([o.leaders[1].id, o.leaders[2].id])
    # a received document is added with the next number; never to two meetings
    received = o.register("上级来文", mark="秘密★5年")
    m = mt.add_document(o.led, meeting_id=m.id, document_id=received.id)
    assert m.documents[-1].unified_no == "会2026-00002-03"
    _refused(o, "meeting.document_elsewhere", lambda: mt.add_document(
        o.led, meeting_id=empty.id, document_id=received.id))
    assert_verified(o.led)


def test_issue_collect_keep_and_close(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    m = _doc(o, _meeting(o), copies=3)
    other = o.register("与会议无关的文件", mark="秘密★5年")
    d = get_document(o.led, m.documents[0].document_id)
    c1, c2, c3 = (c.id for c in d.carriers)
    liu, chen = o.leaders[1].id, o.leaders[2].id
    _refused(o, "meeting.no_documents", lambda: mi.issue(o.led, meeting_id=m.id, person_id=liu,
                                                         carrier_ids=[]), ValidationError)
    _refused(o, "meeting.not_attendee", lambda: mi.issue(
        o.led, meeting_id=m.id, person_id=o.outsider.id, carrier_ids=[c1]))
    _refused(o, "meeting.not_its_document", lambda: mi.issue(
        o.led, meeting_id=m.id, person_id=liu, carrier_ids=[other.carriers[0].id]))
    # an attendee listed after the documents were registered is outside their 知悉范围
    mt.add_attendees(o.led, meeting_id=m.id, person_ids=[o.outsider.id])
    _refused(o, "access.need_to_know", lambda: mi.issue(
        o.led, meeting_id=m.id, person_id=o.outsider.id, carrier_ids=[c3]))
    got = mi.issue(o.led, meeting_id=m.id, person_id=liu, carrier_ids=[c1, c2])
    assert [x.carrier.copy_no_text for x in got] == ["000001", "000002"]
    assert state(o.led, c1) == ("with_holder", liu)
    _refused(o, "meeting.not_in_store", lambda: mi.issue(
        o.led, meeting_id=m.id, person_id=chen, carrier_ids=[c1]))
    mi.issue(o.led, meeting_id=m.id, person_id=chen, carrier_ids=[c3])
    from secledger.services.custody import knowledge

    sheet = knowledge.knowers(o.led, d.id)  # 机密: everyone who received it is on record
    assert [(k.name, k.way, k.copy_no_text) for k in sheet.knowers] == [
        ("刘副局长", "会议", "000001"), ("刘副局长", "会议", "000002"),
        ("陈副局长", "会议", "000003")]
    assert_verified(o.led)
    # collected by scanning the label
    back = mi.collect(o.led, meeting_id=m.id, label=d.carriers[0].label_id)
    assert back.outcome is IssueOutcome.COLLECTED and state(o.led, c1) == ("in_store",
                                                                          o.clerk_person_id)
    _refused(o, "meeting.not_out", lambda: mi.collect(o.led, meeting_id=m.id, carrier_id=c1))
    assert [x.carrier.carrier_id for x in mr.not_back(o.led, m.id)] == [c2, c3]
    err = _refused(o, "meeting.open_items", lambda: mi.close(o.led, meeting_id=m.id))
    assert "2份" in err.message()
    # 刘 keeps his copy as 领用 (approved); 陈's is explained
    _refused(o, "retention.approver_required", lambda: mi.keep(
        o.led, meeting_id=m.id, person_id=liu, carrier_ids=[c2], approver_person_id=None),
        ValidationError)
    _refused(o, "meeting.not_held_by", lambda: mi.keep(
        o.led, meeting_id=m.id, person_id=liu, carrier_ids=[c3],
        approver_person_id=o.approver_person.id))
    kept = mi.keep(o.led, meeting_id=m.id, person_id=liu, carrier_ids=[c2],
                   approver_person_id=o.approver_person.id, due_on=date(2026, 12, 10))
    assert kept[0].outcome is IssueOutcome.KEPT and kept[0].due_at is not None
    assert state(o.led, c2) == ("with_holder", liu)
    r = [x for x in retention.retentions(o.led, open_only=True) if x.carrier.carrier_id == c2]
    assert r and r[0].approver == "张局长" and "会议文件留存" in r[0].purpose
    assert mr.keepers(o.led, m.id) == [(liu, "刘副局长")]
    _refused(o, "meeting.note_required", lambda: mi.explain(
        o.led, meeting_id=m.id, carrier_ids=[c3], note=""), ValidationError)
    mi.explain(o.led, meeting_id=m.id, carrier_ids=[c3], note="会后由本人送回")
    closed = mi.close(o.led, meeting_id=m.id)
    assert (closed.status, closed.issued, closed.collected, closed.kept, closed.out) == (
        "closed", 3, 1, 1, 1)
    _refused(o, "meeting.closed", lambda: mi.issue(
        o.led, meeting_id=m.id, person_id=liu, carrier_ids=[c1]))
    _refused(o, "meeting.closed", lambda: mi.close(o.led, meeting_id=m.id))
    assert_verified(o.led)
    # after the meeting's last day, what is not back is overdue
    o.clock.set(datetime(2026, 11, 26, 2, 0, tzinfo=UTC))
    late = [x for x in overdue.overdue(o.led) if x.kind == "meeting"]
    assert [(x.carrier.carrier_id, x.ref_no, x.kind_label) for x in late] == [
        (c3, m.meeting_no, "会议")]
    # a late return is still collected; the kept copy comes back through 领用
    mi.collect(o.led, meeting_id=m.id, carrier_id=c3)
    retention.take_back(o.led, carrier_id=c2)
    assert [x for x in overdue.still_out(o.led) if x.kind == "meeting"] == []
    assert_verified(o.led)


def test_issuing_ends_with_the_meeting(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    m = _doc(o, _meeting(o, ends_on=DAY1), copies=1)
    cid = get_document(o.led, m.documents[0].document_id).carriers[0].id
    o.clock.set(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))
    _refused(o, "meeting.ended", lambda: mi.issue(o.led, meeting_id=m.id,
                                                  person_id=o.leaders[1].id, carrier_ids=[cid]))


def test_a_generic_take_back_collects_for_the_meeting(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    m = _doc(o, _meeting(o), copies=1)
    cid = get_document(o.led, m.documents[0].document_id).carriers[0].id
    mi.issue(o.led, meeting_id=m.id, person_id=o.leaders[1].id, carrier_ids=[cid])
    assert distribution.take_back(o.led, carrier_id=cid) is None
    assert mr.not_back(o.led, m.id) == [] and state(o.led, cid)[0] == "in_store"
    assert mr.issues(o.led, m.id)[0].outcome is IssueOutcome.COLLECTED
    assert_verified(o.led)


def test_meeting_forms(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.custody import meetings_print as mp

    o = office
    m = _doc(o, _meeting(o), copies=3)
    d = get_document(o.led, m.documents[0].document_id)
    c1, c2, c3 = (c.id for c in d.carriers)
    # before the meeting: every copy a blank row to fill in by hand
    text = pdftotext(mp.print_issue_register(o.led, m.id, tmp_path / "before.pdf"))
    for s in ("会议文件发放回收登记表", "全市保密工作会议", "三楼会议室", "办公室", "机密",
              "会2026-00001-01", "000003", "领取签字", "收回签字", "未收回说明", "发放人",
              "回收人", "第 1 页 共 1 页", "台账校验"):
        assert s in text, s
    mi.issue(o.led, meeting_id=m.id, person_id=o.leaders[1].id, carrier_ids=[c1, c2])
    mi.issue(o.led, meeting_id=m.id, person_id=o.leaders[2].id, carrier_ids=[c3])
    mi.collect(o.led, meeting_id=m.id, carrier_id=c1)
    mi.keep(o.led, meeting_id=m.id, person_id=o.leaders[1].id, carrier_ids=[c2],
            approver_person_id=o.approver_person.id, due_on=date(2026, 12, 10))
    mi.explain(o.led, meeting_id=m.id, carrier_ids=[c3], note="会后由本人送回")
    assert mp.issue_register_level(o.led, m.id) is Classification.SECRET
    text = pdftotext(mp.print_issue_register(o.led, m.id, tmp_path / "after.pdf"))
    for s in ("刘副局长", "陈副局长", "会后由本人送回", "留存（领用", "2026-12-10",
              "已收回", "1 份"):
        assert s in text, s
    text = pdftotext(mp.print_kept_list(o.led, m.id, o.leaders[1].id, tmp_path / "kept.pdf"))
    for s in ("会议文件目录单", "刘副局长", "会2026-00001-01", d.reg_no, "机密★10年", "000002",
              "2026年12月10日", "留存人", "经办人", "审批人", "第 1 页 共 1 页"):
        assert s in text, s
    with o.led.db.read() as s:
        payloads = list(s.execute(select(Event.payload).where(Event.kind == "report.printed")
                                  .order_by(Event.id)).scalars())
    assert len(payloads) == 3 and all('"level":"secret"' in p for p in payloads)


def test_a_lost_copy_found_again_is_back_from_the_meeting(office) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.custody import loss

    o = office
    m = _doc(o, _meeting(o), copies=1)
    cid = get_document(o.led, m.documents[0].document_id).carriers[0].id
    mi.issue(o.led, meeting_id=m.id, person_id=o.leaders[1].id, carrier_ids=[cid])
    o.clock.set(datetime(2026, 11, 24, 5, 0, tzinfo=UTC))
    rep = loss.report_loss(o.led, loss.LossInput(
        carrier_ids=(cid,), discovered_at=datetime(2026, 11, 24, 3, 0, tzinfo=UTC),
        reporter_id=o.clerk_person_id, circumstances="会后清点时未找到"))
    _refused(o, "meeting.not_out", lambda: mi.collect(o.led, meeting_id=m.id,
                                                      carrier_id=cid))
    assert [x.carrier.carrier_id for x in mr.not_back(o.led, m.id)] == [cid]
    loss.record_found(o.led, report_id=rep.id, carrier_id=cid,
                      found_at=datetime(2026, 11, 24, 4, 0, tzinfo=UTC), note="在会议室找到")
    assert mr.not_back(o.led, m.id) == [] and state(o.led, cid)[0] == "in_store"
    assert_verified(o.led)
