"""清退清单 (FORMS.md): carriers going back to their issuing unit, signed by 清退人 and the
receiving unit's 经手人. Works for a planned list (no number yet) and a recorded return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from secledger.reports.custody.rows import form_mark, level_totals
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, signature_block
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import register_flowables

SIGNERS = ["清退人", "接收单位经手人"]
COLUMNS = [
    Column("序号", 4, "int", "CENTER"), Column("登记号", 12), Column("文号", 16),
    Column("标题", 34), Column("密级", 6, align="CENTER"), Column("份号", 8, align="CENTER"),
    Column("份数", 5, "int"), Column("备注", 16),
]


def _remark(it: Any) -> str:
    if it.state in ("in_store", "archived", "returned_to_issuer"):
        return ""
    return f"现{it.state_label}（{it.holder_name}）" if it.holder_name else it.state_label


def _values(items: Sequence[Any]) -> list[list[Any]]:
    return [[i, it.reg_no, it.doc_no, it.title, it.level_label, it.copy_no, 1, _remark(it)]
            for i, it in enumerate(items, start=1)]


def render_recall_pdf(path: str | Path, meta: FormMeta, *, unit: str, items: Sequence[Any],
                      info: Sequence[tuple[str, Any]] = (),
                      progress: Progress | None = None) -> Path:
    """*info*: extra header pairs (清退编号, 清退日期, 回执号, 清退通知 ...)."""
    meta = replace(meta, title=meta.title or "涉密载体清退清单", landscape=True,
                   mark=meta.mark or form_mark(items))
    doc = FormDocument(meta, progress=progress, total=2 * len(items))
    doc.add(kv_block([("退往单位", unit), *info], doc.frame_width, columns=3),
            Spacer(1, 4 * mm))
    doc.add(*register_flowables(doc, COLUMNS, [RowData(v) for v in _values(items)],
                                totals=level_totals(items)))
    doc.add(signature_block(SIGNERS, doc.frame_width, per_row=2, note=(
        f"以上涉密载体共 {len(items)} 件，已当面清点交接，接收单位核对无误后签收。")))
    return doc.build(path)


def recall_xlsx(path: str | Path, *, unit_name: str, unit: str, items: Sequence[Any],
                mark: str = "") -> Path:
    return write_table_xlsx(path, title="涉密载体清退清单", unit_name=unit_name,
                            period=f"退往单位：{unit}", columns=COLUMNS, rows=_values(items),
                            mark=mark or form_mark(items))
