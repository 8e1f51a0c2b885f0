"""verify also replays document facts (registered, corrected, voided) against the table."""

from __future__ import annotations

import itertools

import pytest

from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark
from secledger.services.audit import verify
from secledger.services.registration import register as registration

_DOC_NOS = itertools.count(7)


def _register(led, title: str = "关于年度保密检查的通知"):  # type: ignore[no-untyped-def]
    """A receipt; each its own 文号 (the same copies of one 文号 twice is a duplicate)."""
    return registration.register_document(led, registration.DocumentInput(
        register=Register.RECEIPT, title=title, mark=parse_mark("秘密★5年"), copy_nos=(1, 2),
        doc_no=f"国保发〔2026〕{next(_DOC_NOS)}号", unit="国家保密局"))


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


# -- every replayed fact, tampered behind the app's back -------------------------------------
#: column -> a different value an insider could write (the document below has the others)
TAMPER: dict[str, object] = {
    "reg_no": "收2026-09999", "register": "production", "title": "改过的标题",
    "doc_no": "国保发〔2026〕8号", "unit": "别的单位", "urgency": "urgent",
    "issued_on": "2025-01-05", "pages": 99, "remarks": "改过的备注", "mark": "秘密★1年",
    "level": "confidential", "need_to_know": '{"unrestricted": true}', "no_copy": 0,
    "recall_required": 1, "retention": '{"years": 1}', "declassify_on": "2027-01-05",
    "voided": 1, "void_reason": "改过的原因",
}


def _tamper_doc(led):  # type: ignore[no-untyped-def]
    from datetime import date

    from secledger.domain.access import NeedToKnow

    doc = registration.register_document(led, registration.DocumentInput(
        register=Register.RECEIPT, title="关于年度保密检查的通知", mark=parse_mark("绝密★30年"),
        copy_nos=(1,), doc_no="国保发〔2026〕7号", unit="国家保密局", issued_on=date(2026, 1, 5),
        pages=3, remarks="原件", no_copy=True, need_to_know=NeedToKnow.of(persons=[1])))
    assert verify.verify(led).ok
    return doc


def test_every_replayed_column_is_covered() -> None:
    from secledger.services.audit import verify_documents

    assert set(TAMPER) == set(verify_documents.COLUMNS)


@pytest.mark.parametrize("column", sorted(TAMPER))
def test_each_tampered_fact_is_found_and_named_in_words(clerk_ledger, column: str) -> None:  # type: ignore[no-untyped-def]
    import re

    from secledger.domain.docfacts import label

    doc = _tamper_doc(clerk_ledger)
    conn = clerk_ledger.db.raw_connection()
    try:
        conn.execute("BEGIN")
        conn.execute(f"UPDATE documents SET {column} = ? WHERE id = ?", (TAMPER[column], doc.id))
        conn.execute("COMMIT")
    finally:
        conn.close()
    report = verify.verify(clerk_ledger)
    assert not report.ok
    first = report.first
    assert first is not None and first.event_id is not None
    assert f"的{label(column)}与事件日志不符" in first.message
    assert not re.search(r"[A-Za-z_]", first.message), first.message  # no column names
    assert label(column, "en") in first.message_en and "_" not in first.message_en
