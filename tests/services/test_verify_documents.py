"""verify also replays document facts (registered, corrected, voided) against the table."""

from __future__ import annotations

from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark
from secledger.services import registration, verify


def _register(led, title: str = "关于年度保密检查的通知"):  # type: ignore[no-untyped-def]
    return registration.register_document(led, registration.DocumentInput(
        register=Register.RECEIPT, title=title, mark=parse_mark("秘密★5年"), copy_nos=(1, 2),
        doc_no="国保发〔2026〕7号", unit="国家保密局"))


def test_title_edited_behind_the_apps_back_is_found(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    doc = _register(clerk_ledger)
    _register(clerk_ledger, "第二件")
    assert verify.verify(clerk_ledger).ok
    conn = clerk_ledger.db.raw_connection()
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE documents SET title = '改过的标题' WHERE id = ?", (doc.id,))
        conn.execute("COMMIT")
    finally:
        conn.close()
    report = verify.verify(clerk_ledger)
    assert not report.ok
    assert report.first is not None and "标题" in report.first.message
    assert report.first.event_id is not None


def test_voided_flag_must_be_explained_by_the_log(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    doc = _register(clerk_ledger)
    conn = clerk_ledger.db.raw_connection()
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE documents SET voided = 1 WHERE id = ?", (doc.id,))
        conn.execute("COMMIT")
    finally:
        conn.close()
    report = verify.verify(clerk_ledger)
    assert not report.ok and "作废标记" in report.first.message  # type: ignore[union-attr]
