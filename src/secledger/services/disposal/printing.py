"""Print and export the disposal forms: 复制审批单, 复制登记簿, 销毁清单, 销毁登记簿.

Gathers the DTOs, turns stored UTC times into local time and hands plain data to
``reports/``. Every form carries the chain digest at the time of printing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path

from secledger.reports.disposal import copying as copy_form
from secledger.reports.disposal import destruction as destruction_form
from secledger.reports.kit.atomic import Progress
from secledger.services.approvals.requests import ApprovalDTO
from secledger.services.audit.output_log import logged, mark_of
from secledger.services.custody.printing_records import form_meta, items_level
from secledger.services.disposal import copying, destruction
from secledger.services.disposal.copying import CopyRequestDTO
from secledger.services.disposal.destruction_read import ManifestDTO
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz, to_local


def _local(moment: datetime | None, tz: tzinfo) -> datetime | None:
    return to_local(moment, tz).replace(tzinfo=None) if moment is not None else None


def _approval(a: ApprovalDTO | None, tz: tzinfo) -> ApprovalDTO | None:
    if a is None:
        return None
    return replace(a, requested_at=_local(a.requested_at, tz) or a.requested_at,
                   decided_at=_local(a.decided_at, tz))


def _copy_local(r: CopyRequestDTO, tz: tzinfo) -> CopyRequestDTO:
    return replace(r, requested_at=_local(r.requested_at, tz) or r.requested_at,
                   executed_at=_local(r.executed_at, tz), approval=_approval(r.approval, tz))


def _manifest_local(m: ManifestDTO, tz: tzinfo) -> ManifestDTO:
    return replace(m, created_at=_local(m.created_at, tz) or m.created_at,
                   submitted_at=_local(m.submitted_at, tz),
                   approved_at=_local(m.approved_at, tz), executed_at=_local(m.executed_at, tz),
                   approval=_approval(m.approval, tz))


def _period(year: int | None) -> str:
    return f"{year}年度" if year else ""


# -- copying ----------------------------------------------------------------------------------
def print_copy_form(led: Ledger, request_id: int, path: str | Path) -> Path:
    """复制审批单 of one request, to be signed (decision and copies filled in when known)."""
    r = _copy_local(copying.get_request(led, request_id), local_tz(led))
    level = items_level([r.source])
    out = copy_form.render_copy_form(path, form_meta(led, mark=mark_of(level)), r)
    return logged(led, out, what="复制审批单", rows=1, level=level)


def _copy_register(led: Ledger, year: int | None) -> list[CopyRequestDTO]:
    tz = local_tz(led)
    return [_copy_local(r, tz) for r in copying.copy_register(led, year=year)]


def print_copy_register(led: Ledger, path: str | Path, *, year: int | None = None,
                        progress: Progress | None = None) -> Path:
    rows = _copy_register(led, year)
    level = items_level([r.source for r in rows])
    meta = form_meta(led, subtitle=_period(year), mark=mark_of(level))
    out = copy_form.render_copy_register_pdf(path, meta, rows, progress=progress)
    return logged(led, out, what="复制登记簿", rows=len(rows), level=level)


def export_copy_register_xlsx(led: Ledger, path: str | Path, *, year: int | None = None) -> Path:
    rows = _copy_register(led, year)
    level = items_level([r.source for r in rows])
    out = copy_form.copy_register_xlsx(path, unit_name=led.unit_name, period=_period(year),
                                       rows=rows, mark=mark_of(level))
    return logged(led, out, what="复制登记簿", rows=len(rows), level=level)


# -- destruction ------------------------------------------------------------------------------
def _manifest(led: Ledger, manifest_id: int) -> ManifestDTO:
    return _manifest_local(destruction.get_manifest(led, manifest_id), local_tz(led))


def print_manifest(led: Ledger, manifest_id: int, path: str | Path,
                   progress: Progress | None = None) -> Path:
    """销毁清单 (any status: a draft prints for counting, an executed one for the file)."""
    m = _manifest(led, manifest_id)
    level = items_level([line.item for line in m.lines])
    out = destruction_form.render_manifest_pdf(path, form_meta(led, mark=mark_of(level)), m,
                                               progress=progress)
    return logged(led, out, what="涉密载体销毁清单", rows=len(m.lines), level=level)


def export_manifest_xlsx(led: Ledger, manifest_id: int, path: str | Path,
                         progress: Progress | None = None) -> Path:
    m = _manifest(led, manifest_id)
    level = items_level([line.item for line in m.lines])
    out = destruction_form.manifest_xlsx(path, unit_name=led.unit_name, m=m, progress=progress,
                                         mark=mark_of(level))
    return logged(led, out, what="涉密载体销毁清单", rows=len(m.lines), level=level)


def _register(led: Ledger, year: int | None) -> list[ManifestDTO]:
    tz = local_tz(led)
    return [_manifest_local(m, tz) for m in destruction.destruction_register(led, year=year)]


def print_destruction_register(led: Ledger, path: str | Path, *, year: int | None = None,
                               progress: Progress | None = None) -> Path:
    """销毁登记簿 of one year (or every year). It lists manifests and counts per level, no
    carrier titles: the level recorded is that of its own content (none)."""
    meta = form_meta(led, subtitle=_period(year))
    rows = _register(led, year)
    out = destruction_form.render_register(path, meta, rows, progress=progress)
    return logged(led, out, what="涉密载体销毁登记簿", rows=len(rows), level=None)


def export_destruction_register_xlsx(led: Ledger, path: str | Path, *,
                                     year: int | None = None) -> Path:
    rows = _register(led, year)
    out = destruction_form.register_xlsx(path, unit_name=led.unit_name, period=_period(year),
                                         manifests=rows)
    return logged(led, out, what="涉密载体销毁登记簿", rows=len(rows), level=None)
