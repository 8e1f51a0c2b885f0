"""Export in the import's layout, and the round trip: a year of a register exported and
imported into an empty ledger gives the same documents, numbers, marks, copies and custody.
The export is an event, marked with its highest level, written atomically."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from secledger.domain.enums import CarrierType, Register, Urgency
from secledger.domain.marks import parse_mark
from secledger.reports.kit.atomic import Cancelled
from secledger.services import importing
from secledger.services.audit.verify import verify
from secledger.services.custody.archive import archive_carrier
from secledger.services.ledger.session import open_ledger
from secledger.services.registration.export_layout import export_register
from secledger.services.registration.register import (
    DocumentInput,
    get_document,
    register_document,
)
from secledger.services.registration.registers import RegisterFilter, register_rows
from secledger.store.keyslots import TEST_KDF

AT = datetime(2024, 3, 5, 3, 30, tzinfo=UTC)


def _doc(title: str, mark: str, copy_nos: tuple[int, ...], **kw: Any) -> DocumentInput:
    return DocumentInput(register=kw.pop("register", Register.RECEIPT), title=title,
                         mark=parse_mark(mark, issued=kw.get("issued_on")), copy_nos=copy_nos,
                         received_at=kw.pop("received_at", AT), **kw)


def _fill_receipts(led: Any) -> None:
    docs = [
        _doc("关于开展2024年保密检查的通知", "机密★10年", (1, 2), unit="省国家保密局",
             doc_no="省保发〔2024〕3号", issued_on=date(2024, 2, 20), pages=12),
        _doc("会议纪要", "秘密", (12,), unit="市委办公室", doc_no="市委办〔2024〕5号",
             urgency=Urgency.URGENT, remarks="请于本周内传阅"),
        _doc("绝密资料目录", "绝密★长期", (3, 4, 5), unit="省委", doc_no="省委〔2024〕1号",
             received_at=datetime(2024, 7, 1, 2, tzinfo=UTC)),
        _doc("涉密数据光盘", "秘密★6个月", (1, 2), unit="市政府", doc_no="",
             carrier_type=CarrierType.DISC, serial_nos=("GP-001", "GP-002"),
             issued_on=date(2024, 6, 1), received_at=datetime(2024, 6, 3, 2, tzinfo=UTC)),
    ]
    dtos = [register_document(led, d) for d in docs]
    for c in dtos[0].carriers:
        archive_carrier(led, cabinet="A1", box="3", carrier_id=c.id)


def _facts(led: Any, register: Register, year: int) -> list[tuple[Any, ...]]:
    out = []
    for r in register_rows(led, RegisterFilter(register, year)):
        d = get_document(led, r.document_id)
        out.append((r.reg_no, r.registered_at.date(), r.unit, r.doc_no, r.title, r.mark,
                    r.mark_effective, r.copy_nos, r.copies, r.pages, r.signed_by, r.remarks,
                    r.disposal, d.issued_on, d.declassify_on, d.urgency, d.level,
                    "归档" in r.handling,
                    tuple((c.copy_no, c.carrier_type, c.serial_no, c.state, c.holder_name)
                          for c in d.carriers)))
    return out


def _empty_ledger(make_ledger: Any) -> Any:
    path, admin = make_ledger("empty")
    admin.close()
    return open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)


def test_export_then_import_into_an_empty_ledger_gives_the_same_facts(
        clerk_ledger, make_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill_receipts(clerk_ledger)
    out = export_register(clerk_ledger, Register.RECEIPT, 2024, tmp_path / "收文2024.xlsx")
    led = _empty_ledger(make_ledger)
    try:
        preview = importing.preview_import(led, str(out), register=Register.RECEIPT)
        assert not preview.problems and len(preview.ok_rows) == 4
        res = importing.commit_import(led, preview)
        assert (res.first_reg_no, res.last_reg_no) == ("收2024-00001", "收2024-00004")
        assert _facts(led, Register.RECEIPT, 2024) == _facts(clerk_ledger, Register.RECEIPT, 2024)
        first = register_rows(led, RegisterFilter(Register.RECEIPT, 2024))[0]
        assert get_document(led, first.document_id).original_reg_no == "收2024-00001"
        assert verify(led).ok
    finally:
        led.close()


def test_a_dispatch_register_round_trips_too(clerk_ledger, make_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    register_document(clerk_ledger, _doc(
        "关于印发保密工作要点的通知", "机密", (1, 2, 3), register=Register.PRODUCTION,
        unit="各县保密局", doc_no="某保发〔2024〕8号", issued_on=date(2024, 3, 1),
        extra={"approver": "王局长"}, pages=4))
    out = export_register(clerk_ledger, Register.PRODUCTION, 2024, tmp_path / "发文2024.xlsx")
    led = _empty_ledger(make_ledger)
    try:
        importing.commit_import(led, importing.preview_import(led, str(out),
                                                              register=Register.PRODUCTION))
        assert _facts(led, Register.PRODUCTION, 2024) == \
            _facts(clerk_ledger, Register.PRODUCTION, 2024)
        row = register_rows(led, RegisterFilter(Register.PRODUCTION, 2024))[0]
        assert row.approver == "王局长" and row.mark == "机密" and row.mark_effective == "机密★20年"
    finally:
        led.close()


def test_the_export_is_an_event_marked_with_its_highest_level(clerk_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill_receipts(clerk_ledger)
    out = export_register(clerk_ledger, Register.RECEIPT, 2024, tmp_path / "r.xlsx")
    ws = load_workbook(out).active
    assert ws is not None
    assert str(ws["A1"].value).startswith("绝密") and "密级：绝密" in str(ws["A2"].value)
    assert [c.value for c in ws[3]][-4:] == ["成文日期", "紧急程度", "载体类型", "序列号"]
    with clerk_ledger.db.read() as s:
        kind, payload = s.execute(text("SELECT kind, payload FROM events ORDER BY id DESC"
                                       " LIMIT 1")).one()
    assert kind == "report.exported"
    assert json.loads(payload) == {"what": "收文登记簿", "rows": 4, "level": "top_secret",
                                   "file": "r.xlsx"}


def test_a_cancelled_export_leaves_no_file_and_no_event(clerk_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill_receipts(clerk_ledger)
    with clerk_ledger.db.read() as s:
        before = s.execute(text("SELECT count(*) FROM events")).scalar()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export_register(clerk_ledger, Register.RECEIPT, 2024, folder / "r.xlsx",
                        progress=lambda done, total: False)
    assert list(folder.iterdir()) == []
    with clerk_ledger.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM events")).scalar() == before
