"""The carrier history and the audit log read as sentences, in Chinese and in English, with
times in the ledger's time zone (a clerk opens carriers in 台账查询, an auditor the log)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secledger.demo.build import build_demo
from secledger.services.audit import log as audit
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.ui.panes.audit.log import AuditPane
from secledger.ui.panes.browse.browser import BrowserPane

PAYLOAD_KEYS = re.compile(r"\b[a-z_]+=|_id\b|\[\d")
CJK = re.compile(r"[\u4e00-\u9fff]")
TIME, USER, EVENT, STATE, HOLDER, DETAILS = range(6)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("history") / "demo"
    build_demo(path, documents=80, kdf=TEST_KDF)
    return path


@pytest.fixture
def led(demo_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(demo_path, username="demo", password="demo12345", kdf=TEST_KDF)
    yield ledger
    ledger.close()


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from secledger.ui import app as uiapp

    uiapp.install_translators(qapp, "en")
    yield
    uiapp.install_translators(qapp, "zh_CN")


def _carrier_with(led: Ledger, kind: str) -> int:
    conn = led.db.raw_connection()
    try:
        return int(conn.execute("SELECT carrier_id FROM events WHERE kind = ? AND carrier_id IS "
                                "NOT NULL ORDER BY id LIMIT 1", (kind,)).fetchone()[0])
    finally:
        conn.close()


def _browser(qtbot: Any, ctx: Any) -> BrowserPane:
    pane = BrowserPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    pane.show()
    pane.refresh()
    return pane


def _history(pane: BrowserPane, column: int) -> list[str]:
    m = pane.detail.events
    return [str(m.index(r, column).data()) for r in range(m.rowCount())]


def test_history_details_are_sentences(qtbot, shell_ctx, led, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx(ledger=led)
    pane = _browser(qtbot, ctx)
    copied = _carrier_with(led, "copy.requested")
    pane.show_carrier(copied)
    details = _history(pane, DETAILS)
    assert details and not any(PAYLOAD_KEYS.search(d) for d in details), details
    request = next(d for d in details if "申请复制" in d)
    assert re.search(r"申请复制\d+份（复印|刻录|拷贝）.*申请号复申\d{4}-\d{5}", request), request
    assert any("登记" in d and "第0000" in d for d in details)
    # the time column is the ledger's local time (Asia/Shanghai in the demo), as in the log
    ev = pane.detail.detail.events[-1]
    assert _history(pane, TIME)[-1] == f"{ev.local_time:%Y-%m-%d %H:%M}"
    first = audit.page(led, audit.EventQuery(carrier_id=copied), limit=500)[-1]
    assert f"{first.local_time:%Y-%m-%d %H:%M}" == _history(pane, TIME)[0]
    pane.grab().save(str(tmp_path / "history_zh.png"))
    ctx._ledger = led


def test_history_and_log_in_english(qtbot, shell_ctx, led, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = shell_ctx(ledger=led, lang="en")
    pane = _browser(qtbot, ctx)
    pane.show_carrier(_carrier_with(led, "carrier.lend"))
    events, details = _history(pane, EVENT), _history(pane, DETAILS)
    assert "Lent → " in " ".join(events) and any(d.startswith("Lent to ") for d in details)
    for text in events + details:  # data (names, 登记号, titles) may be Chinese, words not
        words = CJK.sub("", text)
        assert not PAYLOAD_KEYS.search(text) and words.strip(), text
    assert not any(CJK.search(s) for s in _history(pane, STATE)), _history(pane, STATE)
    pane.grab().save(str(tmp_path / "history_en.png"))
    log = AuditPane(ctx)
    qtbot.addWidget(log)
    log.resize(1400, 800)
    log.show()
    log.refresh()
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    kinds = {str(log.model.index(r, 3).data()) for r in range(log.model.rowCount())}
    assert kinds and not any(CJK.search(k) for k in kinds), kinds
    log.table.selectRow(0)
    assert "Description: " in log.detail.toPlainText() and "本条哈希" not in log.detail.toPlainText()
    log.grab().save(str(tmp_path / "audit_en.png"))
    ctx._ledger = led
