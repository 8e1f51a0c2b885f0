"""Print and export from a pane: ask where to save (the prompt says the file is a classified
carrier of the highest level it holds), then write it off the GUI thread.

A print or an export commits its output event, so it is a write and takes the long branch of
the one operation path (``AppContext.write_long``): progress, the one error mapping, and the
``Changes`` broadcast when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QWidget

from secledger.domain.enums import Classification
from secledger.ui.ops import Op, Progress
from secledger.ui.widgets.save_notice import classified_title

if TYPE_CHECKING:  # pragma: no cover
    from secledger.ui.context import AppContext

FILTERS = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)"}


def save_path(parent: QWidget, title: str, name: str,
              level: Classification | None = None) -> Path | None:
    """Ask where to save *name* (in the home folder first); the title names *level*. None:
    the user cancelled."""
    pattern = FILTERS.get(Path(name).suffix.lower(), "")
    path, _ = QFileDialog.getSaveFileName(parent, classified_title(title, level),
                                          str(Path.home() / name), pattern)
    return Path(path) if path else None


def write_file(ctx: AppContext, parent: QWidget, path: str | Path | None, *, ask: str,
               name: str, busy: str, write: Callable[[Path, Progress], Any],
               level: Classification | None = None,
               on_done: Callable[[Any], None] | None = None,
               cancellable: bool = False) -> Op | None:
    """Write ``write(path, progress)`` to *path*, asked for (titled *ask*, suggesting *name*)
    when None, under the progress title *busy*. None when the user cancelled the prompt."""
    target = Path(path) if path else save_path(parent, ask, name, level)
    if target is None:
        return None
    return ctx.write_long(lambda progress: write(target, progress), title=busy, parent=parent,
                          on_done=on_done, cancellable=cancellable)
