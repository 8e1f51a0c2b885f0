"""The dates the ledger accepts: none before the founding of the People's Republic
(1949-10-01: no state secret of this ledger is older) and none in the future. A date typed
as 1899 or 2099 is a slip of the hand; it would open a register for that year."""

from __future__ import annotations

from datetime import date

from secledger.domain.docfacts import DATE_FIELDS
from secledger.domain.errors import ValidationError

EARLIEST = date(1949, 10, 1)



def check_day(day: date, field: str, today: date | None = None) -> None:
    """Refuse *day* before 1949-10-01, or after *today* when given, naming the field."""
    what, what_en = DATE_FIELDS.get(field, (field, field))
    if day < EARLIEST:
        raise ValidationError("date.too_early", field=field, what=what, what_en=what_en,
                              date=day.isoformat(), earliest=EARLIEST.isoformat())
    if today is not None and day > today:
        raise ValidationError("doc.future_date", field=field, what=what, what_en=what_en,
                              date=day.isoformat())
