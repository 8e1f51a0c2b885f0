"""The ledger browser pane (台账查询) over a small demo ledger: rows, search, sort, filter,
detail panel, copy as TSV, remembered columns; qtmodeltester on every table model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from tests.ui.table_helpers import cell, column

from secledger.demo.build import build_demo
from secledger.domain.enums import CarrierState
from secledger.services.browse import query as browse
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.ui.models import carriers as cm
from secledger.ui.panes.browse.browser import BrowserPane


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "demo"
    build_demo(path, documents=80, kdf=TEST_KDF)
    return path


@pytest.fixture
def led(demo_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(demo_path, username="demo", password="demo12345", kdf=TEST_KDF)
    yield ledger
    ledger.close()


@pytest.fixture
def pane(qtbot: Any, shell_ctx: Any, led: Ledger) -> BrowserPane:
    ctx = shell_ctx(ledger=led)
    p = BrowserPane(ctx)
    qtbot.addWidget(p)
    p.resize(1400, 800)
    p.show()
    p.refresh()
    qtbot.waitUntil(lambda: p.model.count_known and p.model.held_row(0) is not None)
    ctx._ledger = led  # the test's fixture closes it
    return p


def sql(led: Ledger, stmt: str, params: tuple[object, ...] = ()) -> list[Any]:
    conn = led.db.raw_connection()
    try:
        return conn.execute(stmt, params).fetchall()
    finally:
        conn.close()


def shown_ids(qtbot: Any, model: cm.CarrierTableModel) -> list[int]:
    return column(qtbot, model, 0, cm.ID_ROLE)


def test_browser_shows_demo_rows(pane: BrowserPane, led: Ledger) -> None:
    total = sql(led, "SELECT count(*) FROM carriers")[0][0]
    assert total > 300
    assert pane.model.rowCount() == total
    assert pane.count_label.text() == f"共 {total} 件"
    top = pane.model.index(0, cm.REG_NO).data()
    newest = sql(led, "SELECT reg_no FROM documents ORDER BY id DESC LIMIT 1")[0][0]
    assert top == newest
    assert pane.model.headerData(cm.TITLE, Qt.Orientation.Horizontal) == "标题"
    assert len(pane.model.index(0, cm.COPY_NO).data()) == 6


def test_two_character_search_narrows_to_the_rows_the_database_says(
    qtbot: Any, pane: BrowserPane, led: Ledger
) -> None:
    needle = "保密"
    expected = sorted(r[0] for r in sql(
        led, "SELECT c.id FROM carriers c JOIN documents d ON d.id = c.document_id "
        "WHERE d.title LIKE ? OR d.doc_no LIKE ? OR d.unit LIKE ?", (f"%{needle}%",) * 3))
    assert 0 < len(expected) < pane.model.rowCount()
    pane.search.setFocus()
    pane.search.insert(needle)  # as typed (QTest.keyClicks handles ASCII only)
    qtbot.waitUntil(lambda: pane.model.query.text == needle and pane.model.count_known)
    assert sorted(shown_ids(qtbot, pane.model)) == expected
    assert pane.count_label.text() == f"共 {len(expected)} 件"


def test_sorting_by_a_column_in_sql(qtbot: Any, pane: BrowserPane, led: Ledger) -> None:
    header = pane.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft()
                     + _section_center(header, cm.TITLE))
    assert pane.model.query.sort == "title"
    titles = column(qtbot, pane.model, cm.TITLE)
    descending = header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder
    assert titles == sorted(titles, reverse=descending)
    pane.table.sortByColumn(cm.REGISTERED, Qt.SortOrder.AscendingOrder)
    assert (pane.model.query.sort, pane.model.query.descending) == ("registered", False)
    ids = shown_ids(qtbot, pane.model)
    assert ids == [r[0] for r in sql(led, "SELECT id FROM carriers ORDER BY registered_at, id")]


def _section_center(header: Any, logical: int) -> Any:
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    return QPoint(x, header.height() // 2)


def test_filter_plus_sort_at_the_end_of_the_list(qtbot: Any, pane: BrowserPane,
                                                 led: Ledger) -> None:
    pane.state.setCurrentIndex(pane.state.findData(CarrierState.IN_STORE))
    pane.table.sortByColumn(cm.REGISTERED, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: pane.model.count_known)
    expected = [r[0] for r in sql(
        led, "SELECT id FROM carriers WHERE state = 'in_store' ORDER BY registered_at, id")]
    assert pane.model.rowCount() == len(expected)
    pane.model.PAGE = 20  # several pages even in a small ledger
    pane.model.refresh()
    qtbot.waitUntil(lambda: pane.model.count_known)
    pane.table.scrollToBottom()
    last = pane.model.rowCount() - 1
    assert cell(qtbot, pane.model, last, 0, cm.ID_ROLE) == expected[-1]
    assert pane.model.index(last, cm.STATE).data() == "在库"
    assert shown_ids(qtbot, pane.model) == expected


def test_detail_panel_shows_document_copies_and_history(qtbot: Any, pane: BrowserPane,
                                                       led: Ledger) -> None:
    cid = sql(led, "SELECT carrier_id FROM events WHERE kind = 'carrier.issue_to' LIMIT 1")[0][0]
    pane.show_carrier(cid)
    d = pane.detail
    assert d.detail is not None and d.detail.carrier_id == cid
    assert d.heading.text() == d.detail.document.title
    whats = [d.events.index(r, 2).data() for r in range(d.events.rowCount())]
    assert "登记" in whats and any(w.startswith("分发/领用 → ") for w in whats)
    states = [d.events.index(r, 3).data() for r in range(d.events.rowCount())]
    assert "在库 → 领用" in states
    assert d.copies.rowCount() == len(d.detail.document.carriers)
    # selecting a row shows that row's carrier
    pane.table.selectRow(3)
    assert d.detail.carrier_id == cell(qtbot, pane.model, 3, 0, cm.ID_ROLE)


def test_handle_scan_finds_a_label(pane: BrowserPane, led: Ledger) -> None:
    cid, label = sql(led, "SELECT id, label_id FROM carriers ORDER BY id DESC LIMIT 1")[0]
    assert pane.handle_scan(label.lower())
    assert pane.detail.detail is not None and pane.detail.detail.carrier_id == cid
    assert pane.table.currentIndex().data(cm.ID_ROLE) == cid
    assert not pane.handle_scan("C00000000000")


def test_ctrl_c_copies_selected_rows_as_tsv(qtbot: Any, pane: BrowserPane) -> None:
    pane.table.selectRow(0)
    pane.table.setFocus()
    from PySide6.QtCore import QItemSelectionModel

    sel = pane.table.selectionModel()
    for r in (1, 2):
        sel.select(pane.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(pane.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.split("\r\n")
    assert lines[0].split("\t")[:3] == ["登记号", "文号", "标题"]
    assert len([x for x in lines if x]) == 4
    assert lines[1].split("\t")[0] == pane.model.index(0, cm.REG_NO).data()
    assert all(len(x.split("\t")) == len(cm.COLUMNS) for x in lines if x)


def test_column_widths_and_order_are_remembered(qtbot: Any, shell_ctx: Any, led: Ledger) -> None:
    ctx = shell_ctx(ledger=led)
    first = BrowserPane(ctx)
    qtbot.addWidget(first)
    header = first.table.horizontalHeader()
    header.resizeSection(cm.UNIT, 333)
    header.moveSection(header.visualIndex(cm.TITLE), 0)
    second = BrowserPane(ctx)
    qtbot.addWidget(second)
    h2 = second.table.horizontalHeader()
    assert h2.sectionSize(cm.UNIT) == 333
    assert h2.logicalIndex(0) == cm.TITLE
    ctx._ledger = None  # the fixture closes the ledger


def test_model_jumps_to_the_end_with_one_page_query(qtbot: Any, led: Ledger) -> None:
    model = cm.CarrierTableModel(lambda: led, lazy_count=False)
    model.PAGE = 25
    model.set_query(browse.BrowseQuery(sort="title", descending=False))
    before = model.page_queries
    last = model.rowCount() - 1
    ids = [r[0] for r in sql(led, "SELECT c.id FROM carriers c JOIN documents d ON "
                             "d.id = c.document_id ORDER BY d.title, d.id, c.copy_no")]
    assert model.index(last, 0).data(cm.ID_ROLE) == ids[-1]
    assert model.page_queries == before + 1
    # neighbours of a held page come by keyset and agree with SQL
    assert model.index(last - 30, 0).data(cm.ID_ROLE) == ids[last - 30]


def test_lazy_count_inserts_rows_when_known(qtbot: Any, led: Ledger) -> None:
    model = cm.CarrierTableModel(lambda: led, lazy_count=True)
    model.PAGE = 50
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(browse.BrowseQuery())
    assert model.count_known
    assert model.rowCount() == browse.count(led, browse.BrowseQuery())


def test_voided_rows_are_struck_through(led: Ledger) -> None:
    from dataclasses import replace

    model = cm.CarrierTableModel(lambda: led, lazy_count=False)
    model.set_query(browse.BrowseQuery())
    row = model.row_at(0)
    assert row is not None
    model._pages[0][0] = replace(row, voided=True)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None


def test_qtmodeltester_on_every_table_model(qtbot: Any, qtmodeltester: Any,
                                            pane: BrowserPane) -> None:
    pane.model.PAGE = 40
    pane.model.refresh()
    qtbot.waitUntil(lambda: pane.model.count_known)
    column(qtbot, pane.model, 0)
    qtmodeltester.check(pane.model, force_py=True)
    pane.show_carrier(pane.model.index(0, 0).data(cm.ID_ROLE))
    qtmodeltester.check(pane.detail.copies, force_py=True)
    qtmodeltester.check(pane.detail.events, force_py=True)


def test_model_reads_positions_for_big_results_and_jumps_by_them(qtbot: Any,
                                                                 led: Ledger) -> None:
    model = cm.CarrierTableModel(lambda: led, lazy_count=True)
    model.PAGE, model.POSITIONS_FROM = 10, 50
    q = browse.BrowseQuery(sort="title", descending=False)
    model.set_query(q)
    qtbot.waitUntil(lambda: model.count_known and model.has_positions, timeout=10000)
    ids = [r[0] for r in sql(led, "SELECT c.id FROM carriers c JOIN documents d ON "
                             "d.id = c.document_id ORDER BY d.title, d.id, c.copy_no")]
    middle = model.rowCount() // 2
    assert cell(qtbot, model, middle, 0, cm.ID_ROLE) == ids[middle]
