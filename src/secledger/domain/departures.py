"""Departures from a classified post (离岗、离职、调动) and the 脱密期 that follows
(保守国家秘密法 2024 第四十六条; 实施条例 第五十三条; DESIGN.md §3 "Departure from a post").

A departure is opened by the security officer (办理中): from that moment the person may not
be made the holder of any carrier or classified device. The clerk hands over or takes back
everything they hold; the departure is completed only when nothing is left, which disables
their accounts and starts the 脱密期. The period's length is chosen per person within the
range of their clearance (``COOLING_OFF_MONTHS``: 核心 2–3 years, 重要 1–2 years, 一般 6 months
to 1 year, the ranges of the 涉密人员保密管理 rules); it runs from the day they leave the post.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from secledger.domain.enums import Clearance, Labelled
from secledger.domain.errors import RuleViolation
from secledger.domain.marks import add_months

#: Register name (counters table) and printed prefix of departure records (离2026-00001).
DEPARTURE_REGISTER, DEPARTURE_PREFIX = "departure", "离"

#: 脱密期 in months, (shortest, longest) per 涉密人员等级: 核心 2–3 years, 重要 1–2 years,
#: 一般 6 months–1 year. The law (法 46, 条例 53) leaves the length to the unit within the
#: ranges its 涉密人员 rules set; these are the ranges this ledger applies. A non-classified
#: person has no 脱密期.
COOLING_OFF_MONTHS: dict[Clearance, tuple[int, int]] = {
    Clearance.CORE: (24, 36),
    Clearance.IMPORTANT: (12, 24),
    Clearance.GENERAL: (6, 12),
    Clearance.NONE: (0, 0),
}

#: the rule the refusals name
RULE = "保守国家秘密法第四十六条、实施条例第五十三条"
RULE_EN = "Law on Guarding State Secrets art. 46, Implementing Regulations art. 53"


class DepartureKind(Labelled):
    """离岗 (leaves the classified post, stays in the unit), 离职 (leaves the unit),
    调动 (transferred to another unit or post)."""

    LEAVE = "leave"
    RESIGN = "resign"
    TRANSFER = "transfer"

    @property
    def label(self) -> str:
        return {"leave": "离岗", "resign": "离职", "transfer": "调动"}[self.value]

    @property
    def label_en(self) -> str:
        return {"leave": "Leaving the post", "resign": "Leaving the unit",
                "transfer": "Transfer"}[self.value]


class DepartureStatus(Labelled):
    OPEN = "open"  # 办理中: handing over
    COMPLETED = "completed"  # 已离岗: accounts disabled, 脱密期 running or over
    VOIDED = "voided"  # 作废: opened in error

    @property
    def label(self) -> str:
        return {"open": "办理中", "completed": "已离岗", "voided": "已作废"}[self.value]

    @property
    def label_en(self) -> str:
        return {"open": "In progress", "completed": "Departed", "voided": "Voided"}[self.value]


def months_label(months: int) -> str:
    """``3年``, ``6个月``, ``1年6个月``; ``无`` for none."""
    years, rest = divmod(months, 12)
    if not months:
        return "无"
    return (f"{years}年" if years else "") + (f"{rest}个月" if rest else "")


def months_label_en(months: int) -> str:
    years, rest = divmod(months, 12)
    if not months:
        return "none"
    parts = ([f"{years} year{'s' if years > 1 else ''}"] if years else []) + (
        [f"{rest} month{'s' if rest > 1 else ''}"] if rest else [])
    return " ".join(parts)


def check_cooling_off(clearance: Clearance, months: int) -> None:
    """Refuse a 脱密期 outside the range of *clearance*, naming the range and the rule."""
    low, high = COOLING_OFF_MONTHS[clearance]
    if months < 0 or not low <= months <= high:
        raise RuleViolation(
            "departure.cooling_off_range", clearance=clearance.label,
            clearance_en=clearance.label_en, months=months_label(max(months, 0)),
            months_en=months_label_en(max(months, 0)), low=months_label(low),
            high=months_label(high), low_en=months_label_en(low), high_en=months_label_en(high),
            rule=RULE, rule_en=RULE_EN)


def default_months(clearance: Clearance) -> int:
    """The shortest period of the range (the officer may choose longer)."""
    return COOLING_OFF_MONTHS[clearance][0]


@dataclass(frozen=True, slots=True)
class CoolingOff:
    """A 脱密期: the first and the last day (both inclusive)."""

    start: date
    end: date

    def running_on(self, day: date) -> bool:
        return self.start <= day <= self.end

    def days_left(self, day: date) -> int:
        """Days still to serve after *day* counted inclusively (0 once over)."""
        if day > self.end:
            return 0
        return (self.end - max(day, self.start)).days + 1


def cooling_off(start: date, months: int) -> CoolingOff | None:
    """The period of *months* from the day the person leaves the post; None for none."""
    if months <= 0:
        return None
    return CoolingOff(start, add_months(start, months) - timedelta(days=1))

