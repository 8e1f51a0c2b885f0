"""The selected item of the devices and media pane: what it is, its 责任人, description and
label, and its whole history (every ``media.*`` event naming it), oldest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from secledger.domain.enums import Classification
from secledger.domain.media import MediaState, MediaType
from secledger.services.media import read
from secledger.services.media.read import MediaItemDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_of
from secledger.ui.panes.custody.common import table
from secledger.ui.panes.custody.routing import when
from secledger.ui.panes.media.models import HistoryLine, HistoryModel
from secledger.ui.widgets.columns import fit_columns
from secledger.ui.widgets.forms import named


class ItemDetail(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history = HistoryModel(parent=self)
        self.history_view = table(self.history, "mediaHistory")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (("item", self.tr("Item:")), ("holder", self.tr("Accountable holder:")),
                          ("describe", self.tr("Brand, model, serial:")),
                          ("use", self.tr("Purpose and location:")),
                          ("label", self.tr("Label, in use since:")),
                          ("remarks", self.tr("Remarks:"))):
            label = named(QLabel(), f"mediaDetail_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            form.addRow(text, label)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form, 2)
        lay.addWidget(self.history_view, 3)

    def show_item(self, item: MediaItemDTO | None) -> None:
        """Show *item* (None: nothing selected)."""
        if item is None:
            for label in self.fields.values():
                label.clear()
            self.history.set_rows([])
            return
        led = self.ctx.ledger
        values = {
            "item": f"{item.device_no} · {label_of(MediaType, item.media_type)} · "
                    f"{label_of(Classification, item.level)} · {label_of(MediaState, item.state)}",
            "holder": f"{item.holder_name}（{item.holder_department}）" if item.holder_department
                      else item.holder_name,
            "describe": " · ".join(x for x in (item.brand_model, item.serial_no) if x),
            "use": " · ".join(x for x in (item.purpose, item.location) if x),
            "label": item.label_id + (f" · {item.started_on.isoformat()}"
                                      if item.started_on else ""),
            "remarks": item.remarks,
        }
        for key, label in self.fields.items():
            label.setText(values[key])
        self.history.set_rows([HistoryLine(h, when(led, h.ts.replace(tzinfo=None)))
                               for h in read.history(led, item.id)])
        fit_columns(self.history_view)
