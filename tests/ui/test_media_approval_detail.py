"""A leader deciding a media repair or loan sees the device and every fact of the request in
the approvals pane, and prints the 涉密设备维修审批表 from there."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secledger.domain.enums import Classification, Clearance, Role
from secledger.domain.media import MediaType, RepairMode
from secledger.services.media import items, lending, repair
from secledger.services.media.items import MediaInput
from secledger.services.media.repair import RepairInput
from secledger.services.people import accounts as users
from secledger.services.people import persons as people


@pytest.fixture
def media_requests(make_ledger: Any) -> Any:
    """The clerk asked for an outsider's on-site repair of a 绝密 computer and a USB loan;
    张局长 (account ``leader``) decides."""
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局长")
    users.create_user(admin, username="leader", password="Leader1234", person_id=leader.id,
                      roles={Role.APPROVER}, must_change_password=False)
    staff = people.create_person(admin, name="刘处长", department_id=dept.id,
                                 clearance=Clearance.CORE, post="处长")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    clerk = led.user.person_id
    pc = items.register_item(led, MediaInput(MediaType.COMPUTER, "BM-JSJ-001",
                                             Classification.TOP_SECRET, clerk,
                                             serial_no="SN-8848", location="机要室"))
    usb = items.register_item(led, MediaInput(MediaType.USB, "BM-U-001",
                                              Classification.SECRET, clerk))
    repair.request_repair(led, RepairInput(
        media_id=pc.id, requester_id=staff.id, fault="硬盘异响", mode=RepairMode.ON_SITE,
        repairer_unit="某某科技有限公司", repairer_qualification="涉密集成乙级",
        agreement=True, agreement_ref="BM-2026-07", escort_id=clerk))
    lending.request_loan(led, media_id=usb.id, borrower_id=staff.id, due_on=date(2099, 1, 1),
                         purpose="外出开会")
    led.lock_session()
    led.unlock_session("leader", "Leader1234")
    yield led
    led.close()


def test_media_requests_shown_in_full(qtbot: Any, shell_ctx: Any, media_requests: Any,
                                      tmp_path: Path) -> None:
    from secledger.ui.panes.approvals.queue import ApprovalsPane

    ctx = shell_ctx(ledger=media_requests)
    ctx.show_error = lambda exc, parent=None: pytest.fail(f"modal error: {exc!r}")  # type: ignore[method-assign]
    pane = ApprovalsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 820)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh()
    kinds = [e.approval.subject_kind for e in pane.queue_model.rows()]
    assert sorted(kinds) == ["media_loan", "media_repair"]
    view = pane.view
    pane.queue_view.selectRow(kinds.index("media_repair"))
    facts = view.facts.text()
    for word in ("BM-JSJ-001", "绝密", "SN-8848", "硬盘异响", "某某科技有限公司", "涉密集成乙级",
                 "BM-2026-07", "外来人员现场维修", "刘处长"):
        assert word in facts, word
    assert not view.items_view.isVisible() and view.print_button.isEnabled()
    qtbot.waitUntil(lambda: view.facts.height() > 8 * view.fontMetrics().height())  # laid out
    shots = Path(os.environ.get("SECLEDGER_SHOTS") or tmp_path)  # a look, when asked for
    pane.grab().save(str(shots / "media_repair_approval.png"))
    out = tmp_path / "repair_form.pdf"
    pane.print_form(out)
    qtbot.waitUntil(lambda: out.exists() and not pane.ctx.busy, timeout=20000)
    pane.queue_view.selectRow(kinds.index("media_loan"))
    assert "BM-U-001" in view.facts.text() and "外出开会" in view.facts.text()
    assert not view.print_button.isEnabled()
