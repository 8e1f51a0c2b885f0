"""A clerk narrows 知悉人员登记表 and 个人留存登记簿 before printing: the rows on screen are
the rows of the PDF and the XLSX (demo ledger)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton

from secledger.demo.build import build_demo
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.ui.panes.custody import people_registers as pr
from secledger.ui.panes.custody.overdue import OverduePane


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registers") / "demo"
    build_demo(path, documents=80, kdf=TEST_KDF)
    return path


@pytest.fixture
def led(demo_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(demo_path, username="demo", password="demo12345", kdf=TEST_KDF)
    yield ledger
    ledger.close()


def _opened(monkeypatch: Any) -> list[pr.PeopleRegisterDialog]:
    shown: list[pr.PeopleRegisterDialog] = []
    monkeypatch.setattr(pr.PeopleRegisterDialog, "exec", lambda self: shown.append(self) or 0)
    return shown


def _pdf(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _column(dlg: pr.PeopleRegisterDialog, col: int) -> list[str]:
    return [str(dlg.model.index(r, col).data()) for r in range(dlg.model.rowCount())]


def test_knowers_register_narrowed_then_printed(qtbot, shell_ctx, led, monkeypatch,  # type: ignore[no-untyped-def]
                                                tmp_path) -> None:
    ctx = shell_ctx(ledger=led)
    pane = OverduePane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    shown = _opened(monkeypatch)
    pane.findChild(QPushButton, "printKnowers").click()
    dlg = shown[-1]
    qtbot.addWidget(dlg)
    everyone = dlg.model.rowCount()
    assert everyone > 3 and dlg.kind == pr.KNOWERS
    name = _column(dlg, 4)[0]
    person = next(i for i in range(dlg.filters.person.count())
                  if dlg.filters.person.itemText(i).startswith(name + "（"))
    dlg.filters.person.setCurrentIndex(person)
    qtbot.waitUntil(lambda: dlg.model.rowCount() < everyone)
    assert set(_column(dlg, 4)) == {name}
    reg = _column(dlg, 0)[0]
    dlg.filters.document.setText(reg)
    qtbot.waitUntil(lambda: set(_column(dlg, 0)) == {reg})
    shown_rows = dlg.model.rowCount()
    pdf, xlsx = tmp_path / "k.pdf", tmp_path / "k.xlsx"
    dlg.print_pdf(pdf)
    dlg.export_xlsx(xlsx)
    qtbot.waitUntil(lambda: pdf.exists() and xlsx.exists() and not ctx.busy, timeout=20000)
    text = _pdf(pdf)
    assert f"文件：{reg}" in text and f"人员：{name}" in text and text.count(reg) >= 1
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert len(rows) == 3 + shown_rows + 2  # heads, the rows shown, totals, printed-by line
    assert {r[4] for r in rows[3:3 + shown_rows]} == {name}
    dlg.resize(1100, 600)
    dlg.grab().save(str(tmp_path / "knowers_dialog.png"))


def test_retention_register_by_department_and_period(qtbot, shell_ctx, led, monkeypatch,  # type: ignore[no-untyped-def]
                                                     tmp_path) -> None:
    from secledger.ui.panes.custody.retention import RetentionPane

    ctx = shell_ctx(ledger=led)
    pane = RetentionPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    shown = _opened(monkeypatch)
    pane.buttons["printRegister"].click()
    dlg = shown[-1]
    qtbot.addWidget(dlg)
    assert dlg.kind == pr.RETENTION and dlg.model.rowCount() > 1
    dept = _column(dlg, 1)[0]
    dlg.filters.department.setCurrentIndex(dlg.filters.department.findText(dept))
    qtbot.waitUntil(lambda: set(_column(dlg, 1)) == {dept})
    dlg.filters.date_from.setDate(QDate(2099, 1, 1))  # nothing issued after that
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 0)
    assert "0" in dlg.count.text()
    dlg.filters.date_from.setDate(dlg.filters.date_from.minimumDate())
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0)
    n = dlg.model.rowCount()
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    dlg.print_pdf(pdf)
    dlg.export_xlsx(xlsx)
    qtbot.waitUntil(lambda: pdf.exists() and xlsx.exists() and not ctx.busy, timeout=20000)
    assert f"部门：{dept}" in _pdf(pdf) and f"{n} 件" in _pdf(pdf)
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[-2][:2] == ("合计", f"{n} 件") and str(rows[-1][0]).startswith("打印：")
