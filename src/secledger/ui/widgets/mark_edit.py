"""密级标志 input: type or paste ``机密★10年`` (parsed live), or choose a level and type a
period; either way the other side follows. ``text()`` is the mark as the clerk gave it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from secledger.domain.enums import Classification
from secledger.domain.errors import MarkError
from secledger.domain.marks import format_cn_date, parse_mark
from secledger.ui.labels import label_for
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.lengths import watch_length


class MarkEdit(QWidget):
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = named(QLineEdit(), "markText")
        self.mark.setPlaceholderText(self.tr("e.g. 机密★10年 (type or paste)"))
        watch_length(self.mark, 200)
        self.level = named(QComboBox(), "markLevel")
        self.level.addItem(self.tr("Level…"), None)
        for c in Classification:
            self.level.addItem(label_for(c), c)
        self.period = named(QLineEdit(), "markPeriod")
        self.period.setPlaceholderText(self.tr("period: 10年 / 6个月 / 长期"))
        watch_length(self.period, 100)
        self.hint = named(QLabel(), "markHint")
        self.hint.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mark, 3)
        row.addWidget(self.level, 1)
        row.addWidget(self.period, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(row)
        lay.addWidget(self.hint)
        self.setFocusProxy(self.mark)
        self.mark.textEdited.connect(self._mark_edited)
        self.level.currentIndexChanged.connect(lambda _i: self._compose())
        self.period.textEdited.connect(lambda _t: self._compose())
        self._busy = False

    def text(self) -> str:
        return self.mark.text()

    def set_text(self, text: str) -> None:
        self.mark.setText(text)
        self._mark_edited(text)

    def _mark_edited(self, text: str) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._show(text, sync=True)
        finally:
            self._busy = False
        self.changed.emit(text)

    def _compose(self) -> None:
        if self._busy:
            return
        level = self.level.currentData()
        period = self.period.text().strip()
        label = Classification(level).label if level else ""
        text = f"{label}★{period}" if label and period else label
        self._busy = True
        try:
            self.mark.setText(text)
            self._show(text, sync=False)
        finally:
            self._busy = False
        self.changed.emit(text)

    def _show(self, text: str, *, sync: bool) -> None:
        if not text.strip():
            self.hint.setText("")
            if sync:
                self.level.setCurrentIndex(0)
                self.period.clear()
            return
        try:
            m = parse_mark(text)
        except MarkError as exc:
            self.hint.setText(exc.message())
            return
        if sync:
            self.level.setCurrentIndex(self.level.findData(m.level))
            self.period.setText("" if m.defaulted or m.retention is None else m.retention.format())
        self.hint.setText(describe(m))


def describe(m: object) -> str:
    """``机密，保密期限20年（未标注，按最长期限）`` for the hint line."""
    from secledger.domain.marks import ClassificationMark

    assert isinstance(m, ClassificationMark)
    if m.retention is None:
        return f"{m.level.label}（非国家秘密）"
    r = m.retention
    period = format_cn_date(r.until) + "解密" if r.until else r.format()
    note = "（未标注，按最长期限）" if m.defaulted else ""
    return f"{m.level.label}，保密期限{period}{note}"
