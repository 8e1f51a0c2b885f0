"""Column and row descriptions shared by the PDF and XLSX renderers, plus cell text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from secledger.domain.marks import format_cn_date

Kind = Literal["text", "date", "datetime", "int"]
Align = Literal["LEFT", "CENTER", "RIGHT"]


@dataclass(frozen=True)
class Column:
    """One column. ``width`` is in spreadsheet character units (a Chinese character is
    about 2); XLSX uses it as is, PDF uses the widths as proportions of the table width."""

    header: str
    width: float = 10.0
    kind: Kind = "text"
    align: Align | None = None  # default: numbers right, dates centred, text left

    @property
    def alignment(self) -> Align:
        if self.align:
            return self.align
        return {"int": "RIGHT", "date": "CENTER", "datetime": "CENTER"}.get(self.kind, "LEFT")  # type: ignore[return-value]


@dataclass(frozen=True)
class RowData:
    """A row of a register. A voided (作废) row is printed struck through, never left out."""

    values: Sequence[Any]
    voided: bool = False


def cell_text(value: Any, kind: Kind = "text") -> str:
    """How a value prints on a form: dates as 2026年11月24日, times as 14:05, None as blank."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_cn_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_cn_date(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)
