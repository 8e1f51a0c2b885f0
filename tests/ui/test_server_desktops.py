"""A desktop on a server ledger: it polls for other desktops' changes and announces them to
its panes; a write refused after another desktop's change says so and refreshes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.workflows.conftest import office  # noqa: F401  (people and accounts)

from secledger.domain.changes import Area
from secledger.services.custody import circulation as circ
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF


@pytest.fixture
def ledger_backend() -> str:
    return "postgresql"


class Sink:
    def __init__(self) -> None:
        self.text = ""

    def show_text(self, text: str) -> None:
        self.text = text

    def clear_text(self) -> None:
        self.text = ""


def test_the_desktop_polls_and_tells_a_stale_refusal(qtbot, shell_ctx, office: Any,  # type: ignore[no-untyped-def]  # noqa: F811
                                                     tmp_path: Path) -> None:
    desk = tmp_path / "desk2"
    desk.mkdir()
    for name in ("server.json", "keyslots.json"):
        shutil.copy(office.path / name, desk / name)
    led = open_ledger(desk, username="clerk", password="Clerk1234", clock=office.clock,
                      kdf=TEST_KDF)
    ctx = shell_ctx(ledger=led, lang="en")
    assert ctx._poll.isActive()
    doc = office.register()
    with qtbot.waitSignal(ctx.changed, timeout=5000) as seen:
        ctx.refresh_from_others()
    assert seen.args[0].touches(Area.CARRIERS)
    cid = doc.carriers[0].id
    circ.send(office.led, carrier_id=cid, reader_id=office.leaders[0].id)
    sink = Sink()
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        assert ctx.write(lambda: circ.send(led, carrier_id=cid, reader_id=office.leaders[1].id),
                         parent=None, error=sink) is None  # type: ignore[arg-type]
    assert "just changed by another user" in sink.text
    ctx.close_ledger()
    assert not ctx._poll.isActive()
