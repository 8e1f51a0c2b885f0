"""Reading one cell as clerks wrote it: dates (real dates, ``2024.3.5``, ``2024/03/05``,
``2024年3月5日``, ``20240305``, Excel serial numbers), whole numbers stored as text, 份号
(``1-2``, ``0012``, ``001-003``), marks in one column or level and period in two, urgency,
carrier type, and media with serial numbers noted in 备注. Each fault is a
``ValidationError`` whose code has a message and advice in ``_msg_importing``."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from secledger.domain.copyno import parse_copy_nos
from secledger.domain.enums import CarrierType, Urgency
from secledger.domain.errors import ValidationError
from secledger.domain.importing import squash
from secledger.domain.marks import STARS, ClassificationMark, parse_mark
from secledger.services.importing.columns import text_of
from secledger.services.registration.form import split_serials

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug aside)
_SERIAL_RANGE = (18264, 73051)  # 1950-01-01 .. 2099-12-31
_RE_DATE = re.compile(r"^(\d{4})[年./\-](\d{1,2})[月./\-](\d{1,2})日?(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
_RE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_RE_INT = re.compile(r"^(\d+)(?:\.0+)?(?:份|页|件|张|个|盘)?$")
_RE_SERIALS = re.compile(r"(?:序列号|编号|SN|S/N)[:：]?\s*([^；;。]+)", re.IGNORECASE)
_URGENCY = {"": Urgency.NORMAL, "平件": Urgency.NORMAL, "普通": Urgency.NORMAL, "一般": Urgency.NORMAL,
            "平急": Urgency.NORMAL, "急": Urgency.URGENT, "急件": Urgency.URGENT,
            "加急": Urgency.URGENT, "特急": Urgency.EXTRA_URGENT, "特提": Urgency.EXTRA_URGENT}
_MEDIA: tuple[tuple[tuple[str, ...], CarrierType], ...] = (
    (("移动硬盘", "硬盘"), CarrierType.HDD),
    (("U盘", "u盘", "优盘", "USB"), CarrierType.USB),
    (("光盘", "CD", "DVD", "光碟"), CarrierType.DISC),
    (("纸质", "纸", "文件", "纸件"), CarrierType.PAPER),
    (("其他", "其它"), CarrierType.OTHER),
)


def parse_date(value: Any, fld: str = "date") -> date:
    """A date cell; ``import.bad_date`` / ``import.impossible_date`` naming the text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value), fld)
    text = squash(text_of(value))
    if text.isdigit() and len(text) == 5:
        return _from_serial(float(text), fld)
    m = _RE_DATE.match(text) or _RE_COMPACT.match(text)
    if m is None:
        raise ValidationError("import.bad_date", field=fld, text=text_of(value))
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    try:
        return date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            raise ValidationError("import.impossible_date", field=fld, text=text_of(value),
                                  year=year, month=month, day=day) from None
        raise ValidationError("import.bad_date", field=fld, text=text_of(value)) from None


def _from_serial(serial: float, fld: str) -> date:
    if not _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1]:
        raise ValidationError("import.bad_date", field=fld, text=text_of(serial))
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_count(value: Any, fld: str) -> int | None:
    """A whole number (``12``, ``12.0``, ``"12"``, ``"12页"``); None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("import.bad_number", field=fld, text=str(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    m = _RE_INT.match(squash(text_of(value)))
    if m is None:
        raise ValidationError("import.bad_number", field=fld, text=text_of(value))
    return int(m[1])


def parse_copies(copy_cell: Any, count_cell: Any) -> tuple[int, ...]:
    """份号 from the 份号 column (checked against 份数 when both are given); 1..份数 when
    only the count is given; one copy (000001) when neither is."""
    count = parse_count(count_cell, "copies")
    text = text_of(copy_cell)
    if text:
        return tuple(parse_copy_nos(text, count=count or None))
    if count is not None and count < 1:
        raise ValidationError("doc.copies_invalid", field="copies", limit=10000)
    return tuple(range(1, (count or 1) + 1))


def mark_text(level_cell: Any, period_cell: Any) -> str:
    """The mark as one text: ``机密★10年`` from one column, or level and period joined."""
    level, period = text_of(level_cell), text_of(period_cell)
    if not period or any(s in level for s in STARS):
        return level
    return f"{level}★{period}"


def parse_mark_cells(level_cell: Any, period_cell: Any, issued: date | None) -> ClassificationMark:
    text = mark_text(level_cell, period_cell)
    if not text:
        raise ValidationError("import.mark_missing", field="mark")
    return parse_mark(text, issued=issued)


def parse_urgency(value: Any) -> Urgency:
    word = squash(text_of(value))
    if word in _URGENCY:
        return _URGENCY[word]
    raise ValidationError("import.bad_urgency", field="urgency", text=text_of(value))


def parse_carrier_type(value: Any) -> CarrierType | None:
    """The carrier type a cell names; None when blank."""
    word = squash(text_of(value))
    if not word:
        return None
    for words, ctype in _MEDIA:
        if word in words or word in (ctype.value, ctype.label):
            return ctype
    raise ValidationError("import.bad_carrier_type", field="carrier_type", text=text_of(value))


def media_in_remarks(remarks: str) -> tuple[CarrierType | None, tuple[str, ...]]:
    """A medium and serial numbers a clerk noted in 备注 (``光盘，序列号：GP-001、GP-002``)."""
    ctype: CarrierType | None = None
    for words, kind in _MEDIA[:3]:
        if any(w in remarks for w in words):
            ctype = kind
            break
    m = _RE_SERIALS.search(remarks)
    return ctype, split_serials(m[1]) if m else ()
