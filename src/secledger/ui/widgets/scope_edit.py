"""知悉范围 input: "unrestricted", or a checklist of departments and people (active ones),
with a free-text note. ``value()`` is the ``NeedToKnow`` the clerk chose; ``set_value``
checks what a scope already lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secledger.domain.access import NeedToKnow
from secledger.services.ledger.session import Ledger
from secledger.services.people import persons as people
from secledger.ui.widgets.forms import named


class ScopeEdit(QWidget):
    def __init__(self, parent: QWidget | None = None, *, height: int = 110) -> None:
        super().__init__(parent)
        self.unrestricted = named(QCheckBox(self.tr("Unrestricted")), "scopeUnrestricted")
        self.list = named(QListWidget(), "scopeList")
        self.list.setMaximumHeight(height)
        self.note = named(QLineEdit(), "scopeNote")
        self.note.setPlaceholderText(self.tr("Note (e.g. leaders of the unit) — grants nobody "
                                             "access by itself"))
        self.note.setMaxLength(200)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        for w in (self.unrestricted, self.list, self.note):
            lay.addWidget(w)
        self.unrestricted.toggled.connect(lambda on: self.list.setEnabled(not on))

    def fill(self, led: Ledger) -> None:
        """Departments first, then the active people (what was checked stays checked)."""
        checked = self._checked()
        self.list.clear()
        dept = self.tr("department")
        for d in people.list_departments(led):
            self._item(f"{d.name}（{dept}）", ("d", d.id), checked)
        for p in people.list_people(led, active_only=True):
            label = f"{p.name}（{p.department}）" if p.department else p.name
            self._item(label, ("p", p.id), checked)

    def _item(self, text: str, key: tuple[str, int], checked: set[tuple[str, int]]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _checked(self) -> set[tuple[str, int]]:
        out: set[tuple[str, int]] = set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                kind, key = item.data(Qt.ItemDataRole.UserRole)
                out.add((str(kind), int(key)))
        return out

    def set_value(self, ntk: NeedToKnow) -> None:
        self.unrestricted.setChecked(ntk.unrestricted)
        wanted = {("p", i) for i in ntk.person_ids} | {("d", i) for i in ntk.department_ids}
        for i in range(self.list.count()):
            item = self.list.item(i)
            kind, key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if (kind, key) in wanted
                               else Qt.CheckState.Unchecked)
        self.note.setText(ntk.note)

    def check(self, kind: str, key: int, on: bool = True) -> None:
        """Check (or uncheck) the department ``("d", id)`` or person ``("p", id)``."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if tuple(item.data(Qt.ItemDataRole.UserRole)) == (kind, key):
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def value(self) -> NeedToKnow:
        note = self.note.text().strip()
        if self.unrestricted.isChecked():
            return NeedToKnow.everyone(note)
        checked = self._checked()
        return NeedToKnow.of(persons=[i for k, i in checked if k == "p"],
                             departments=[i for k, i in checked if k == "d"], note=note)
