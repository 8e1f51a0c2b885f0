"""A list of active people with a tick box each: who carries, who goes along, who is
designated. ``checked_ids()`` gives the ticked person ids in list order."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from secledger.domain.enums import Clearance
from secledger.services.ledger.session import Ledger
from secledger.services.people import persons as people
from secledger.ui.labels import label_of


class PeopleChecklist(QListWidget):
    def __init__(self, name: str, parent: QWidget | None = None, *, height: int = 110) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaximumHeight(height)

    def fill(self, led: Ledger, checked: Collection[int] = ()) -> None:
        """Active people as ``name（department，clearance）``; keeps what was ticked."""
        keep = set(self.checked_ids()) | set(checked)
        self.clear()
        for p in people.list_people(led, active_only=True):
            item = QListWidgetItem(f"{p.name}（{p.department or '—'}，"
                                   f"{label_of(Clearance, p.clearance)}）")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in keep else Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked_ids(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, person_id: int, on: bool = True) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
