"""Input rules that hold for every caller of the services, not only the forms: lengths in
characters, dates from 1949-10-01, the mark's own declassification date, the marking limits,
and a dispatch channel the ledger does not know."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from secledger.domain.enums import Classification, DispatchChannel, Register
from secledger.domain.errors import MarkError, ValidationError
from secledger.domain.marks import ClassificationMark, Retention, parse_mark
from secledger.services.registration import corrections, dispatch
from secledger.services.registration.register import DocumentInput, register_document

from .conftest import assert_verified


def _input(**kw: Any) -> DocumentInput:
    base: dict[str, Any] = {"register": Register.RECEIPT, "title": "关于加强保密管理的通知",
                            "mark": parse_mark("机密★10年"), "copy_nos": (1,), "unit": "省保密局"}
    return DocumentInput(**{**base, **kw})


def test_lengths_count_characters(office: Any) -> None:
    led = office.led
    emoji = "会😀" * 250  # 500 characters, 750 UTF-16 units
    assert register_document(led, _input(title=emoji)).title == emoji
    with pytest.raises(ValidationError) as info:
        register_document(led, _input(title=emoji + "多"))
    assert info.value.code == "doc.text_too_long" and info.value.field == "title"


@pytest.mark.parametrize("field", ["issued_on", "received_at"])
def test_dates_before_1949_are_refused(office: Any, field: str) -> None:
    from datetime import UTC, datetime

    value: Any = date(1899, 5, 1) if field == "issued_on" else datetime(1899, 5, 1, tzinfo=UTC)
    with pytest.raises(ValidationError) as info:
        register_document(office.led, _input(**{field: value}))
    assert info.value.code == "date.too_early" and info.value.field == field
    assert "1949" in info.value.message() and "1949" in info.value.message("en")
    assert register_document(office.led, _input(issued_on=date(1949, 10, 1))).reg_no


def test_other_dates_before_1949_are_refused(office: Any) -> None:
    led = office.led
    doc = register_document(led, _input(copy_nos=(1, 2)))
    with pytest.raises(ValidationError) as info:
        corrections.correct_document(led, doc.id, reason="年份", changes={"issued_on": date(1900, 1, 1)})
    assert info.value.code == "date.too_early"
    with pytest.raises(ValidationError) as info:
        dispatch.dispatch_carriers(led, carrier_ids=[doc.carriers[0].id], unit="省保密局",
                                   channel=DispatchChannel.BY_HAND, dispatched_on=date(1899, 1, 1))
    assert info.value.code == "date.too_early" and info.value.field == "dispatched_on"


def test_the_future_is_named_in_english(office: Any) -> None:
    with pytest.raises(ValidationError) as info:
        register_document(office.led, _input(issued_on=date(2027, 5, 1)))
    assert info.value.message("en") == "Date of issue 2027-05-01 is in the future."
    assert info.value.message() == "成文日期2027-05-01晚于今天，请核对。"


def test_a_date_in_the_mark_is_kept_without_a_date_of_issue(office: Any) -> None:
    doc = register_document(office.led, _input(mark=parse_mark("机密★2030年6月30日")))
    assert doc.issued_on is None and doc.declassify_on == date(2030, 6, 30)
    years = register_document(office.led, _input(mark=parse_mark("机密★10年")))
    assert years.declassify_on is None  # counted from a date of issue nobody gave
    assert_verified(office.led)


def test_register_document_enforces_the_marking_limits(office: Any) -> None:
    led = office.led
    too_long = ClassificationMark(Classification.CONFIDENTIAL, Retention.of_years(15))
    with pytest.raises(MarkError) as info:
        register_document(led, _input(mark=too_long))
    assert info.value.code == "mark.period_too_long" and info.value.field == "mark"
    late = ClassificationMark(Classification.SECRET, Retention.until_date(date(2050, 1, 1)))
    with pytest.raises(MarkError) as info:
        register_document(led, _input(mark=late, issued_on=date(2026, 1, 1)))
    assert info.value.code == "mark.date_too_late"
    assert register_document(led, _input(mark=ClassificationMark.bare(Classification.SECRET)))


def test_an_unknown_channel_is_a_refusal(office: Any) -> None:
    led = office.led
    doc = register_document(led, _input(copy_nos=(1, 2)))
    with pytest.raises(ValidationError) as info:
        dispatch.dispatch_carriers(led, carrier_ids=[doc.carriers[0].id], unit="省保密局",
                                   channel="fax")  # type: ignore[arg-type]
    assert info.value.code == "dispatch.unknown_channel" and info.value.field == "channel"
    sent = dispatch.dispatch_carriers(led, carrier_ids=[doc.carriers[1].id], unit="省保密局",
                                      channel="by_hand")  # type: ignore[arg-type]
    assert sent.channel == DispatchChannel.BY_HAND.value
    assert_verified(led)
