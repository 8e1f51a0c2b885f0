"""涉密会议 pane: a meeting with attendees, a document registered for it, copies issued at the
door by scanning, collected by scanning, one kept as 领用, the forms printed, the meeting
closed once nothing is out without a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from secledger.domain.enums import Clearance, Role
from secledger.services.audit.verify import verify
from secledger.services.custody import meetings_read as mr
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.services.registration.register import get_document
from secledger.ui.panes.custody.meetings import MeetingsPane


def _setup(make_ledger: Any) -> tuple[Any, Any, Any, Any]:
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leader = people.create_person(admin, name="张局长", department_id=dept.id,
                                  clearance=Clearance.CORE, post="局领导")
    users.create_user(admin, username="leader", password="Leader1234", person_id=leader.id,
                      roles={Role.APPROVER}, must_change_password=False)
    liu = people.create_person(admin, name="刘处长", department_id=dept.id,
                               clearance=Clearance.CORE, post="处长")
    chen = people.create_person(admin, name="陈科长", department_id=dept.id,
                                clearance=Clearance.IMPORTANT, post="科长")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    return led, leader, liu, chen


def _check(box: Any, ids: list[int]) -> None:
    for i in range(box.count()):
        if box.item(i).data(Qt.ItemDataRole.UserRole) in ids:
            box.item(i).setCheckState(Qt.CheckState.Checked)


def test_meeting_in_the_pane(qtbot, shell_ctx, make_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    led, leader, liu, chen = _setup(make_ledger)
    ctx = shell_ctx(led)
    pane = MeetingsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    pane.refresh()
    dlg = pane.new_meeting()
    qtbot.addWidget(dlg)
    dlg.name.setText("年度保密工作会议")
    dlg.place.setText("三楼会议室")
    dlg.host.setCurrentIndex(1)
    _check(dlg.attendees, [liu.id, chen.id])
    assert dlg.submit()
    assert pane.meetings.rowCount() == 1 and pane.current().meeting_no.startswith("会")
    assert pane.attendees.rowCount() == 2
    doc_dlg = pane.register_document()
    qtbot.addWidget(doc_dlg)
    doc_dlg.title_edit.setText("会议讲话稿")
    doc_dlg.mark.set_text("绝密★30年")
    assert not doc_dlg.submit()  # above the meeting's highest level (机密)
    assert "机密" in doc_dlg.error.text()
    doc_dlg.mark.set_text("机密★10年")
    doc_dlg.copies.setValue(2)
    assert doc_dlg.submit()
    m = pane.current()
    assert m.documents[0].unified_no == f"{m.meeting_no}-01"
    doc = get_document(led, m.documents[0].document_id)
    first, second = doc.carriers
    # at the door: 刘 signs for copy 1, 陈 for copy 2
    pane.attendee.setCurrentIndex(pane.attendee.findData(liu.id))
    assert pane.handle_scan(first.label_id) and pane.scanned.count() == 1
    pane.issue()
    assert pane.scanned.count() == 0 and pane.issues.rowCount() == 1
    pane.attendee.setCurrentIndex(pane.attendee.findData(chen.id))
    pane.handle_scan(second.label_id)
    pane.issue()
    assert pane.current().issued == 2
    pane.close_meeting()  # refused: two copies out without a note
    assert "未收回" in pane.error.text() and pane.current().is_open
    pane.collect_mode.setChecked(True)
    pane.handle_scan(first.label_id)
    assert pane.current().collected == 1
    pane.only_out.setChecked(True)
    assert pane.issues.rowCount() == 1
    pane.issues_view.selectRow(0)
    keep = pane.keep()
    qtbot.addWidget(keep)
    keep.approver.setCurrentIndex(keep.approver.findData(leader.id))
    assert keep.submit(), keep.error.text()
    assert mr.keepers(led, m.id) == [(chen.id, "陈科长")]
    pane.only_out.setChecked(False)
    row = next(i for i, r in enumerate(pane.issues.rows()) if r.item.person_id == chen.id)
    pane.issues_view.selectRow(row)
    out = tmp_path / "kept.pdf"
    pane.print_kept(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    reg = tmp_path / "register.pdf"
    pane.print_register(str(reg))
    qtbot.waitUntil(lambda: reg.exists() and not ctx.busy, timeout=20000)
    pane.tabs.setCurrentIndex(2)
    pane.grab().save(str(tmp_path / "meetings_pane.png"))
    pane.close_meeting()
    assert pane.current().status == "closed"
    assert verify(led).ok
