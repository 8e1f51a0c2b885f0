"""A registration naming an unknown or inactive signer (签收人) or an unknown drafting
department is refused by the service, naming the fault, and takes no number (found by the
state-machine fuzz: it used to fail with the database's foreign-key error)."""

from __future__ import annotations

from typing import Any

import pytest

from secledger.domain.enums import Clearance, Register
from secledger.domain.errors import NotFound, RuleViolation
from secledger.services.ledger.session import open_ledger
from secledger.services.people import persons as people
from secledger.services.registration.register import peek_reg_no, register_document
from secledger.services.registration.registers import local_today
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.events import Event
from secledger.store.models.registry import Document

from .conftest import doc_input


def _counts(led: Any) -> tuple[int, int]:
    with led.db.read() as s:
        return s.query(Event).count(), s.query(Document).count()


def test_unknown_or_inactive_signer_and_unknown_department_are_refused(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    gone = people.create_person(admin, name="郑退休", department_id=None,
                                clearance=Clearance.CORE)
    people.deactivate_person(admin, person_id=gone.id, reason="退休")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    try:
        year = local_today(led).year
        next_no = peek_reg_no(led, Register.RECEIPT, year)
        before = _counts(led)
        with pytest.raises(NotFound) as e:
            register_document(led, doc_input(signed_by_id=999_999))
        assert "签收人" in e.value.message()
        with pytest.raises(RuleViolation) as e2:
            register_document(led, doc_input(signed_by_id=gone.id))
        assert e2.value.code == "person.inactive" and "郑退休" in e2.value.message()
        with pytest.raises(NotFound):
            register_document(led, doc_input(drafting_department_id=999_999))
        assert _counts(led) == before
        assert peek_reg_no(led, Register.RECEIPT, year) == next_no
        doc = register_document(led, doc_input(signed_by_id=led.user.person_id))
        assert doc.reg_no == next_no
    finally:
        led.close()
