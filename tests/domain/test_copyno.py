"""份号 (GB/T 9704): six-digit form, range parsing as clerks type it, compaction."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secledger.domain.copyno import (
    MAX_COPIES,
    MAX_COPY_NO,
    format_copy_no,
    format_ranges,
    next_copy_nos,
    parse_copy_nos,
)
from secledger.domain.errors import CopyNoError, DomainError


def assert_renders(err: DomainError) -> None:
    for lang in ("zh_CN", "en"):
        text = err.message(lang)
        assert text and "{" not in text and "}" not in text, (err.code, lang, text)


def raises_copy(text: str, code: str, **kw: object) -> CopyNoError:
    with pytest.raises(CopyNoError) as info:
        parse_copy_nos(text, **kw)  # type: ignore[arg-type]
    err = info.value
    assert err.code == code, (text, err.code, str(err))
    assert err.field == "copy_nos"
    assert_renders(err)
    return err


@pytest.mark.parametrize(
    ("n", "text"), [(1, "000001"), (12, "000012"), (123456, "123456"), (999999, "999999")]
)
def test_format_copy_no(n: int, text: str) -> None:
    assert format_copy_no(n) == text


@pytest.mark.parametrize("n", [0, -1, 1_000_000])
def test_format_copy_no_out_of_range(n: int) -> None:
    with pytest.raises(CopyNoError) as info:
        format_copy_no(n)
    assert info.value.code == "copy_no.out_of_range"
    assert_renders(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", [1]),
        ("1-5,8,10-12", [1, 2, 3, 4, 5, 8, 10, 11, 12]),
        ("10-12,8,1-5", [1, 2, 3, 4, 5, 8, 10, 11, 12]),
        ("１－５，８", [1, 2, 3, 4, 5, 8]),
        ("1～3、5", [1, 2, 3, 5]),
        ("1~3，5", [1, 2, 3, 5]),
        ("1〜3", [1, 2, 3]),
        ("1—3", [1, 2, 3]),
        ("1至3", [1, 2, 3]),
        ("1 - 3 , 5", [1, 2, 3, 5]),
        ("1 2 3", [1, 2, 3]),
        ("\u30001\u3000-\u30003\u3000", [1, 2, 3]),
        ("000003-000007", [3, 4, 5, 6, 7]),
        ("000012", [12]),
        ("1,2,", [1, 2]),
        (",1,,2", [1, 2]),
        ("1；2;3", [1, 2, 3]),
        ("7-7", [7]),
        ("999999", [999999]),
    ],
)
def test_parse_accepts(text: str, expected: list[int]) -> None:
    assert parse_copy_nos(text) == expected


@pytest.mark.parametrize("text", ["", "  ", ",", "，、 ;"])
def test_parse_empty(text: str) -> None:
    raises_copy(text, "copy_no.empty")


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("a", "a"),
        ("1-", "1-"),
        ("-3", "-3"),
        ("1-2-3", "1-2-3"),
        ("1.5", "1.5"),
        ("第1份", "第1份"),
        ("1--3", "1--3"),
    ],
)
def test_parse_bad_token(text: str, token: str) -> None:
    err = raises_copy(text, "copy_no.bad_token")
    assert err.params["token"] == token


def test_parse_reversed() -> None:
    err = raises_copy("12-10", "copy_no.reversed")
    assert err.params == {"token": "12-10", "low": 10, "high": 12}
    assert err.message() == "份号范围“12-10”起止颠倒，请写成“10-12”。"


@pytest.mark.parametrize(
    ("text", "number"), [("1,1", 1), ("1-5,3", 3), ("1-5,4-8", 4), ("8,1-10", 8)]
)
def test_parse_duplicate(text: str, number: int) -> None:
    err = raises_copy(text, "copy_no.duplicate")
    assert err.params["number"] == number


@pytest.mark.parametrize(
    ("text", "number"), [("0", 0), ("0-3", 0), ("1000000", 1000000), ("5-1000000", 1000000)]
)
def test_parse_out_of_range(text: str, number: int) -> None:
    err = raises_copy(text, "copy_no.out_of_range")
    assert err.params["number"] == number


def test_parse_too_many_without_expanding() -> None:
    err = raises_copy("1-999999", "copy_no.too_many")
    assert err.params == {"limit": MAX_COPIES, "count": 999999}
    assert len(parse_copy_nos(f"1-{MAX_COPIES}")) == MAX_COPIES
    raises_copy(f"1-{MAX_COPIES},{MAX_COPIES + 1}", "copy_no.too_many")


def test_parse_count() -> None:
    assert parse_copy_nos("1-5", count=5) == [1, 2, 3, 4, 5]
    err = raises_copy("1-5", "copy_no.count_mismatch", count=6)
    assert err.params == {"given": 5, "count": 6}


def test_parse_taken() -> None:
    assert parse_copy_nos("6-8", existing=[1, 2, 3, 4, 5]) == [6, 7, 8]
    err = raises_copy("4-8", "copy_no.taken", existing=iter([1, 2, 3, 5, 4]))
    assert err.params["number"] == 4


def test_check_order_taken_before_count() -> None:
    raises_copy("1-3", "copy_no.taken", existing=[2], count=9)
    raises_copy("1,1", "copy_no.duplicate", existing=[1], count=9)


def test_format_ranges() -> None:
    assert format_ranges([1, 2, 3, 4, 5, 8, 10, 11, 12]) == "1-5,8,10-12"
    assert format_ranges([12, 10, 11, 8, 8, 5, 4, 3, 2, 1]) == "1-5,8,10-12"
    assert format_ranges([]) == ""
    assert format_ranges([7]) == "7"
    assert format_ranges([1, 2]) == "1-2"
    assert format_ranges([3, 4, 5, 9], six_digits=True) == "000003-000005,000009"


def test_next_copy_nos() -> None:
    assert next_copy_nos([], 3) == [1, 2, 3]
    assert next_copy_nos([1, 2, 7], 2) == [8, 9]
    assert next_copy_nos(iter([5]), 0) == []
    with pytest.raises(ValueError):
        next_copy_nos([], -1)
    with pytest.raises(CopyNoError) as info:
        next_copy_nos([MAX_COPY_NO - 1], 2)
    assert info.value.code == "copy_no.out_of_range"
    with pytest.raises(CopyNoError) as info:
        next_copy_nos([], MAX_COPIES + 1)
    assert info.value.code == "copy_no.too_many"


_nums = st.sets(st.integers(1, MAX_COPY_NO), min_size=1, max_size=200)


@given(_nums)
def test_format_parse_round_trip(nums: set[int]) -> None:
    assert parse_copy_nos(format_ranges(nums)) == sorted(nums)
    assert parse_copy_nos(format_ranges(nums, six_digits=True)) == sorted(nums)


@given(
    _nums, st.sampled_from(["，", "、", ", ", " ", "；"]), st.sampled_from(["～", "－", " - ", "~"])
)
def test_round_trip_with_clerk_separators(nums: set[int], sep: str, dash: str) -> None:
    text = format_ranges(nums).replace(",", sep).replace("-", dash)
    assert parse_copy_nos(text) == sorted(nums)


@given(_nums)
def test_format_ranges_is_minimal(nums: set[int]) -> None:
    text = format_ranges(nums)
    pieces = text.split(",")
    assert len(pieces) == sum(1 for n in nums if n - 1 not in nums)


@given(st.sets(st.integers(1, 5000), max_size=50), st.integers(0, 100))
def test_next_copy_nos_never_taken(existing: set[int], n: int) -> None:
    new = next_copy_nos(existing, n)
    assert len(new) == n
    assert not set(new) & existing
    if new:
        assert parse_copy_nos(format_ranges(new), count=n, existing=existing) == new


@given(st.text(st.characters(exclude_characters="{}"), max_size=20))
def test_parse_never_crashes(text: str) -> None:
    try:
        nums = parse_copy_nos(text)
    except CopyNoError as err:
        assert_renders(err)
    else:
        assert nums == sorted(set(nums))
        assert all(1 <= n <= MAX_COPY_NO for n in nums)
