"""The demo ledger has rows in every classification worklist, and still verifies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from secledger.demo.build import DEMO_PASSWORD, build_demo, last_day
from secledger.services.audit.verify import verify
from secledger.services.classification import designations, read
from secledger.services.classification.worklists import Worklist
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF


def _evening() -> datetime:
    return datetime.combine(last_day(), datetime.min.time(), UTC) + timedelta(hours=10)


def test_every_classification_worklist_has_rows(tmp_path: Path) -> None:
    demo = build_demo(tmp_path / "ledger", documents=300, kdf=TEST_KDF)
    with open_ledger(demo.path, username="demo", password=DEMO_PASSWORD, clock=_evening) as led:
        assert verify(led).ok
        summary = read.summary(led)
        assert all(summary[w] > 0 for w in Worklist), summary
        assert summary.proposals_pending == 1
        soon = read.page(led, Worklist.EXPIRING_30)
        assert any(r.own and r.days_left == 20 for r in soon)
        later = read.page(led, Worklist.EXPIRING_90)
        assert any(not r.own and r.days_left == 80 for r in later)
        marking = read.page(led, Worklist.MARKING, limit=1000)
        assert any(r.automatic for r in marking) and any(not r.automatic for r in marking)
        assert any(not r.in_custody for r in marking)
        assert {d.max_level_label for d in designations.designations(led)} == {"绝密", "机密"}
