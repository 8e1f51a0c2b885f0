"""Print and export the copying forms: 复制（摘录、汇编）审批单 and 复制登记簿.

Gathers the DTOs, turns stored UTC times into local time and hands plain data to
``reports/``. Every form carries the chain digest at the time of printing and commits its
output event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from secledger.reports.disposal import copying as copy_form
from secledger.reports.kit.atomic import Progress
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal import copying
from secledger.services.disposal.copying import CopyRequestDTO
from secledger.services.disposal.form_times import approval_local, local, period
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz


def _copy_local(r: CopyRequestDTO, tz: tzinfo) -> CopyRequestDTO:
    return replace(r, requested_at=local(r.requested_at, tz) or r.requested_at,
                   executed_at=local(r.executed_at, tz), approval=approval_local(r.approval, tz))


def print_copy_form(led: Ledger, request_id: int, path: str | Path) -> Path:
    """复制审批单 of one request, to be signed (decision and copies filled in when known)."""
    r = _copy_local(copying.get_request(led, request_id), local_tz(led))
    level = top_level(r.levels)
    out = copy_form.render_copy_form(path, form_meta(led, mark=mark_of(level)), r)
    return logged(led, out, what=f"{r.kind_label}审批单", rows=1, level=level)


def _copy_register(led: Ledger, year: int | None) -> list[CopyRequestDTO]:
    tz = local_tz(led)
    return [_copy_local(r, tz) for r in copying.copy_register(led, year=year)]


def print_copy_register(led: Ledger, path: str | Path, *, year: int | None = None,
                        progress: Progress | None = None) -> Path:
    rows = _copy_register(led, year)
    level = top_level(x for r in rows for x in r.levels)
    meta = form_meta(led, subtitle=period(year), mark=mark_of(level))
    out = copy_form.render_copy_register_pdf(path, meta, rows, progress=progress)
    return logged(led, out, what="复制登记簿", rows=len(rows), level=level)


def export_copy_register_xlsx(led: Ledger, path: str | Path, *, year: int | None = None) -> Path:
    rows = _copy_register(led, year)
    level = top_level(x for r in rows for x in r.levels)
    out = copy_form.copy_register_xlsx(path, unit_name=led.unit_name, period=period(year),
                                       rows=rows, mark=mark_of(level))
    return logged(led, out, what="复制登记簿", rows=len(rows), level=level)
