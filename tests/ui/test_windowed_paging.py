"""The windowed table models never read the ledger on the GUI thread: ``data()`` for a row
whose page is not held shows a placeholder and asks the page worker; the page arrives by
a queued signal and the rows repaint. Every read — pages, counts, positions — runs on a
worker thread with its own connection."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from secledger.demo.build import build_demo
from secledger.services.audit.log import EventQuery
from secledger.services.browse.query import BrowseQuery
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF
from secledger.ui.models import carriers as cm
from secledger.ui.models.events import EventTableModel
from secledger.ui.models.windowed import PLACEHOLDER


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paging") / "demo"
    build_demo(path, documents=40, kdf=TEST_KDF)
    return path


@pytest.fixture
def led(demo_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(demo_path, username="demo", password="demo12345", kdf=TEST_KDF)
    yield ledger
    ledger.close()


@pytest.fixture
def reads(led: Ledger, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """One entry per read session opened: True when opened on the GUI (main) thread."""
    seen: list[bool] = []
    real = led.db.read

    def read() -> Any:
        seen.append(threading.current_thread() is threading.main_thread())
        return real()

    monkeypatch.setattr(led.db, "read", read)
    return seen


def _ids(led: Ledger, stmt: str) -> list[int]:
    conn = led.db.raw_connection()
    try:
        return [r[0] for r in conn.execute(stmt)]
    finally:
        conn.close()


def test_a_page_not_held_is_a_placeholder_until_it_arrives(qtbot: Any, led: Ledger,
                                                           reads: list[bool]) -> None:
    model = cm.CarrierTableModel(lambda: led)
    model.PAGE = 20
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        model.set_query(BrowseQuery(sort="title", descending=False))
    qtbot.waitUntil(lambda: model.count_known)
    model.wait_idle()
    expected = _ids(led, "SELECT c.id FROM carriers c JOIN documents d ON d.id = c.document_id"
                         " ORDER BY d.title, d.id, c.copy_no")
    assert model.rowCount() == len(expected) > 3 * model.PAGE
    row = model.rowCount() - 3
    before = len(reads)
    # asked on the GUI thread: nothing is read there, the row shows a placeholder
    assert model.index(row, cm.REG_NO).data() == PLACEHOLDER
    assert model.index(row, cm.TITLE).data() is None
    assert model.index(row, 0).data(cm.ID_ROLE) is None
    # (a worker may be reading meanwhile: the position index, the next page)
    assert model.loading and not any(reads[before:])
    with qtbot.waitSignal(model.dataChanged, timeout=10000) as changed:
        pass
    first, last = changed.args[0].row(), changed.args[1].row()
    assert first <= row <= last
    assert model.index(row, 0).data(cm.ID_ROLE) == expected[row]
    assert model.index(row, cm.REG_NO).data() != PLACEHOLDER
    assert reads and not any(reads)  # every page, count and position read off the GUI thread


def test_a_new_sort_shows_placeholders_then_its_rows(qtbot: Any, led: Ledger,
                                                     reads: list[bool]) -> None:
    model = cm.CarrierTableModel(lambda: led)
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(BrowseQuery())
    qtbot.waitUntil(lambda: model.index(0, 0).data(cm.ID_ROLE) is not None)
    n = model.rowCount()
    model.sort(cm.REGISTERED, Qt.SortOrder.AscendingOrder)  # a header click
    assert model.rowCount() == n  # the count is the same filters': known at once
    assert model.index(0, cm.REG_NO).data() == PLACEHOLDER
    qtbot.waitUntil(lambda: model.index(0, 0).data(cm.ID_ROLE) is not None, timeout=10000)
    assert model.index(0, 0).data(cm.ID_ROLE) == _ids(
        led, "SELECT id FROM carriers ORDER BY registered_at, id LIMIT 1")[0]
    model.wait_idle()
    assert reads and not any(reads)


def test_refresh_keeps_the_rows_on_screen_until_fresh_ones_arrive(qtbot: Any,
                                                                  led: Ledger) -> None:
    model = cm.CarrierTableModel(lambda: led)
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(BrowseQuery())
    qtbot.waitUntil(lambda: model.index(0, 0).data(cm.ID_ROLE) is not None)
    top = model.index(0, 0).data(cm.ID_ROLE)
    model.refresh()
    assert model.index(0, 0).data(cm.ID_ROLE) == top  # the old page, not a placeholder
    qtbot.waitUntil(lambda: not model.loading and model.count_known, timeout=10000)
    assert model.index(0, 0).data(cm.ID_ROLE) == top
    model.wait_idle()


def test_the_event_log_reads_off_the_gui_thread_too(qtbot: Any, led: Ledger,
                                                    reads: list[bool]) -> None:
    model = EventTableModel(lambda: led)
    model.PAGE = 25
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(EventQuery())
    row = model.rowCount() - 1
    assert model.index(row, 0).data() == PLACEHOLDER
    qtbot.waitUntil(lambda: model.index(row, 0).data() == "1", timeout=10000)  # event #1
    model.wait_idle()
    assert reads and not any(reads)


def test_locking_drops_pages_waiting_and_held(qtbot: Any, led: Ledger) -> None:
    model = cm.CarrierTableModel(lambda: led)
    model.PAGE = 10
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(BrowseQuery())
    for r in range(0, model.rowCount(), 10):  # ask for every page at once
        model.index(r, 0).data()
    model.clear_for_lock()
    assert model.rowCount() == 0 and model._pages == {} and not model.loading
    assert not model._pager.busy and not model._counter.busy
    QCoreApplication.processEvents()  # a page still on its way is dropped by generation
    assert model._pages == {} and model.rowCount() == 0
