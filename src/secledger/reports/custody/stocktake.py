"""清查盘点报告 (FORMS.md): scope, start/end, then 应在 · 已核 · 缺失 · 账外 · 位置/保管人不符,
each with its list; signed by the checkers (盘点人, at least two) and the 负责人. A session
that counted the classified devices and storage media has the same five lists of them after
the carriers' (设备编号, type, serial number, 密级 …), with their own counts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from secledger.reports.custody.rows import MEDIA_COLUMNS, form_mark, media_values
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import (
    FormDocument,
    FormMeta,
    kv_block,
    paragraph,
    signature_block,
    totals_block,
)
from secledger.reports.kit.xlsx import write_table_xlsx

#: group key -> section heading
GROUPS = {
    "expected": "应在载体",
    "found": "已核载体（账物相符）",
    "missing": "缺失载体（应在未见）",
    "unexpected": "账外载体（清点所见但不在应在清单）",
    "misplaced": "位置/保管人不符",
}
#: the devices' and media's groups (``result.media``), after the carriers'
MEDIA_GROUPS = {
    "media_expected": "应在设备和介质",
    "media_found": "已核设备和介质（账物相符）",
    "media_missing": "缺失设备和介质（应在未见）",
    "media_unexpected": "账外设备和介质（清点所见但不在应在清单）",
    "media_misplaced": "设备和介质位置/责任人不符",
}
ALL_GROUPS = {**GROUPS, **MEDIA_GROUPS}
BASE = [
    Column("序号", 4, "int", "CENTER"), Column("登记号", 12), Column("标题", 28),
    Column("密级", 6, align="CENTER"), Column("份号", 8, align="CENTER"),
    Column("载体类型", 7, align="CENTER"),
]
COLUMNS: dict[str, list[Column]] = {
    "expected": [*BASE, Column("台账状态", 8), Column("保管人", 8), Column("位置", 12)],
    "found": [*BASE, Column("台账状态", 8), Column("保管人", 8), Column("位置", 12)],
    "missing": [*BASE, Column("台账状态", 8), Column("保管人", 8), Column("位置", 12)],
    "unexpected": [Column("序号", 4, "int", "CENTER"), Column("标签", 13),
                   *BASE[1:], Column("台账记载", 24)],
    "misplaced": [*BASE, Column("台账保管人", 8), Column("台账位置", 10),
                  Column("实见保管人", 8), Column("实见位置", 10)],
}
_MEDIA_PLAIN = [*MEDIA_COLUMNS[:6], Column("台账状态", 8), Column("责任人", 8), Column("位置", 12)]
COLUMNS |= {
    "media_expected": _MEDIA_PLAIN, "media_found": _MEDIA_PLAIN, "media_missing": _MEDIA_PLAIN,
    "media_unexpected": [Column("序号", 4, "int", "CENTER"), Column("标签", 13),
                         *MEDIA_COLUMNS[1:6], Column("台账记载", 24)],
    "media_misplaced": [*MEDIA_COLUMNS[:6], Column("台账责任人", 8), Column("台账位置", 10),
                        Column("实见责任人", 8), Column("实见位置", 10)],
}


def report_groups(result: Any) -> tuple[str, ...]:
    """The lists of the whole report: the carriers', then the devices' and media's when the
    session counted them (or saw one)."""
    media = getattr(result, "media", None)
    return (*GROUPS, *MEDIA_GROUPS) if media is not None and media.any else tuple(GROUPS)


Cells = Callable[[int, Any], list[Any]]


def _media(n: int, it: Any) -> list[Any]:
    return media_values(n, it)[:6]


def _item(n: int, it: Any) -> list[Any]:
    return [n, it.reg_no, it.title, it.level_label, it.copy_no, it.carrier_type]


def _plain(items: Sequence[Any], cells: Cells = _item) -> list[list[Any]]:
    return [[*cells(i, it), it.state_label, it.holder_name, it.location]
            for i, it in enumerate(items, start=1)]


def _unexpected(rows: Sequence[Any], cells: Cells = _item, holder: str = "保管人"
                ) -> list[list[Any]]:
    """Labels scanned but not expected: unknown ones (账外) and known ones found elsewhere;
    *holder* names who answers for the thing (保管人 of a carrier, 责任人 of a device)."""
    out = []
    for i, u in enumerate(rows, start=1):
        it = u.item
        if it is None:
            out.append([i, u.label_id, "", "台账中无此标签", "", "", "", "账外（未登记）"])
            continue
        where = f"{it.state_label}；{holder} {it.holder_name or '—'}；位置 {it.location or '—'}"
        out.append([i, u.label_id, *cells(i, it)[1:], where])
    return out


def _misplaced(rows: Sequence[Any], cells: Cells = _item) -> list[list[Any]]:
    return [[*cells(i, m.item), m.item.holder_name, m.item.location,
             m.holder_seen if m.wrong_holder else "", m.location_seen if m.wrong_location else ""]
            for i, m in enumerate(rows, start=1)]


_ROWS: dict[str, Callable[[Any], list[list[Any]]]] = {
    "expected": lambda r: _plain(r.expected), "found": lambda r: _plain(r.found),
    "missing": lambda r: _plain(r.missing), "unexpected": lambda r: _unexpected(r.unexpected),
    "misplaced": lambda r: _misplaced(r.misplaced),
    "media_expected": lambda r: _plain(r.media.expected, _media),
    "media_found": lambda r: _plain(r.media.found, _media),
    "media_missing": lambda r: _plain(r.media.missing, _media),
    "media_unexpected": lambda r: _unexpected(r.media.unexpected, _media, "责任人"),
    "media_misplaced": lambda r: _misplaced(r.media.misplaced, _media),
}


def group_rows(result: Any, group: str) -> list[list[Any]]:
    return _ROWS[group](result)


def _counts(r: Any, media: bool = False) -> list[tuple[str, str]]:
    def five(x: Any, what: str, odd: str) -> list[tuple[str, str]]:
        return [(f"应在{what}", f"{len(x.expected)} 件"), (f"已核{what}", f"{len(x.found)} 件"),
                (f"缺失{what}", f"{len(x.missing)} 件"), (f"账外{what}", f"{len(x.unexpected)} 件"),
                (odd, f"{len(x.misplaced)} 件")]

    parts = [r, r.media] if media else [r]
    agree = not any(x.missing or x.unexpected or x.misplaced for x in parts)
    lines = five(r, "", "位置/保管人不符")
    if media:  # the lists below say what does not agree: where, or with whom
        lines = five(r, "载体", "不符载体") + five(r.media, "设备介质", "不符设备介质")
    return [*lines, ("结论", "账物相符" if agree else "账物不符")]


#: room a section needs at the foot of a page to start there: its heading, the column
#: headings and a few rows (else it starts on the next page, never a heading alone)
SECTION_START = 30 * mm


def _section(doc: FormDocument, result: Any, group: str) -> list[Flowable]:
    """A heading and its list, which starts right under it and runs on over the pages (a
    long list never leaves the page above it blank)."""
    rows = group_rows(result, group)
    head = paragraph(f"{ALL_GROUPS[group]}（{len(rows)} 件）", 12, spaceBefore=8, spaceAfter=4)
    if not rows:
        return [CondPageBreak(12 * mm), head, paragraph("无。")]
    return [CondPageBreak(SECTION_START), head,
            LongTable(COLUMNS[group], [RowData(v) for v in rows], ticker=doc.ticker)]


def render_stocktake_pdf(path: str | Path, meta: FormMeta, result: Any, *,
                         groups: Sequence[str] | None = None,
                         progress: Progress | None = None) -> Path:
    """*result*: stocktake (reg_no, scope_label, started_at/finished_at local, checkers,
    leader, status_label), the lists expected/found/missing/unexpected/misplaced, and
    ``media`` with the same lists of devices and media. *groups*: the whole report when
    None (``report_groups``)."""
    st = result.stocktake
    groups = report_groups(result) if groups is None else groups
    one = len(groups) == 1
    title = "清查盘点报告" if not one else f"清查盘点 · {ALL_GROUPS[groups[0]]}"
    seen = [u.item for u in result.unexpected if u.item is not None]
    meta = replace(meta, title=meta.title or title, form_no=st.reg_no, landscape=True,
                   mark=meta.mark or form_mark([*result.expected, *seen]))
    total = sum(len(group_rows(result, g)) for g in groups)
    doc = FormDocument(meta, progress=progress, total=2 * total)
    doc.add(kv_block([
        ("盘点编号", st.reg_no), ("盘点范围", st.scope_label), ("状态", st.status_label),
        ("开始时间", st.started_at), ("结束时间", st.finished_at), ("负责人", st.leader),
        ("盘点人*", "、".join(st.checkers)),
    ], doc.frame_width, columns=3), Spacer(1, 3 * mm), totals_block(
        _counts(result, any(g in MEDIA_GROUPS for g in groups)), doc.frame_width, per_row=3))
    for g in groups:
        doc.add(*_section(doc, result, g))
    signers = ["盘点人"] * max(2, len(st.checkers)) + ["负责人"]
    doc.add(signature_block(signers, doc.frame_width, per_row=3,
                            note="以上清查盘点结果经盘点人逐件核对，情况属实。"))
    return doc.build(path)


def stocktake_xlsx(path: str | Path, *, unit_name: str, result: Any, group: str,
                   mark: str = "") -> Path:
    st = result.stocktake
    return write_table_xlsx(path, title=f"清查盘点 {st.reg_no} · {ALL_GROUPS[group]}",
                            unit_name=unit_name, period=st.scope_label,
                            columns=COLUMNS[group], rows=group_rows(result, group),
                            sheet_title=ALL_GROUPS[group][:8], mark=mark)
