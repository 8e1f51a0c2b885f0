"""Reading a windowed table model (carriers, events) in a test: its pages are read on a
worker thread, so a test waits until every row it reads has arrived (never sleeps)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from secledger.ui.models.windowed import ID_ROLE


def loaded_rows(qtbot: Any, model: Any, rows: range | list[int] | None = None) -> list[int]:
    """Wait until *rows* (default: all) are read; returns them."""
    wanted = list(range(model.rowCount())) if rows is None else list(rows)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data(ID_ROLE) is not None for r in wanted),
                    timeout=20000)
    return wanted


def column(qtbot: Any, model: Any, col: int,
           role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    """Every row's value in *col* (with *role*), each read once its row has arrived (row
    by row, so a table of more pages than the model holds is read too)."""
    return [cell(qtbot, model, r, col, role) for r in range(model.rowCount())]


def cell(qtbot: Any, model: Any, row: int, col: int,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    """One cell, once its row is read."""
    loaded_rows(qtbot, model, [row])
    return model.index(row, col).data(role)
