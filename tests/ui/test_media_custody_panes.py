"""The handover and stocktake panes with classified devices and storage media: the handover
lists the giver's devices and media beside the carriers and hands them over with them; a
stocktake counting media takes their labels from the scanner and lists them with their
status."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from secledger.domain.enums import Classification, Clearance
from secledger.domain.media import MediaState, MediaType
from secledger.domain.states import Action
from secledger.services.audit.verify import verify
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.ledger.session import open_ledger
from secledger.services.media import items
from secledger.services.media import read as media_read
from secledger.services.media.items import MediaInput
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF
from secledger.ui.panes.custody.common import select_data

#: screenshots go here when set (a look at the panes as a clerk sees them)
SHOTS = os.environ.get("SECLEDGER_SHOTS")


def _shot(widget: Any, tmp_path: Path, name: str) -> None:
    widget.grab().save(str(Path(SHOTS or tmp_path) / name))


def _office(make_ledger: Any) -> tuple[Any, list[Any]]:
    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    leaders = [people.create_person(admin, name=n, department_id=dept.id,
                                    clearance=Clearance.CORE, post="领导")
               for n in ("张局长", "刘副局长", "陈副局长")]
    admin.close()
    return open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF), leaders


def _media(led: Any, holder: int, location: str = "局长办公室") -> list[Any]:
    made = []
    for kind, no, level in ((MediaType.COMPUTER, "BM-JSJ-001", Classification.SECRET),
                            (MediaType.USB, "BM-U-001", Classification.SECRET),
                            (MediaType.PORTABLE_DISK, "BM-YP-001", Classification.TOP_SECRET)):
        made.append(items.register_item(led, MediaInput(
            kind, no, level, holder, serial_no="SN-" + no, brand_model="联想", location=location)))
    return made


def test_handover_pane_with_media(qtbot, shell_ctx, make_ledger, register_doc,  # type: ignore[no-untyped-def]
                                  tmp_path) -> None:
    led, leaders = _office(make_ledger)
    doc = register_doc(led, "领导阅存文件", copies=2)
    for c in doc.carriers:
        with led.db.write() as s:
            transition(s, led, get_carrier(s, c.id), Action.ISSUE_TO, holder_id=leaders[0].id)
    pc, usb, _disk = _media(led, leaders[0].id)
    items.take_out_of_service(led, usb.id, reason="接口松动")
    ctx = shell_ctx(led)
    from secledger.ui.panes.custody.handover import HandoverPane

    pane = HandoverPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1200, 860)
    pane.show()
    pane.refresh()
    assert pane.handle_media_scan(pc.label_id)  # the 责任人 of a scanned device hands over
    assert pane.giver.currentData() == leaders[0].id
    assert pane.items_model.rowCount() == 2 and pane.media_model.rowCount() == 3
    assert "3" in pane.media_label.text() and "U盘" in pane.media_label.text()
    select_data(pane.receiver, leaders[1].id)
    select_data(pane.witness, leaders[2].id)
    _shot(pane, tmp_path, "handover_pane_media_before.png")
    h = pane.confirm()
    assert h is not None and (h.item_count, h.media_count) == (2, 3)
    assert pane.media_model.rowCount() == 0 and pane.register_model.rowCount() == 1
    assert media_read.get_item(led, usb.id).state == MediaState.OUT_OF_SERVICE
    assert media_read.get_item(led, usb.id).holder_id == leaders[1].id
    out = tmp_path / "list.pdf"
    pane.print_selected(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    if SHOTS:
        (Path(SHOTS) / "handover_list_media.pdf").write_bytes(out.read_bytes())
    _shot(pane, tmp_path, "handover_pane_media_after.png")
    assert verify(led).ok


def test_stocktake_pane_counts_media(qtbot, shell_ctx, make_ledger, register_doc,  # type: ignore[no-untyped-def]
                                     tmp_path) -> None:
    led, leaders = _office(make_ledger)
    doc = register_doc(led, "保密室的文件", copies=2)
    for c in doc.carriers:
        with led.db.write() as s:
            transition(s, led, get_carrier(s, c.id), Action.ARCHIVE, location="保密室")
    pc, usb, disk = _media(led, leaders[0].id, location="保密室")
    ctx = shell_ctx(led)
    from secledger.ui.panes.custody.stocktake import StocktakePane

    pane = StocktakePane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1300, 900)
    pane.show()
    pane.refresh()
    pane.what.setCurrentIndex(1)  # carriers, devices and storage media
    pane.location.setText("保密室")
    pane.checkers.setText("李机要，王保密")
    pane._show_scope_size()
    assert "5" in pane.scope_hint.text()
    st = pane.start()
    assert st is not None and st.counts.expected == 5
    assert pane.media_box.isVisible() and pane.media_model.rowCount() == 3
    assert pane.handle_media_scan(pc.label_id) and "BM-JSJ-001" in pane.last.text()
    assert pane.handle_scan(doc.carriers[0].label_id)
    pane.seen_at.setText("办公室301")
    assert pane.handle_media_scan(usb.label_id)
    pane.seen_at.clear()
    statuses = [pane.media_model.index(r, 0).data() for r in range(3)]
    assert statuses == ["已核", "不符", "未见"], statuses
    _shot(pane, tmp_path, "stocktake_pane_media.png")
    res = pane.finish()
    assert res is not None and [m.device_no for m in res.media.missing] == ["BM-YP-001"]
    out = tmp_path / "report.pdf"
    pane.print_report(str(out))
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    if SHOTS:
        (Path(SHOTS) / "stocktake_report_media.pdf").write_bytes(out.read_bytes())
    del disk
