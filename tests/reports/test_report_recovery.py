"""The 应急恢复密钥 sheet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from secledger.reports.ledger.recovery_sheet import render_recovery_sheet

from .report_helpers import needs_poppler, page_count, pdftotext

pytestmark = needs_poppler

CODE = "ABCD-EF01-2345-6789-GHJK-MNPQ-RSTV-WXYZ"


def test_recovery_sheet_is_one_page_with_code_and_instructions(tmp_path: Path) -> None:
    path = render_recovery_sheet(
        tmp_path / "恢复密钥.pdf", unit_name="某某市国家保密局办公室", ledger_id="7f3c9a2e-1b4d",
        ledger_path=tmp_path / "收发文台账", created_at=datetime(2026, 11, 24, 14, 5), code=CODE,
    )
    assert page_count(path) == 1
    text = pdftotext(path)
    assert "ABCD EF01 2345 6789" in text and "GHJK MNPQ RSTV WXYZ" in text
    flat = "".join(text.split())
    for part in ("应急恢复密钥", "某某市国家保密局办公室", "7f3c9a2e-1b4d", "收发文台账",
                 "2026年11月24日14:05", "保密柜", "不得拍照、复印", "保管人（签字）", "监督人（签字）"):
        assert part in flat, part
