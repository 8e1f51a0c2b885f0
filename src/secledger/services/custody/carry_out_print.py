"""Print and export the carry-out forms: 携带外出审批单 and 携带外出登记簿.

Gathers the DTOs, turns stored UTC times into local time and hands plain data to
``reports/``. Every form carries the chain digest at the time of printing and commits its
output event; ``form_level`` / ``register_level`` tell the save prompt beforehand the level
the file will hold.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from secledger.domain.enums import Classification
from secledger.reports.custody import carry_out as carry_form
from secledger.reports.kit.atomic import Progress
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody import carry_out_read
from secledger.services.custody.carry_out_read import CarryOutDTO
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal.form_times import approval_local, local, period
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz


def _local(r: CarryOutDTO, tz: tzinfo) -> CarryOutDTO:
    items = tuple(replace(i, issued_at=local(i.issued_at, tz), returned_at=local(i.returned_at, tz))
                  for i in r.items)
    return replace(r, requested_at=local(r.requested_at, tz) or r.requested_at,
                   due_at=local(r.due_at, tz), issued_at=local(r.issued_at, tz),
                   returned_at=local(r.returned_at, tz), items=items,
                   approval=approval_local(r.approval, tz))


def _level(rows: list[CarryOutDTO]) -> Classification | None:
    return top_level([i.carrier.level for r in rows for i in r.items])


def form_level(led: Ledger, carry_out_id: int) -> Classification | None:
    return _level([carry_out_read.get_carry_out(led, carry_out_id)])


def register_level(led: Ledger, year: int | None = None) -> Classification | None:
    return _level(carry_out_read.carry_out_register(led, year=year))


def print_carry_out_form(led: Ledger, carry_out_id: int, path: str | Path) -> Path:
    """携带外出审批单 of one carry-out, to be signed."""
    r = _local(carry_out_read.get_carry_out(led, carry_out_id), local_tz(led))
    level = _level([r])
    out = carry_form.render_carry_out_form(path, form_meta(led, mark=mark_of(level)), r)
    return logged(led, out, what="携带外出审批单", rows=len(r.items), level=level)


def _register(led: Ledger, year: int | None) -> list[CarryOutDTO]:
    tz = local_tz(led)
    return [_local(r, tz) for r in carry_out_read.carry_out_register(led, year=year)]


def print_carry_out_register(led: Ledger, path: str | Path, *, year: int | None = None,
                             progress: Progress | None = None) -> Path:
    rows = _register(led, year)
    level = _level(rows)
    meta = form_meta(led, subtitle=period(year), mark=mark_of(level))
    out = carry_form.render_carry_out_register_pdf(path, meta, rows, progress=progress)
    return logged(led, out, what="携带外出登记簿", rows=len(rows), level=level)


def export_carry_out_register_xlsx(led: Ledger, path: str | Path, *,
                                   year: int | None = None) -> Path:
    rows = _register(led, year)
    level = _level(rows)
    out = carry_form.carry_out_register_xlsx(path, unit_name=led.unit_name, period=period(year),
                                             rows=rows, mark=mark_of(level))
    return logged(led, out, what="携带外出登记簿", rows=len(rows), level=level)
