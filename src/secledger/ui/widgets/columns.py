"""Column widths of the panes' tables: a form with columns when empty, fitted to content after.

An empty ``QTableView`` fitted to its contents shrinks every column to its header, and a
stretched last section then spans the pane. ``preset_columns`` gives each column a width
that suits what it will hold (登记号, dates, titles …), keyed by the column's English source
header; ``fit_columns`` fits the content once there is some. Only a free-text last column
(title, remarks, details, reason …) stretches to the pane's edge. ``keep_in_view`` keeps
every column inside the table's right edge: when they are wider than the view, the widest
give way first (down to their header), again whenever the view is resized.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_WIDTH = 80
MAX_WIDTH = 320
#: Free-text columns (English source headers) and their width when empty.
FREE_TEXT: dict[str, int] = {
    "Title": 280, "What is asked": 280, "Details": 240, "Remarks": 200, "Rule": 200,
    "Reason": 180, "Purpose": 180, "Handling": 160, "Event": 160, "Summary": 240,
}
#: Widths of the other columns that hold more than a short word, when empty.
WIDTHS: dict[str, int] = {
    "Reg. no.": 110, "Doc. no.": 150, "Mark": 130, "Classification": 130, "Unit": 160,
    "Issuer": 160, "To": 160, "From/to unit": 160, "Department": 120, "Location": 120,
    "Copy nos.": 110, "Copy numbers": 110, "Time": 130, "Sent": 130, "Returned": 130,
    "Due back": 130, "Out since": 130, "Given": 130, "Issued": 130, "Date": 100,
    "Label": 120, "Roles": 160, "Status": 90, "State": 90, "Manifest no.": 110,
    "Request no.": 110, "Handover no.": 110, "Loan no.": 110, "Return no.": 110,
    "Report no.": 110, "Receipt no.": 110, "Dispatch no.": 110, "Form no.": 110,
}


def source_header(model: Any, section: int) -> str:
    """The English source of a column header (models with ``COLUMNS``), else its text."""
    columns = getattr(model, "COLUMNS", None)
    if columns is not None and 0 <= section < len(columns):
        col = columns[section]
        header = getattr(col, "header", None)
        return str(header if header is not None else col[0])
    return str(model.headerData(section, Qt.Orientation.Horizontal) or "")


def preset_columns(view: QTableView, *, stretch: bool = True) -> None:
    """Widths for an empty table: each column at least its header, free text wider.

    *stretch*: let the last column fill the pane when it is free text (never otherwise).
    """
    model, header = view.model(), view.horizontalHeader()
    if model is None:
        return
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col in range(header.count()):
        name = source_header(model, col)
        hint = max(header.sectionSizeFromContents(col).width() + 12, MIN_WIDTH)
        header.resizeSection(col, max(hint, FREE_TEXT.get(name, WIDTHS.get(name, 0))))
    last = header.count() - 1
    header.setStretchLastSection(stretch and last >= 0 and source_header(model, last) in FREE_TEXT)
    keep_in_view(view)
    squeeze(view)


def fit_columns(view: QTableView, cap: int = MAX_WIDTH) -> None:
    """Columns as wide as their content (at least ``MIN_WIDTH``, at most *cap*); an empty
    table keeps its form (``preset_columns``)."""
    model = view.model()
    if model is None:
        return
    if model.rowCount() == 0:
        preset_columns(view, stretch=view.horizontalHeader().stretchLastSection())
        return
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count()):
        size = header.sectionSize(col)
        if size > cap or size < MIN_WIDTH:
            header.resizeSection(col, min(max(size, MIN_WIDTH), cap))
    squeeze(view)


#: a column never gets narrower than its heading plus this, nor than ``SMALLEST``
HEAD_PAD, SMALLEST = 10, 48
#: free-text columns give way first, down to this width, before the others do
FREE_TEXT_KEEPS = 200


class _KeepInView(QObject):
    """Remembers the widths the columns want (set by the pane or by the user) and gives
    each the most of it that fits whenever the view is resized."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.setObjectName("keepInView")
        self.view = view
        header = view.horizontalHeader()
        self.wanted: dict[int, int] = {c: header.sectionSize(c) for c in range(header.count())}
        self.busy = False
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, col: int, _old: int, new: int) -> None:
        if not self.busy:
            self.wanted[col] = new

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        avail = self.view.viewport().width()
        cols = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if avail <= 0 or not cols:
            return
        want = {c: self.wanted.get(c, header.sectionSize(c)) for c in cols}
        floor = {c: max(header.sectionSizeFromContents(c).width() + HEAD_PAD, SMALLEST)
                 for c in cols}
        model = self.view.model()
        free = {c for c in cols if model is not None and source_header(model, c) in FREE_TEXT}
        # free text (titles, details …) gives way first, down to FREE_TEXT_KEEPS; then all
        soft = {c: max(floor[c], FREE_TEXT_KEEPS) if c in free else want[c] for c in cols}
        want = {c: min(want[c], max(_level({k: want[k] for k in free}, soft,
                                            avail - sum(want[k] for k in cols if k not in free)),
                                     soft[c])) if c in free else want[c] for c in cols}
        level = _level(want, floor, avail)
        self.busy = True
        try:
            for c in cols:
                width = min(want[c], max(level, floor[c]))
                if width != header.sectionSize(c):
                    header.resizeSection(c, width)
        finally:
            self.busy = False


def _level(want: dict[int, int], floor: dict[int, int], avail: int) -> int:
    """The widest width every column may keep so that all of them fit in *avail*."""
    if not want:
        return 0
    low, high = 0, max(want.values())
    if sum(want.values()) <= avail:
        return high
    while low < high:
        mid = (low + high + 1) // 2
        if sum(min(w, max(mid, floor[c])) for c, w in want.items()) <= avail:
            low = mid
        else:
            high = mid - 1
    return low


def keep_in_view(view: QTableView) -> None:
    """Keep *view*'s columns inside its right edge from now on (once per view): the widest
    give way first, down to their heading; they get their width back when there is room."""
    if view.findChild(_KeepInView, "keepInView") is not None:
        return
    view.viewport().installEventFilter(_KeepInView(view))


def squeezing(view: QTableView) -> bool:
    """True while the columns are being fitted to the view (not resized by the user): a
    pane that remembers its column widths does not save these."""
    keeper = view.findChild(_KeepInView, "keepInView")
    return bool(keeper is not None and keeper.busy)


def squeeze(view: QTableView) -> None:
    """Fit the columns of a ``keep_in_view`` table to its width now."""
    keeper = view.findChild(_KeepInView, "keepInView")
    if keeper is not None:
        keeper.fit()
