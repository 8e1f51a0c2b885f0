"""The demo generator writes every carrier move under the rules ``transition()`` applies:
both go through ``domain.states.plan_move``, so an illegal move is refused the same way
(same error, same code and parameters) and a generated ledger verifies."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from secledger.demo import build as demo
from secledger.demo.generator import Generator
from secledger.demo.model import PersonRef
from secledger.domain.enums import CarrierState, Clearance
from secledger.domain.errors import DomainError, RuleViolation, TransitionNotAllowed
from secledger.domain.states import Action
from secledger.services.audit.verify import verify
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.registry import Carrier

MOMENT = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
WHEN = ("2025-03-03T02:00:00.000000Z", "2025-03-03 02:00:00.000000")


def _one_copy(led: Any) -> int:
    """Register a document with one copy through the service; the carrier's id."""
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    doc = register_document(led, DocumentInput(register=Register.RECEIPT, title="关于加强保密管理的通知",
                                               mark=parse_mark("机密★10年"), copy_nos=(1,),
                                               unit="省保密局"))
    return doc.carriers[0].id


def _generator() -> Generator:
    def ref(pid: int, name: str) -> PersonRef:
        return PersonRef(pid, name, 1, Clearance.CORE, pid, name)

    accounts = {"demo": ref(1, "demo"), "archivist": ref(2, "archivist"), "leader": ref(3, "leader")}
    return Generator(rng=random.Random(1), staff=list(accounts.values()), accounts=accounts,
                     departments={"办公室": 1}, start=MOMENT, end_day=date(2025, 12, 31),
                     beijing=timedelta(hours=8))


def _demo_carrier(gen: Generator) -> Any:
    """One registered copy in the generator (in store, held by the clerk)."""
    gen.register(MOMENT)
    rec = gen._new[0][0]
    rec.steps.clear()
    assert rec.state is CarrierState.IN_STORE and rec.holder == gen.clerk.id
    return rec


def _refusal(call: Any) -> tuple[type[DomainError], str, dict[str, Any]]:
    with pytest.raises(DomainError) as info:
        call()
    return type(info.value), info.value.code, info.value.params


ILLEGAL = [  # (action, holder after, error type)
    (Action.ISSUE_TO, None, RuleViolation),  # a non-terminal state without a holder
    (Action.LOAN_RETURN, 5, TransitionNotAllowed),  # not allowed from 在库
    (Action.FOUND, 5, TransitionNotAllowed),
    (Action.REGISTER, 5, TransitionNotAllowed),  # registered twice
]


@pytest.mark.parametrize(("action", "holder", "error"), ILLEGAL)
def test_the_demo_refuses_an_illegal_move_as_transition_does(
    clerk_ledger: Any, action: Action, holder: int | None, error: type[DomainError]
) -> None:
    gen = _generator()
    rec = _demo_carrier(gen)
    events = len(gen._batch.events)
    demo_refusal = _refusal(lambda: gen._move(rec, action, gen.clerk, MOMENT, WHEN, {},
                                              holder=holder))
    assert (rec.state, rec.holder, len(gen._batch.events)) == (CarrierState.IN_STORE,
                                                               gen.clerk.id, events)

    led = clerk_ledger
    carrier_id = _one_copy(led)
    with led.db.write() as s:
        carrier = s.get(Carrier, carrier_id)
        assert carrier.state == CarrierState.IN_STORE.value
        service_refusal = _refusal(lambda: transition(s, led, carrier, action, holder_id=holder))
    assert demo_refusal == service_refusal
    assert demo_refusal[0] is error


def test_the_demo_writes_the_payload_transition_writes(clerk_ledger: Any) -> None:
    """The same move (archive to a shelf) makes the same event kind and payload keys."""
    gen = _generator()
    rec = _demo_carrier(gen)
    gen._move(rec, Action.ARCHIVE, gen.archivist, MOMENT, WHEN, {"cabinet": "1", "box": "2"},
              holder=gen.archivist.id, location="1/2")
    demo_event = gen._batch.events[-1]
    led = clerk_ledger
    carrier_id = _one_copy(led)
    with led.db.write() as s:
        carrier = s.get(Carrier, carrier_id)
        event = transition(s, led, carrier, Action.ARCHIVE, holder_id=led.user.person_id,
                           location="1/2", payload={"cabinet": "1", "box": "2"})
        kind, payload = event.kind, json.loads(event.payload)
    demo_payload = json.loads(demo_event[8])
    assert demo_event[4] == kind == "carrier.archive"
    assert demo_payload.keys() == payload.keys()
    assert {k: demo_payload[k] for k in ("action", "state_before", "state_after",
                                         "location_before", "location_after")} \
        == {k: payload[k] for k in ("action", "state_before", "state_after",
                                    "location_before", "location_after")}


def test_a_generated_demo_ledger_verifies(tmp_path: Path) -> None:
    summary = demo.build_demo(tmp_path / "demo", documents=150, kdf=TEST_KDF, week=False)
    with open_ledger(summary.path, username="auditor", password=demo.DEMO_PASSWORD,
                     kdf=TEST_KDF) as led:
        report = verify(led)
    assert report.ok, report.first
