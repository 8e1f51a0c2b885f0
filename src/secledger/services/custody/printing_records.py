"""Print and export the custody-record forms: gather the DTOs, turn stored UTC times into local
time, and hand plain data to ``reports/`` (移交清单, 移交登记簿, 清退清单, 清查盘点报告,
遗失报告). Every form carries the chain digest at the time of printing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from secledger.domain.enums import Classification
from secledger.reports.custody import handover as handover_form
from secledger.reports.custody import loss as loss_form
from secledger.reports.custody import recall as recall_form
from secledger.reports.custody import stocktake as stocktake_form
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.pdf import FormMeta
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.audit.verify import chain_digest
from secledger.services.carriers.items import CarrierItem
from secledger.services.custody import handover, loss, recall, stocktake
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz, to_local


def _local(moment: datetime | None, tz: tzinfo) -> datetime | None:
    return to_local(moment, tz).replace(tzinfo=None) if moment is not None else None


def form_meta(led: Ledger, *, title: str = "", subtitle: str = "", mark: str = "") -> FormMeta:
    tz = local_tz(led)
    now = led.now()
    return FormMeta(unit_name=led.unit_name, title=title, subtitle=subtitle,
                    printed_by=led.user.person_name,
                    printed_at=(now if now.tzinfo else now.replace(tzinfo=tz)).astimezone(tz)
                    .replace(tzinfo=None),
                    chain_digest=chain_digest(led), mark=mark)


def items_level(items: Iterable[Any]) -> Classification | None:
    """The highest level of carrier items (anything with ``level``)."""
    return top_level([it.level for it in items])


# -- handover ---------------------------------------------------------------------------
def _handover(led: Ledger, handover_id: int) -> handover.HandoverDTO:
    h = handover.get_handover(led, handover_id)
    return replace(h, handed_at=_local(h.handed_at, local_tz(led)) or h.handed_at)


def print_handover(led: Ledger, handover_id: int, path: str | Path,
                   progress: Progress | None = None) -> Path:
    """移交清单 of a confirmed handover."""
    h = _handover(led, handover_id)
    level = items_level(h.items)
    out = handover_form.render_handover_pdf(path, form_meta(led, mark=mark_of(level)), h,
                                            progress=progress)
    return logged(led, out, what="涉密载体移交清单", rows=len(h.items) + len(h.media),
                  level=level)


def export_handover_xlsx(led: Ledger, handover_id: int, path: str | Path) -> Path:
    h = _handover(led, handover_id)
    level = items_level(h.items)
    out = handover_form.handover_xlsx(path, unit_name=led.unit_name, h=h, mark=mark_of(level))
    return logged(led, out, what="涉密载体移交清单", rows=len(h.items) + len(h.media),
                  level=level)


def _register(led: Ledger, year: int | None) -> list[handover.HandoverDTO]:
    tz = local_tz(led)
    return [replace(h, handed_at=_local(h.handed_at, tz) or h.handed_at)
            for h in handover.list_handovers(led, year=year)]


def print_handover_register(led: Ledger, path: str | Path, *, year: int | None = None) -> Path:
    """移交登记簿 of one year (or of every year). It lists handovers and counts, no
    carrier titles: the level recorded is that of the register's own content (none)."""
    meta = form_meta(led, subtitle=f"{year}年度" if year else "")
    rows = _register(led, year)
    out = handover_form.render_handover_register_pdf(path, meta, rows)
    return logged(led, out, what="移交登记簿", rows=len(rows), level=None)


def export_handover_register_xlsx(led: Ledger, path: str | Path, *,
                                  year: int | None = None) -> Path:
    rows = _register(led, year)
    out = handover_form.handover_register_xlsx(
        path, unit_name=led.unit_name, period=f"{year}年度" if year else "", handovers=rows)
    return logged(led, out, what="移交登记簿", rows=len(rows), level=None)


# -- recall -----------------------------------------------------------------------------
def print_recall_list(led: Ledger, path: str | Path, *, unit: str,
                      items: Sequence[CarrierItem]) -> Path:
    """A 清退清单 prepared before the return (to take along and have signed)."""
    level = items_level(items)
    out = recall_form.render_recall_pdf(path, form_meta(led, mark=mark_of(level)), unit=unit,
                                        items=items, info=[("清退日期", None), ("回执号", None)])
    return logged(led, out, what="涉密载体清退清单", rows=len(items), level=level)


def print_return(led: Ledger, return_id: int, path: str | Path) -> Path:
    """清退清单 of a recorded return, with its number and the unit's receipt."""
    r = recall.get_return(led, return_id)
    info = [("清退编号", r.reg_no), ("清退日期", r.returned_on), ("回执号", r.receipt_no),
            ("清退人", r.returned_by), ("接收单位经手人", r.unit_handler)]
    level = items_level(r.items)
    meta = replace(form_meta(led, mark=mark_of(level)), form_no=r.reg_no)
    out = recall_form.render_recall_pdf(path, meta, unit=r.unit, items=r.items, info=info)
    return logged(led, out, what="涉密载体清退清单", rows=len(r.items), level=level)


def export_recall_xlsx(led: Ledger, path: str | Path, *, unit: str,
                       items: Sequence[CarrierItem]) -> Path:
    level = items_level(items)
    out = recall_form.recall_xlsx(path, unit_name=led.unit_name, unit=unit, items=items,
                                  mark=mark_of(level))
    return logged(led, out, what="涉密载体清退清单", rows=len(items), level=level)


# -- stocktake --------------------------------------------------------------------------
def _stocktake(led: Ledger, stocktake_id: int) -> stocktake.StocktakeResult:
    res = stocktake.result(led, stocktake_id)
    tz = local_tz(led)
    st = replace(res.stocktake, started_at=_local(res.stocktake.started_at, tz)
                 or res.stocktake.started_at,
                 finished_at=_local(res.stocktake.finished_at, tz))
    return replace(res, stocktake=st)


def print_stocktake(led: Ledger, stocktake_id: int, path: str | Path, *,
                    groups: Sequence[str] | None = None,
                    progress: Progress | None = None) -> Path:
    """清查盘点报告 (every group: the carriers', and the devices' and media's when it counted
    them), or the list of one group (e.g. ``["missing"]``)."""
    res = _stocktake(led, stocktake_id)
    groups = stocktake_form.report_groups(res) if groups is None else groups
    items = [it for g in groups for it in stocktake_items(res, g)]
    level = items_level(items)
    out = stocktake_form.render_stocktake_pdf(path, form_meta(led, mark=mark_of(level)), res,
                                              groups=groups, progress=progress)
    rows = sum(len(stocktake_form.group_rows(res, g)) for g in groups)
    return logged(led, out, what="清查盘点报告", rows=rows, level=level)


def export_stocktake_xlsx(led: Ledger, stocktake_id: int, path: str | Path, *,
                          group: str) -> Path:
    res = _stocktake(led, stocktake_id)
    items = stocktake_items(res, group)
    level = items_level(items)
    out = stocktake_form.stocktake_xlsx(path, unit_name=led.unit_name, result=res, group=group,
                                        mark=mark_of(level))
    return logged(led, out, what=f"清查盘点·{stocktake_form.ALL_GROUPS[group]}",
                  rows=len(stocktake_form.group_rows(res, group)), level=level)


def stocktake_items(res: stocktake.StocktakeResult, group: str) -> list[CarrierItem]:
    """The ledger carriers one group of a stocktake lists (unknown labels have none; the
    devices' and media's lists name no carrier: like the media registers they hold no
    secret content and record no level)."""
    if group in stocktake_form.MEDIA_GROUPS:
        return []
    if group == "unexpected":
        return [u.item for u in res.unexpected if u.item is not None]
    if group == "misplaced":
        return [m.item for m in res.misplaced]
    return list(getattr(res, group))


# -- loss -------------------------------------------------------------------------------
def print_loss(led: Ledger, report_id: int, path: str | Path) -> Path:
    """遗失报告 with the 24-hour reporting deadline."""
    r = loss.get_report(led, report_id)
    tz = local_tz(led)
    r = replace(r, discovered_at=_local(r.discovered_at, tz) or r.discovered_at,
                deadline_at=_local(r.deadline_at, tz) or r.deadline_at,
                reported_upstream_at=_local(r.reported_upstream_at, tz),
                items=tuple(replace(x, found_at=_local(x.found_at, tz)) for x in r.items),
                media=tuple(replace(x, found_at=_local(x.found_at, tz)) for x in r.media))
    level = top_level([r.level])
    out = loss_form.render_loss_pdf(path, form_meta(led, mark=mark_of(level)), r)
    return logged(led, out, what="涉密载体遗失报告", rows=len(r.items) + len(r.media),
                  level=level)
