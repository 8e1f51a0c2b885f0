"""The import wizard driven as a clerk would: a messy register with a row in error (Import
disabled, saying why, until the row is excluded; then the documents appear in the browser
and the register by themselves), a cancelled import writes nothing, a WPS .et file gets the
how-to-save message, the column choices are remembered for the next file of the same layout,
and a register exported in the re-importable layout comes back the same in another ledger."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWizard
from tests.services.import_helpers import HEAD, entry, write_xlsx

from secledger.domain.enums import Register
from secledger.services import importing
from secledger.services.registration.registers import RegisterFilter, register_rows
from secledger.ui.panes.registration import import_models as im
from secledger.ui.panes.registration.import_wizard import (
    COLUMNS,
    DONE,
    FILE,
    HEADING,
    PREVIEW,
    ImportWizard,
)

WAIT = 20_000


def messy_rows() -> list[list[Any]]:
    """File rows 4.. under a merged title (row 1), a blank row (2) and the heading (3)."""
    return [
        entry(1, 收文日期="2024.3.5", 份号="1-2", 份数="2"),           # 4 ok
        entry(2, 收文日期=45361, 密级及保密期限="秘密", 份号="5", 份数=1),  # 5 ok (serial)
        entry(3, 密级及保密期限="内部"),                                # 6 left out: not secret
        [None] * len(HEAD),                                             # 7 blank
        entry(4, 收文日期="2024.2.30"),                                 # 8 no 30 February
        entry(5, 收文日期="2024年3月7日", 份号="001-003", 份数="3"),    # 9 ok
        ["合计", None, None, None, None, None, None, "8"] + [None] * 4,  # 10 totals
    ]


@pytest.fixture
def ctx(shell_ctx: Any, clerk_ledger: Any) -> Any:
    c = shell_ctx(ledger=clerk_ledger)
    c.errors = []
    c.show_error = lambda exc, parent=None: c.errors.append(exc)
    return c


def open_wizard(qtbot: Any, ctx: Any, register: Register = Register.RECEIPT) -> ImportWizard:
    wiz = ImportWizard(ctx, None, register=register)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def choose_file(qtbot: Any, ctx: Any, wiz: ImportWizard, path: Path) -> None:
    """Type the path and press Enter, as a clerk would; wait until the file is read."""
    page = wiz.page(FILE)
    page.path.setText(str(path))
    QTest.keyClick(page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=WAIT)


def click_next(qtbot: Any, ctx: Any, wiz: ImportWizard, expect: int,
               button: QWizard.WizardButton = QWizard.WizardButton.NextButton) -> None:
    qtbot.mouseClick(wiz.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.currentId() == expect and not ctx.busy, timeout=WAIT)


def to_preview(qtbot: Any, ctx: Any, wiz: ImportWizard, path: Path) -> Any:
    choose_file(qtbot, ctx, wiz, path)
    click_next(qtbot, ctx, wiz, HEADING)
    click_next(qtbot, ctx, wiz, COLUMNS)
    click_next(qtbot, ctx, wiz, PREVIEW)
    return wiz.page(PREVIEW)


def import_button(wiz: ImportWizard) -> Any:
    return wiz.button(QWizard.WizardButton.CommitButton)


def test_a_messy_register_imports_after_its_bad_row_is_excluded(
        qtbot: Any, ctx: Any, clerk_ledger: Any, tmp_path: Path) -> None:
    from secledger.ui.panes.browse.browser import BrowserPane
    from secledger.ui.panes.registration.registers import RegistersPane

    browser, registers = BrowserPane(ctx), RegistersPane(ctx)
    for pane in (browser, registers):
        qtbot.addWidget(pane)
        pane.show()
        pane.refresh()
    path = write_xlsx(tmp_path / "收文登记簿2024.xlsx", messy_rows())
    wiz = open_wizard(qtbot, ctx)
    choose_file(qtbot, ctx, wiz, path)
    assert "第 3 行" in wiz.page(FILE).found.text()
    click_next(qtbot, ctx, wiz, HEADING)
    assert wiz.page(HEADING).row.value() == 3
    click_next(qtbot, ctx, wiz, COLUMNS)
    assert wiz.mapping[4] == "title" and wiz.page(COLUMNS).isComplete()
    click_next(qtbot, ctx, wiz, PREVIEW)
    page = wiz.page(PREVIEW)
    model = page.model
    # every row beside its status, as the file numbers it
    statuses = {model.row_at(i).row: model.text(model.row_at(i), im.STATUS)
                for i in range(model.rowCount())}
    assert statuses == {4: "将导入", 5: "将导入", 6: "不导入", 7: "跳过", 8: "有问题",
                        9: "将导入", 10: "跳过"}
    assert not import_button(wiz).isEnabled()
    assert "1 行有问题" in page.blocked.text() and "排除" in page.blocked.text()
    assert import_button(wiz).toolTip() == page.blocked.text()
    page.show_rows.setCurrentIndex(3)  # rows left out
    assert [model.row_at(i).row for i in range(model.rowCount())] == [6]
    assert "不是国家秘密" in model.text(model.row_at(0), im.PROBLEM)
    page.show_rows.setCurrentIndex(1)  # rows with problems
    assert model.rowCount() == 1
    bad = model.row_at(0)
    assert bad.row == 8
    assert model.text(bad, im.PROBLEM).startswith("B列（收文日期）：") and "30日" in \
        model.text(bad, im.PROBLEM)
    assert model.text(bad, im.FIX)
    index = model.index(0, im.EXCLUDE)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert import_button(wiz).isEnabled() and not page.blocked.isVisible()
    assert model.text(bad, im.STATUS) == "已排除"
    click_next(qtbot, ctx, wiz, DONE, QWizard.WizardButton.CommitButton)
    done = wiz.page(DONE)
    assert wiz.imported is not None and wiz.imported.documents == 3
    assert "3 件文件、6 份载体" in done.result.text()
    assert "收2024-00001" in done.result.text() and "收2024-00003" in done.result.text()
    left = {done.left_out.item(i, 0).text(): done.left_out.item(i, 1).text()
            for i in range(done.left_out.rowCount())}
    assert set(left) == {"6", "8"} and "不是国家秘密" in left["6"] and "30日" in left["8"]
    # the import committed events: the browser and the register refresh by themselves
    qtbot.waitUntil(lambda: browser.count_label.text() == "共 6 件", timeout=WAIT)
    qtbot.waitUntil(lambda: registers.year.findData(2024) >= 0, timeout=WAIT)
    registers.year.setCurrentIndex(registers.year.findData(2024))
    qtbot.waitUntil(lambda: registers.model.rowCount() == 3, timeout=WAIT)
    assert ctx.errors == []


def test_cancelling_the_import_writes_nothing(qtbot: Any, ctx: Any, clerk_ledger: Any,
                                              tmp_path: Path, monkeypatch: Any) -> None:
    gate = threading.Event()
    real = importing.commit_import

    def held(*args: Any, **kw: Any) -> Any:  # waits until the clerk has pressed Cancel
        gate.wait(10)
        return real(*args, **kw)

    monkeypatch.setattr(importing, "commit_import", held)
    path = write_xlsx(tmp_path / "r.xlsx", [entry(n) for n in range(1, 6)])
    wiz = open_wizard(qtbot, ctx)
    page = to_preview(qtbot, ctx, wiz, path)
    assert import_button(wiz).isEnabled()
    qtbot.mouseClick(import_button(wiz), Qt.MouseButton.LeftButton)
    progress = [d for d in wiz.findChildren(QProgressDialog) if d.objectName() == "opProgress"]
    assert progress
    progress[-1].canceled.emit()  # the Cancel button of the progress dialog
    gate.set()
    qtbot.waitUntil(lambda: not ctx.busy, timeout=WAIT)
    assert wiz.currentId() == PREVIEW and wiz.imported is None
    assert page.error.text() == "已取消导入，台账未作任何改动。"
    assert register_rows(clerk_ledger, RegisterFilter(Register.RECEIPT, 2024)) == []
    assert importing.import_records(clerk_ledger) == []


def test_a_wps_file_says_how_to_save_it_as_xlsx(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    et = tmp_path / "收文登记簿.et"
    et.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    wiz = open_wizard(qtbot, ctx)
    choose_file(qtbot, ctx, wiz, et)
    text = wiz.page(FILE).error.text()
    assert "WPS" in text and "另存为" in text and ".xlsx" in text
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.busy, timeout=WAIT)
    assert wiz.currentId() == FILE and wiz.start is None


def test_the_column_choices_are_remembered_for_the_same_layout(
        qtbot: Any, ctx: Any, clerk_ledger: Any, tmp_path: Path) -> None:
    head = ["序号", "日期", "发件方", "字", "题目", "密级", "份号", "附记"]
    first = write_xlsx(tmp_path / "a.xlsx", [["1", "2024-01-02", "省局", "省〔2024〕1号", "通知",
                                              "秘密", "1", "备用"]], head=head)
    wiz = open_wizard(qtbot, ctx)
    choose_file(qtbot, ctx, wiz, first)
    click_next(qtbot, ctx, wiz, HEADING)
    click_next(qtbot, ctx, wiz, COLUMNS)
    columns = wiz.page(COLUMNS)
    assert not columns.remembered.isVisible()
    assert columns.combos[2].currentData() == ""  # 发件方: not a known name
    columns.combos[2].setCurrentIndex(columns.combos[2].findData("unit"))
    columns.combos[7].setCurrentIndex(columns.combos[7].findData("remarks"))
    click_next(qtbot, ctx, wiz, PREVIEW)
    assert wiz.preview is not None and wiz.preview.ok_rows[0].entry.inp.unit == "省局"  # type: ignore[union-attr]
    click_next(qtbot, ctx, wiz, DONE, QWizard.WizardButton.CommitButton)
    second = write_xlsx(tmp_path / "b.xlsx", [["2", "2024-01-03", "市局", "市〔2024〕2号",
                                               "纪要", "机密", "1", ""]], head=head)
    again = open_wizard(qtbot, ctx)
    choose_file(qtbot, ctx, again, second)
    click_next(qtbot, ctx, again, HEADING)
    click_next(qtbot, ctx, again, COLUMNS)
    columns = again.page(COLUMNS)
    assert columns.remembered.isVisible() and "上次" in columns.remembered.text()
    assert columns.combos[2].currentData() == "unit"
    assert columns.combos[7].currentData() == "remarks"


def test_a_moved_heading_row_and_a_column_taken_twice(qtbot: Any, ctx: Any,
                                                      tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1)])
    wiz = open_wizard(qtbot, ctx)
    choose_file(qtbot, ctx, wiz, path)
    click_next(qtbot, ctx, wiz, HEADING)
    heading = wiz.page(HEADING)
    heading.table.cellClicked.emit(0, 0)  # the title row is not the heading
    assert heading.row.value() == 1 and wiz.start is not None
    assert wiz.start.layout.header_row == 1
    heading.table.cellClicked.emit(2, 0)
    assert wiz.start.layout.header_row == 3
    click_next(qtbot, ctx, wiz, COLUMNS)
    columns = wiz.page(COLUMNS)
    columns.combos[2].setCurrentIndex(columns.combos[2].findData("title"))  # 来文单位 as title
    assert columns.combos[4].currentData() == "" and wiz.mapping[2] == "title"
    columns.combos[2].setCurrentIndex(0)
    assert not columns.isComplete() and "标题" in columns.missing.text()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def test_export_for_reimport_then_the_wizard_gives_the_same_register(
        qtbot: Any, shell_ctx: Any, clerk_ledger: Any, make_ledger: Any, tmp_path: Path,
        monkeypatch: Any) -> None:
    from secledger.domain.marks import parse_mark
    from secledger.services.ledger.session import open_ledger
    from secledger.services.registration.register import DocumentInput, register_document
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui.panes.registration.registers import RegistersPane

    for n, (title, mark, copies) in enumerate((("关于保密检查的通知", "机密★10年", 2),
                                               ("会议纪要", "秘密", 1),
                                               ("年度工作要点", "绝密★长期", 3)), 1):
        register_document(clerk_ledger, DocumentInput(
            register=Register.RECEIPT, title=title, mark=parse_mark(mark),
            copy_nos=tuple(range(1, copies + 1)), doc_no=f"省保发〔2026〕{n}号",
            unit="省国家保密局"))
    source = shell_ctx(ledger=clerk_ledger)
    pane = RegistersPane(source)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    target = tmp_path / "收文登记簿（导入格式）.xlsx"
    asked: list[str] = []

    def save_as(_parent: Any, title: str, *_a: Any) -> tuple[str, str]:
        asked.append(title)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    menu = pane.buttons["import"].menu()
    menu.aboutToShow.emit()
    export = menu.actions()[1]
    assert "可再导入格式" in export.text() and f"{datetime.now().year}年收文" in export.text()
    export.trigger()
    qtbot.waitUntil(lambda: target.exists() and not source.busy, timeout=WAIT)
    assert "绝密" in asked[0]  # the save prompt names the highest level
    path, admin = make_ledger("other")
    admin.close()
    other = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    ctx = shell_ctx(ledger=other)
    wiz = open_wizard(qtbot, ctx)
    to_preview(qtbot, ctx, wiz, target)
    assert wiz.preview is not None and not wiz.preview.error_rows
    click_next(qtbot, ctx, wiz, DONE, QWizard.WizardButton.CommitButton)
    year = datetime.now().year

    def facts(led: Any) -> list[tuple[Any, ...]]:
        return [(r.title, r.mark, r.copy_nos, r.unit, r.doc_no)
                for r in register_rows(led, RegisterFilter(Register.RECEIPT, year))]

    assert facts(other) == facts(clerk_ledger) and len(facts(other)) == 3
    other.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_past_imports_list_the_rows_left_out(qtbot: Any, shell_ctx: Any, clerk_ledger: Any,
                                             tmp_path: Path, lang: str) -> None:
    from secledger.ui.panes.registration.import_records import show_import_records

    path = write_xlsx(tmp_path / "r.xlsx", messy_rows())
    preview = importing.preview_import(clerk_ledger, str(path), register=Register.RECEIPT)
    importing.commit_import(clerk_ledger, preview, exclude_rows=[8])
    ctx = shell_ctx(ledger=clerk_ledger, lang=lang)
    dialog = show_import_records(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    line = dialog.model.row_at(0)
    assert line.record.file_name == "r.xlsx" and line.record.left_out == 2
    assert dialog.rows.rowCount() == 2 and dialog.rows.item(1, 0).text() == "8"
    assert "30" in dialog.rows.item(1, 2).text() or "2024.2.30" in dialog.rows.item(1, 2).text()
    assert "r.xlsx" in dialog.facts.text()
    dialog.reject()


def test_column_names_not_recognised_are_mapped_by_hand(qtbot: Any, ctx: Any,
                                                        tmp_path: Path) -> None:
    head = ["号码", "收到", "发件方", "事项名", "等级", "数目"]
    path = write_xlsx(tmp_path / "r.xlsx", [["1", "2024-01-02", "省局", "通知", "秘密", "1"]],
                      head=head)
    wiz = open_wizard(qtbot, ctx)
    choose_file(qtbot, ctx, wiz, path)
    assert "没有找到" in wiz.page(FILE).warning.text()
    click_next(qtbot, ctx, wiz, HEADING)
    wiz.page(HEADING).table.cellClicked.emit(2, 1)  # the clerk clicks the row of names
    click_next(qtbot, ctx, wiz, COLUMNS)
    columns = wiz.page(COLUMNS)
    assert not columns.isComplete() and "标题" in columns.missing.text()
    for col, fld in enumerate(("reg_no", "date", "unit", "title", "mark", "copies")):
        columns.combos[col].setCurrentIndex(columns.combos[col].findData(fld))
    assert columns.isComplete() and not columns.missing.text()
    click_next(qtbot, ctx, wiz, PREVIEW)
    assert wiz.preview is not None and len(wiz.preview.ok_rows) == 1
    assert import_button(wiz).isEnabled()


def test_the_file_menu_opens_the_wizard_for_clerks_only(qtbot: Any, shell_ctx: Any,
                                                        make_ledger: Any) -> None:
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui.main_window import MainWindow

    path, admin = make_ledger()
    officer = shell_ctx(admin)
    officer.idle_timeout_ms = 600_000
    win = MainWindow(officer)
    qtbot.addWidget(win)
    assert not win.import_action.isVisible()  # the security officer keeps no register
    officer.close_ledger()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    ctx = shell_ctx(clerk)
    ctx.idle_timeout_ms = 600_000
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.import_action.isVisible()
    win.import_action.trigger()
    wizard = win.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible() and wizard.currentId() == FILE
    win.lock()  # locked means locked: the wizard and what it read are gone
    qtbot.waitUntil(lambda: win.findChild(ImportWizard) is None, timeout=WAIT)
    assert not win.import_action.isEnabled()
