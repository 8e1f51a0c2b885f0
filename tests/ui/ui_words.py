"""Harvest every word a user can see on a window (labels, buttons, group titles, tabs,
placeholders, tooltips, table headings and cells, list and combo items, menus) and take out
what is data (anything stored in the ledger, 登记号, marks): what is left is the UI's own
wording, which must be in the UI's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{3,}")
#: the ledger's own notations, the same in every language: marks and periods, 登记号,
#: 份号 runs, label ids, dates, file names, chain hashes
NOTATION = re.compile(
    r"(绝密|机密|秘密|工作秘密|内部)(★[^\s,，;；)）]*)?|\d+年(\d+月(\d+日)?)?|\d+个月|长期"
    r"|[收发复送借销移盘失退申证回]\d{4}-\d{2,5}(/\d{6})?|C[0-9A-Z]{11}|\S+\.(pdf|xlsx|db|json)"
    r"|(?<![0-9A-Za-z])[0-9a-f]{8,}(?![0-9A-Za-z])")  # hashes
#: English the Chinese UI keeps: file types, keys, product names, units
ZH_KEEPS = {"PDF", "XLSX", "Excel", "WPS", "CSV", "Ctrl", "USB", "SecLedger", "Qt", "PySide", "SQLCipher", "QR",
            "Code"}
#: a path in a message (the ledger's folder, a backup file)
PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\：，。；）)]+)+")


def ledger_data(led: Any) -> list[str]:
    """Every text stored in the ledger (names, titles, units, places, purposes …), longest
    first: what a window shows of them is data, not wording."""
    conn = led.db.raw_connection()
    try:
        found: set[str] = {led.unit_name}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            " AND name NOT LIKE 'doc_search%' AND name != 'events'")]
        for t in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")
                    if "CHAR" in str(r[2]).upper() or "TEXT" in str(r[2]).upper()]
            for c in cols:
                found |= {str(v) for (v,) in conn.execute(f"SELECT DISTINCT {c} FROM {t}") if v}
        for (body,) in conn.execute("SELECT payload FROM events"):
            found |= set(re.findall(r'"([^"\\]{2,})"', body))
        found = {x for x in found if CJK.search(x)}
        found |= {str(u) for (u,) in conn.execute("SELECT username FROM users")}  # names too
    finally:
        conn.close()
    return sorted(found, key=len, reverse=True)


def _items(w: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(w, QLabel):
        yield "label", w.text()
    elif isinstance(w, QAbstractButton):
        yield "button", w.text()
    elif isinstance(w, QGroupBox):
        yield "group", w.title()
    elif isinstance(w, QLineEdit | QPlainTextEdit):
        yield "placeholder", w.placeholderText()
    elif isinstance(w, QTabWidget):
        yield from (("tab", w.tabText(i)) for i in range(w.count()))
    elif isinstance(w, QComboBox):
        yield from (("item", w.itemText(i)) for i in range(w.count()))
    elif isinstance(w, QListWidget):
        yield from (("item", w.item(i).text()) for i in range(w.count()))
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        m = w.model()
        yield from (("heading", str(m.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(m.columnCount()))
        for r in range(min(m.rowCount(), 40)):
            yield from (("cell", str(m.index(r, c).data() or "")) for c in range(m.columnCount()))
    if w.toolTip():
        yield "tooltip", w.toolTip()


def visible_words(root: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of every visible widget under *root* (and its menus, for a window)."""
    out = [(kind, text) for w in [root, *root.findChildren(QWidget)] if w.isVisible()
           for kind, text in _items(w) if text]
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            out.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            if menu is not None:
                out += [("menu", a.text()) for a in menu.actions() if a.text()]
        out.append(("title", root.windowTitle()))
    return out


def wording(text: str, data: list[str]) -> str:
    """*text* without the data and notations in it."""
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return NOTATION.sub(" ", PATH.sub(" ", text))


def foreign(words: list[tuple[str, str]], data: list[str], lang: str) -> list[str]:
    """The texts whose own wording is not in *lang*: Chinese characters in the English UI,
    English words in the Chinese one (data cells aside: titles may be English)."""
    bad = []
    for kind, text in words:
        own = wording(text, data)
        if (lang == "en" and CJK.search(own)) or (lang != "en" and kind != "cell" and any(
                w not in ZH_KEEPS for w in WORD.findall(own))):
            bad.append(f"{kind}: {text[:100]}")
    return sorted(set(bad))
