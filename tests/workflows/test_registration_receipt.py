"""收文登记 (issue 4 §1, §7): the form as data, every fault reported by field, hostile text."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import CarrierState, CarrierType, Register, Urgency
from secledger.services.registration.form import (
    DocumentDraft,
    FormInvalid,
    check_draft,
    submit_draft,
)
from secledger.services.registration.register import peek_reg_no, recent_units

from .conftest import assert_verified

_DOC_NOS = itertools.count(12)


def draft(**kw: Any) -> DocumentDraft:
    """A receipt; each its own 文号 (the same 份号 of one unit's 文号 twice is refused)."""
    base: dict[str, Any] = dict(
        register=Register.RECEIPT, title="关于做好年度保密自查工作的通知", unit="省保密局",
        doc_no=f"省保〔2026〕{next(_DOC_NOS)}号", mark_text="机密★10年", issued_on=date(2026, 11, 20),
        copies=5, copy_nos_text="3-7", pages=12, urgency=Urgency.URGENT,
        need_to_know=NeedToKnow.everyone())
    base.update(kw)
    return DocumentDraft(**base)


def test_receipt_3_to_7_makes_five_carriers_held_by_the_clerk(office: Any) -> None:
    led = office.led
    assert peek_reg_no(led, Register.RECEIPT, 2026) == "收2026-00001"
    doc = submit_draft(led, draft())
    assert doc.reg_no == "收2026-00001"
    assert [c.copy_no_text for c in doc.carriers] == ["000003", "000004", "000005", "000006",
                                                      "000007"]
    assert {c.state for c in doc.carriers} == {CarrierState.IN_STORE.value}
    assert {c.holder_id for c in doc.carriers} == {office.clerk_person_id}
    assert {c.holder_name for c in doc.carriers} == {"李机要"}
    assert doc.mark == "机密★10年" and doc.declassify_on == date(2036, 11, 20)
    assert peek_reg_no(led, Register.RECEIPT, 2026) == "收2026-00002"
    assert recent_units(led)[0] == "省保密局"
    assert_verified(led)


def test_every_fault_is_reported_next_to_its_field_and_nothing_is_saved(office: Any) -> None:
    led = office.led
    bad = draft(title="  ", unit="", mark_text="机密★30年", copy_nos_text="7-3",
                issued_on=date(2026, 12, 25), carrier_type=CarrierType.USB, serials_text="",
                seal_intact=False, seal_note="")
    inp, errors = check_draft(led, bad)
    assert inp is None
    fields = {e.field: e.code for e in errors}
    assert fields == {
        "title": "doc.title_empty", "unit": "doc.unit_empty", "mark": "mark.period_too_long",
        "copy_nos": "copy_no.reversed", "issued_on": "doc.future_date",
        "serial_nos": "doc.serial_required", "seal_note": "seal.note_required",
    }
    for e in errors:
        assert e.message("zh_CN") and "{" not in e.message("zh_CN")
    with pytest.raises(FormInvalid) as info:
        submit_draft(led, bad)
    assert len(info.value.by_field()) == 7
    assert peek_reg_no(led, Register.RECEIPT, 2026) == "收2026-00001"


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"mark_text": ""}, "mark", "doc.level_missing"),
    ({"mark_text": "机要★10年"}, "mark", "mark.unknown_level"),
    ({"copy_nos_text": "3-5,5-7"}, "copy_nos", "copy_no.duplicate"),
    ({"copy_nos_text": "3-8"}, "copy_nos", "copy_no.count_mismatch"),
    ({"received_at": datetime(2026, 11, 26, 1, 0)}, "received_at", "doc.future_date"),
    ({"carrier_type": CarrierType.DISC, "serials_text": "SN1\nSN2"}, "serial_nos",
     "doc.serial_count"),
    ({"copies": 0}, "copies", "doc.copies_invalid"),
])
def test_single_faults(office: Any, changes: dict[str, Any], field: str, code: str) -> None:
    _inp, errors = check_draft(office.led, draft(**changes))
    assert [(e.field, e.code) for e in errors] == [(field, code)]


def test_electronic_media_one_serial_per_copy(office: Any) -> None:
    doc = submit_draft(office.led, draft(carrier_type=CarrierType.USB, copies=2,
                                         copy_nos_text="", serials_text="USB-001\nUSB-002"))
    assert [(c.copy_no, c.serial_no) for c in doc.carriers] == [(1, "USB-001"), (2, "USB-002")]


HOSTILE = [
    "标" * 1000,
    "会议纪要😀🔥👍🏽",
    "'; DROP TABLE documents; --",
    "Robert\"); DELETE FROM carriers WHERE (1=1",
    "=HYPERLINK(\"http://x\")",
    "a\x00b",
    "line\x1bone",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_neither_crashes_nor_corrupts(office: Any, text: str) -> None:
    led = office.led
    values = dict(title=text[:500], unit=text[:200], doc_no=text[:100], remarks=text)
    inp, errors = check_draft(led, draft(**values))
    controls = any(ord(ch) < 32 for ch in text)
    if controls:
        assert inp is None and {e.code for e in errors} == {"doc.bad_characters"}
        return
    assert not errors
    doc = submit_draft(led, draft(**values))
    assert doc.title == text[:500] and doc.unit == text[:200] and doc.remarks == text
    assert_verified(led)


def test_receipt_time_given_by_the_clerk_sets_the_year_in_local_time(office: Any) -> None:
    office.clock.set(datetime(2027, 1, 1, 1, 0, tzinfo=UTC))  # 09:00 on 1 January in Beijing
    late = submit_draft(office.led, draft(received_at=datetime(2026, 12, 31, 12, 0, tzinfo=UTC),
                                          issued_on=None))  # 20:00 on 31 December
    assert late.reg_no == "收2026-00001"
    early = submit_draft(office.led, draft(received_at=datetime(2026, 12, 31, 17, 0, tzinfo=UTC),
                                           issued_on=None))  # 01:00 on 1 January
    assert early.reg_no == "收2027-00001"
