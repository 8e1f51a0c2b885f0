"""应急恢复密钥: the one-page sheet with the ledger's recovery code, printed for the safe."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import cell_text
from secledger.reports.kit.fonts import MONO
from secledger.reports.kit.pdf import FormDocument, FormMeta, kv_block, paragraph, signature_block

INSTRUCTIONS = (
    "本密钥可在全部用户口令遗失时打开本台账，持有者可读取台账全部内容，"
    "须按台账所载最高密级载体同等管理。",
    "打印后立即装入信封密封，在封口处签字并注明日期，存放于保密柜，"
    "由保密员和单位负责人共同保管；启封使用须两人在场并登记。",
    "不得拍照、复印、扫描，不得录入或存储于联网计算机、手机或任何移动存储介质；"
    "本表只打印一份，打印所用的文件在打印后应删除。",
    "怀疑恢复密钥已泄露时，应立即报告保密员，更换恢复密钥，并将本表按涉密载体销毁程序销毁。",
)


class CodeBox(Flowable):  # type: ignore[misc]
    """The recovery code large, in groups of four, in a box: easy to read back and type."""

    def __init__(self, code: str, width: float, size: float = 22) -> None:
        super().__init__()
        groups = [g for g in code.replace(" ", "").split("-") if g]
        self.lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)] or [""]
        self.width, self.size = width, size
        self.height = len(self.lines) * size * 1.6 + 10 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.rect(0, 0, self.width, self.height)
        c.setFont(MONO + "-Bold", self.size)
        y = self.height - 5 * mm - self.size * 1.15
        for line in self.lines:
            c.drawCentredString(self.width / 2, y, line)
            y -= self.size * 1.6


def render_recovery_sheet(
    path: str | Path,
    *,
    unit_name: str,
    ledger_id: str,
    ledger_path: str | Path,
    created_at: datetime,
    code: str,
    printed_by: str = "",
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the one-page recovery sheet to *path* (atomically) and return it."""
    meta = FormMeta(unit_name=unit_name, title="应急恢复密钥", subtitle="（密封保存）",
                    printed_by=printed_by, printed_at=printed_at or created_at)
    doc = FormDocument(meta, progress=progress, total=1)
    w = doc.frame_width
    doc.add(
        Spacer(1, 4 * mm),
        kv_block([
            ("台账名称*", Path(ledger_path).name),
            ("台账位置*", str(ledger_path)),
            ("台账编号*", ledger_id),
            ("创建时间*", cell_text(created_at)),
        ], w, columns=1, label_ratio=0.18),
        Spacer(1, 8 * mm),
        paragraph("恢复密钥", 12),
        Spacer(1, 2 * mm),
        CodeBox(code, w),
        Spacer(1, 2 * mm),
        paragraph("输入时不区分大小写，可省略空格和连字符；字母O按数字0、字母I和L按数字1识别。", 9.5),
        Spacer(1, 6 * mm),
        paragraph("保管要求", 12),
        *[paragraph(f"{i}. {t}", 10.5, firstLineIndent=0) for i, t in enumerate(INSTRUCTIONS, 1)],
        signature_block(["保管人", "监督人"], w, per_row=1),
    )
    return doc.build(path)
