"""Registration: gapless numbers per register and year, nothing consumed on failure,
copies, holder, state and events; the state machine refuses through transition()."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.enums import CarrierType, Register
from secledger.domain.errors import CopyNoError, TransitionNotAllowed, ValidationError
from secledger.domain.states import Action
from secledger.services.audit.verify import verify
from secledger.services.carriers.transition import carrier_by_label, get_carrier, transition
from secledger.services.registration import register as registration
from secledger.store import numbering
from secledger.store.models.events import Event
from secledger.store.models.ledger import Counter
from secledger.store.models.registry import Carrier, Document


def _mark(text: str):  # type: ignore[no-untyped-def]
    from secledger.domain.marks import parse_mark

    return parse_mark(text)


def _numbers(led, reg: str, year: int) -> list[int]:  # type: ignore[no-untyped-def]
    with led.db.read() as s:
        return list(s.execute(select(Document.number).where(
            Document.register == reg, Document.year == year).order_by(Document.number)).scalars())


def _counter(led, reg: str, year: int) -> int:  # type: ignore[no-untyped-def]
    with led.db.read() as s:
        return numbering.peek_next(s, reg, year) - 1


def test_numbers_are_gapless_per_register_and_year(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    y25 = datetime(2025, 12, 31, 9, tzinfo=UTC)
    y26 = datetime(2026, 1, 2, 9, tzinfo=UTC)
    docs = [
        register(led, copies=1, received_at=y25),
        register(led, copies=1, received_at=y26),
        register(led, copies=1, received_at=y25),
        register(led, copies=1, register=Register.PRODUCTION, received_at=y26),
        register(led, copies=1, received_at=y26),
    ]
    assert [(d.register, d.year, d.number) for d in docs] == [
        ("receipt", 2025, 1), ("receipt", 2026, 1), ("receipt", 2025, 2),
        ("production", 2026, 1), ("receipt", 2026, 2),
    ]
    assert docs[0].reg_no.endswith("2025-00001") and docs[4].reg_no.endswith("2026-00002")
    assert len({d.reg_no for d in docs}) == 5
    assert _numbers(led, "receipt", 2026) == [1, 2]
    assert _counter(led, "receipt", 2025) == 2


def test_invalid_input_consumes_no_number(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    register(led)
    year = led.now().year
    bad_inputs = [
        {"title": "   "},
        {"title": "带控制字符\x07的标题"},
        {"copies": 0},
        {"carrier_type": CarrierType.USB},  # electronic carrier without serial numbers
        {"seal_intact": False},  # damaged seal without a note
        {"pages": -1},
    ]
    for kw in bad_inputs:
        title = kw.pop("title", "正常标题")
        with pytest.raises(ValidationError):
            register(led, title=title, **kw)
    with pytest.raises(CopyNoError):  # fails inside the transaction, after a number was taken
        registration.register_document(led, registration.DocumentInput(
            register=Register.RECEIPT, title="份号为零", mark=_mark("秘密★5年"), copy_nos=(0,)))
    assert _counter(led, "receipt", year) == 1
    assert register(led).number == 2
    assert _numbers(led, "receipt", year) == [1, 2]
    assert verify(led).ok


def test_a_failure_late_in_the_transaction_rolls_everything_back(clerk_ledger, register, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    register(led)
    with led.db.read() as s:
        events_before = s.execute(select(Event.id).order_by(Event.id.desc()).limit(1)).scalar_one()

    def boom(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(registration, "_new_carrier", boom)
    with pytest.raises(RuntimeError):
        register(led, title="不应留下的文件")
    monkeypatch.undo()
    with led.db.read() as s:
        assert s.execute(select(Event.id).order_by(Event.id.desc()).limit(1)).scalar_one() == events_before
        assert s.execute(select(Document.id).where(Document.title == "不应留下的文件")).first() is None
        assert s.get(Counter, ("receipt", led.now().year)).last == 1
    assert register(led).number == 2
    assert verify(led).ok


def test_copies_holder_state_and_events(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    inp = registration.DocumentInput(
        register=Register.RECEIPT, title="关于年度保密检查的通知", mark=_mark("机密★10年"),
        copy_nos=(3, 4, 7), doc_no="省密发〔2026〕5号", unit="省保密局", pages=12,
    )
    doc = registration.register_document(led, inp)
    assert [c.copy_no for c in doc.carriers] == [3, 4, 7]
    assert [c.copy_no_text for c in doc.carriers] == ["000003", "000004", "000007"]
    assert {c.state for c in doc.carriers} == {"in_store"}
    assert {c.holder_id for c in doc.carriers} == {led.user.person_id}
    assert {c.holder_name for c in doc.carriers} == {"李机要"}
    assert len({c.label_id for c in doc.carriers}) == 3
    assert doc.mark == "机密★10年" and doc.pages == 12
    assert registration.get_document(led, doc.id) == doc
    with led.db.read() as s:
        events = s.execute(select(Event).where(Event.document_id == doc.id).order_by(Event.id)).scalars().all()
        assert [e.kind for e in events] == ["document.registered"] + ["carrier.register"] * 3
        assert all(e.username == "clerk" for e in events)
        assert json.loads(events[0].payload)["title"] == "关于年度保密检查的通知"
        first = json.loads(events[1].payload)
        assert (first["state_before"], first["state_after"]) == (None, "in_store")
        assert (first["holder_before"], first["holder_after"]) == (None, led.user.person_id)
        assert first["copy_no"] == "000003" and first["reg_no"] == doc.reg_no
        assert [e.carrier_id for e in events[1:]] == [c.id for c in doc.carriers]
        c = carrier_by_label(s, doc.carriers[0].label_id.lower())
        assert c.id == doc.carriers[0].id


def test_duplicate_copy_numbers_are_refused(clerk_ledger) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as exc:
        registration.register_document(clerk_ledger, registration.DocumentInput(
            register=Register.RECEIPT, title="重复份号", mark=_mark("机密★10年"), copy_nos=(1, 1)))
    assert exc.value.field == "copy_nos"


def _circulate(led, carrier_id: int) -> None:  # type: ignore[no-untyped-def]
    with led.db.write() as s:
        transition(s, led, get_carrier(s, carrier_id), Action.CIRCULATE)


def test_a_circulating_carrier_cannot_be_destroyed(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    doc = register(led, copies=1)
    cid = doc.carriers[0].id
    _circulate(led, cid)
    with led.db.read() as s:
        n_events = s.execute(select(Event.id).order_by(Event.id.desc()).limit(1)).scalar_one()
    with pytest.raises(TransitionNotAllowed) as exc, led.db.write() as s:
        transition(s, led, get_carrier(s, cid), Action.DESTROY)
    assert exc.value.message() == "传阅中的载体不能销毁。"
    assert exc.value.code == "state.transition_not_allowed"
    with led.db.read() as s:
        assert s.get(Carrier, cid).state == "circulating"
        assert s.execute(select(Event.id).order_by(Event.id.desc()).limit(1)).scalar_one() == n_events
    assert verify(led).ok


def test_a_terminal_transition_clears_the_holder_and_replays(clerk_ledger, register) -> None:  # type: ignore[no-untyped-def]
    led = clerk_ledger
    doc = register(led, copies=2)
    cid = doc.carriers[1].id
    _circulate(led, cid)
    with led.db.write() as s:
        transition(s, led, get_carrier(s, cid), Action.CIRCULATION_RETURN)
        ev = transition(s, led, get_carrier(s, cid), Action.DESTROY, payload={"manifest": "test"})
    assert json.loads(ev.payload)["holder_after"] is None
    with led.db.read() as s:
        c = s.get(Carrier, cid)
        assert (c.state, c.holder_id) == ("destroyed", None)
    report = verify(led)
    assert report.ok, report.problems
    with pytest.raises(TransitionNotAllowed), led.db.write() as s:
        transition(s, led, get_carrier(s, cid), Action.FOUND)
