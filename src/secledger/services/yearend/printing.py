"""Print and export the year-end forms: 年度涉密载体管理情况统计表 (PDF with its charts, XLSX
with one sheet per table) and 保密自查自评报告 (a finalised version as it was frozen, a draft
as it stands, marked 草稿). Gathers the DTOs, puts them into the form's words and hands plain
data to ``reports/yearend``; every form carries the chain digest and commits its output
event, classified at the highest level it lists (titles of carriers in exception lists and
in the personal retention still out)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.selfinspection import AREAS, ITEMS, InspectionStatus, Result
from secledger.domain.yearend import (
    CHARTS,
    Period,
    StatTable,
    Words,
    chart_data,
    evidence_summary,
    finding_label,
)
from secledger.reports.kit.columns import cell_text
from secledger.reports.yearend import selfinspection as report_form
from secledger.reports.yearend import statistics as stats_form
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody.printing_records import form_meta
from secledger.services.ledger.session import Ledger
from secledger.services.yearend import finalising, rectification, selfinspection, statistics
from secledger.services.yearend.evidence import Evidence, Finding
from secledger.services.yearend.selfinspection import InspectionDTO, ItemDTO

Progress = Callable[[int, int], bool]
STATS_TITLE = stats_form.TITLE
REPORT_TITLE = report_form.TITLE
#: exceptions printed under an item (the rest are counted)
EXCEPTIONS_PRINTED = 30


# -- the statistics ----------------------------------------------------------------------
def _stats(led: Ledger, period: Period, stats: statistics.YearStats | None
           ) -> statistics.YearStats:
    if stats is not None and stats.period == period:
        return stats
    return statistics.compute(led, period)


def statistics_level(stats: statistics.YearStats) -> Classification | None:
    """The highest level the statistics list (the titles of carriers still out)."""
    return top_level(_levels(stats.tables))


def _levels(tables: Iterable[StatTable]) -> list[str]:
    """The levels of the rows of tables that name carriers by title."""
    out = []
    for t in tables:
        if not any(c.zh == "标题" for c in t.columns):
            continue
        for i, c in enumerate(t.columns):
            if c.zh == "密级":
                out += [Classification.from_label(str(r.values[i])).value for r in t.rows
                        if isinstance(r.values[i], Words)]
    return out


def print_statistics(led: Ledger, period: Period, path: str | Path, *,
                     stats: statistics.YearStats | None = None,
                     progress: Progress | None = None) -> Path:
    """The 统计表 of *period* as PDF (charts, then every table)."""
    s = _stats(led, period, stats)
    level = statistics_level(s)
    by_key = {t.key: t for t in s.tables}
    charts = [c for c in (chart_data(spec, by_key) for spec in CHARTS) if c is not None]
    meta = replace(form_meta(led, title=STATS_TITLE, subtitle=period.label(),
                             mark=mark_of(level)), landscape=True)
    out = stats_form.render_statistics_pdf(path, meta, s.tables, charts, progress=progress)
    return logged(led, out, what=STATS_TITLE, rows=sum(len(t.rows) for t in s.tables),
                  level=level)


def export_statistics_xlsx(led: Ledger, period: Period, path: str | Path, *,
                           stats: statistics.YearStats | None = None,
                           progress: Progress | None = None) -> Path:
    """The 统计表 as a workbook, one sheet per table."""
    s = _stats(led, period, stats)
    level = statistics_level(s)
    meta = form_meta(led)
    out = stats_form.statistics_xlsx(path, unit_name=led.unit_name, period=period.label(),
                                     tables=s.tables, mark=mark_of(level),
                                     signed=(meta.printed_text(), meta.digest_text()),
                                     progress=progress)
    return logged(led, out, what=STATS_TITLE, rows=sum(len(t.rows) for t in s.tables),
                  level=level)


# -- the self-inspection report ----------------------------------------------------------
def report_level(inspection: InspectionDTO) -> Classification | None:
    """The highest level the report lists (the carriers named among the exceptions)."""
    return top_level(f.level for i in inspection.items if i.evidence
                     for f in i.evidence.findings[:EXCEPTIONS_PRINTED] if f.level)


def print_selfinspection(led: Ledger, inspection_id: int, path: str | Path, *,
                         progress: Progress | None = None) -> Path:
    """保密自查自评报告 of one version."""
    inspection = selfinspection.get(led, inspection_id)
    sheet = _sheet(led, inspection)
    level = report_level(inspection)
    v = inspection.version
    meta = form_meta(led, title=REPORT_TITLE, subtitle=f"{v.year}年度（第{v.version}版）",
                     mark=mark_of(level))
    out = report_form.render_selfinspection_pdf(path, meta, sheet, progress=progress)
    return logged(led, out, what=REPORT_TITLE, rows=len(inspection.items), level=level)


def _sheet(led: Ledger, inspection: InspectionDTO) -> report_form.ReportSheet:
    v = inspection.version
    if v.status is InspectionStatus.DRAFT:
        content: Mapping[str, Any] = {}
        rect = [r.to_json() for r in rectification.list_items(led) if r.relevant_to(v.period)]
        by_level = finalising.table_json(statistics.compute(led, v.period).table("by_level"))
    else:
        content = finalising.frozen(led, v.id)
        rect = list(content.get("rectifications", []))
        by_level = content.get("statistics", {}).get("by_level", {})
    status = {InspectionStatus.DRAFT: "草稿（未定稿）", InspectionStatus.FINAL: "已定稿",
              InspectionStatus.SUPERSEDED: f"已被第{v.superseded_by}版取代"}[v.status]
    return report_form.ReportSheet(
        year=v.year, version=v.version, status=status, period=v.period.label(),
        summary=inspection.summary,
        finalised=f"{cell_text(v.finalised_at)} {v.finalised_by}".strip()
        if v.finalised_at else "", digest=v.digest,
        results=[(r.label, sum(1 for i in inspection.items if i.result is r)) for r in Result],
        areas=_areas(inspection.items), rectifications=[_rect_row(x) for x in rect],
        stats_columns=[str(by_level.get("head", "密级")), *by_level.get("columns", [])],
        stats_rows=[[cell_text(v) for v in row] for row in (
            *by_level.get("rows", []), *([by_level["total"]] if by_level.get("total") else []))])


def _areas(items: Iterable[ItemDTO]) -> list[report_form.AreaBlock]:
    by_code = {i.item.code: i for i in items}
    return [report_form.AreaBlock(f"{a.numeral}{a.zh}", [
        _line(by_code[it.code]) for it in ITEMS if it.area == a.no and it.code in by_code])
        for a in AREAS]


def _line(i: ItemDTO) -> report_form.ItemLine:
    e = i.evidence
    shown = e.findings[:EXCEPTIONS_PRINTED] if e else ()
    return report_form.ItemLine(
        no=i.item.printed_no, text=i.item.zh, result=i.result.label if i.result else "",
        note=i.note, proposed=i.proposed.label if i.proposed else "", reason=i.reason,
        evidence=_evidence_words(e, i.item.evidence),
        exceptions=[_finding_row(f) for f in shown],
        more=max(0, (e.exceptions if e else 0) - len(shown)))


def _evidence_words(e: Evidence | None, key: str) -> str:
    if not key:
        return ""
    if e is None:
        return "未收集台账依据。"
    return evidence_summary(e.counts, e.totals, recorded=e.recorded)


def _finding_row(f: Finding) -> list[str]:
    level = Classification(f.level).label if f.level in {c.value for c in Classification} \
        else f.level
    return [finding_label(f.kind), f.ref, f.title, level, f.who, cell_text(f.when),
            "" if f.days is None else str(f.days)]


def _rect_row(x: Mapping[str, Any]) -> list[str]:
    from secledger.domain.selfinspection import ITEMS_BY_CODE, RectificationStatus

    item = ITEMS_BY_CODE.get(str(x.get("item") or ""))
    due = str(x.get("due_on") or "")
    return [str(x["reg_no"]), item.printed_no if item else "", str(x.get("problem", "")),
            str(x.get("measure", "")), str(x.get("owner", "")), due,
            RectificationStatus(x["status"]).label + (
                f" {x['closed_on']}" if x.get("closed_on") else "")]
