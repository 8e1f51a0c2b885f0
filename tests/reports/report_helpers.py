"""Shared helpers for the report tests: sample data and poppler wrappers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.pdf import FormMeta

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext/pdftoppm) not installed; .ci/run installs it",
)

COLUMNS = [
    Column("收文号", 10), Column("收文日期", 13, "date"), Column("来文单位", 14),
    Column("文号", 16), Column("标题", 28), Column("密级(标志)", 12), Column("份号", 7),
    Column("份数", 4, "int"), Column("页数", 4, "int"), Column("处理情况", 8),
    Column("签收人", 6), Column("清退/销毁情况", 9), Column("备注", 10),
]
MARKS = ["机密★10年", "秘密★6个月", "绝密★长期", "机密★2030年6月30日"]
TITLES = [
    "关于做好2026年度保密自查自评工作的通知",
    "关于印发《国家秘密载体保密管理的规定》实施细则的通知（征求意见稿）",
    "会议纪要",
    "关于调整机要交通线路的函",
]
DIGEST = (12345, "a1b2c3d4e5f6a7b8c9d0")


def meta(**kw: object) -> FormMeta:
    base: dict[str, object] = dict(
        unit_name="某某市国家保密局办公室", title="收文登记簿", form_no="SW-2026",
        subtitle="2026年1月1日至2026年12月31日", printed_by="张三",
        printed_at=datetime(2026, 11, 24, 14, 5), chain_digest=DIGEST, landscape=True,
    )
    base.update(kw)
    return FormMeta(**base)  # type: ignore[arg-type]


def sample_rows(n: int, voided: frozenset[int] = frozenset()) -> list[RowData]:
    return [
        RowData(
            [f"SW{i + 1:05d}", date(2026, 1 + i % 12, 1 + i % 28), "省国家保密局",
             f"国保发〔2026〕{i + 1}号", TITLES[i % 4], MARKS[i % 4], f"{i % 50 + 1:06d}",
             1, 12, "传阅", "李四", "", "登记重复" if i in voided else ""],
            voided=i in voided,
        )
        for i in range(n)
    ]


def pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_to_pngs(path: Path, out_dir: Path, dpi: int = 300) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(out_dir / "page")], check=True)
    return sorted(out_dir.glob("page*.png"))


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
