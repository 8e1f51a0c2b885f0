"""The rules of a classification decision, pure: extension before the end only and longer,
changes that change something within the level's limits, authority by designation level,
the 定密依据, the originator's notice, and facts replayed from any sequence of changes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import (
    Basis,
    BasisKind,
    Change,
    DecisionKind,
    Facts,
    OriginatorNotice,
    changed,
    check_authority,
    check_change,
    check_extension,
    check_new_mark,
    check_running,
    declassified_text,
    missing_people,
    replay,
    required_level,
)
from secledger.domain.enums import Classification
from secledger.domain.errors import MarkError, RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark, Retention, parse_mark

C = Classification
ISSUED = date(2026, 1, 5)


def _facts(mark: str = "秘密★1年") -> Facts:
    return Facts(parse_mark(mark), NeedToKnow.of(persons=[1]))


def test_extension_before_the_end_gives_the_longer_mark() -> None:
    new = check_extension(parse_mark("秘密★1年"), ISSUED, Retention.of_years(3),
                          date(2027, 1, 4), "发2026-00001")
    assert new.format() == "秘密★3年"


@pytest.mark.parametrize("on", [date(2027, 1, 5), date(2027, 3, 1)])
def test_extension_on_or_after_the_end_is_refused(on: date) -> None:
    with pytest.raises(RuleViolation) as exc:
        check_extension(parse_mark("秘密★1年"), ISSUED, Retention.of_years(3), on, "发2026-00001")
    assert exc.value.code == "classification.extension_after_expiry"
    assert exc.value.params["end"] == "2027年1月5日"


@pytest.mark.parametrize(("retention", "code"), [
    (Retention.of_years(1), "classification.extension_not_longer"),
    (Retention.of_months(6), "classification.extension_not_longer"),
    (Retention.on_condition("项目结束"), "classification.extension_not_longer"),
    (Retention.of_years(11), "mark.period_too_long"),
])
def test_an_extension_is_longer_and_within_the_level(retention: Retention, code: str) -> None:
    with pytest.raises((RuleViolation, ValidationError)) as exc:
        check_extension(parse_mark("秘密★1年"), ISSUED, retention, date(2026, 6, 1), "x")
    assert exc.value.code == code


def test_no_extension_without_an_end() -> None:
    for mark in ("秘密★长期", "秘密★项目验收后"):
        with pytest.raises(RuleViolation) as exc:
            check_extension(parse_mark(mark), ISSUED, Retention.of_years(5), ISSUED, "x")
        assert exc.value.code == "classification.extension_no_end"
    with pytest.raises(RuleViolation):  # no date of issue: no end either
        check_extension(parse_mark("秘密★1年"), None, Retention.of_years(5), ISSUED, "x")


def test_a_change_must_change_something_and_keep_the_period_running() -> None:
    before = _facts("机密★10年")
    with pytest.raises(ValidationError) as exc:
        check_change(before, before, ISSUED, date(2026, 6, 1), "x")
    assert exc.value.code == "classification.nothing_changed"
    shorter = Change(mark=parse_mark("机密★3个月")).apply(before)
    with pytest.raises(RuleViolation) as exc:
        check_change(before, shorter, ISSUED, date(2026, 6, 1), "x")
    assert exc.value.code == "classification.change_ends_period"
    too_long = Change(mark=ClassificationMark(C.CONFIDENTIAL, Retention.of_years(20))).apply(before)
    with pytest.raises(MarkError) as exc:
        check_change(before, too_long, ISSUED, date(2026, 6, 1), "x")
    assert exc.value.code == "mark.period_too_long"
    check_change(before, Change(no_copy=True).apply(before), ISSUED, date(2026, 6, 1), "x")


def test_work_secrets_are_not_decided() -> None:
    with pytest.raises(ValidationError) as exc:
        check_new_mark(parse_mark("工作秘密"), ISSUED)
    assert exc.value.code == "classification.not_state_secret"


def test_authority_covers_the_higher_of_before_and_after() -> None:
    assert required_level(C.TOP_SECRET, C.SECRET) is C.TOP_SECRET
    assert required_level(C.CONFIDENTIAL, C.SECRET) is C.SECRET
    check_authority("张三", C.SECRET, C.SECRET)
    with pytest.raises(RuleViolation) as exc:
        check_authority("张三", C.SECRET, C.TOP_SECRET)
    assert exc.value.code == "classification.above_authority"
    assert "Secret" in exc.value.message("en")
    with pytest.raises(RuleViolation) as exc:
        check_authority("李四", None, C.CONFIDENTIAL)
    assert exc.value.code == "classification.no_authority"


def test_period_ended_is_refused_from_the_end_day_on() -> None:
    check_running(parse_mark("秘密★1年"), ISSUED, date(2027, 1, 4), "x")
    with pytest.raises(RuleViolation) as exc:
        check_running(parse_mark("秘密★1年"), ISSUED, date(2027, 1, 5), "x")
    assert exc.value.code == "classification.period_ended"
    check_running(parse_mark("秘密★1年"), None, date(2040, 1, 1), "x")  # no date: no end


def test_basis_and_notice() -> None:
    with pytest.raises(ValidationError):
        Basis(BasisKind.ITEM, " ").check()
    with pytest.raises(ValidationError):
        Basis(BasisKind.DERIVED).check()
    assert Basis(BasisKind.DERIVED, source="省保〔2026〕1号").describe() == "派生定密：省保〔2026〕1号"
    with pytest.raises(RuleViolation) as exc:
        OriginatorNotice("省保密局", "", None).check(ISSUED)
    assert exc.value.code == "classification.notice_required"
    assert exc.value.params["missing"] == "通知文号、通知日期"
    with pytest.raises(ValidationError):
        OriginatorNotice("省保密局", "省保通〔2026〕1号", date(2026, 2, 1)).check(ISSUED)
    OriginatorNotice("省保密局", "省保通〔2026〕1号", ISSUED).check(ISSUED)


def test_labels_and_texts() -> None:
    assert DecisionKind.AUTO_DECLASSIFY.label == "自行解密"
    assert DecisionKind.AUTO_DECLASSIFY.register_word == "解密"
    assert DecisionKind.CHANGE.needs_notice and not DecisionKind.DESIGNATE.needs_notice
    assert declassified_text(date(2030, 6, 30)) == "已于2030年6月30日解密"
    assert missing_people([3, 1, 2], [2]) == [1, 3]


# -- marks recomputed from decisions ---------------------------------------------------------
_MARKS = st.sampled_from(["绝密★30年", "绝密★长期", "机密★10年", "机密★20年", "机密",
                          "秘密★5年", "秘密★6个月", "秘密★2030年6月30日"]).map(parse_mark)
_SCOPES = st.one_of(st.just(NeedToKnow.everyone()),
                    st.frozensets(st.integers(1, 9), min_size=1, max_size=3)
                    .map(lambda ids: NeedToKnow.of(persons=ids)))
_CHANGES = st.builds(Change, mark=st.none() | _MARKS, need_to_know=st.none() | _SCOPES,
                     no_copy=st.none() | st.booleans(), recall_required=st.none() | st.booleans())


@given(st.lists(_CHANGES, max_size=8))
def test_facts_replayed_from_changes_equal_the_last_word_on_each_fact(
        changes: list[Change]) -> None:
    start = Facts(parse_mark("秘密★5年"), NeedToKnow.of(persons=[1]))
    end = replay(start, changes)
    for key in ("mark", "need_to_know", "no_copy", "recall_required"):
        said = [getattr(c, key) for c in changes if getattr(c, key) is not None]
        assert getattr(end, key) == (said[-1] if said else getattr(start, key))
    # the recorded form of each step replays to the same facts
    again = replay(start, [Change.from_dict(c.to_dict()) for c in changes])
    assert again == end
    assert changed(start, end).keys() <= {"mark", "need_to_know", "no_copy", "recall_required"}
