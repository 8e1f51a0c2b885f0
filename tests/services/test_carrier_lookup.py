"""The one carrier resolver: label ids, 登记号 with or without 份号, year-numbers, digits and
words all find their carriers by index; a field's use refuses carriers it cannot take and
says why (state and holder)."""

from __future__ import annotations

import pytest

from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.lookup import Kind, Use, parse_number
from secledger.services.carriers import lookup
from secledger.services.custody import archive


def test_number_forms() -> None:
    assert parse_number("收2026-00420").reg_no == "收2026-00420"
    q = parse_number(" 收２０２６－４２０ 第3份 ")
    assert (q.kind, q.reg_no, q.copy_no) == (Kind.REG_COPY, "收2026-00420", 3)
    assert parse_number("收2026-00420/000003").copy_no == 3
    assert parse_number("c6ahf4a7acf9").label == "C6AHF4A7ACF9"
    assert (parse_number("00420").kind, parse_number("00420").number) == (Kind.DIGITS, 420)
    assert parse_number("2026-00420").kind is Kind.YEAR_NUMBER
    assert parse_number("第3份").kind is Kind.COPY
    assert parse_number("国保发〔2026〕12号").kind is Kind.TEXT
    words = parse_number("国保发〔2026〕12号 000003")
    assert (words.kind, words.text, words.copy_no) == (Kind.WORDS_COPY, "国保发〔2026〕12号", 3)
    assert Use.CIRCULATION.accepts("in_store") and not Use.CIRCULATION.accepts("with_holder")


def test_every_number_form_finds_its_carrier(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    register(led, title="无关文件", copies=1)
    doc = register(led, title="关于年度保密检查的通知", copies=3, doc_no="国保发〔2026〕12号")
    third = doc.carriers[2]
    assert lookup.find(led, third.label_id.lower()).one.carrier_id == third.id
    assert [i.copy_no for i in lookup.find(led, doc.reg_no).items] == ["000001", "000002",
                                                                      "000003"]
    assert lookup.find(led, f"{doc.reg_no}/000003").one.carrier_id == third.id
    assert lookup.find(led, f"{doc.reg_no} 3").one.carrier_id == third.id
    assert lookup.find(led, doc.reg_no[1:]).document_id == doc.id
    digits = doc.reg_no.split("-")[1]
    assert lookup.find(led, digits).document_id == doc.id
    assert lookup.find(led, "3", document_id=doc.id).one.carrier_id == third.id
    assert lookup.find(led, "第2份", document_id=doc.id).one.copy_no == "000002"
    assert lookup.find(led, "年度保密").document_id == doc.id
    assert lookup.find(led, "国保发〔2026〕12号").document_id == doc.id
    assert lookup.find(led, "国保发〔2026〕12号 000003").one.carrier_id == third.id
    assert lookup.find(led, "年度保密检查第2份").one.copy_no == "000002"


def test_what_was_not_found_is_named(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    doc = register(led, copies=2)
    cases = {
        "CAAAAAAAAAAA": ("lookup.label_not_found", "CAAAAAAAAAAA"),
        "收2031-00001": ("lookup.reg_not_found", "收2031-00001"),
        f"{doc.reg_no}/9": ("lookup.copy_not_found", "000001-000002"),
        "98765": ("lookup.number_not_found", "98765"),
        "没有这个标题": ("lookup.nothing", "没有这个标题"),
    }
    for typed, (code, shown) in cases.items():
        with pytest.raises(NotFound) as exc:
            lookup.find(led, typed)
        assert exc.value.code == code and shown in exc.value.message(), typed
    with pytest.raises(ValidationError) as bad:
        lookup.find(led, "第3份")
    assert "收2026-00420/000003" in bad.value.message()


def test_a_field_refuses_what_it_cannot_use_naming_state_and_holder(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    doc = register(led, copies=2)
    first = doc.carriers[0]
    archive.archive_carrier(led, carrier_id=first.id, cabinet="A柜", box="1盒")
    with pytest.raises(RuleViolation) as exc:
        lookup.find(led, first.label_id, use=Use.CIRCULATION)
    msg = exc.value.message()
    assert exc.value.code == "lookup.not_usable"
    assert "已归档" in msg and "李机要" in msg and "在库、传阅中" in msg, msg
    assert "archived" in exc.value.message("en")
    # a registration with one usable copy lists only that one
    assert lookup.find(led, doc.reg_no, use=Use.CIRCULATION).one.carrier_id == doc.carriers[1].id
    archive.archive_carrier(led, carrier_id=doc.carriers[1].id, cabinet="A柜", box="1盒")
    with pytest.raises(RuleViolation) as none:
        lookup.find(led, doc.reg_no, use=Use.DISPATCH)
    assert none.value.code == "lookup.none_usable" and "已归档 2" in none.value.message()
    assert lookup.resolve_lines(led, [doc.reg_no, first.label_id], use=Use.LOAN) == [
        first.id, doc.carriers[1].id]
    with pytest.raises(RuleViolation):
        lookup.pick(led, first.id, use=Use.DISPATCH)
