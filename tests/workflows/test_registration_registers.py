"""收文/发文登记簿 (issue 4 §5, §6): filters, PDF text and pages, XLSX dates, labels."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.enums import Classification, DispatchChannel, Register
from secledger.services.audit.verify import chain_digest
from secledger.services.registration import corrections, dispatch
from secledger.services.registration.printing import (
    export_register_xlsx,
    print_labels,
    print_register,
)
from secledger.services.registration.registers import RegisterFilter, register_rows

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed; .ci/run installs it")


def _fill(office: Any, n: int) -> list[Any]:
    docs = []
    for i in range(n):
        office.clock.set(datetime(2026, 10 + i % 2, 3 + i % 20, 2, 0, tzinfo=UTC))
        docs.append(office.register(
            title=f"关于第{i + 1}批涉密文件清理工作的通知", mark=["机密★10年", "秘密★6个月"][i % 2],
            copies=1 + i % 3, unit=["省保密局", "市委办公室"][i % 2]))
    office.clock.set(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    return docs


def test_filters_run_in_sql(office: Any) -> None:
    docs = _fill(office, 6)
    corrections.void_document(office.led, docs[2].id, reason="重复登记")
    rows = register_rows(office.led, RegisterFilter(year=2026))
    assert [r.reg_no for r in rows] == [d.reg_no for d in docs]
    assert rows[2].voided and rows[2].remarks_text.startswith("作废：重复登记")
    assert [r.copies for r in rows[:3]] == [1, 2, 3] and rows[1].copy_nos == "000001-000002"
    oct_rows = register_rows(office.led, RegisterFilter(year=2026, month=10))
    assert {r.registered_at.month for r in oct_rows} == {10} and len(oct_rows) == 3
    secret = register_rows(office.led, RegisterFilter(year=2026, level=Classification.SECRET))
    assert {r.mark for r in secret} == {"机密★10年"}
    unit = register_rows(office.led, RegisterFilter(year=2026, unit="市委"))
    assert {r.unit for r in unit} == {"市委办公室"}
    assert register_rows(office.led, RegisterFilter(year=2025)) == []


def _pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))


@needs_poppler
def test_printed_receipt_register(office: Any, tmp_path: Path) -> None:
    docs = _fill(office, 40)
    corrections.void_document(office.led, docs[0].id, reason="重复登记")
    n, digest = chain_digest(office.led)
    path = print_register(office.led, RegisterFilter(year=2026), tmp_path / "收文登记簿.pdf")
    text = _pdftotext(path)
    for heading in ("收文号", "收文日期", "来文单位", "文号", "标题", "密级(标志)", "份号",
                    "份数", "页数", "处理情况", "签收人", "清退/销毁情况", "备注"):
        assert heading in text
    assert "收文登记簿" in text and "某某市保密局" in text and "2026年度" in text
    assert "收2026-00040" in text and "关于第40批涉密文件清理工作的" in text  # title wraps
    assert "2026年11月" in text and "李机要" in text and "作废：重复" in text
    assert f"#{n} {digest[:12]}" in text
    pages = _pages(path)
    assert pages >= 2
    for p in range(1, pages + 1):
        page_text = _pdftotext(path, p)
        assert f"第 {p} 页 共 {pages} 页" in page_text
        assert "收文号" in page_text  # headings repeated on every page


@needs_poppler
def test_printed_production_register_shows_dispatch_and_receipt(office: Any,
                                                                tmp_path: Path) -> None:
    from secledger.services.registration.form import DocumentDraft, submit_draft

    doc = submit_draft(office.led, DocumentDraft(
        register=Register.PRODUCTION, title="关于报送保密工作总结的报告", mark_text="机密",
        copies=3, department_id=office.dept.id, approver="张局长", issued_on=date(2026, 11, 23)))
    dispatch.dispatch_carriers(office.led, carrier_ids=[doc.carriers[0].id], unit="省保密局",
                               channel=DispatchChannel.CONFIDENTIAL_COURIER)
    row = register_rows(office.led, RegisterFilter(register=Register.PRODUCTION, year=2026))[0]
    assert (row.mark_effective, row.dispatch_units, row.channels, row.receipts) == (
        "机密★20年", "省保密局", "机要交通", "0/1")
    text = _pdftotext(print_register(office.led, RegisterFilter(
        register=Register.PRODUCTION, year=2026), tmp_path / "fw.pdf"))
    for heading in ("发文号", "密级及保密期限", "印制份数", "主送/抄送单位", "发送方式", "经办人",
                    "回执"):
        assert heading in text
    assert "发2026-00001" in text and "机密★20年" in text and "机要交通" in text


def test_xlsx_reads_back_with_dates_as_dates(office: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _fill(office, 5)
    path = export_register_xlsx(office.led, RegisterFilter(year=2026), tmp_path / "r.xlsx")
    ws = load_workbook(path).active
    assert "收文登记簿" in str(ws["A1"].value) and "某某市保密局" in str(ws["A2"].value)
    assert [c.value for c in ws[3]][:3] == ["收文号", "收文日期", "来文单位"]
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref.startswith("A3")
    first = ws["B4"].value
    assert isinstance(first, datetime | date) and first.year == 2026 and first.month == 10
    assert ws["A8"].value == "收2026-00005" and ws["H8"].value == 2


def test_cancelled_export_leaves_no_file(office: Any, tmp_path: Path) -> None:
    from secledger.reports.kit.atomic import Cancelled

    _fill(office, 3)
    with pytest.raises(Cancelled):
        export_register_xlsx(office.led, RegisterFilter(year=2026), tmp_path / "x.xlsx",
                             progress=lambda done, total: False)
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "x.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.xlsx")]


@needs_poppler
def test_label_barcodes_decode_to_the_label_id(office: Any, tmp_path: Path) -> None:
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError) as exc:
        pytest.skip(f"pyzbar/libzbar0 missing: {exc}")
    from PIL import Image

    doc = office.register(copies=2)
    ids = [c.id for c in doc.carriers]
    path = print_labels(office.led, ids, tmp_path / "labels.pdf", single=True)
    subprocess.run(["pdftoppm", "-png", "-r", "300", str(path), str(tmp_path / "p")], check=True)
    found = set()
    for png in sorted(tmp_path.glob("p*.png")):
        with Image.open(png) as img:
            found |= {(r.type, r.data.decode()) for r in pyzbar.decode(img)}
    labels = {c.label_id for c in doc.carriers}
    assert {v for _t, v in found} == labels  # only the opaque ids, never the title
    assert {t for t, _v in found} >= {"CODE128", "QRCODE"}
    text = _pdftotext(path)
    assert doc.reg_no in text and "机密★10年" in text and doc.title not in text


@needs_poppler
def test_labels_only_for_carriers_held_and_copies_say_so(office: Any, tmp_path: Path) -> None:
    from secledger.domain.errors import RuleViolation
    from secledger.domain.states import Action
    from secledger.services.carriers.transition import get_carrier, transition
    from secledger.services.registration.printing import document_carrier_ids, label_data

    led = office.led
    doc = office.register(copies=4)
    sent, burnt = doc.carriers[0].id, doc.carriers[1].id
    with led.db.write() as s:
        transition(s, led, get_carrier(s, sent), Action.DISPATCH)
        transition(s, led, get_carrier(s, burnt), Action.DESTROY)
    voided = office.register(title="登记错误的文件")
    corrections.void_document(led, voided.id, reason="重复登记")
    for gone, state in ((sent, "已发出"), (burnt, "已销毁"), (voided.carriers[0].id, "已作废")):
        with pytest.raises(RuleViolation) as info:
            print_labels(led, [doc.carriers[2].id, gone], tmp_path / "x.pdf")
        assert info.value.code == "label.carrier_gone" and state in info.value.message()
    assert not (tmp_path / "x.pdf").exists()
    assert document_carrier_ids(led, [doc.id, voided.id]) == [c.id for c in doc.carriers[2:]]
    # a copy made here says 复制件 on its label
    with led.db.write() as s:
        get_carrier(s, doc.carriers[3].id).is_copy = True
    marks = {d.copy_no_text: d.copy_mark for d in label_data(led, document_carrier_ids(led, [doc.id]))}
    assert marks == {"000003": "", "000004": "复制件"}
    # a part-used sheet: the first label goes to the 5th slot (row 2, column 2)
    path = print_labels(led, [doc.carriers[3].id], tmp_path / "sheet.pdf", start=4)
    assert "复制件" in _pdftotext(path)
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    word = next(line for line in bbox.splitlines() if "复制件" in line)
    x = float(word.split('xMin="')[1].split('"')[0])
    y = float(word.split('yMin="')[1].split('"')[0])
    pw, ph = 595.3, 841.9  # A4 in points; labels 70 × 37 mm, 3 × 8, centred
    left, top, w, h = (pw - 3 * 198.4) / 2, (ph - 8 * 104.9) / 2, 198.4, 104.9
    assert left + w < x < left + 2 * w and top + h < y < top + 2 * h
