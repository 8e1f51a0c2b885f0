"""台账查询: the ledger browser pane — search, filters, a windowed carrier table and the
detail panel. All filtering, sorting and paging happen in SQL (services/browse.py), on the
model's worker threads: rows still being read show a placeholder, and what waits for a
row (a number that names one carrier, a registration opened from elsewhere, the detail of
the current row) happens when its page arrives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import CarrierState, Classification, Register
from secledger.services.browse import query as browse
from secledger.services.browse.numbers import is_number
from secledger.services.browse.query import BrowseQuery
from secledger.ui.labels import label_for
from secledger.ui.models.carriers import (
    COLUMNS,
    DOC_NO,
    REG_NO,
    ROW_ROLE,
    TITLE,
    UNIT,
    CarrierTableModel,
)
from secledger.ui.registry import PaneSpec, register_pane
from secledger.ui.widgets.columns import keep_in_view, squeezing
from secledger.ui.widgets.detail_panel import DetailPanel
from secledger.ui.widgets.forms import NO_DATE, bound_date, bound_date_edit

SEARCH_DELAY_MS = 250
MAX_COPY_ROWS = 10_000
HEADER_KEY = "browser/header"
SPLIT_KEY = "browser/splitter"


class BrowserPane(QWidget):
    """The ledger browser. ``ctx`` is the AppContext (ledger, settings, changed, errors)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane_browser")
        self.ctx = ctx
        self.model = CarrierTableModel(lambda: self.ctx.ledger, parent=self)
        self.detail = DetailPanel()
        self._build_filters()
        self._build_table()
        self.count_label = QLabel()
        self.message = QLabel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.splitter = split
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.message)
        lay = QVBoxLayout(self)
        lay.addLayout(self.filter_row)
        lay.addWidget(split, 1)
        lay.addLayout(status)
        self.model.counted.connect(self._show_count)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_a: self._show_counting())
        self.model.page_loaded.connect(self._page_arrived)
        self._opening: tuple[BrowseQuery, bool] | None = None  # open row 0 when it arrives
        ctx.changed.connect(self._changed)
        self._restore_layout()
        self._loaded = False

    # -- building -------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search title, document number or unit; or type a reg. no. (with copy) or a label"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.level = self._combo(self.tr("All levels"),
                                 [(label_for(c), c) for c in Classification])
        self.state = self._combo(self.tr("All states"), [(label_for(s), s) for s in CarrierState])
        self.holder = self._combo(self.tr("All holders"), [])
        self.register = self._combo(self.tr("All registers"), [(label_for(r), r) for r in Register])
        self.year = self._combo(self.tr("All years"), [])
        self.date_from = bound_date_edit(self.tr("From"), self.apply_filters)
        self.date_to = bound_date_edit(self.tr("To"), self.apply_filters)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset_filters)
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        for w in (self.level, self.state, self.holder, self.register, self.year,
                  self.date_from, self.date_to, self.reset_button):
            row.addWidget(w)
        self.filter_row = row

    def _combo(self, everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        for text, value in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return box

    def _build_table(self) -> None:
        t = QTableView()
        t.setObjectName("browser_table")
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setWordWrap(False)
        t.setAlternatingRowColors(True)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        t.verticalHeader().setVisible(False)
        header = t.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        for col, width in ((REG_NO, 120), (DOC_NO, 170), (TITLE, 360), (UNIT, 170)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        t.setSortingEnabled(True)
        keep_in_view(t)
        header.sectionResized.connect(lambda *_a: self._save_layout())
        header.sectionMoved.connect(lambda *_a: self._save_layout())
        t.selectionModel().currentRowChanged.connect(self._current_changed)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), t)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.activated.connect(self.copy_selection)
        self.table = t

    # -- settings -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        state = self.ctx.settings.value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        split = self.ctx.settings.value(SPLIT_KEY)
        if split is not None:
            self.splitter.restoreState(split)
        self.splitter.splitterMoved.connect(lambda *_a: self._save_layout())

    def _save_layout(self) -> None:
        if squeezing(self.table):  # fitted to the window, not chosen by the user
            return
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        self.ctx.settings.setValue(SPLIT_KEY, self.splitter.saveState())

    # -- the query ----------------------------------------------------------------------
    def current_query(self) -> BrowseQuery:
        old = self.model.query
        return BrowseQuery(
            text=self.search.text().strip(),
            levels=_one(self.level.currentData(), Classification),
            states=_one(self.state.currentData(), CarrierState),
            holder_id=self.holder.currentData(),
            register=Register(reg) if (reg := self.register.currentData()) else None,
            year=self.year.currentData(), date_from=bound_date(self.date_from),
            date_to=bound_date(self.date_to), sort=old.sort, descending=old.descending,
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        query = self.current_query()
        if query != self.model.query or not self._loaded:
            self._run(lambda: self.model.set_query(query))
            if is_number(query.text):
                # a label id, or a 登记号 and 份号, names one carrier: it opens in the detail
                # panel once its row is read
                self._open_first(query, only_single=True)

    def _open_first(self, query: BrowseQuery, *, only_single: bool) -> None:
        """Open the first row of *query* in the detail panel once it is read (*only_single*:
        only when it is the only row)."""
        self._opening = (query, only_single)
        if self.model.held_row(0) is not None:
            self._page_arrived(0)

    def _page_arrived(self, number: int) -> None:
        first, last = number * self.model.PAGE, (number + 1) * self.model.PAGE
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() < last and self.detail.detail is None:
            self._current_changed(current, current)  # the detail of a row chosen while read
        if number != 0 or self._opening is None:
            return
        query, only_single = self._opening
        self._opening = None
        if query != self.model.query or (only_single and self.model.rowCount() != 1):
            return
        row = self.model.held_row(0)
        if row is not None:
            self.show_carrier(row.id)

    def open_registration(self, reg_no: str) -> None:
        """List the copies of the registration *reg_no* and open the first one (a link to an
        earlier registration, e.g. from the receipt form's duplicate warning, leads here)."""
        self._clear_filters()
        self.search.blockSignals(True)
        self.search.setText(reg_no)
        self.search.blockSignals(False)
        self.apply_filters()
        self._open_first(self.model.query, only_single=False)

    def reset_filters(self) -> None:
        self._clear_filters()
        self.apply_filters()

    def _clear_filters(self) -> None:
        widgets = (self.level, self.state, self.holder, self.register, self.year,
                   self.date_from, self.date_to, self.search)
        for w in widgets:
            w.blockSignals(True)
        for box in (self.level, self.state, self.holder, self.register, self.year):
            box.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.search.clear()
        for w in widgets:
            w.blockSignals(False)

    def refresh(self) -> None:
        """Reload the filter choices and the rows (data changed, pane shown, unlocked)."""
        self._run(self._refresh)

    def _refresh(self) -> None:
        led = self.ctx.ledger
        _refill(self.holder, browse.holders(led))
        _refill(self.year, [(str(y), y) for y in browse.years(led)])
        if self._loaded:
            self.model.refresh()
        else:
            self.model.set_query(self.current_query())
        self._loaded = True

    def _run(self, fn: Any) -> None:
        """A read the ledger may refuse (locked, not allowed): shown by the one mapping."""
        self.ctx.read(fn, parent=self)

    def _changed(self, changes: object) -> None:
        if (isinstance(changes, Changes) and self._loaded
                and changes.touches(Area.CARRIERS, Area.DOCUMENTS)):
            self.refresh()

    def _after_reset(self) -> None:
        self.detail.clear()
        self._show_counting()

    def _show_counting(self) -> None:
        if not self.model.count_known:
            self.count_label.setText(self.tr("Counting… (at least %n carrier(s))", "",
                                             self.model.rowCount()))

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("%n carrier(s)", "", n))

    # -- selection, detail, scanning ----------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.detail.clear()
            return
        self._run(lambda: self.detail.show_detail(browse.carrier_detail(self.ctx.ledger, row.id)))

    def show_carrier(self, carrier_id: int) -> None:
        """Show *carrier_id* in the detail panel and select its row when it is listed."""
        detail = self.ctx.read(lambda: browse.carrier_detail(self.ctx.ledger, carrier_id),
                               parent=self)
        if detail is None:
            return
        row = self.model.find_row(carrier_id)
        if row is not None:
            index = self.model.index(row, 0)
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        self.detail.show_detail(detail)

    def handle_scan(self, label_id: str) -> bool:
        carrier_id = browse.find_by_label(self.ctx.ledger, label_id)
        if carrier_id is None:
            return False
        self.show_carrier(carrier_id)
        return True

    # -- copying ------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows: list[int] = []
        selection = self.table.selectionModel().selection()
        for i in range(selection.count()):
            rng = selection.at(i)
            for r in range(rng.top(), rng.bottom() + 1):
                rows.append(r)
                if len(rows) >= MAX_COPY_ROWS:
                    return sorted(set(rows))
        return sorted(set(rows))

    def copy_selection(self) -> str:
        rows = self.selected_rows()
        if not rows:
            return ""
        header = self.table.horizontalHeader()
        cols = [header.logicalIndex(v) for v in range(len(COLUMNS))
                if not header.isSectionHidden(header.logicalIndex(v))]
        text = self.model.rows_as_tsv(rows, cols)
        QGuiApplication.clipboard().setText(text)
        if len(rows) >= MAX_COPY_ROWS:
            self.message.setText(self.tr("Copied the first %n row(s) only.", "", len(rows)))
        else:
            self.message.setText(self.tr("Copied %n row(s).", "", len(rows)))
        return text


def _one(value: Any, enum: Any) -> frozenset[Any]:
    """Combo data (Qt hands StrEnum members back as str) as a one-item filter set."""
    return frozenset() if value is None else frozenset({enum(value)})


def _refill(box: QComboBox, items: list[tuple[Any, Any]]) -> None:
    current = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for a, b in items:
        text, value = (b, a) if isinstance(a, int) and isinstance(b, str) else (a, b)
        box.addItem(str(text), value)
    i = box.findData(current) if current is not None else 0
    box.setCurrentIndex(max(0, i))
    box.blockSignals(False)


register_pane(PaneSpec(key="browser", title=str(QT_TRANSLATE_NOOP("Panes", "Ledger")),
                       icon="SP_FileDialogContentsView", roles=frozenset(), order=10,
                       factory=lambda ctx: BrowserPane(ctx)))
