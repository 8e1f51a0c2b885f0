"""Committing an import: all or nothing, excluded rows kept with their reasons, numbers in
the file's order continuing the year, provenance on every event, custody from 处理情况 and
签收人, verify passes, cancel writes nothing."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from secledger.domain.enums import CarrierState, Register
from secledger.domain.importing import ImportCancelled, ImportRefused
from secledger.services import importing
from secledger.services.audit.verify import verify
from secledger.services.custody.retention import retentions, take_back
from secledger.services.registration.register import get_document, peek_reg_no
from secledger.services.registration.registers import RegisterFilter, register_rows

from .import_helpers import FIXTURES, counts, entry, write_csv, write_xlsx


def _preview(led, path: Path, **kw):  # type: ignore[no-untyped-def]
    return importing.preview_import(led, str(path), register=kw.pop("register", Register.RECEIPT),
                                    **kw)


def test_nothing_is_written_while_a_row_has_a_problem(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2, 文件标题=""), entry(3),
                                            entry(4, 收文日期="2024.2.30")])
    before = counts(led)
    with pytest.raises(ImportRefused) as exc:
        importing.commit_import(led, _preview(led, path))
    assert [p.row for p in exc.value.problems] == [5, 7]
    assert "第 5、7 行" in exc.value.message() and "rows 5, 7" in exc.value.message("en")
    assert counts(led) == before
    assert peek_reg_no(led, Register.RECEIPT, 2024) == "收2024-00001"


def test_excluded_rows_are_kept_in_the_record_with_their_reasons(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2, 文件标题=""), entry(3, 密级及保密期限="内部"),
                                            entry(4), [None] * 12, ["合计"] + [None] * 11])
    res = importing.commit_import(led, _preview(led, path), exclude_rows=[5])
    assert (res.documents, res.carriers, res.excluded, res.skipped) == (2, 4, 2, 2)
    rec = importing.import_record(led, res.import_id)
    assert [(x.row, x.reason_code) for x in rec.excluded] == [
        (5, "import.reason.by_clerk"), (6, "import.reason.non_secret")]
    assert "没有标题" in rec.excluded[0].reason and "不是国家秘密" in rec.excluded[1].reason
    assert rec.excluded[1].cells[5] == "内部" and rec.skipped == ((8, "blank"), (9, "total"))
    assert rec.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert importing.import_records(led)[0].id == res.import_id


def test_numbers_follow_the_file_and_the_year_continues(office, register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    register(led, title="今年之前已登记", received_at=datetime(2024, 1, 2, 2, tzinfo=UTC))
    rows = [entry(1, 收文日期="2024-05-01"), entry(2, 收文日期="2023-12-30"),
            entry(3, 收文日期="2024-02-01"), entry(4, 收文日期="2023-11-11")]
    importing.commit_import(led, _preview(led, write_xlsx(tmp_path / "r.xlsx", rows)))
    got = {r.title: (r.reg_no, get_document(led, r.document_id).original_reg_no)
           for y in (2023, 2024) for r in register_rows(led, RegisterFilter(Register.RECEIPT, y))}
    assert got["关于做好第1批保密工作的通知"] == ("收2024-00002", "2024-001")
    assert got["关于做好第2批保密工作的通知"] == ("收2023-00001", "2024-002")
    assert got["关于做好第3批保密工作的通知"] == ("收2024-00003", "2024-003")
    assert got["关于做好第4批保密工作的通知"] == ("收2023-00002", "2024-004")
    after = register(led, title="导入之后登记", received_at=datetime(2024, 6, 1, 2, tzinfo=UTC))
    assert after.reg_no == "收2024-00004"


def test_every_imported_fact_is_an_event_naming_the_import(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    path = write_xlsx(tmp_path / "收文2024.xlsx", [entry(1), entry(2, 处理情况="归档"),
                                                  entry(3, 签收人="张处长")], sheet="二〇二四")
    res = importing.commit_import(led, _preview(led, path))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    with led.db.read() as s:
        events = s.execute(text("SELECT kind, payload FROM events WHERE document_id IS NOT NULL"
                                " ORDER BY id")).all()
        done = s.execute(text("SELECT payload FROM events WHERE kind = 'import.committed'")).scalar()
    assert len(events) == 3 + 6 + 2 + 2  # documents, carriers registered, archived, issued
    for kind, payload in events:
        prov = json.loads(payload)["import"]
        assert (prov["file"], prov["sheet"], prov["sha256"], prov["import_id"]) == (
            "收文2024.xlsx", "二〇二四", sha, res.import_id), kind
        assert prov["row"] in (4, 5, 6)
    summary = json.loads(done)
    assert summary["documents"] == 3 and summary["sha256"] == sha
    assert summary["mapping"]["E"] == "title"


def test_custody_from_handling_and_signer_and_verify_passes(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [
        entry(1), entry(2, 处理情况="归档"), entry(3, 签收人="张处长"), entry(4, 签收人="王五"),
        entry(5, 签收人="李机要", 处理情况="传阅")])
    importing.commit_import(led, _preview(led, path))
    rows = {r.title[4:6]: r for r in register_rows(led, RegisterFilter(Register.RECEIPT, 2024))}
    state = {k: {(c.state, c.holder_name) for c in get_document(led, r.document_id).carriers}
             for k, r in rows.items()}
    clerk = led.user.person_name
    assert state["第1"] == {(CarrierState.IN_STORE.value, clerk)}
    assert state["第2"] == {(CarrierState.ARCHIVED.value, clerk)}
    assert state["第3"] == {(CarrierState.WITH_HOLDER.value, "张处长")}
    assert state["第4"] == {(CarrierState.IN_STORE.value, clerk)}
    assert state["第5"] == {(CarrierState.IN_STORE.value, clerk)}
    assert rows["第3"].signed_by == "张处长" and rows["第4"].signed_by == clerk
    kept = retentions(led, open_only=True)
    assert {r.person for r in kept} == {"张处长"} and len(kept) == 2
    take_back(led, carrier_id=kept[0].carrier.carrier_id)  # an ordinary retention
    report = verify(led)
    assert report.ok, report.problems


def test_a_cancelled_import_writes_nothing(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    path = write_xlsx(tmp_path / "r.xlsx", [entry(i) for i in range(1, 251)])
    preview = _preview(led, path)
    before = counts(led)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 200

    with pytest.raises(ImportCancelled) as exc:
        importing.commit_import(led, preview, progress=progress)
    assert "未作任何改动" in exc.value.message()
    assert seen == [(100, 250), (200, 250)]
    assert counts(led) == before
    assert peek_reg_no(led, Register.RECEIPT, 2024) == "收2024-00001"
    assert verify(led).ok
    res = importing.commit_import(led, preview)
    assert res.first_reg_no == "收2024-00001" and res.last_reg_no == "收2024-00250"


def test_a_ledger_change_between_preview_and_commit_is_caught(office, register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    preview = _preview(led, write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2)]))
    register(led, title="别人刚登记的", doc_no="省保发〔2024〕2号", unit="省国家保密局", copies=1)
    before = counts(led)
    with pytest.raises(ImportRefused) as exc:
        importing.commit_import(led, preview)
    assert [(p.row, p.code) for p in exc.value.problems] == [(5, "import.duplicate_in_ledger")]
    assert counts(led) == before


def test_csv_and_xls_files_import(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    res = importing.commit_import(led, _preview(led, write_csv(tmp_path / "r.csv", [entry(1), entry(2)])))
    assert res.documents == 2
    res = importing.commit_import(led, _preview(led, FIXTURES / "receipts_2024.xls"))
    assert (res.documents, res.excluded, res.skipped) == (2, 1, 2)
    rows = {r.title: r for r in register_rows(led, RegisterFilter(Register.RECEIPT, 2024))}
    doc = get_document(led, rows["关于做好2024年保密工作的通知"].document_id)
    assert doc.original_reg_no == "1" and doc.pages == 8
    assert doc.mark == "机密★10年" and [c.copy_no for c in doc.carriers] == [3, 4]
    assert doc.unit == "省国家保密局" and doc.received_at.date().isoformat() >= "2024-01-07"
    assert rows["市委常委会会议纪要"].copy_nos == "000012"
    assert verify(led).ok


def test_a_dispatch_register_imports_into_its_own_numbers(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    head = ["发文号", "日期", "文号", "标题", "密级及保密期限", "印制份数", "份号", "主送/抄送单位",
            "发送方式", "经办人", "回执", "备注"]
    rows = [["发2024-001", "2024-04-01", "某保发〔2024〕1号", "关于保密检查的通报", "机密★10年", 5,
             "1-5", "各县保密局", "机要交通", "李机要", "已回执", ""]]
    path = write_xlsx(tmp_path / "fw.xlsx", rows, head=head, title="2024年发文登记簿")
    p = _preview(led, path, register=Register.PRODUCTION)
    assert [c for c, _ in p.ok_rows[0].notes] == ["import.note.kept", "import.note.kept"]
    res = importing.commit_import(led, p)
    assert res.first_reg_no == "发2024-00001" and res.carriers == 5
    assert verify(led).ok


def test_only_a_clerk_imports(make_ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, admin = make_ledger()
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1)])
    with pytest.raises(Exception) as exc:
        importing.preview_import(admin, str(path), register=Register.RECEIPT)
    assert getattr(exc.value, "code", "") == "auth.permission_denied"


def test_sql_looking_text_is_stored_as_text(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    sql = "'); DELETE FROM events; --"
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1, 文件标题=sql, 来文单位="x' OR '1'='1",
                                                  备注="1; DROP TABLE carriers")])
    importing.commit_import(led, _preview(led, path))
    (row,) = register_rows(led, RegisterFilter(Register.RECEIPT, 2024))
    assert (row.title, row.unit, row.remarks) == (sql, "x' OR '1'='1", "1; DROP TABLE carriers")
    assert verify(led).ok


def test_the_dispatch_handler_signs_but_never_holds(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, led = office
    head = ["发文号", "日期", "文号", "标题", "密级", "印制份数", "经办人"]
    path = write_xlsx(tmp_path / "fw.xlsx", [["1", "2024-04-01", "某发〔2024〕1号", "通报", "机密", 2,
                                              "张处长"]], head=head)
    importing.commit_import(led, _preview(led, path, register=Register.PRODUCTION))
    (row,) = register_rows(led, RegisterFilter(Register.PRODUCTION, 2024))
    doc = get_document(led, row.document_id)
    assert row.handler == "张处长"
    assert {(c.state, c.holder_name) for c in doc.carriers} == {("in_store", led.user.person_name)}
