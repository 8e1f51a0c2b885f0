"""Dates and times typed the way clerks type them: ``2026-11-24``, ``2026.11.24``,
``20261124``, ``2026年11月24日``, optionally followed by ``9:30``."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from PySide6.QtWidgets import QLineEdit, QWidget

from secledger.domain.errors import ValidationError
from secledger.ui.widgets.lengths import watch_length

_RE = re.compile(r"^(\d{4})\s*(?:[-./年]\s*)?(\d{1,2})\s*(?:[-./月]\s*)?(\d{1,2})\s*日?"
                 r"(?:\s+|T)?(?:(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?)?$")


def parse_when(text: str, what: str, field: str) -> tuple[date, time | None] | None:
    """(date, time or None); None for blank; ValidationError(field) when unreadable."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        return None
    m = _RE.match(s)
    try:
        if m is None:
            raise ValueError(s)
        day = date(int(m[1]), int(m[2]), int(m[3]))
        at = time(int(m[4]), int(m[5])) if m[4] is not None else None
    except ValueError:
        raise ValidationError("mark.bad_date", field=field, text=text.strip()[:40]) from None
    return day, at


class DateLine(QLineEdit):
    """A line edit for a date (and, with ``with_time``, a time)."""

    def __init__(self, name: str, *, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.with_time = with_time
        watch_length(self, 40)  # a longer text is no date: refused when read, never cut
        self.setPlaceholderText("2026-11-24 09:30" if with_time else "2026-11-24")

    def set_date(self, d: date | datetime | None) -> None:
        if d is None:
            self.clear()
        elif isinstance(d, datetime):
            self.setText(d.strftime("%Y-%m-%d %H:%M") if self.with_time else d.date().isoformat())
        else:
            self.setText(d.isoformat())
