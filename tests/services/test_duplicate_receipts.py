"""Duplicate receipts: the same 来文单位 + 文号 again is shown with the earlier registration;
份号 already on the ledger for them are refused unless recorded as a separate receipt with a
reason, which the registration event keeps."""

from __future__ import annotations

import json

import pytest

from secledger.domain.errors import ValidationError
from secledger.services.audit.verify import verify
from secledger.services.registration import duplicates
from secledger.services.registration.form import DocumentDraft, FormInvalid, submit_draft

UNIT, DOC_NO = "国家保密局", "国保发〔2026〕12号"


def _receipt(led, copies: str, *, separate: bool = False, reason: str = "", doc_no: str = DOC_NO):  # type: ignore[no-untyped-def]
    n = len(range(int(copies.split("-")[0]), int(copies.split("-")[-1]) + 1))
    return submit_draft(led, DocumentDraft(
        title="关于加强涉密载体管理的通知", unit=UNIT, doc_no=doc_no, mark_text="机密★10年",
        copies=n, copy_nos_text=copies, separate=separate, separate_reason=reason))


def test_overlapping_copies_are_refused_unless_a_separate_receipt(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    first = _receipt(led, "1-3")
    assert duplicates.earlier_receipts(led, unit=UNIT, doc_no=DOC_NO)[0].reg_no == first.reg_no
    with pytest.raises(ValidationError) as exc:
        _receipt(led, "3-5")
    err = exc.value
    assert err.code == "receipt.copy_overlap" and err.field == "copy_nos"
    assert err.params["earlier_id"] == first.id
    msg = err.message()
    assert first.reg_no in msg and "000003" in msg and "另行登记" in msg
    assert "000003" in err.message("en") and "separate receipt" in err.message("en")
    with pytest.raises(FormInvalid) as bad:
        _receipt(led, "3-5", separate=True)  # a separate receipt needs its reason
    assert bad.value.errors[0].code == "receipt.separate_reason_required"
    second = _receipt(led, "3-5", separate=True, reason="来文单位重发")
    with led.db.read() as s:
        from sqlalchemy import text

        payload = s.execute(text("SELECT payload FROM events WHERE kind = 'document.registered'"
                                 " AND document_id = :d"), {"d": second.id}).scalar_one()
    recorded = json.loads(payload)["separate_receipt"]
    assert recorded == {"earlier": [first.reg_no], "overlap": "000003", "reason": "来文单位重发"}
    with led.db.read() as s:
        plain = s.execute(text("SELECT payload FROM events WHERE kind = 'document.registered'"
                               " AND document_id = :d"), {"d": first.id}).scalar_one()
    assert "separate_receipt" not in json.loads(plain)
    assert verify(led).ok


def test_a_repeat_without_overlap_is_registered_and_recorded(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    first = _receipt(led, "1-3")
    later = _receipt(led, "4-5")  # further copies sent later: allowed, the earlier one noted
    assert [e.reg_no for e in duplicates.earlier_receipts(led, unit=UNIT, doc_no=DOC_NO)] == [
        first.reg_no, later.reg_no]
    other = _receipt(led, "1-3", doc_no="国保发〔2026〕13号")  # another 文号: nothing to see
    assert other.reg_no != first.reg_no
    assert duplicates.earlier_receipts(led, unit=UNIT, doc_no="") == []
