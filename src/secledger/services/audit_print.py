"""Print and export for the audit pane: the 台账校验报告 of a verification and the filtered
event log as XLSX (streamed page by page). Auditor and security officer only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secledger.reports import audit as audit_form
from secledger.reports.atomic import Progress as ReportProgress
from secledger.reports.columns import Column
from secledger.reports.xlsx import write_table_xlsx
from secledger.services.audit import (
    AuditEvent,
    EventQuery,
    VerificationResult,
    count,
    group_label,
    iter_events,
    require_reader,
)
from secledger.services.custody_print import form_meta
from secledger.services.ledger import Ledger
from secledger.services.timing import local_tz


def print_verification(led: Ledger, result: VerificationResult, path: str | Path) -> Path:
    """台账校验报告: one page, signed by the auditor."""
    require_reader(led, "打印台账校验报告")
    meta = form_meta(led, title="台账校验报告")
    return audit_form.render_verification_pdf(path, meta, audit_form.VerificationSheet(
        checked_at=result.checked_at.astimezone(local_tz(led)).replace(tzinfo=None),
        checked_by=result.checked_by, events=result.events, carriers=result.carriers,
        head_id=result.head_id, head_hash=result.head_hash, ok=result.ok,
        problem=result.problem, problem_count=result.problem_count,
    ))


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
    return write_table_xlsx(path, title="审计日志", unit_name=led.unit_name, period=_period(q),
                            columns=XLSX_COLUMNS, rows=(_xlsx_row(e) for e in iter_events(led, q)),
                            total=total, progress=progress)


def _period(q: EventQuery) -> str:
    if q.date_from is None and q.date_to is None:
        return ""
    a = q.date_from.isoformat() if q.date_from else "…"
    b = q.date_to.isoformat() if q.date_to else "…"
    return f"{a} 至 {b}"
