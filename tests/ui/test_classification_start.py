"""After a login and after every unlock the end-of-period pass runs off the GUI thread
(自行解密 recorded by the ledger itself), then the worklist counts appear in the status bar,
which opens 定密管理 when clicked and forgets them when the ledger locks."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from typing import Any

from secledger.services.classification import expiry, read
from secledger.services.classification.worklists import Worklist
from secledger.ui import app as uiapp
from secledger.ui.panes.classification import counts

from .classification_office import classif_office_fixture  # noqa: F401  (the fixture)

WAIT = 20000


def test_the_pass_runs_after_login_and_after_unlock(qtbot: Any, shell_ctx: Any,
                                                   classif_office: Any, monkeypatch: Any) -> None:
    o = classif_office
    ended = o.received("期限已届满的来文", mark="秘密★1年", issued_on=date(2025, 6, 1))
    later = o.received("下月到期的来文", mark="秘密★1年", issued_on=date(2025, 12, 1))
    o.led.close()
    threads: list[str] = []
    real = expiry.run_auto_declassification

    def spy(led: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(led, **kw)

    monkeypatch.setattr(counts.expiry, "run_auto_declassification", spy)
    ctx = shell_ctx()
    ctx.clock = o.clock
    ctx.idle_timeout_ms = 600_000
    win = uiapp.start(ctx, ledger_path=o.path, username="clerk", password="Clerk1234")
    assert win is not None
    qtbot.addWidget(win)
    status = win.classification_status
    qtbot.waitUntil(lambda: status.isVisible() and not ctx.busy, timeout=WAIT)
    assert threads and threads[0] != threading.main_thread().name  # never the GUI thread
    assert [d.kind for d in read.decisions_of(ctx.ledger, ended.id)] == ["auto_declassify"]
    assert "保密期限届满：1 件文件已自行解密" in win.statusBar().currentMessage()
    assert status.text().startswith("定密管理：") and "待标注解密 1" in status.text()
    assert "紧急 1" in status.text()  # the other period ends within 30 days: in red
    assert "b00020" in status.styleSheet()
    assert "年度审核：本单位 0 件，收文 1 件" in status.toolTip()
    status.click()
    assert win.current_key == "classification"
    pane = win.current_pane()
    assert pane is not None
    qtbot.waitUntil(lambda: pane.tabs.tabText(1) == "已解密待处理（1）", timeout=WAIT)

    win.lock()
    assert win.locked and not status.isVisible() and status.text() == ""
    o.clock.t = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)  # the other period ended meanwhile
    win.lockscreen.password.setText("Clerk1234")
    assert win.lockscreen.try_unlock()
    qtbot.waitUntil(lambda: len(threads) == 2 and not ctx.busy, timeout=WAIT)
    assert [d.kind for d in read.decisions_of(ctx.ledger, later.id)] == ["auto_declassify"]
    qtbot.waitUntil(lambda: "待标注解密 2" in status.text(), timeout=WAIT)
    assert read.count(ctx.ledger, Worklist.MARKING) == 2
    win.close()


def test_the_security_officer_sees_no_counts(qtbot: Any, shell_ctx: Any,
                                            classif_office: Any) -> None:
    o = classif_office
    o.received("期限已届满的来文", mark="秘密★1年", issued_on=date(2025, 6, 1))
    o.led.close()
    ctx = shell_ctx()
    ctx.clock = o.clock
    win = uiapp.start(ctx, ledger_path=o.path, username="admin", password="Admin1234")
    assert win is not None
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=WAIT)
    assert not win.classification_status.isVisible()  # the pass ran all the same
    assert read.summary(ctx.ledger)[Worklist.MARKING] == 1
    keys = [s.key for s in win.specs]
    assert "classification" not in keys
    win.close()
