"""A clerk's correction cannot lift a rule: 密级/保密期限, 知悉范围 and the 不得复制/须清退 marks
are refused as corrections once anything happened to the document (they change only by a
decision of the 原定密机关 or the unit's 定密责任人); typing errors in descriptive facts are
still corrected, and verify passes after each."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.workflows.conftest import assert_verified

from secledger.domain.access import NeedToKnow
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.custody import distribution
from secledger.services.disposal.copying import CopyRequestInput, request_copy
from secledger.services.registration import corrections
from secledger.services.registration import printing as registers_print
from secledger.services.registration.register import get_document


def _snapshot(led: Any, doc_id: int) -> tuple[int, tuple[Any, ...], list[tuple[Any, ...]]]:
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        events = int(cur.execute("SELECT count(*) FROM events").fetchone()[0])
        row = tuple(cur.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone())
        carriers = [tuple(r) for r in cur.execute(
            "SELECT * FROM carriers WHERE document_id = ? ORDER BY id", (doc_id,))]
        return events, row, carriers
    finally:
        conn.close()


def _used(o: Any, **kw: Any) -> Any:
    """A 绝密 document marked 不得复制 that has been handed out and taken back."""
    doc = o.register("关于核心项目的通知", mark="绝密★30年", copies=2, no_copy=True,
                     issued_on=date(2026, 1, 5), **kw)
    distribution.distribute(o.led, person_id=o.leaders[0].id, carrier_id=doc.carriers[0].id)
    distribution.take_back(o.led, carrier_id=doc.carriers[0].id)
    return doc


GOVERNED_CHANGES = [
    ("mark", "秘密★1年", "密级标志"),
    ("mark", "绝密★10年", "密级标志"),  # the period alone
    ("mark", "绝密★长期", "密级标志"),
    ("need_to_know", NeedToKnow.everyone(), "知悉范围"),
    ("no_copy", False, "不得复制标记"),
    ("recall_required", True, "须清退标记"),
]


@pytest.mark.parametrize(("key", "value", "label"), GOVERNED_CHANGES)
def test_governed_fact_is_refused_as_a_correction(office: Any, key: str, value: Any,
                                                  label: str) -> None:
    o = office
    doc = _used(o)
    before = _snapshot(o.led, doc.id)
    with pytest.raises(RuleViolation) as info:
        corrections.correct_document(o.led, doc.id, reason="录入错误", changes={key: value})
    assert info.value.code == "correct.governed"
    zh, en = info.value.message(), info.value.message("en")
    assert f"“{label}”" in zh and "收2026-00001" in zh
    assert ("密级、保密期限、知悉范围及不得复制/须清退标记的改变须由原定密机关或本单位定密责任人"
            "作出变更（解密）决定") in zh and "不能通过更正修改" in zh
    assert "designated classifier" in en and "cannot be changed by a correction" in en
    assert _snapshot(o.led, doc.id) == before  # nothing changed, no event written
    assert_verified(o.led)


def test_a_governed_change_mixed_with_a_typo_refuses_the_whole_correction(office: Any) -> None:
    o = office
    doc = _used(o)
    before = _snapshot(o.led, doc.id)
    with pytest.raises(RuleViolation):
        corrections.correct_document(o.led, doc.id, reason="r", changes={
            "title": "关于核心项目的通知（更正）", "mark": "秘密★1年"})
    assert _snapshot(o.led, doc.id) == before


def test_the_top_secret_no_copy_document_stays_uncopyable(office: Any) -> None:
    """The incident: 绝密 不得复制 "corrected" to 秘密 and then copied without the originator."""
    o = office
    doc = _used(o)
    for changes in ({"mark": "秘密★1年"}, {"no_copy": False},
                    {"mark": "秘密★1年", "no_copy": False}):
        with pytest.raises(RuleViolation):
            corrections.correct_document(o.led, doc.id, reason="录入错误", changes=changes)
    with pytest.raises(RuleViolation) as info:
        request_copy(o.led, CopyRequestInput(requester_id=o.leaders[2].id, copies=1,
                                             reason="学习", source_carrier_id=doc.carriers[0].id))
    assert info.value.code == "copy.no_copy"
    after = get_document(o.led, doc.id)
    assert (after.level, after.mark, after.no_copy) == ("top_secret", "绝密★30年", True)


def test_a_typo_in_the_mark_is_corrected_only_before_anything_happened(office: Any) -> None:
    o = office
    doc = o.register("关于保密检查的通知", mark="秘密★10年", copies=2, issued_on=date(2026, 1, 5))
    assert corrections.governed_open(o.led, doc.id)
    fixed = corrections.correct_document(o.led, doc.id, reason="登记时把机密错录为秘密",
                                         changes={"mark": "机密★10年", "no_copy": True})
    assert (fixed.level, fixed.mark, fixed.no_copy) == ("secret", "机密★10年", True)
    assert fixed.declassify_on == date(2036, 1, 5)
    assert_verified(o.led)
    # corrections themselves do not close the window; printing labels does
    corrections.correct_document(o.led, doc.id, reason="漏字", changes={"title": "关于保密检查的通知（一）"})
    assert corrections.governed_open(o.led, doc.id)
    registers_print.print_labels(o.led, [doc.carriers[0].id], o.path / "labels.pdf")
    assert not corrections.governed_open(o.led, doc.id)
    with pytest.raises(RuleViolation):
        corrections.correct_document(o.led, doc.id, reason="r", changes={"mark": "机密★5年"})
    assert_verified(o.led)


DESCRIPTIVE_CHANGES: list[tuple[str, Any]] = [
    ("title", "关于核心项目的通知（更正）"),
    ("doc_no", "中办发〔2026〕3号"),
    ("unit", "中共中央办公厅"),
    ("issued_on", date(2026, 2, 1)),
    ("urgency", "urgent"),
    ("pages", 12),
    ("remarks", "附件二份"),
]


def test_descriptive_corrections_work_after_use_and_verify_after_each(office: Any) -> None:
    o = office
    doc = _used(o)
    for key, value in DESCRIPTIVE_CHANGES:
        corrections.correct_document(o.led, doc.id, reason=f"{key}录入错误", changes={key: value})
        assert_verified(o.led)
    after = get_document(o.led, doc.id)
    assert (after.title, after.doc_no, after.unit, after.issued_on, after.urgency, after.pages,
            after.remarks) == tuple(v for _k, v in DESCRIPTIVE_CHANGES)
    assert after.declassify_on == date(2056, 2, 1)  # the period runs from the corrected date
    assert (after.mark, after.no_copy) == ("绝密★30年", True)
    corrections.correct_carrier(o.led, doc.carriers[1].id, reason="载体类型选错",
                                carrier_type="usb", serial_no="BMU-2026-1")
    assert get_document(o.led, doc.id).carriers[1].carrier_type == "usb"
    assert_verified(o.led)
    with pytest.raises(ValidationError) as info:
        corrections.correct_carrier(o.led, doc.carriers[1].id, reason="r", carrier_type="floppy")
    assert info.value.code == "correct.carrier_type_invalid" and "U盘" in info.value.message()


def test_a_corrected_date_of_issue_cannot_end_a_running_period(office: Any) -> None:
    o = office
    doc = o.register("关于会议安排的通知", mark="秘密★6个月", issued_on=date(2026, 9, 1))
    distribution.distribute(o.led, person_id=o.leaders[0].id, carrier_id=doc.carriers[0].id)
    before = _snapshot(o.led, doc.id)
    with pytest.raises(RuleViolation) as info:  # today is 2026-11-24: 2026-03-01 + 6 months
        corrections.correct_document(o.led, doc.id, reason="r",
                                     changes={"issued_on": date(2026, 3, 1)})
    assert info.value.code == "correct.would_declassify"
    assert "解密决定" in info.value.message() and "2026-09-01" in info.value.message()
    assert _snapshot(o.led, doc.id) == before
    corrections.correct_document(o.led, doc.id, reason="r", changes={"issued_on": date(2026, 8, 1)})
    assert get_document(o.led, doc.id).declassify_on == date(2027, 2, 1)
    assert_verified(o.led)


@pytest.mark.parametrize(("key", "value", "label"), [
    ("level", "confidential", "密级"), ("retention", {"years": 1}, "保密期限"),
    ("declassify_on", date(2026, 12, 1), "解密日期")])
def test_derived_facts_are_never_corrected_directly(office: Any, key: str, value: Any,
                                                    label: str) -> None:
    o = office
    doc = o.register("关于核心项目的通知", mark="绝密★30年", issued_on=date(2026, 1, 5))
    before = _snapshot(o.led, doc.id)
    with pytest.raises(ValidationError) as info:
        corrections.correct_document(o.led, doc.id, reason="r", changes={key: value})
    assert info.value.code == "correct.field_not_allowed"
    assert f"“{label}”" in info.value.message() and "定密责任人" in info.value.message()
    assert _snapshot(o.led, doc.id) == before
