"""份号 (GB/T 9704-2012): six-digit copy numbers, parsing of ranges as clerks type them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from secledger.domain.errors import CopyNoError

MIN_COPY_NO = 1
MAX_COPY_NO = 999_999
MAX_COPIES = 10_000  # per registration
_FIELD = "copy_nos"

# after NFKC: range marks become "-", list marks become ","
_RANGE_MARKS = "-~～－—–―‐‑−〜至到"
_LIST_MARKS = ",，、;；"
_RE_TOKEN = re.compile(r"^(\d+)(?:-(\d+))?$")


def _err(code: str, **params: Any) -> CopyNoError:
    return CopyNoError(code, field=_FIELD, **params)


def _check_range(n: int) -> None:
    if not MIN_COPY_NO <= n <= MAX_COPY_NO:
        raise _err("copy_no.out_of_range", number=n)


def format_copy_no(n: int) -> str:
    """``000012``."""
    _check_range(n)
    return f"{n:06d}"


def _tokens(text: str) -> list[str]:
    s = unicodedata.normalize("NFKC", text)
    for ch in _RANGE_MARKS:
        s = s.replace(ch, "-")
    for ch in _LIST_MARKS:
        s = s.replace(ch, ",")
    s = re.sub(r"\s*-\s*", "-", s.strip())
    s = re.sub(r"\s+", ",", s)
    return [t for t in s.split(",") if t]


def _span(token: str) -> tuple[int, int]:
    m = _RE_TOKEN.match(token)
    if m is None or not token.isascii():
        raise _err("copy_no.bad_token", token=token)
    low = int(m[1])
    high = int(m[2]) if m[2] is not None else low
    _check_range(low)
    _check_range(high)
    if low > high:
        raise _err("copy_no.reversed", token=token, low=high, high=low)
    return low, high


def parse_copy_nos(
    text: str, *, count: int | None = None, existing: Iterable[int] = ()
) -> list[int]:
    """Copy numbers from ``1-5,8,10-12`` (full-width forms, ``～``, ``、``, six-digit forms).

    Returns the sorted numbers. Raises ``CopyNoError`` (field="copy_nos") on an empty or
    unreadable entry, a reversed or out-of-range span, a number given twice, more than
    ``MAX_COPIES``, a number already in *existing*, or a total different from *count*.
    """
    tokens = _tokens(text or "")
    if not tokens:
        raise _err("copy_no.empty")
    spans = [_span(t) for t in tokens]
    total = sum(high - low + 1 for low, high in spans)
    if total > MAX_COPIES:
        raise _err("copy_no.too_many", limit=MAX_COPIES, count=total)
    seen: set[int] = set()
    for low, high in spans:
        for n in range(low, high + 1):
            if n in seen:
                raise _err("copy_no.duplicate", number=n)
            seen.add(n)
    taken = seen.intersection(existing)
    if taken:
        raise _err("copy_no.taken", number=min(taken))
    if count is not None and total != count:
        raise _err("copy_no.count_mismatch", given=total, count=count)
    return sorted(seen)


def _runs(nums: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in sorted(set(nums)):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def format_ranges(nums: Iterable[int], *, six_digits: bool = False) -> str:
    """Compact sorted ranges: ``1-5,8,10-12`` (or ``000001-000005,000008`` with six_digits)."""

    def fmt(n: int) -> str:
        return format_copy_no(n) if six_digits else str(n)

    if isinstance(nums, list) and nums and nums[-1] - nums[0] + 1 == len(nums) == len(set(nums)):
        low, high = min(nums), max(nums)  # one run: the common case of a whole register
        return fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"
    return ",".join(
        fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}" for low, high in _runs(nums)
    )


def next_copy_nos(existing: Iterable[int], n: int) -> list[int]:
    """*n* numbers continuing after the highest existing copy (gaps are not refilled)."""
    if n < 0:
        raise ValueError("n must not be negative")
    if n > MAX_COPIES:
        raise _err("copy_no.too_many", limit=MAX_COPIES, count=n)
    start = max(existing, default=0) + 1
    if n:
        _check_range(start + n - 1)
    return list(range(start, start + n))
