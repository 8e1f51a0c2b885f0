"""Helpers for the issue-7 workflow tests (handover, recall, stocktake, loss)."""

from __future__ import annotations

from typing import Any

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark
from secledger.domain.states import Action
from secledger.services.carriers.transition import get_carrier, transition
from secledger.store.models.registry import Carrier


def register(led: Any, title: str, *, mark: str = "机密★10年", copies: int = 1,
             unit: str = "省保密局", **kw: Any) -> Any:
    from secledger.services.registration.register import DocumentInput, register_document

    return register_document(led, DocumentInput(
        register=Register.RECEIPT, title=title, mark=parse_mark(mark),
        copy_nos=tuple(range(1, copies + 1)), unit=unit, need_to_know=NeedToKnow.everyone(),
        **kw))


def move(led: Any, cid: int, action: Action, holder: int | None = None, **kw: Any) -> None:
    """Drive the state machine directly (what the workflow services do underneath)."""
    with led.db.write() as s:
        c = get_carrier(s, cid)
        transition(s, led, c, action, holder_id=holder if holder is not None else c.holder_id,
                   **kw)


def state(led: Any, cid: int) -> tuple[str, int | None]:
    with led.db.read() as s:
        c = s.get(Carrier, cid)
        return c.state, c.holder_id


def pdftotext(path: Any) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pages(path: Any) -> int:
    import subprocess

    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(x.split()[-1] for x in out.stdout.splitlines() if x.startswith("Pages:")))
