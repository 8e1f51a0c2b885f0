"""密级标志 and 保密期限: the value objects, formatting, tolerant parsing and date rules.

GB/T 9704-2012 writes a mark as ``机密★10年``; DESIGN.md §3: when no period is marked the
maximum applies (绝密30/机密20/秘密10 years), under a year is counted in months, and the
period runs from the marked date of issue.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from secledger.domain.enums import Classification
from secledger.domain.errors import MarkError

RetentionKind = Literal["years", "months", "until", "condition", "long_term"]

STARS = "★☆*＊"
_FIELD = "mark"


def _err(code: str, **params: Any) -> MarkError:
    return MarkError(code, field=_FIELD, **params)


def format_cn_date(d: date) -> str:
    """``2030年6月30日`` (no zero padding)."""
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: date, years: int) -> date:
    """Calendar-correct: 29 February falls back to 28 February in a common year."""
    return add_months(d, 12 * years)


def add_months(d: date, months: int) -> date:
    """Add calendar months, clamping the day to the end of the target month."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


@dataclass(frozen=True, slots=True)
class Retention:
    """保密期限: exactly one of years, months, until (解密时间), condition (解密条件), long_term."""

    years: int | None = None
    months: int | None = None
    until: date | None = None
    condition: str | None = None
    long_term: bool = False

    def __post_init__(self) -> None:
        kinds = [
            self.years is not None,
            self.months is not None,
            self.until is not None,
            self.condition is not None,
            self.long_term,
        ]
        if sum(kinds) != 1:
            raise ValueError("Retention needs exactly one of years/months/until/condition/long")
        for name in ("years", "months"):
            v = getattr(self, name)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
                raise TypeError(f"Retention.{name} must be int")
        if isinstance(self.until, datetime):
            raise TypeError("Retention.until must be a date, not a datetime")

    @classmethod
    def of_years(cls, n: int) -> Retention:
        return cls(years=n)

    @classmethod
    def of_months(cls, n: int) -> Retention:
        return cls(months=n)

    @classmethod
    def until_date(cls, d: date) -> Retention:
        return cls(until=d)

    @classmethod
    def on_condition(cls, text: str) -> Retention:
        return cls(condition=text)

    @classmethod
    def long(cls) -> Retention:
        return cls(long_term=True)

    @classmethod
    def default_for(cls, level: Classification) -> Retention:
        """The maximum period of *level*, applied when none is marked."""
        if level.max_years is None:
            raise ValueError(f"{level.label} has no state-secret period")
        return cls(years=level.max_years)

    @property
    def kind(self) -> RetentionKind:
        if self.years is not None:
            return "years"
        if self.months is not None:
            return "months"
        if self.until is not None:
            return "until"
        if self.condition is not None:
            return "condition"
        return "long_term"

    def format(self) -> str:
        """``10年`` / ``6个月`` / ``长期`` / ``2030年6月30日`` / the condition as written."""
        if self.years is not None:
            return f"{self.years}年"
        if self.months is not None:
            return f"{self.months}个月"
        if self.until is not None:
            return format_cn_date(self.until)
        if self.condition is not None:
            return self.condition
        return "长期"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe, one key: ``{"years": 10}``, ``{"until": "2030-06-30"}``, ..."""
        if self.until is not None:
            return {"until": self.until.isoformat()}
        if self.long_term:
            return {"long_term": True}
        return {self.kind: getattr(self, self.kind)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Retention:
        if len(data) != 1:
            raise ValueError(f"bad retention record: {dict(data)!r}")
        ((key, value),) = data.items()
        if key == "years":
            return cls(years=int(value))
        if key == "months":
            return cls(months=int(value))
        if key == "until":
            return cls(until=date.fromisoformat(str(value)))
        if key == "condition":
            return cls(condition=str(value))
        if key == "long_term" and value is True:
            return cls(long_term=True)
        raise ValueError(f"bad retention record: {dict(data)!r}")


@dataclass(frozen=True, slots=True)
class ClassificationMark:
    """密级标志. ``retention`` is None only for WORK_SECRET; ``defaulted`` when none was marked."""

    level: Classification
    retention: Retention | None
    defaulted: bool = False

    def __post_init__(self) -> None:
        if self.level.is_state_secret and self.retention is None:
            raise ValueError("a state-secret mark needs a retention")
        if not self.level.is_state_secret and (self.retention is not None or self.defaulted):
            raise ValueError("a work-secret mark carries no retention")

    @classmethod
    def bare(cls, level: Classification) -> ClassificationMark:
        """The mark of a carrier with only a level marked (maximum period applies)."""
        if not level.is_state_secret:
            return cls(level, None)
        return cls(level, Retention.default_for(level), defaulted=True)

    def format(self, *, effective: bool = False) -> str:
        """The mark as written: ``机密★10年``; a defaulted mark as marked (``机密``).

        With ``effective=True`` a defaulted mark shows the period that applies
        (``机密★20年``), for registers that list the effective period.
        """
        if self.retention is None:
            return self.level.label
        if self.defaulted and not effective:
            return self.level.label
        return f"{self.level.label}★{self.retention.format()}"

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            "retention": None if self.retention is None else self.retention.to_dict(),
            "defaulted": self.defaulted,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClassificationMark:
        ret = data.get("retention")
        return cls(
            Classification(data["level"]),
            None if ret is None else Retention.from_dict(ret),
            bool(data.get("defaulted", False)),
        )


# ---------------------------------------------------------------- validation


def validate_retention(
    level: Classification, retention: Retention | None, issued: date | None = None
) -> None:
    """Raise ``MarkError`` if *retention* breaks a marking rule for *level*.

    ``None`` means "not marked" (the maximum applies) and is valid for every level.
    Dates are checked against *issued* (成文日期) when it is given.
    """
    if retention is None:
        return
    if not level.is_state_secret:
        raise _err("mark.period_on_non_secret", level=level.label)
    max_years = level.max_years or 0
    if retention.years is not None:
        _check_count(retention.years, "年")
        if retention.years > max_years:
            raise _err(
                "mark.period_too_long",
                level=level.label,
                years=retention.years,
                max_years=max_years,
            )
    elif retention.months is not None:
        _check_count(retention.months, "个月")
        if retention.months >= 12:
            raise _err("mark.months_too_many", months=retention.months)
    elif retention.until is not None and issued is not None:
        _check_until(level, retention.until, issued, max_years)
    elif retention.condition is not None and not retention.condition.strip():
        raise _err("mark.condition_empty")


def _check_count(n: int, unit: str) -> None:
    if n == 0:
        raise _err("mark.zero_period")
    if n < 0:
        raise _err("mark.bad_period", text=f"{n}{unit}")


def _check_until(level: Classification, until: date, issued: date, max_years: int) -> None:
    if until < issued:
        raise _err(
            "mark.date_before_issue", date=format_cn_date(until), issued=format_cn_date(issued)
        )
    limit = add_years(issued, max_years)
    if until > limit:
        raise _err(
            "mark.date_too_late",
            date=format_cn_date(until),
            level=level.label,
            max_years=max_years,
            limit=format_cn_date(limit),
        )


def make_mark(
    level: Classification, retention: Retention | None, *, issued: date | None = None
) -> ClassificationMark:
    """Validated mark from a level and a period taken separately (None: not marked)."""
    validate_retention(level, retention, issued)
    if retention is None:
        return ClassificationMark.bare(level)
    return ClassificationMark(level, retention)


# ---------------------------------------------------------------- dates


def declassification_date(mark: ClassificationMark, issued: date | None) -> date | None:
    """When the period ends, counted from the marked date of issue; a date written in the
    mark (``机密★2030年6月30日``) is that date, with or without a date of issue.

    None for a condition, 长期 or a work secret, and for a period in years or months
    without a date of issue (no date can be computed).
    """
    r = mark.retention
    if r is None:
        return None
    if r.until is not None:
        return r.until
    if issued is None:
        return None
    if r.years is not None:
        return add_years(issued, r.years)
    if r.months is not None:
        return add_months(issued, r.months)
    return r.until


def is_expired(mark: ClassificationMark, issued: date, today: date) -> bool:
    """True from the declassification date on (that day included)."""
    d = declassification_date(mark, issued)
    return d is not None and today >= d


# ---------------------------------------------------------------- parsing

_LEVEL_WORDS: tuple[tuple[str, Classification], ...] = (
    ("工作秘密", Classification.WORK_SECRET),
    ("内部", Classification.WORK_SECRET),
    ("绝密", Classification.TOP_SECRET),
    ("机密", Classification.SECRET),
    ("秘密", Classification.CONFIDENTIAL),
)
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_NUM = r"(\d+|[零〇一二两三四五六七八九十]+)"
_RE_YEARS = re.compile(rf"^{_NUM}年?$")
_RE_MONTHS = re.compile(rf"^{_NUM}个?月$")
_RE_LONG = re.compile(r"^长期(保密)?$")
_RE_DATE = re.compile(r"^(\d{4})(?:年|[-./])(\d{1,2})(?:月|[-./])(\d{1,2})日?(?:解密)?$")
# text made only of these is meant as a period or a date, never a condition
_RE_PERIODISH = re.compile(r"^[\d零〇一二两三四五六七八九十百年个月日号.\-/+:：长期]+$")
_RE_DATEISH = re.compile(r"^\d{4}(?:年|[-./])\d")
_RE_CN_TENS = re.compile(r"([一二两三四五六七八九])?十([一二三四五六七八九])?")
_RE_CONDITION_PREFIX = re.compile(r"^(?:解密条件|条件)[:：]?")
_BRACKETS = (("<", ">"), ("〈", "〉"), ("《", "》"), ("（", "）"), ("(", ")"), ("【", "】"))


def _squash(text: str) -> str:
    """NFKC (full-width digits and spaces to ASCII) and drop every whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _cn_number(s: str) -> int | None:
    """``10`` or Chinese numerals up to 九十九 (``十``, ``二十``, ``十五``)."""
    if s.isdigit():
        return int(s)
    if len(s) == 1 and s in _CN_DIGITS:
        return _CN_DIGITS[s]
    m = _RE_CN_TENS.fullmatch(s)
    if m is None:
        return None
    return (_CN_DIGITS[m[1]] if m[1] else 1) * 10 + (_CN_DIGITS[m[2]] if m[2] else 0)


def _split_level(text: str) -> tuple[str, str, bool]:
    """(level part, rest, had a star) from the raw text."""
    for i, ch in enumerate(text):
        if ch in STARS:
            return text[:i], text[i + 1 :], True
    return text, "", False


def _level_of(head: str) -> Classification:
    word = _squash(head)
    if not word:
        raise _err("mark.level_missing")
    if word.endswith("级") and len(word) > 1:
        word = word[:-1]
    for w, level in _LEVEL_WORDS:
        if word == w:
            return level
    raise _err("mark.unknown_level", level=word)


def _parse_period(tail: str) -> Retention | None:
    """A period/date/长期 from *tail*; None when it is not period-like (a condition)."""
    s = _squash(tail)
    if m := _RE_DATE.match(s):
        try:
            return Retention.until_date(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            raise _err("mark.bad_date", text=tail.strip()) from None
    if _RE_LONG.match(s):
        return Retention.long()
    for rx, make in ((_RE_MONTHS, Retention.of_months), (_RE_YEARS, Retention.of_years)):
        if (m := rx.match(s)) and (n := _cn_number(m[1])) is not None:
            return make(n)
    if _RE_PERIODISH.match(s):
        code = "mark.bad_date" if _RE_DATEISH.match(s) else "mark.bad_period"
        raise _err(code, text=tail.strip())
    return None


def _condition_of(tail: str) -> str:
    text = _RE_CONDITION_PREFIX.sub("", tail.strip(), count=1).strip()
    for left, right in _BRACKETS:
        if text.startswith(left) and text.endswith(right):
            text = text[len(left) : -len(right)].strip()
            break
    if not text:
        raise _err("mark.condition_empty")
    return text


def _split_unstarred(text: str) -> tuple[str, str]:
    """Split ``机密10年`` (no star) into level and period; the whole text if no level leads."""
    word = _squash(text)
    for w, _level in _LEVEL_WORDS:
        for prefix in (w + "级", w):
            if word == prefix:
                return text, ""
            if word.startswith(prefix):
                return prefix, word[len(prefix) :]
    return text, ""


def parse_mark(text: str, *, issued: date | None = None) -> ClassificationMark:
    """Read a mark as clerks type it; raise ``MarkError`` (field="mark") naming the fault.

    Accepts ``★ ☆ * ＊``, spaces anywhere, full-width digits, ``年``/``个月``/``月``,
    ``长期``, dates (``2030年6月30日``, ``2030-06-30``), a 解密条件 after the star
    (``秘密★项目验收后``, brackets and a ``解密条件：`` prefix are dropped), a bare level
    (maximum period, ``defaulted=True``) and ``内部``/``工作秘密``.
    """
    if not text or not text.strip():
        raise _err("mark.empty")
    head, tail, starred = _split_level(text.strip())
    if not starred:
        head, tail = _split_unstarred(head)
    level = _level_of(head)
    if not _squash(tail):
        if starred and level.is_state_secret:
            raise _err("mark.period_missing", level=level.label)
        return ClassificationMark.bare(level)
    retention = _parse_period(tail)
    if retention is None:
        if not starred:
            raise _err("mark.star_missing", level=level.label, rest=tail.strip())
        if not level.is_state_secret:
            raise _err("mark.period_on_non_secret", level=level.label)
        retention = Retention.on_condition(_condition_of(tail))
    validate_retention(level, retention, issued)
    return ClassificationMark(level, retention)
