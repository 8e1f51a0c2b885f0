"""The dates the ledger accepts: none before the founding of the People's Republic
(1949-10-01: no state secret of this ledger is older) and none in the future. A date typed
as 1899 or 2099 is a slip of the hand; it would open a register for that year."""

from __future__ import annotations

from datetime import date

from secledger.domain.errors import ValidationError

EARLIEST = date(1949, 10, 1)

#: the dates people enter, by field: (中文, English)
DATE_FIELDS: dict[str, tuple[str, str]] = {
    "issued_on": ("成文日期", "Date of issue"),
    "received_at": ("收文日期", "Date received"),
    "dispatched_on": ("发出日期", "Dispatch date"),
    "receipt_on": ("回执日期", "Receipt date"),
    "decided_on": ("审批日期", "Decision date"),
    "discovered_at": ("发现时间", "Time found missing"),
    "origin_date": ("批准日期", "Approval date"),
    "destroyed_on": ("销毁日期", "Destruction date"),
    "returned_on": ("清退日期", "Return date"),
    "received_on": ("收到日期", "Date received"),
    "reported_at": ("上报时间", "Time reported"),
    "found_at": ("找回时间", "Time found"),
    "signed_at": ("签收时间", "Time signed"),
}


def check_day(day: date, field: str, today: date | None = None) -> None:
    """Refuse *day* before 1949-10-01, or after *today* when given, naming the field."""
    what, what_en = DATE_FIELDS.get(field, (field, field))
    if day < EARLIEST:
        raise ValidationError("date.too_early", field=field, what=what, what_en=what_en,
                              date=day.isoformat(), earliest=EARLIEST.isoformat())
    if today is not None and day > today:
        raise ValidationError("doc.future_date", field=field, what=what, what_en=what_en,
                              date=day.isoformat())
