"""One desktop of the concurrency test (``test_concurrency.py``), run as its own process.

``python concurrency_worker.py SPEC.json OUT.json``: opens its own copy of the server
ledger's folder as a clerk or as the approver and works until the deadline: a clerk
registers (two copies), circulates a copy out and back, asks for an approval, and tries
to circulate a carrier another desktop may be moving at that moment; the approver
decides whatever waits. What it did, and every refusal, goes to OUT.json.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any


def _noop(s: Any, led: Any, row: Any) -> None:
    """The throwaway approval subject of this test needs no follow-up."""


def clerk_round(led: Any, spec: dict[str, Any], n: int, out: dict[str, Any]) -> None:
    from secledger.domain.access import NeedToKnow
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.approvals import requests as approvals
    from secledger.services.custody import circulation as circ
    from secledger.services.registration.register import DocumentInput, register_document

    inp = DocumentInput(register=Register.RECEIPT, title=f"并发测试{spec['index']}-{n}",
                        mark=parse_mark("机密★10年"), copy_nos=(1, 2), unit="省保密局",
                        doc_no=f"并发〔2026〕{spec['index']}-{n}号",
                        need_to_know=NeedToKnow.of(departments=[spec["dept"]]))
    doc = register_document(led, inp)
    out["documents"].append([doc.id, doc.reg_no])
    reader = spec["readers"][n % len(spec["readers"])]
    circ.send(led, carrier_id=doc.carriers[0].id, reader_id=reader)
    circ.return_carrier(led, carrier_id=doc.carriers[0].id)
    with led.db.write() as s:
        out["requested"].append(approvals.request_approval(
            s, led, subject_kind="concurrency_test", subject_id=doc.id,
            summary="并发测试", rule="测试事项由分管领导审批"))
    other = random.randint(1, max(2, doc.carriers[-1].id))
    circ.send(led, carrier_id=other, reader_id=reader)  # may be refused: out, or gone
    circ.return_carrier(led, carrier_id=other)


def approver_round(led: Any, out: dict[str, Any]) -> None:
    from secledger.services.approvals import requests as approvals

    waiting = approvals.queue(led)
    if not waiting:
        time.sleep(0.05)
        return
    for a in random.sample(waiting, min(3, len(waiting))):
        approvals.decide(led, approval_id=a.id, approve=True, reason="同意")
        out["decided"].append(a.id)


def main(spec_path: str, out_path: str) -> int:
    from secledger.domain.errors import DomainError
    from secledger.services.approvals import requests as approvals
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    approvals.register_hook("concurrency_test", _noop)
    spec = json.loads(Path(spec_path).read_text())
    out: dict[str, Any] = {"documents": [], "requested": [], "decided": [], "refusals": {},
                           "errors": []}
    led = open_ledger(spec["folder"], username=spec["user"], password=spec["password"],
                      kdf=TEST_KDF)
    while time.time() < spec["start"]:
        time.sleep(0.01)
    n = 0
    try:
        while time.time() < spec["deadline"]:
            n += 1
            try:
                if spec["user"] == "leader":
                    approver_round(led, out)
                else:
                    clerk_round(led, spec, n, out)
            except DomainError as exc:
                out["refusals"][exc.code] = out["refusals"].get(exc.code, 0) + 1
    except Exception:
        out["errors"].append(traceback.format_exc())
    finally:
        led.close()
        Path(out_path).write_text(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
