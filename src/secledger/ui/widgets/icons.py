"""The icons of the panes and actions: each pane has its own picture
(``resources/icons/panes/<key>.svg``, a new pane adds one); a QStyle standard icon (``SP_…``)
or another file of resources/icons/ otherwise."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from secledger.store.paths import resource
from secledger.ui import registry


def spec_icon(spec: registry.PaneSpec) -> QIcon:
    """The pane's own icon: ``resources/icons/panes/<key>.svg``, else the spec's icon."""
    own = resource("icons", "panes", f"{spec.key}.svg")
    return QIcon(str(own)) if own.exists() else pane_icon(spec.icon)


def pane_icon(name: str) -> QIcon:
    """A QStyle standard icon (``SP_…``) or a file in resources/icons/."""
    if name.startswith("SP_"):
        pixmap = getattr(QStyle.StandardPixmap, name, QStyle.StandardPixmap.SP_FileIcon)
        return QApplication.style().standardIcon(pixmap)
    path = resource("icons", name)
    return QIcon(str(path)) if path.exists() else QIcon()
