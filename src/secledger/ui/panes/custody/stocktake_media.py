"""The devices and media of the 清查盘点 pane: what a new session counts (carriers, devices
and media, or both), the checklist of the expected devices and media with each one's status
(unexpected ones listed after them), and a scanned device or medium in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from secledger.domain.media import MediaState, MediaType
from secledger.services.custody.stocktake_media import MediaResult
from secledger.services.media.read import MediaItemDTO
from secledger.ui.labels import label_of
from secledger.ui.panes.media.models import ItemsModel
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

Row = tuple[MediaItemDTO, str]
#: what a session counts: (carriers, media)
WHAT = ((True, False), (True, True), (False, True))


def what_box() -> QComboBox:
    box = named(QComboBox(), "stocktakeWhat")
    for (carriers, media), text in zip(WHAT, (
            QCoreApplication.translate("StocktakePane", "Carriers"),
            QCoreApplication.translate("StocktakePane", "Carriers, devices and storage media"),
            QCoreApplication.translate("StocktakePane", "Devices and storage media only")),
            strict=True):
        box.addItem(text, (carriers, media))
    return box


class MediaCheckModel(DtoTableModel[Row]):
    """The expected devices and media with each one's status, then the unexpected ones."""

    CONTEXT = "MediaColumns"
    COLUMNS = (
        Column[Row](QT_TRANSLATE_NOOP("MediaColumns", "Stocktake status"), lambda r: r[1]),
        *(Column[Row](c.header, (lambda f: lambda r: f(r[0]))(c.text))
          for c in ItemsModel.COLUMNS[:9]),
    )


def check_rows(m: MediaResult, done: bool) -> list[Row]:
    """Each expected item with 已核 / 不符 / 未见 (缺失 once finished), then each unexpected
    one the register knows."""
    checked = QCoreApplication.translate("StocktakePane", "Checked")
    status = {i.id: checked for i in m.found}
    mismatch = QCoreApplication.translate("StocktakePane", "Mismatch")
    status.update({x.item.id: mismatch for x in m.misplaced})
    absent = (QCoreApplication.translate("StocktakePane", "Missing") if done
              else QCoreApplication.translate("StocktakePane", "Not yet seen"))
    rows = [(i, status.get(i.id, absent)) for i in m.expected]
    stray = QCoreApplication.translate("StocktakePane", "Not expected")
    return rows + [(u.item, stray) for u in m.unexpected if u.item is not None]


def describe(item: Any) -> tuple[str, str]:
    """(what, state) of a scanned device or medium."""
    return (f"{label_of(MediaType, item.media_type)} {item.device_no}",
            label_of(MediaState, item.state))
