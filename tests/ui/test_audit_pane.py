"""The auditor's pane (审计): who sees it, filters, the windowed event model, verification off
the GUI thread (passed, and after tampering: the bad event named and shown), exports."""

from __future__ import annotations

from typing import Any

import pytest

from secledger.domain.enums import Clearance, Role
from secledger.domain.states import Action
from secledger.services.audit import log as audit
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.ledger.session import open_ledger
from secledger.services.people import persons as people
from secledger.store.keyslots import TEST_KDF
from secledger.ui.models.events import ID, KIND, EventTableModel
from secledger.ui.panes.audit.log import AuditPane
from secledger.ui.registry import visible_panes


@pytest.fixture
def office(make_ledger, register_doc) -> Any:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    dept = people.list_departments(admin)[0]
    reader = people.create_person(admin, name="赵阅", department_id=dept.id,
                                  clearance=Clearance.CORE, post="科长")
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    docs = [register_doc(led, f"关于第{i}季度保密检查的通知", copies=2) for i in range(1, 4)]
    for d in docs[:2]:
        with led.db.write() as s:
            transition(s, led, get_carrier(s, d.carriers[0].id), Action.ISSUE_TO,
                       holder_id=reader.id)
    yield led
    led.close()


def _pane(qtbot: Any, shell_ctx: Any, led: Any) -> tuple[Any, AuditPane]:
    ctx = shell_ctx(led)
    pane = AuditPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1280, 720)
    pane.show()
    pane.refresh()
    return ctx, pane


def _counted(qtbot: Any, model: EventTableModel) -> EventTableModel:
    """The model once its count is known (pages and counts are read off the GUI thread)."""
    qtbot.waitUntil(lambda: model.total is not None)
    return model


def _ids(qtbot: Any, model: EventTableModel) -> list[int]:
    _counted(qtbot, model)
    return [model.event_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_the_auditor_and_the_security_officer_see_the_pane() -> None:
    keys = lambda roles: [p.key for p in visible_panes(frozenset(roles))]  # noqa: E731
    assert "audit" in keys({Role.AUDITOR}) and "audit" in keys({Role.SECURITY_OFFICER})
    assert "audit" not in keys({Role.CLERK}) and "audit" not in keys({Role.ARCHIVIST})
    order = keys({Role.AUDITOR, Role.SECURITY_OFFICER})
    assert order.index("audit") > order.index("people")


def test_filters_narrow_the_rows(qtbot, shell_ctx, office) -> None:  # type: ignore[no-untyped-def]
    _ctx, pane = _pane(qtbot, shell_ctx, office)
    everything = _ids(qtbot, pane.model)
    assert everything == sorted(everything, reverse=True)
    assert len(everything) == audit.count(office, audit.EventQuery())
    pane.group.setCurrentIndex(pane.group.findData("flow"))
    flow = _ids(qtbot, pane.model)
    assert len(flow) == 2 and set(flow) < set(everything)
    assert {pane.model.index(r, KIND).data() for r in range(2)} == {"分发/领用"}
    pane.group.setCurrentIndex(pane.group.findData("accounts"))
    pane.user.setCurrentIndex(pane.user.findData("admin"))
    _counted(qtbot, pane.model)
    assert all(e.username == "admin" and e.group == "accounts"
               for e in map(pane.model.event_at, range(pane.model.rowCount())))
    pane.reset_filters()
    reg = office_reg_no = audit.page(office, audit.EventQuery(kinds=("carrier.issue_to",)))[0].reg_no
    pane.search.setText(reg)
    qtbot.waitUntil(lambda: pane.model.query.text == office_reg_no)
    _counted(qtbot, pane.model)
    assert 0 < pane.model.rowCount() < len(everything)
    assert all(pane.model.event_at(r).reg_no == reg for r in range(pane.model.rowCount()))  # type: ignore[union-attr]
    pane.table.selectRow(0)
    assert "事件 #" in pane.detail.toPlainText() and "本条哈希" in pane.detail.toPlainText()


def test_verify_passes_then_names_the_tampered_event(qtbot, shell_ctx, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx, pane = _pane(qtbot, shell_ctx, office)
    pane.verify_button.click()
    qtbot.waitUntil(lambda: pane.result is not None and not ctx.busy, timeout=20000)
    r = pane.result
    assert r is not None and r.ok and not pane.jump_button.isVisible()
    assert f"#{r.head_id}" in pane.result_label.text() and "1b7a1b" in pane.result_label.styleSheet()
    pane.grab().save(str(tmp_path / "audit_pane_ok.png"))
    out = tmp_path / "verify.pdf"
    pane.print_report(out)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)

    victim = audit.page(office, audit.EventQuery(kinds=("carrier.issue_to",)))[-1].id
    conn = office.db.raw_connection()
    try:
        conn.cursor().execute("UPDATE events SET payload = replace(payload, '\"issue_to\"', "
                              "'\"take_back\"') WHERE id = ?", (victim,))
        conn.commit()
    finally:
        conn.close()
    pane.group.setCurrentIndex(pane.group.findData("people"))  # hides the bad event
    pane.result = None
    pane.verify_button.click()
    qtbot.waitUntil(lambda: pane.result is not None and not ctx.busy, timeout=20000)
    bad = pane.result
    assert bad is not None and not bad.ok and bad.problem_event_id == victim
    assert f"#{victim}" in pane.result_label.text() and "b00020" in pane.result_label.styleSheet()
    assert pane.jump_button.isVisible() and f"#{victim}" in pane.jump_button.text()
    pane.jump_button.click()
    qtbot.waitUntil(lambda: pane.selected_event() is not None)  # once its row is read
    assert pane.selected_event().id == victim  # type: ignore[union-attr]
    assert pane.group.currentData() == ""  # the filter that hid it was cleared
    assert f"事件 #{victim}" in pane.detail.toPlainText()
    pane.grab().save(str(tmp_path / "audit_pane_failed.png"))


def test_verify_from_the_pane_with_the_second_process(qtbot, shell_ctx, office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a big ledger the pane's verify hashes the chain in a second process (from the
    worker thread); here forced on the small one: the same pass, from the child's answer."""
    from secledger.services.audit import verify as verify_module

    answers, original = [], verify_module.merged
    monkeypatch.setattr(verify_module, "CHILD_FROM", 0)
    monkeypatch.setattr(verify_module, "merged",
                        lambda here, there: answers.append(there) or original(here, there))
    ctx, pane = _pane(qtbot, shell_ctx, office)
    pane.verify_button.click()
    qtbot.waitUntil(lambda: pane.result is not None and not ctx.busy, timeout=20000)
    r = pane.result
    assert r is not None and r.ok and f"#{r.head_id}" in pane.result_label.text()
    assert len(answers) == 1 and answers[0] is not None and answers[0].head_id == r.head_id


def test_export_xlsx_from_the_pane(qtbot, shell_ctx, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    ctx, pane = _pane(qtbot, shell_ctx, office)
    pane.group.setCurrentIndex(pane.group.findData("registration"))
    out = tmp_path / "log.xlsx"
    pane.export_xlsx(out)
    qtbot.waitUntil(lambda: out.exists() and not ctx.busy, timeout=20000)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))[3:]
    assert [r[0] for r in rows] == _ids(qtbot, pane.model)
    pane.table.selectRow(3)
    pane.grab().save(str(tmp_path / "audit_pane.png"))


def test_model_pages_on_demand(qtbot, qtmodeltester, office) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(lambda: office, lazy_count=False)
    model.PAGE = 4
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    n = audit.count(office, audit.EventQuery())
    assert model.rowCount() == n > 12 and model.total == n
    model.page_queries = 0
    assert model.index(n - 1, ID).data() == "1"  # a jump to the end: one offset query
    assert model.page_queries == 1
    assert [model.event_at(r).id for r in range(n)] == list(range(n, 0, -1))  # type: ignore[union-attr]
    assert len(model._pages) <= model.MAX_PAGES
    lazy = EventTableModel(lambda: office)
    lazy.PAGE = 4
    with qtbot.waitSignal(lazy.counted, timeout=10000) as sig:
        lazy.refresh()
    assert sig.args == [n] and lazy.rowCount() == n
    assert lazy.wait_idle()
    qtmodeltester.check(lazy, force_py=True)
    model.set_query(audit.EventQuery(group="flow"))
    assert model.rowCount() == 2 and model.row_of(model.event_at(1).id) == 1  # type: ignore[union-attr]
