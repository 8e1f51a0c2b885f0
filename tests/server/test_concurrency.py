"""Several desktops at once on one server ledger: processes register, circulate and approve
together; afterwards the chain verifies, registration numbers are gapless and every
registration and decision a desktop was told succeeded is in the ledger, once.

``SECLEDGER_CONCURRENCY_PROCESSES`` (default 8) and ``SECLEDGER_CONCURRENCY_SECONDS``
(default 10; the acceptance run uses 60) size the run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from secledger.store.models.approvals import Approval
from secledger.store.models.registry import Carrier, Document

PROCESSES = int(os.environ.get("SECLEDGER_CONCURRENCY_PROCESSES", "8"))
SECONDS = float(os.environ.get("SECLEDGER_CONCURRENCY_SECONDS", "10"))
WORKER = Path(__file__).with_name("concurrency_worker.py")


@pytest.fixture
def ledger_backend() -> str:
    return "postgresql"


def _desk(office: Any, tmp_path: Path, i: int) -> Path:
    """Desktop *i*'s own copy of the ledger folder (connection file and key slots)."""
    desk = tmp_path / f"desk{i}"
    desk.mkdir()
    for name in ("server.json", "keyslots.json"):
        shutil.copy(office.path / name, desk / name)
    return desk


def _run(office: Any, tmp_path: Path) -> list[dict[str, Any]]:
    start = time.time() + 6 + PROCESSES  # every process has imported and logged in
    procs, outs = [], []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).parents[2] / "src"), str(Path(__file__).parents[2])])}
    for i in range(PROCESSES):
        leader = i % 4 == 3
        spec = {"folder": str(_desk(office, tmp_path, i)), "index": i,
                "user": "leader" if leader else "clerk",
                "password": "Leader1234" if leader else "Clerk1234",
                "dept": office.dept.id, "readers": [p.id for p in office.leaders],
                "start": start, "deadline": start + SECONDS}
        spec_path, out = tmp_path / f"spec{i}.json", tmp_path / f"out{i}.json"
        spec_path.write_text(json.dumps(spec))
        procs.append(subprocess.Popen([sys.executable, str(WORKER), str(spec_path), str(out)],
                                      env=env))
        outs.append(out)
    for p in procs:
        assert p.wait(timeout=SECONDS + 120 + 10 * PROCESSES) == 0
    return [json.loads(o.read_text()) for o in outs]


@pytest.mark.slow
def test_desktops_at_once_lose_nothing(office: Any, tmp_path: Path) -> None:
    from secledger.services.audit.verify import verify

    office.led.close()
    results = _run(office, tmp_path)
    assert [r["errors"] for r in results] == [[]] * PROCESSES
    told = [d for r in results for d in r["documents"]]
    decided = [a for r in results for a in r["decided"]]
    requested = [a for r in results for a in r["requested"]]
    assert told and decided, results
    print("documents", len(told), "decided", len(decided), "refusals",
          [r["refusals"] for r in results])
    led = office.as_clerk()
    report = verify(led)
    assert report.ok, report.first
    with led.db.read() as s:
        docs = dict(s.execute(select(Document.id, Document.number)).all())
        carriers = s.execute(select(func.count()).select_from(Carrier)).scalar_one()
        approved = set(s.execute(select(Approval.id).where(
            Approval.status == "approved")).scalars())
        all_requests = set(s.execute(select(Approval.id)).scalars())
    assert sorted(docs.values()) == list(range(1, len(docs) + 1))  # gapless, none twice
    assert {d for d, _reg in told} == set(docs) and len(told) == len(docs)
    assert carriers == 2 * len(docs)
    assert set(requested) == all_requests and len(requested) == len(all_requests)
    assert set(decided) <= approved and len(decided) == len(set(decided))  # decided once
