"""The pure rules of 摘录/汇编 and of classified meetings, and the areas their events touch."""

from __future__ import annotations

from datetime import date

import pytest

from secledger.domain.access import NeedToKnow
from secledger.domain.changes import Area, Changes
from secledger.domain.copying import (
    CopyKind,
    CopyStatus,
    approval_rule,
)
from secledger.domain.enums import Classification, Clearance, Labelled
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.excerpts import check_derived_level, check_source_count, derived_scope
from secledger.domain.meetings import (
    IssueOutcome,
    MeetingStatus,
    check_attendee,
    check_dates,
    check_document_level,
    check_level,
    unified_no,
)

C = Classification


@pytest.mark.parametrize("enum", [CopyKind, MeetingStatus, IssueOutcome],
                         ids=lambda e: e.__name__)
def test_labels_in_both_languages(enum: type[Labelled]) -> None:
    for member in enum:
        assert member.label_en.isascii() and member.label_en[0].isupper()
        assert not member.label.isascii()


def test_kinds_and_their_texts() -> None:
    assert [k.label for k in CopyKind] == ["复制", "摘录", "汇编"]
    assert not CopyKind.COPY.derives and CopyKind.COMPILE.derives
    assert CopyKind.EXCERPT.form_title == "涉密载体摘录审批单"
    assert CopyStatus.EXECUTED.label_of(CopyKind.COMPILE) == "已汇编"
    assert CopyStatus.PENDING.label_of(CopyKind.EXCERPT) == "待审批"
    # the copy's rule text is unchanged; the others name the article
    assert approval_rule(C.SECRET, "局长") == "机密、秘密级载体复制由单位分管领导（局长）审批"
    assert "第二十九条" in approval_rule(C.TOP_SECRET, "局长", "省保密局", CopyKind.EXCERPT)


def test_source_counts() -> None:
    check_source_count(CopyKind.COPY, 1)
    check_source_count(CopyKind.COMPILE, 3)
    for kind, n in ((CopyKind.EXCERPT, 2), (CopyKind.COPY, 0), (CopyKind.COMPILE, 1)):
        with pytest.raises(ValidationError):
            check_source_count(kind, n)


def test_derived_level_not_lower_than_the_highest_source() -> None:
    check_derived_level(CopyKind.COMPILE, C.SECRET, [C.CONFIDENTIAL, C.SECRET])
    check_derived_level(CopyKind.EXCERPT, C.TOP_SECRET, [C.SECRET])  # higher is allowed
    for level in (C.CONFIDENTIAL, C.WORK_SECRET):
        with pytest.raises(RuleViolation) as exc:
            check_derived_level(CopyKind.COMPILE, level, [C.CONFIDENTIAL, C.SECRET])
        assert exc.value.code == "excerpt.mark_too_low"


def test_derived_scope_is_what_every_source_allows() -> None:
    everyone = NeedToKnow.everyone()
    office = NeedToKnow.of(departments=[1])
    named = NeedToKnow.of(persons=[10, 11, 20], departments=[2])
    depts = {10: 1, 11: 1, 20: 2, 21: 2}
    assert derived_scope([everyone, everyone], depts) == NeedToKnow.everyone()
    assert derived_scope([everyone, office], depts) == office
    both = derived_scope([office, named], depts, "note")
    assert both.person_ids == {10, 11} and both.department_ids == frozenset()
    assert both.note == "note" and not both.unrestricted
    assert all(both.includes(p, depts[p]) for p in (10, 11))
    assert not both.includes(20, 2) and not both.includes(21, 2)


def test_meeting_rules() -> None:
    check_dates(date(2026, 11, 24), date(2026, 11, 24))
    with pytest.raises(ValidationError):
        check_dates(date(2026, 11, 24), date(2026, 11, 23))
    with pytest.raises(ValidationError):
        check_dates(date(2026, 11, 1), date(2026, 12, 31))
    with pytest.raises(ValidationError):
        check_level(C.WORK_SECRET)
    check_document_level(C.SECRET, C.CONFIDENTIAL, "x")
    with pytest.raises(RuleViolation):
        check_document_level(C.SECRET, C.TOP_SECRET, "x")
    check_attendee("张三", Clearance.IMPORTANT, C.SECRET)
    with pytest.raises(RuleViolation):
        check_attendee("张三", Clearance.GENERAL, C.SECRET)
    assert unified_no("会2026-00003", 2) == "会2026-00003-02"


def test_meeting_events_touch_the_meetings_and_a_kept_copy_the_retention() -> None:
    assert Changes.of_kinds(["meeting.issued"]).touches(Area.MEETINGS)
    kept = Changes.of_kinds(["meeting.kept"])
    assert kept.touches(Area.MEETINGS) and kept.touches(Area.RETENTION)
    assert not Changes.of_kinds(["meeting.closed"]).touches(Area.RETENTION)
