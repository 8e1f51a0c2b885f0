"""Print and export for the audit pane: the 台账校验报告 of a verification and the filtered
event log as XLSX (streamed page by page). Auditor and security officer only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from secledger.domain.enums import Classification
from secledger.reports.audit import log as audit_form
from secledger.reports.kit.atomic import Progress as ReportProgress
from secledger.reports.kit.columns import Column
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.services.audit.log import (
    AuditEvent,
    EventQuery,
    VerificationResult,
    _where,
    count,
    group_label,
    iter_events,
    require_reader,
)
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody.printing_records import form_meta
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz


def print_verification(led: Ledger, result: VerificationResult, path: str | Path) -> Path:
    """台账校验报告: one page, signed by the auditor."""
    require_reader(led, "打印台账校验报告")
    meta = form_meta(led, title="台账校验报告")
    out = audit_form.render_verification_pdf(path, meta, audit_form.VerificationSheet(
        checked_at=result.checked_at.astimezone(local_tz(led)).replace(tzinfo=None),
        checked_by=result.checked_by, events=result.events, carriers=result.carriers,
        head_id=result.head_id, head_hash=result.head_hash, ok=result.ok,
        problem=result.problem, problem_count=result.problem_count,
    ))
    # counts and hashes only, no carrier titles: not classified content
    return logged(led, out, what="台账校验报告", rows=1, level=None)


# -- export -------------------------------------------------------------------------------
XLSX_COLUMNS = (
    Column("事件号", 9, "int"), Column("时间", 18, "datetime"), Column("账户", 10),
    Column("姓名", 10), Column("类别", 11), Column("事件", 16), Column("登记号", 16),
    Column("份号", 8, align="CENTER"), Column("标签号", 14), Column("说明", 50),
    Column("哈希", 16),
)


def _xlsx_row(ev: AuditEvent) -> list[Any]:
    return [ev.id, ev.local_time, ev.username, ev.user_name, group_label(ev.group), ev.kind_label,
            ev.reg_no, ev.copy_no, ev.label_id, ev.description, ev.short_hash]


def export_events_xlsx(led: Ledger, q: EventQuery, path: str | Path,
                       progress: ReportProgress | None = None) -> Path:
    """The filtered log as a workbook, streamed page by page, newest first."""
    require_reader(led, "导出审计日志")
    total = count(led, q)
    level = events_level(led, q)
    out = write_table_xlsx(path, title="审计日志", unit_name=led.unit_name, period=_period(q),
                           columns=XLSX_COLUMNS, rows=(_xlsx_row(e) for e in iter_events(led, q)),
                           total=total, progress=progress, mark=mark_of(level))
    return logged(led, out, what="审计日志", rows=total, level=level)


def events_level(led: Ledger, q: EventQuery) -> Classification | None:
    """The highest level of the documents the filtered events name (their descriptions
    carry 登记号 and titles): one query, before the export is written."""
    require_reader(led, "导出审计日志")
    with led.db.read() as s:
        w = _where(led, s, q)
        levels = s.execute(text(
            "SELECT DISTINCT level FROM documents WHERE id IN"
            f" (SELECT document_id FROM events{w.sql('document_id IS NOT NULL')})"), w.bind()
        ).scalars()
        return top_level([str(x) for x in levels])


def _period(q: EventQuery) -> str:
    if q.date_from is None and q.date_to is None:
        return ""
    a = q.date_from.isoformat() if q.date_from else "…"
    b = q.date_to.isoformat() if q.date_to else "…"
    return f"{a} 至 {b}"
