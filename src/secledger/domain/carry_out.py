"""携带外出 and two-person custody of 绝密 (DESIGN.md §3): pure rules, no storage.

- A carry-out names the people, the carriers, destination, purpose, the period out, whether it
  is a foreign-affairs activity (涉外活动) or goes abroad, and the protective measures the
  approval covers (seed 第二十一、二十二条; 实施条例 27(8)).
- 绝密 never goes to a foreign-affairs activity or abroad (实施条例 29).
- 绝密 is carried and handed over by two or more people together, each cleared 核心
  (实施条例 29; seed 机要收发岗位职责 7): a carry-out and a 专人递送 dispatch alike.
- 收发 of 绝密 by the persons designated in policy; with nobody designated, the registry
  clerks (accounts holding the clerk role) are taken as designated, and a refusal says how
  to designate others (``check_registrar``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secledger.domain.enums import Classification, Clearance
from secledger.domain.errors import RuleViolation, ValidationError

#: Register name (counters table) and printed prefix of carry-out requests: 携2026-00001.
REQUEST_REGISTER, REQUEST_PREFIX = "carry_out", "携"
#: Policy key naming the posts that approve carrying 绝密 out (services.approvals.posts).
TOP_POSTS_KEY = "carry_out_top_approver_posts"
#: Policy key listing the people designated for 收发 of 绝密 (person ids).
REGISTRARS_KEY = "top_secret_registrars"
#: 绝密 travels with at least this many people, each cleared 核心.
TWO_PERSON_MIN = 2
#: Longest period out, in days (a request beyond it is a typing mistake).
MAX_DAYS_OUT = 366


class CarryStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    OUT = "out"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return {"requested": "待审批", "approved": "已批准", "rejected": "未批准",
                "cancelled": "已撤销", "out": "外出中", "returned": "已带回"}[self.value]

    @property
    def label_en(self) -> str:
        return {"requested": "pending approval", "approved": "approved", "rejected": "rejected",
                "cancelled": "cancelled", "out": "out", "returned": "returned"}[self.value]

    def label_in(self, lang: str) -> str:
        return self.label_en if lang.lower().startswith("en") else self.label


@dataclass(frozen=True, slots=True)
class Bearer:
    """One of the people who carry: name and 涉密人员等级."""

    person_id: int
    name: str
    clearance: Clearance


def check_period(out_on: date, back_on: date, today: date) -> None:
    """The period out starts today or later and ends on or after its start."""
    if out_on < today:
        raise ValidationError("carry_out.start_in_past", field="out_on", date=out_on.isoformat())
    if back_on < out_on:
        raise ValidationError("carry_out.period_order", field="back_on",
                              out_on=out_on.isoformat(), back_on=back_on.isoformat())
    if (back_on - out_on).days > MAX_DAYS_OUT:
        raise ValidationError("carry_out.period_too_long", field="back_on", days=MAX_DAYS_OUT)


def check_destination(level: Classification, *, foreign_affairs: bool, abroad: bool) -> None:
    """绝密 is never carried to a foreign-affairs activity nor abroad."""
    if level is not Classification.TOP_SECRET:
        return
    if abroad:
        raise RuleViolation("carry_out.top_secret_abroad")
    if foreign_affairs:
        raise RuleViolation("carry_out.top_secret_foreign")


def check_two_people(level: Classification, bearers: Sequence[Bearer], *, what: str,
                     what_en: str) -> None:
    """绝密: at least two distinct people, each cleared 核心, carry or deliver together."""
    if level is not Classification.TOP_SECRET:
        return
    distinct = {b.person_id: b for b in bearers}
    short = [b.name for b in distinct.values() if b.clearance is not Clearance.CORE]
    if short:
        raise RuleViolation("custody.two_person_clearance", what=what, what_en=what_en,
                            names="、".join(short))
    if len(distinct) < TWO_PERSON_MIN:
        raise RuleViolation("custody.two_person", what=what, what_en=what_en,
                            count=len(distinct))


def check_registrar(level: Classification, person_id: int, name: str, *,
                    designated: Collection[int], clerks: Collection[int], action: str,
                    action_en: str) -> None:
    """收发 of 绝密 by the designated persons; with none designated, by the registry clerks."""
    if level is not Classification.TOP_SECRET:
        return
    if designated:
        if person_id not in designated:
            raise RuleViolation("custody.top_secret_registrar", person=name, action=action,
                                action_en=action_en)
    elif person_id not in clerks:
        raise RuleViolation("custody.top_secret_registrar_unset", person=name, action=action,
                            action_en=action_en)


def approval_rule(level: Classification, posts: str, measures: str) -> str:
    """The rule text stored with the approval: why this approver decides, and what it covers."""
    cover = f"，保护措施：{measures}" if measures else ""
    if level is Classification.TOP_SECRET:
        return (f"绝密级载体携带外出须经{posts}批准，由两名以上核心涉密人员共同携带，"
                f"不得携带参加涉外活动或出境{cover}")
    return f"涉密载体携带外出须经审批人批准，并采取保护措施{cover}"
