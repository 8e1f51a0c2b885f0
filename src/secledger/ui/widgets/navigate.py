"""Following a link from one pane to another through the main window (``show_pane``): a
registration number opens in the ledger browser."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_registration(widget: QWidget, reg_no: str) -> bool:
    """Show the ledger browser with the copies of *reg_no* (False: no main window here)."""
    show = getattr(widget.window(), "show_pane", None)
    browser = show("browser") if callable(show) else None
    opener = getattr(browser, "open_registration", None)
    if not callable(opener):
        return False
    opener(reg_no)
    return True
