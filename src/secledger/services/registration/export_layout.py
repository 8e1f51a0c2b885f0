"""Exporting a year of the 收文 or 发文 register in the layout the import reads back: the
register's own XLSX (``reports.registration.registers``: title rows, heading, real dates)
with the facts the register does not print appended as columns (成文日期, 紧急程度, 载体类型,
序列号; 签发人 and 页数 for 发文), and the mark as marked. Exported and imported into an empty ledger,
it gives the same documents, numbers, marks, copies and custody (归档 or in store); offices
also send it to their superiors.

Like every export it is an event (``report.exported``) and is marked with the highest level
it contains; the file is written atomically (``reports.kit.atomic``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierType, Register, Urgency
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration import registers as register_form
from secledger.services.audit.output_log import logged, mark_of
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.services.registration.printing import register_summary
from secledger.services.registration.registers import RegisterFilter, RegisterRow, iter_rows

#: the columns appended to the register's own (the import maps them by these headings)
EXTRA_COLUMNS = [Column("成文日期", 14.6, "date"), Column("紧急程度", 8), Column("载体类型", 8),
                 Column("序列号", 16)]
#: the 发文 register prints neither 签发人 nor 页数
PRODUCTION_EXTRA = [Column("签发人", 8), Column("页数", 4.6, "int")]
_CHUNK = 1000
_FACTS_SQL = """
SELECT d.id, d.urgency, d.extra, c.carrier_type, c.serial_no FROM documents d
  JOIN carriers c ON c.document_id = d.id
 WHERE d.id IN ({ids}) ORDER BY d.id, c.copy_no
"""


def layout_columns(register: Register) -> list[Column]:
    production = register is Register.PRODUCTION
    base = register_form.PRODUCTION_COLUMNS if production else register_form.RECEIPT_COLUMNS
    return [*base, *EXTRA_COLUMNS, *(PRODUCTION_EXTRA if production else [])]


def export_register(led: Ledger, register: Register, year: int, path: str | Path,
                    progress: Progress | None = None) -> Path:
    """The *register* of *year* as XLSX in the import's layout; the export is an event."""
    f = RegisterFilter(register=register, year=year)
    total, level = register_summary(led, f)
    production = register is Register.PRODUCTION
    title = register_form.PRODUCTION_TITLE if production else register_form.RECEIPT_TITLE
    with led.db.read() as s:
        rows = _values(s, iter_rows(s, f, local_tz(led)), production)
        out = write_table_xlsx(path, title=title, unit_name=led.unit_name,
                               period=f.period_text(), columns=layout_columns(register),
                               rows=rows, total=total, progress=progress,
                               sheet_title=f"{title}{f.period_text()}", mark=mark_of(level))
    return logged(led, out, what=title, rows=total, level=level)


def _values(s: Session, rows: Iterable[RegisterRow], production: bool) -> Iterator[list[Any]]:
    chunk: list[RegisterRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= _CHUNK:
            yield from _chunk_values(s, chunk, production)
            chunk = []
    yield from _chunk_values(s, chunk, production)


def _chunk_values(s: Session, rows: Sequence[RegisterRow], production: bool) -> Iterator[list[Any]]:
    if not rows:
        return
    facts = _facts(s, [r.document_id for r in rows])
    for r in rows:
        urgency, ctype, serials, approver = facts.get(r.document_id, ("", "", "", ""))
        extra: list[Any] = [r.issued_on, urgency, ctype, serials]
        if production:
            values = register_form.production_values(r)
            values[4] = r.mark  # as marked: a mark without a period reads back the same
            values[7] = r.dispatch_units or r.unit
            yield [*values, *extra, approver, r.pages or None]
        else:
            yield [*register_form.receipt_values(r), *extra]


def _facts(s: Session, ids: list[int]) -> dict[int, tuple[str, str, str, str]]:
    """document id -> (紧急程度, 载体类型, 序列号, 签发人) as the import reads them."""
    marks = ", ".join(str(int(i)) for i in ids)  # integers from the ledger, never user text
    types: dict[int, list[str]] = {}
    serials: dict[int, list[str]] = {}
    head: dict[int, tuple[str, str]] = {}
    for did, urgency, extra, ctype, serial in s.execute(text(_FACTS_SQL.format(ids=marks))):
        head.setdefault(did, (Urgency(urgency).label, str(json.loads(extra or "{}")
                                                          .get("approver", ""))))
        types.setdefault(did, []).append(CarrierType(ctype).label)
        if serial:
            serials.setdefault(did, []).append(str(serial))
    return {did: (u, "、".join(dict.fromkeys(types[did])), "、".join(serials.get(did, [])), a)
            for did, (u, a) in head.items()}

