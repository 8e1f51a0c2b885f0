"""涉密人员离岗保密承诺及清退确认书 (FORMS.md): the person, post, clearance, kind and day of
leaving, the 脱密期 with its dates, the accounts disabled, every carrier and device handed
back or over (read off the events), the undertakings the person signs (保守国家秘密法
第四十六条, 实施条例第五十三条), and the signatures. Plain data in, times already local."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.domain.enums import Classification
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block

SIGNERS = ["本人", "接收人", "监交人", "部门负责人", "保密员"]
COLUMNS = [Column("序号", 4, "int", "CENTER"), Column("登记号/设备编号", 18),
           Column("标题/名称", 24), Column("密级", 5, align="CENTER"),
           Column("方式", 6, align="CENTER"), Column("接收人", 8), Column("清单号", 12),
           Column("日期", 13, "datetime")]

#: what the person undertakes, in the unit's words of the law's duties (法 46, 条例 53)
UNDERTAKINGS = (
    "一、离岗后继续严格遵守国家保密法律法规，对在岗期间知悉的国家秘密永久履行保密义务，不以任何方式泄露。",
    "二、已将所持有的全部涉密载体和涉密设备清退或移交，未私自留存、复制、摘录或转移任何涉密载体和涉密信息。",
    "三、不使用在岗期间知悉的国家秘密从事任何活动，不在写作、出版、讲学、咨询、任职或接受采访中涉及国家秘密。",
    "四、脱密期内遵守就业和出境的限制：未经原单位和有关部门批准不擅自出境，不到境外驻华机构、组织或者外资企业工作，"
    "不为境外组织、人员或者外资企业提供劳务、咨询或者其他服务。",
    "五、脱密期内与境外人员、机构接触，或者发现有人打探国家秘密，及时向原单位保密工作机构报告；"
    "个人联系方式和去向变化时主动告知原单位。",
    "六、违反上述承诺，愿依法承担相应的法律责任。",
)


def _level(rows: Any) -> str:
    ranked = [Classification(r.level) for r in rows if r.level]
    top = max(ranked, key=lambda c: c.rank, default=None)
    return top.label if top is not None and top.is_state_secret else ""


def _head(d: Any) -> list[tuple[str, Any]]:
    cooling = (f"{d.months_text}：{d.cooling_from:%Y年%m月%d日} 至 {d.cooling_until:%Y年%m月%d日}"
               if d.cooling_from is not None and d.cooling_until is not None
               else (d.months_text if d.cooling_months else "无脱密期（非涉密人员）"))
    if d.status != "completed":
        cooling = f"{d.months_text}（自离岗日期起算，离岗手续完成后生效）"
    accounts = ("、".join(d.accounts) or "无账户") if d.status == "completed" else "离岗手续完成时停用"
    return [
        ("姓名", d.person_name), ("部门", d.department), ("岗位", d.post),
        ("涉密等级", d.clearance_label), ("离岗类型", d.kind_label), ("离岗日期", d.departs_on),
        ("去向", d.destination), ("记录状态", d.status_label),
        ("接收人", d.receiver), ("监交人", d.witness),
        ("办理人", d.opened_by), ("账户停用", accounts),
        ("离岗原因*", d.reason), ("脱密期*", cooling),
    ]


def render_departure_pdf(path: str | Path, meta: FormMeta, d: Any, rows: Any,
                         progress: Progress | None = None) -> Path:
    """*d*: a departure (``services.people.departures_read.DepartureDTO``); *rows*: what was
    handed back or over (``ReturnedRow``, times local)."""
    meta = replace(meta, title=meta.title or "涉密人员离岗保密承诺及清退确认书", form_no=d.reg_no,
                   mark=meta.mark or _level(rows))
    doc = FormDocument(meta, progress=progress, total=len(rows))
    w = doc.frame_width
    doc.add(kv_block(_head(d), w), Spacer(1, 3 * mm))
    doc.add(paragraph("清退、移交的涉密载体和涉密设备", 11), Spacer(1, 1 * mm))
    if rows:
        doc.add(LongTable(COLUMNS, [
            RowData([i, r.ref, r.title, r.level_label, r.how, r.to, r.record_no, r.when])
            for i, r in enumerate(rows, 1)], font_size=9))
    else:
        doc.add(paragraph("办理离岗期间名下无需清退或移交的涉密载体和涉密设备。", 10))
    doc.add(Spacer(1, 2 * mm), paragraph(
        f"以上共 {len(rows)} 件，经本人与接收人当面清点核对，在监交人监督下清退或移交完毕，"
        "本人名下已无涉密载体和涉密设备。", 10))
    doc.add(Spacer(1, 3 * mm),
            paragraph("本人保密承诺（保守国家秘密法第四十六条，实施条例第五十三条）", 11),
            Spacer(1, 1 * mm))
    for line in UNDERTAKINGS:
        doc.add(paragraph(line, 10))
    doc.add(signature_block(SIGNERS, w, per_row=2))
    return doc.build(path)
