"""Print and export the destruction forms: 销毁清单 and 销毁登记簿.

Gathers the DTOs, turns stored UTC times into local time and hands plain data to
``reports/``. Every form carries the chain digest at the time of printing and commits its
output event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from secledger.reports.disposal import destruction as destruction_form
from secledger.reports.kit.atomic import Progress
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal import destruction
from secledger.services.disposal.destruction_read import ManifestDTO
from secledger.services.disposal.form_times import approval_local, local, period
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz


def _manifest_local(m: ManifestDTO, tz: tzinfo) -> ManifestDTO:
    return replace(m, created_at=local(m.created_at, tz) or m.created_at,
                   submitted_at=local(m.submitted_at, tz),
                   approved_at=local(m.approved_at, tz), executed_at=local(m.executed_at, tz),
                   approval=approval_local(m.approval, tz))


def _manifest(led: Ledger, manifest_id: int) -> ManifestDTO:
    return _manifest_local(destruction.get_manifest(led, manifest_id), local_tz(led))


def _rows(m: ManifestDTO) -> int:
    return len(m.lines) + len(m.media_lines)


def print_manifest(led: Ledger, manifest_id: int, path: str | Path,
                   progress: Progress | None = None) -> Path:
    """销毁清单 (any status: a draft prints for counting, an executed one for the file)."""
    m = _manifest(led, manifest_id)
    level = top_level(m.levels)
    out = destruction_form.render_manifest_pdf(path, form_meta(led, mark=mark_of(level)), m,
                                               progress=progress)
    return logged(led, out, what="涉密载体销毁清单", rows=_rows(m), level=level)


def export_manifest_xlsx(led: Ledger, manifest_id: int, path: str | Path,
                         progress: Progress | None = None) -> Path:
    m = _manifest(led, manifest_id)
    level = top_level(m.levels)
    out = destruction_form.manifest_xlsx(path, unit_name=led.unit_name, m=m, progress=progress,
                                         mark=mark_of(level))
    return logged(led, out, what="涉密载体销毁清单", rows=_rows(m), level=level)


def _register(led: Ledger, year: int | None) -> list[ManifestDTO]:
    tz = local_tz(led)
    return [_manifest_local(m, tz) for m in destruction.destruction_register(led, year=year)]


def print_destruction_register(led: Ledger, path: str | Path, *, year: int | None = None,
                               progress: Progress | None = None) -> Path:
    """销毁登记簿 of one year (or every year). It lists manifests and counts per level, no
    carrier titles: the level recorded is that of its own content (none)."""
    meta = form_meta(led, subtitle=period(year))
    rows = _register(led, year)
    out = destruction_form.render_register(path, meta, rows, progress=progress)
    return logged(led, out, what="涉密载体销毁登记簿", rows=len(rows), level=None)


def export_destruction_register_xlsx(led: Ledger, path: str | Path, *,
                                     year: int | None = None) -> Path:
    rows = _register(led, year)
    out = destruction_form.register_xlsx(path, unit_name=led.unit_name, period=period(year),
                                         manifests=rows)
    return logged(led, out, what="涉密载体销毁登记簿", rows=len(rows), level=None)
