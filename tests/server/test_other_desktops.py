"""Two desktops on one server ledger: each sees the other's changes by polling, and a
refusal caused by the other's change is told as such ("just changed by another user")."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.changes import Area
from secledger.domain.errors import ChangedElsewhere, RuleViolation
from secledger.services.custody import circulation as circ
from secledger.services.ledger import feed
from secledger.services.ledger.outcome import perform
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF


@pytest.fixture
def ledger_backend() -> str:
    return "postgresql"


@pytest.fixture
def second_desk(office: Any, tmp_path: Path):  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk2"
    desk.mkdir()
    for name in ("server.json", "keyslots.json"):
        shutil.copy(office.path / name, desk / name)
    led = open_ledger(desk, username="clerk", password="Clerk1234", clock=office.clock,
                      kdf=TEST_KDF)
    yield led
    led.close()


def test_each_desktop_sees_the_others_changes(office: Any, second_desk: Any) -> None:
    assert not feed.poll(second_desk)
    office.register()
    changes = feed.poll(second_desk)
    assert changes.touches(Area.CARRIERS) and "document.registered" in changes.kinds
    assert not feed.poll(second_desk)  # seen now
    mine = feed.poll(office.led)  # desk 2's login is news to desk 1, its own work is not
    assert mine.kinds == {"auth.unlocked"}


def test_a_refusal_after_the_others_change_says_so(office: Any, second_desk: Any) -> None:
    doc = office.register()
    feed.poll(second_desk)
    cid, reader = doc.carriers[0].id, office.leaders[0].id
    circ.send(office.led, carrier_id=cid, reader_id=reader)  # desk 1 sends it out
    with pytest.raises(ChangedElsewhere) as err:
        perform(lambda: circ.send(second_desk, carrier_id=cid, reader_id=office.leaders[1].id),
                second_desk)
    assert "another user" in err.value.message("en")
    feed.poll(second_desk)  # refreshed: the same refusal now reads as the rule itself
    with pytest.raises(RuleViolation) as again:
        perform(lambda: circ.send(second_desk, carrier_id=cid, reader_id=office.leaders[1].id),
                second_desk)
    assert not isinstance(again.value, ChangedElsewhere)
