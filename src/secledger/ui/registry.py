"""The ONE registry of main-window panes (DESIGN.md §4).

Each pane module calls ``register_pane(PaneSpec(...))`` at import time and is listed in
``PANE_MODULES`` so the main window imports it. The main window shows, in ``order``, the
panes whose ``roles`` intersect the user's roles (an empty ``roles`` means everyone).

A pane factory receives the ``AppContext`` (ledger handle, settings, error mapping) and
returns a QWidget. A pane widget may implement:
  - ``refresh()``: reload its data (called when shown; the pane itself calls it from its
    ``ctx.changed`` handler when the ``Changes`` of a write touch what it shows);
  - ``handle_scan(label_id: str) -> bool``: take a scanned carrier label; True if used.
The main window gives the first nine visible panes Ctrl+1 … Ctrl+9 in navigation order.

A pane also brings its own icon, ``resources/icons/panes/<key>.svg``, and its F1 help page in
both languages, ``resources/help/zh/<key>.html`` and ``resources/help/en/<key>.html`` (what
the pane is for, which rules it enforces); ``tests/ui/test_every_pane.py`` checks both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from secledger.domain.enums import Role

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

    from secledger.ui.context import AppContext


@dataclass(frozen=True)
class PaneSpec:
    key: str  # stable id, e.g. "browser"
    title: str  # English source text; translated with QCoreApplication.translate("Panes", title)
    icon: str  # QStyle standard pixmap name, e.g. "SP_FileDialogContentsView", or a resource file
    roles: frozenset[Role]  # empty: every logged-in user
    order: int
    factory: Callable[[AppContext], QWidget]


_PANES: dict[str, PaneSpec] = {}

#: Modules that register panes; imported by the main window. Add yours here.
PANE_MODULES: list[str] = [
    "secledger.ui.panes.browse.browser",
    "secledger.ui.panes.people.people",
    "secledger.ui.panes.ledger.backups",
    "secledger.ui.panes.registration.receipt",
    "secledger.ui.panes.registration.dispatch",
    "secledger.ui.panes.registration.registers",
    "secledger.ui.panes.custody.circulation",
    "secledger.ui.panes.custody.retention",
    "secledger.ui.panes.custody.loans",
    "secledger.ui.panes.custody.carry_out",
    "secledger.ui.panes.approvals.queue",
    "secledger.ui.panes.classification.pane",
    "secledger.ui.panes.custody.overdue",
    "secledger.ui.panes.custody.handover",
    "secledger.ui.panes.custody.recall",
    "secledger.ui.panes.custody.stocktake",
    "secledger.ui.panes.custody.loss",
    "secledger.ui.panes.custody.meetings",
    "secledger.ui.panes.disposal.copying",
    "secledger.ui.panes.disposal.destruction",
    "secledger.ui.panes.media.pane",
    "secledger.ui.panes.audit.log",
    "secledger.ui.panes.yearend.pane",
]


def register_pane(spec: PaneSpec) -> None:
    _PANES[spec.key] = spec


def load_panes() -> list[PaneSpec]:
    import importlib

    for mod in PANE_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:  # a pane that exists but fails to import is a real error
                raise
    return sorted(_PANES.values(), key=lambda p: p.order)


def visible_panes(roles: frozenset[Role]) -> list[PaneSpec]:
    return [p for p in load_panes() if not p.roles or p.roles & roles]
