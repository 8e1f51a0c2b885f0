"""密级标志 and 保密期限: formatting, tolerant parsing, validation, declassification dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secledger.domain.enums import Classification as C
from secledger.domain.errors import DomainError, MarkError
from secledger.domain.marks import (
    ClassificationMark,
    Retention,
    add_months,
    add_years,
    declassification_date,
    format_cn_date,
    is_expired,
    make_mark,
    parse_mark,
    validate_retention,
)

STATE_SECRETS = [C.TOP_SECRET, C.SECRET, C.CONFIDENTIAL]


def assert_renders(err: DomainError) -> None:
    for lang in ("zh_CN", "en"):
        text = err.message(lang)
        assert "{" not in text and "}" not in text, (err.code, lang, text)
        assert text


def raises_mark(text: str, code: str, **kw: object) -> MarkError:
    with pytest.raises(MarkError) as info:
        parse_mark(text, **kw)  # type: ignore[arg-type]
    err = info.value
    assert err.code == code, (text, err.code, str(err))
    assert err.field == "mark"
    assert_renders(err)
    return err


# ---------------------------------------------------------------- Retention


def test_retention_constructors_and_kinds() -> None:
    assert Retention.of_years(10).kind == "years"
    assert Retention.of_months(6).kind == "months"
    assert Retention.until_date(date(2030, 6, 30)).kind == "until"
    assert Retention.on_condition("项目验收后").kind == "condition"
    assert Retention.long().kind == "long_term"
    assert Retention.long() == Retention(long_term=True)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"years": 1, "months": 2},
        {"years": 1, "long_term": True},
        {"until": date(2030, 1, 1), "condition": "x"},
        {"months": 1, "condition": "x", "long_term": True},
    ],
)
def test_retention_needs_exactly_one_kind(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Retention(**kwargs)  # type: ignore[arg-type]


def test_retention_rejects_bool_years_and_datetimes() -> None:
    from datetime import datetime

    with pytest.raises(TypeError):
        Retention(years=True)
    with pytest.raises(TypeError):
        Retention(until=datetime(2030, 1, 1))


def test_retention_is_frozen() -> None:
    r = Retention.of_years(3)
    with pytest.raises(AttributeError):
        r.years = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    ("level", "years"), [(C.TOP_SECRET, 30), (C.SECRET, 20), (C.CONFIDENTIAL, 10)]
)
def test_default_for(level: C, years: int) -> None:
    assert Retention.default_for(level) == Retention.of_years(years)


def test_default_for_work_secret_refused() -> None:
    with pytest.raises(ValueError):
        Retention.default_for(C.WORK_SECRET)


@pytest.mark.parametrize(
    ("retention", "data"),
    [
        (Retention.of_years(10), {"years": 10}),
        (Retention.of_months(6), {"months": 6}),
        (Retention.until_date(date(2030, 6, 30)), {"until": "2030-06-30"}),
        (Retention.on_condition("项目验收后"), {"condition": "项目验收后"}),
        (Retention.long(), {"long_term": True}),
    ],
)
def test_retention_dict_round_trip(retention: Retention, data: dict[str, object]) -> None:
    assert retention.to_dict() == data
    assert Retention.from_dict(data) == retention


@pytest.mark.parametrize(
    "data", [{}, {"years": 1, "months": 1}, {"weeks": 3}, {"long_term": False}]
)
def test_retention_from_dict_rejects_bad_records(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Retention.from_dict(data)


# ---------------------------------------------------------------- ClassificationMark


@pytest.mark.parametrize(
    ("mark", "text"),
    [
        (ClassificationMark(C.SECRET, Retention.of_years(10)), "机密★10年"),
        (ClassificationMark(C.CONFIDENTIAL, Retention.of_months(6)), "秘密★6个月"),
        (ClassificationMark(C.TOP_SECRET, Retention.long()), "绝密★长期"),
        (
            ClassificationMark(C.SECRET, Retention.until_date(date(2030, 6, 30))),
            "机密★2030年6月30日",
        ),
        (ClassificationMark(C.SECRET, Retention.until_date(date(2031, 1, 5))), "机密★2031年1月5日"),
        (
            ClassificationMark(C.CONFIDENTIAL, Retention.on_condition("项目验收后")),
            "秘密★项目验收后",
        ),
        (ClassificationMark(C.WORK_SECRET, None), "工作秘密"),
    ],
)
def test_format(mark: ClassificationMark, text: str) -> None:
    assert mark.format() == text
    assert str(mark) == text


def test_defaulted_mark_formats_as_marked_and_effective() -> None:
    m = ClassificationMark.bare(C.SECRET)
    assert m == ClassificationMark(C.SECRET, Retention.of_years(20), defaulted=True)
    assert m.format() == "机密"
    assert m.format(effective=True) == "机密★20年"
    assert ClassificationMark.bare(C.WORK_SECRET) == ClassificationMark(C.WORK_SECRET, None)


def test_mark_invariants() -> None:
    with pytest.raises(ValueError):
        ClassificationMark(C.SECRET, None)
    with pytest.raises(ValueError):
        ClassificationMark(C.WORK_SECRET, Retention.of_years(1))
    with pytest.raises(ValueError):
        ClassificationMark(C.WORK_SECRET, None, defaulted=True)


@pytest.mark.parametrize(
    "mark",
    [
        ClassificationMark(C.SECRET, Retention.of_years(10)),
        ClassificationMark.bare(C.TOP_SECRET),
        ClassificationMark(C.CONFIDENTIAL, Retention.on_condition("x")),
        ClassificationMark(C.WORK_SECRET, None),
    ],
)
def test_mark_dict_round_trip(mark: ClassificationMark) -> None:
    import json

    data = json.loads(json.dumps(mark.to_dict()))
    assert ClassificationMark.from_dict(data) == mark


# ---------------------------------------------------------------- parse_mark: accepted


@pytest.mark.parametrize(
    ("text", "level", "retention"),
    [
        ("机密★10年", C.SECRET, Retention.of_years(10)),
        ("机密☆10年", C.SECRET, Retention.of_years(10)),
        ("机密*10年", C.SECRET, Retention.of_years(10)),
        ("机密＊10年", C.SECRET, Retention.of_years(10)),
        (" 机 密 ★ 1 0 年 ", C.SECRET, Retention.of_years(10)),
        ("机密\u3000★\u3000１０年", C.SECRET, Retention.of_years(10)),
        ("机密★１０", C.SECRET, Retention.of_years(10)),
        ("机密10年", C.SECRET, Retention.of_years(10)),
        ("机密 10年", C.SECRET, Retention.of_years(10)),
        ("机密级★10年", C.SECRET, Retention.of_years(10)),
        ("机密★十年", C.SECRET, Retention.of_years(10)),
        ("机密★十五年", C.SECRET, Retention.of_years(15)),
        ("绝密★二十五年", C.TOP_SECRET, Retention.of_years(25)),
        ("绝密★三十年", C.TOP_SECRET, Retention.of_years(30)),
        ("秘密★五年", C.CONFIDENTIAL, Retention.of_years(5)),
        ("秘密★6个月", C.CONFIDENTIAL, Retention.of_months(6)),
        ("秘密★6月", C.CONFIDENTIAL, Retention.of_months(6)),
        ("秘密★６个月", C.CONFIDENTIAL, Retention.of_months(6)),
        ("秘密★两个月", C.CONFIDENTIAL, Retention.of_months(2)),
        ("秘密★11个月", C.CONFIDENTIAL, Retention.of_months(11)),
        ("绝密★长期", C.TOP_SECRET, Retention.long()),
        ("绝密 ★ 长 期", C.TOP_SECRET, Retention.long()),
        ("绝密长期", C.TOP_SECRET, Retention.long()),
        ("机密★2030年6月30日", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("机密★2030年06月30日", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("机密★２０３０年６月３０日", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("机密★2030-06-30", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("机密★2030.6.30", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("机密★2030/6/30", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("机密★2030年6月30日解密", C.SECRET, Retention.until_date(date(2030, 6, 30))),
        ("秘密★项目验收后", C.CONFIDENTIAL, Retention.on_condition("项目验收后")),
        ("秘密★ 项目验收后 ", C.CONFIDENTIAL, Retention.on_condition("项目验收后")),
        ("秘密★<项目验收后>", C.CONFIDENTIAL, Retention.on_condition("项目验收后")),
        ("秘密★〈项目验收后〉", C.CONFIDENTIAL, Retention.on_condition("项目验收后")),
        ("秘密★解密条件：项目验收后", C.CONFIDENTIAL, Retention.on_condition("项目验收后")),
        ("秘密★2026年换届后", C.CONFIDENTIAL, Retention.on_condition("2026年换届后")),
        ("秘密★第3阶段 完成后", C.CONFIDENTIAL, Retention.on_condition("第3阶段 完成后")),
        ("秘密★条约生效（公布）后", C.CONFIDENTIAL, Retention.on_condition("条约生效（公布）后")),
    ],
)
def test_parse_accepts(text: str, level: C, retention: Retention) -> None:
    mark = parse_mark(text)
    assert mark == ClassificationMark(level, retention)
    assert not mark.defaulted


@pytest.mark.parametrize(
    ("text", "level", "years"),
    [
        ("绝密", C.TOP_SECRET, 30),
        ("机密", C.SECRET, 20),
        ("秘密", C.CONFIDENTIAL, 10),
        (" 机 密 ", C.SECRET, 20),
        ("机密级", C.SECRET, 20),
    ],
)
def test_parse_bare_level_applies_maximum(text: str, level: C, years: int) -> None:
    mark = parse_mark(text)
    assert mark.level is level
    assert mark.retention == Retention.of_years(years)
    assert mark.defaulted


@pytest.mark.parametrize(
    "text", ["内部", "工作秘密", " 内 部 ", "工作秘密级", "内部★", "工作秘密 ☆ "]
)
def test_parse_work_secret(text: str) -> None:
    assert parse_mark(text) == ClassificationMark(C.WORK_SECRET, None)
    assert parse_mark(text).format() == "工作秘密"


def test_parse_boundaries_accepted() -> None:
    assert parse_mark("绝密★30年").retention == Retention.of_years(30)
    assert parse_mark("机密★20年").retention == Retention.of_years(20)
    assert parse_mark("秘密★10年").retention == Retention.of_years(10)
    assert parse_mark("秘密★1年").retention == Retention.of_years(1)
    assert parse_mark("秘密★1个月").retention == Retention.of_months(1)


def test_parse_date_within_issue_window() -> None:
    issued = date(2020, 2, 29)
    assert parse_mark("秘密★2030年2月28日", issued=issued).retention == Retention.until_date(
        date(2030, 2, 28)
    )
    assert parse_mark("秘密★2020年2月29日", issued=issued).retention is not None
    assert parse_mark("绝密★2050年2月28日", issued=issued).level is C.TOP_SECRET


# ---------------------------------------------------------------- parse_mark: refused


@pytest.mark.parametrize("text", ["", "   ", "\u3000", "\n\t"])
def test_parse_empty(text: str) -> None:
    raises_mark(text, "mark.empty")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("机要★10年", "机要"),
        ("绝秘", "绝秘"),
        ("secret★10年", "secret"),
        ("机 要 ★10年", "机要"),
        ("公开", "公开"),
        ("级★10年", "级"),
    ],
)
def test_parse_unknown_level(text: str, level: str) -> None:
    err = raises_mark(text, "mark.unknown_level")
    assert err.params["level"] == level


@pytest.mark.parametrize("text", ["★10年", " ☆ 长期", "*"])
def test_parse_level_missing(text: str) -> None:
    raises_mark(text, "mark.level_missing")


@pytest.mark.parametrize("text", ["机密★", "机密 ★ ", "秘密＊"])
def test_parse_star_without_period(text: str) -> None:
    raises_mark(text, "mark.period_missing")


def test_parse_condition_without_star() -> None:
    err = raises_mark("秘密项目验收后", "mark.star_missing")
    assert err.message() == "密级和解密条件之间缺少“★”：请写成“秘密★项目验收后”。"


@pytest.mark.parametrize(
    "text",
    [
        "秘密★10年6个月",
        "秘密★1.5年",
        "秘密★-5年",
        "秘密★年",
        "秘密★一一年",
        "机密★长期10年",
        "秘密★5年+",
    ],
)
def test_parse_bad_period(text: str) -> None:
    raises_mark(text, "mark.bad_period")


@pytest.mark.parametrize(
    ("text", "level", "years", "max_years"),
    [
        ("绝密★31年", "绝密", 31, 30),
        ("机密★21年", "机密", 21, 20),
        ("秘密★11年", "秘密", 11, 10),
        ("秘密★２０年", "秘密", 20, 10),
        ("秘密★2026", "秘密", 2026, 10),
    ],
)
def test_parse_period_too_long(text: str, level: str, years: int, max_years: int) -> None:
    err = raises_mark(text, "mark.period_too_long")
    assert err.params == {"level": level, "years": years, "max_years": max_years}
    assert err.message() == f"{level}级事项的保密期限最长{max_years}年，不能标为{years}年。"


@pytest.mark.parametrize("text", ["秘密★12个月", "秘密★13月", "机密★24个月"])
def test_parse_months_too_many(text: str) -> None:
    raises_mark(text, "mark.months_too_many")


@pytest.mark.parametrize("text", ["秘密★0年", "秘密★0个月", "秘密★00年", "机密★零年", "秘密★0"])
def test_parse_zero_period(text: str) -> None:
    raises_mark(text, "mark.zero_period")


@pytest.mark.parametrize(
    "text",
    [
        "机密★2030年2月30日",
        "机密★2030-13-01",
        "机密★2030年6月31日",
        "机密★2030年6月",
        "机密★0000-01-01",
    ],
)
def test_parse_bad_date(text: str) -> None:
    raises_mark(text, "mark.bad_date")


def test_parse_date_too_late() -> None:
    err = raises_mark("秘密★2031年1月2日", "mark.date_too_late", issued=date(2021, 1, 1))
    assert err.params["limit"] == "2031年1月1日"
    assert err.params["level"] == "秘密"
    assert err.params["max_years"] == 10
    parse_mark("秘密★2031年1月1日", issued=date(2021, 1, 1))  # exactly the maximum is fine
    # without an issue date the bound cannot be checked
    parse_mark("秘密★2099年1月1日")


def test_parse_date_before_issue() -> None:
    err = raises_mark("机密★2020年1月1日", "mark.date_before_issue", issued=date(2021, 1, 1))
    assert err.params == {"date": "2020年1月1日", "issued": "2021年1月1日"}


@pytest.mark.parametrize("text", ["秘密★<>", "秘密★〈 〉", "秘密★解密条件：", "秘密★条件: "])
def test_parse_condition_empty(text: str) -> None:
    raises_mark(text, "mark.condition_empty")


@pytest.mark.parametrize(
    "text",
    [
        "内部★10年",
        "工作秘密★6个月",
        "内部★长期",
        "内部★项目验收后",
        "工作秘密★2030年1月1日",
        "内部10年",
    ],
)
def test_parse_period_on_non_secret(text: str) -> None:
    raises_mark(text, "mark.period_on_non_secret")


# ---------------------------------------------------------------- validate_retention / make_mark


@pytest.mark.parametrize("level", list(C))
def test_validate_none_is_always_fine(level: C) -> None:
    validate_retention(level, None)
    mark = make_mark(level, None)
    assert mark == ClassificationMark.bare(level)


@pytest.mark.parametrize(
    ("level", "retention", "code"),
    [
        (C.SECRET, Retention.of_years(0), "mark.zero_period"),
        (C.SECRET, Retention.of_years(-1), "mark.bad_period"),
        (C.SECRET, Retention.of_months(-3), "mark.bad_period"),
        (C.SECRET, Retention.of_months(0), "mark.zero_period"),
        (C.SECRET, Retention.of_months(12), "mark.months_too_many"),
        (C.SECRET, Retention.of_years(21), "mark.period_too_long"),
        (C.TOP_SECRET, Retention.of_years(31), "mark.period_too_long"),
        (C.CONFIDENTIAL, Retention.on_condition("  "), "mark.condition_empty"),
        (C.CONFIDENTIAL, Retention.on_condition(""), "mark.condition_empty"),
        (C.WORK_SECRET, Retention.long(), "mark.period_on_non_secret"),
        (C.WORK_SECRET, Retention.of_years(1), "mark.period_on_non_secret"),
    ],
)
def test_validate_retention_refuses(level: C, retention: Retention, code: str) -> None:
    with pytest.raises(MarkError) as info:
        validate_retention(level, retention)
    assert info.value.code == code
    assert info.value.field == "mark"
    assert_renders(info.value)
    with pytest.raises(MarkError):
        make_mark(level, retention)


def test_validate_until_needs_issue_date_for_bounds() -> None:
    r = Retention.until_date(date(2100, 1, 1))
    validate_retention(C.SECRET, r)
    with pytest.raises(MarkError) as info:
        validate_retention(C.SECRET, r, date(2026, 1, 1))
    assert info.value.code == "mark.date_too_late"
    assert_renders(info.value)


@pytest.mark.parametrize("level", STATE_SECRETS)
def test_validate_accepts_full_range(level: C) -> None:
    assert level.max_years is not None
    for n in range(1, level.max_years + 1):
        validate_retention(level, Retention.of_years(n))
    for n in range(1, 12):
        validate_retention(level, Retention.of_months(n))
    validate_retention(level, Retention.long())
    validate_retention(level, Retention.on_condition("任务完成后"))


# ---------------------------------------------------------------- dates


def test_add_years_and_months_calendar_correct() -> None:
    assert add_years(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)
    assert add_years(date(2026, 11, 24), 10) == date(2036, 11, 24)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), 11) == date(2027, 2, 28)


def test_format_cn_date_has_no_padding() -> None:
    assert format_cn_date(date(2030, 6, 3)) == "2030年6月3日"


def test_declassification_dates() -> None:
    issued = date(2020, 2, 29)
    assert declassification_date(parse_mark("秘密★10年"), issued) == date(2030, 2, 28)
    assert declassification_date(parse_mark("秘密★6个月"), issued) == date(2020, 8, 29)
    assert declassification_date(parse_mark("机密"), issued) == date(2040, 2, 29)
    assert declassification_date(parse_mark("机密★2030年6月30日"), issued) == date(2030, 6, 30)
    assert declassification_date(parse_mark("绝密★长期"), issued) is None
    assert declassification_date(parse_mark("秘密★项目验收后"), issued) is None
    assert declassification_date(parse_mark("内部"), issued) is None


def test_is_expired() -> None:
    issued = date(2020, 1, 15)
    m = parse_mark("秘密★1年")
    assert not is_expired(m, issued, date(2021, 1, 14))
    assert is_expired(m, issued, date(2021, 1, 15))
    assert is_expired(m, issued, date(2030, 1, 1))
    u = parse_mark("机密★2025年6月30日")
    assert not is_expired(u, issued, date(2025, 6, 29))
    assert is_expired(u, issued, date(2025, 6, 30))
    for text in ("绝密★长期", "秘密★项目验收后", "工作秘密"):
        assert not is_expired(parse_mark(text), issued, date(2999, 1, 1))


# ---------------------------------------------------------------- properties

_issued = st.dates(min_value=date(1950, 1, 1), max_value=date(2200, 12, 31))


@st.composite
def _condition(draw: st.DrawFn) -> str:
    text = draw(
        st.text(
            alphabet=st.sampled_from(
                list("项目验收后任务完成公布之日起条约生效第阶段 ，。（）、0123456789")
            ),
            min_size=1,
            max_size=20,
        ).map(str.strip)
    )
    # texts that would read as something else are not conditions
    if not text or text[0] in "<〈《（(【" or text.startswith(("条件", "解密条件")):
        text = "待" + text
    try:
        parsed = parse_mark("秘密★" + text)
    except MarkError:
        return "于" + text + "后"
    if parsed.retention != Retention.on_condition(text):
        return "于" + text + "后"
    return text


@st.composite
def marks(draw: st.DrawFn) -> ClassificationMark:
    level = draw(st.sampled_from(list(C)))
    if not level.is_state_secret:
        return ClassificationMark(level, None)
    assert level.max_years is not None
    kind = draw(st.sampled_from(["years", "months", "until", "condition", "long", "default"]))
    if kind == "years":
        return ClassificationMark(level, Retention.of_years(draw(st.integers(1, level.max_years))))
    if kind == "months":
        return ClassificationMark(level, Retention.of_months(draw(st.integers(1, 11))))
    if kind == "until":
        return ClassificationMark(level, Retention.until_date(draw(_issued)))
    if kind == "condition":
        return ClassificationMark(level, Retention.on_condition(draw(_condition())))
    if kind == "long":
        return ClassificationMark(level, Retention.long())
    return ClassificationMark.bare(level)


@given(marks())
def test_format_parse_round_trip(mark: ClassificationMark) -> None:
    assert parse_mark(mark.format()) == mark


@given(marks(), st.sampled_from(["★", "☆", "*", "＊", " ★ ", "\u3000★\u3000"]))
def test_round_trip_with_other_stars(mark: ClassificationMark, star: str) -> None:
    text = mark.format().replace("★", star, 1)
    assert parse_mark(text) == mark


@given(marks())
def test_dict_round_trip(mark: ClassificationMark) -> None:
    assert ClassificationMark.from_dict(mark.to_dict()) == mark


@given(marks(), _issued)
def test_effective_format_round_trips_to_same_period(
    mark: ClassificationMark, issued: date
) -> None:
    again = parse_mark(mark.format(effective=True))
    assert again.level is mark.level and again.retention == mark.retention
    assert declassification_date(again, issued) == declassification_date(mark, issued)


@given(st.sampled_from(STATE_SECRETS), st.integers(1, 40), _issued)
def test_years_within_limit_iff_accepted(level: C, years: int, issued: date) -> None:
    text = f"{level.label}★{years}年"
    assert level.max_years is not None
    if years <= level.max_years:
        mark = parse_mark(text, issued=issued)
        d = declassification_date(mark, issued)
        assert d is not None and d.year == issued.year + years
    else:
        raises_mark(text, "mark.period_too_long", issued=issued)


@given(st.sampled_from(STATE_SECRETS), _issued, st.integers(-400, 12000))
def test_until_bounds(level: C, issued: date, offset: int) -> None:
    from datetime import timedelta

    assert level.max_years is not None
    until = issued + timedelta(days=offset)
    text = f"{level.label}★{format_cn_date(until)}"
    limit = add_years(issued, level.max_years)
    if until < issued:
        raises_mark(text, "mark.date_before_issue", issued=issued)
    elif until > limit:
        raises_mark(text, "mark.date_too_late", issued=issued)
    else:
        assert parse_mark(text, issued=issued).retention == Retention.until_date(until)


_NO_BRACES = st.characters(exclude_characters="{}")
_CLERK_CHARS = st.sampled_from(
    list("绝机秘密内部工作★☆*＊ \u3000年个月日长期0123456789０１２十二-./验收后<>级")
)


@given(st.text(_NO_BRACES, max_size=30) | st.text(_CLERK_CHARS, max_size=12))
def test_parse_never_crashes(text: str) -> None:
    try:
        mark = parse_mark(text)
    except MarkError as err:
        assert err.field == "mark"
        assert_renders(err)
    else:
        assert parse_mark(mark.format()) == mark


@pytest.mark.parametrize("module", ["marks", "copyno", "access", "states"])
def test_every_code_in_the_source_has_a_message(module: str) -> None:
    """A code missing from MESSAGES would fall back to a generic text with holes."""
    import re
    from pathlib import Path

    import secledger.domain as pkg
    from secledger.domain.messages import MESSAGES

    source = (Path(pkg.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'"((?:mark|copy_no|access|state)\.[a-z_]+)"', source))
    assert codes or module == "states"
    for code in codes:
        assert code in MESSAGES, code
        zh, en = MESSAGES[code]
        assert zh.endswith(("。", "）")) and en, code
