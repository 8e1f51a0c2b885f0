"""Regressions found by looking at the printed forms (QA pass)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from secledger.reports.custody.stocktake import _section
from secledger.reports.kit import pdf
from secledger.services.approvals import requests as approvals
from secledger.services.custody import archive, loans
from secledger.services.custody import printing as wf_print


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_a_long_label_shrinks_to_fit_its_cell() -> None:
    """原定密机关批准 used to run over the borders of its label cell."""
    t = pdf.kv_block([("原定密机关批准*", "省保密局"), ("申请人", "张三")], 170 * mm)
    long_label, short = t._cellStyles[0][0], t._cellStyles[1][0]
    room = t._colWidths[0] - long_label.leftPadding - long_label.rightPadding
    assert pdf.stringWidth("原定密机关批准", pdf.CJK, long_label.fontsize) <= room
    assert short.fontsize == 10.5
    totals = pdf.totals_block([("应在", "4 件"), ("位置/保管人不符", "1 件")], 170 * mm)
    assert totals._cellStyles[0][2].fontsize < 10.5 and totals._cellStyles[0][0].fontsize == 10.5


def test_stocktake_section_heading_keeps_with_its_table() -> None:
    class Doc:
        ticker = None

    class Result:
        expected: tuple[Any, ...] = ()

    from reportlab.platypus import CondPageBreak, Paragraph

    brk, head = _section(Doc(), Result(), "expected")[:2]  # type: ignore[arg-type]
    # a heading starts a page when there is no room under it for the start of its list
    assert isinstance(brk, CondPageBreak) and brk.height >= 12 * mm
    assert isinstance(head, Paragraph)


def test_loan_register_is_marked_with_its_highest_level(office: Any, tmp_path: Path) -> None:
    led = office.led
    doc = office.register("2025年度档案材料", mark="机密★20年")
    archive.archive_carrier(led, carrier_id=doc.carriers[0].id, cabinet="3号柜", box="第12盒")
    loan = loans.request_loan(led, borrower_id=office.leaders[1].id,
                              carrier_ids=[doc.carriers[0].id], purpose="起草年度总结")
    assert loan.approval is not None
    approvals.record_paper_decision(led, approval_id=loan.approval.id,
                                    approver_person_id=office.approver_person.id, approve=True,
                                    decided_on=date(2026, 11, 24), form_no="借审-9")
    loans.issue_loan(led, loan_id=loan.id)
    text = _text(wf_print.print_loan_register(led, path=tmp_path / "r.pdf"))
    assert text.lstrip().startswith("机密")
