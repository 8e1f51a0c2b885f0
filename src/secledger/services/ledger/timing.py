"""Workflow policy settings and due times (circulation, retention, loans).

Times are stored as naive UTC; due times are computed in the office's local time:
"the same day" means the end of the local working day (policy ``workday_end``, default
17:30). The time zone is the policy ``timezone`` (an IANA name) or else the computer's.
Policy keys live in the ledger's ``settings`` table and change with an event.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from secledger.domain.enums import Classification, Role, Urgency
from secledger.domain.errors import ValidationError
from secledger.services.ledger.session import Ledger
from secledger.store.models.ledger import Setting

#: key -> (default, description). Values are stored as text.
WORKFLOW_POLICY: dict[str, tuple[str, str]] = {
    "circulation_due_days": ("2", "传阅默认退回期限（天）"),
    "workday_end": ("17:30", "工作日结束时间（当日退回的截止时间）"),
    "loan_days": ("7", "外借默认期限（天）"),
    "loan_renew_days": ("7", "每次续借延长（天）"),
    "loan_renew_limit": ("2", "最多续借次数"),
    "retention_days": ("30", "领用默认期限（天）"),
    "timezone": ("", "时区（IANA 名称，空为本机时区）"),
    "backup_reminder_days": ("7", "未备份提醒（天，0 为不提醒）"),
    "secrecy_expiry_notice_days": ("90", "保密期限即将届满提醒（天）"),
    "secrecy_expiry_urgent_days": ("30", "保密期限即将届满紧急提醒（天）"),
    "classification_decide_days": ("10", "定密审批时限（天）"),
}


def policy(led: Ledger, key: str) -> str:
    return led.setting(key, WORKFLOW_POLICY[key][0]) or WORKFLOW_POLICY[key][0]


def policy_int(led: Ledger, key: str) -> int:
    try:
        return max(0, int(policy(led, key)))
    except ValueError:
        return int(WORKFLOW_POLICY[key][0])


def _parse_hhmm(text: str) -> time:
    hh, _, mm = text.strip().partition(":")
    return time(int(hh), int(mm or 0))


def workday_end(led: Ledger) -> time:
    try:
        return _parse_hhmm(policy(led, "workday_end"))
    except ValueError:
        return time(17, 30)


def set_workflow_policy(led: Ledger, key: str, value: str) -> str:
    """Change a workflow policy setting (security officer only); an event records it."""
    led.require(Role.SECURITY_OFFICER, "修改制度设置")
    if key not in WORKFLOW_POLICY:
        raise ValidationError("validation", field=key, detail=f"未知设置“{key}”")
    _check_value(key, value.strip())
    before = policy(led, key)
    with led.db.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value.strip()))
        else:
            row.value = value.strip()
        led.event(s, "policy.changed", {"key": key, "before": before, "after": value.strip()})
    return value.strip()


def _check_value(key: str, value: str) -> None:
    try:
        if key == "workday_end":
            _parse_hhmm(value)
        elif key == "timezone":
            if value:
                ZoneInfo(value)
        elif not 0 <= int(value) <= 365:
            raise ValueError(value)
    except (ValueError, ZoneInfoNotFoundError) as exc:
        raise ValidationError("policy.bad_value", field=key, key=WORKFLOW_POLICY[key][1],
                              value=value) from exc


# -- time zone conversions ---------------------------------------------------------------
def local_tz(led: Ledger) -> tzinfo:
    name = policy(led, "timezone")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC


def utc_naive(moment: datetime) -> datetime:
    """Naive UTC for storage (naive input is taken as UTC already)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def to_local(moment: datetime, tz: tzinfo) -> datetime:
    """A stored naive-UTC time as aware local time."""
    return moment.replace(tzinfo=UTC).astimezone(tz)


def local_now(led: Ledger, tz: tzinfo | None = None) -> datetime:
    now = led.now()
    return (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(tz or local_tz(led))


def end_of_day(day: date, end: time, tz: tzinfo) -> datetime:
    """Naive UTC of the end of the working day *day* (local)."""
    return utc_naive(datetime.combine(day, end, tzinfo=tz))


# -- due times -----------------------------------------------------------------------------
def same_day_required(level: Classification, urgency: Urgency) -> bool:
    """绝密 and 特急 circulate for the same day only (DESIGN.md §3)."""
    return level is Classification.TOP_SECRET or urgency is Urgency.EXTRA_URGENT


def due_after_days(led: Ledger, now: datetime, days: int) -> datetime:
    """End of the working day *days* after today (local); same day (0) sent after hours
    is due at the end of the next working day."""
    tz, end = local_tz(led), workday_end(led)
    today = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(tz).date()
    due = end_of_day(today + timedelta(days=days), end, tz)
    if due <= utc_naive(now):
        due = end_of_day(today + timedelta(days=days + 1), end, tz)
    return due


def circulation_due(led: Ledger, level: Classification, urgency: Urgency) -> datetime:
    days = 0 if same_day_required(level, urgency) else policy_int(led, "circulation_due_days")
    return due_after_days(led, led.now(), days)


def due_on_date(led: Ledger, day: date) -> datetime:
    """Naive UTC of the end of the working day on *day* (local)."""
    return end_of_day(day, workday_end(led), local_tz(led))


def format_local(led: Ledger, moment: datetime | None, tz: tzinfo | None = None) -> str:
    """``2026-11-24 17:30`` in local time ('' for None)."""
    if moment is None:
        return ""
    return to_local(moment, tz or local_tz(led)).strftime("%Y-%m-%d %H:%M")
