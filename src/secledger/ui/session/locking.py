"""What the window forgets when the ledger locks.

Every object under a pane that has a ``clear_for_lock()`` (table models, the windowed
models with their page caches and worker threads, the detail panel) is told to forget its
rows; the main window then deletes the pane widgets themselves, so no form, label or
combo box keeps ledger text behind the lock screen. On unlock the panes are built again
and load from the freshly keyed ledger.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import QAbstractItemView


def _holders(root: QObject) -> list[QObject]:
    """*root*, every QObject under it, and the models of its views (even unparented)."""
    found: list[QObject] = [root, *root.findChildren(QObject)]
    seen = {id(o) for o in found}
    for view in root.findChildren(QAbstractItemView):
        model: QAbstractItemModel | None = view.model()
        if model is not None and id(model) not in seen:
            found.append(model)
            seen.add(id(model))
    return found


def clear_for_lock(root: QObject) -> int:
    """Call ``clear_for_lock()`` on everything under *root* that has one. Returns how many."""
    cleared = 0
    for obj in _holders(root):
        clear = getattr(obj, "clear_for_lock", None)
        if callable(clear):
            clear()
            cleared += 1
    return cleared
