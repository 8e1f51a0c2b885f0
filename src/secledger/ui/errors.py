"""The one place where exceptions become messages for the user (DESIGN.md §4).

Domain errors carry a stable code; their text comes from ``domain/messages.py`` in the UI
language. A file that cannot be written or read (``OSError``: no space, no write access) gets
the command line's plain sentence with the system's reason. Anything else is a bug: the user gets a generic
message and the details.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secledger.domain.errors import DomainError


def error_text(exc: BaseException, lang: str) -> str:
    """The sentence to show for *exc* in *lang* ('zh_CN' or 'en')."""
    if isinstance(exc, DomainError):
        return exc.message(lang)
    if isinstance(exc, OSError):  # the same sentence the command line gives
        return DomainError("cli.io_error", path=exc.filename or "",
                           detail=exc.strerror or exc).message(lang)
    return QCoreApplication.translate(
        "Errors", "An unexpected error occurred. The ledger was not changed by the failed "
        "step. Please report the details below to the security officer.")


def error_box(exc: BaseException, lang: str, parent: QWidget | None) -> QMessageBox:
    """A ready QMessageBox for *exc* (not shown)."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setWindowTitle(QCoreApplication.translate("Errors", "SecLedger"))
    box.setText(error_text(exc, lang))
    if isinstance(exc, DomainError):
        box.setIcon(QMessageBox.Icon.Warning)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(exc: BaseException, lang: str, parent: QWidget | None) -> None:
    """Show *exc* modally (returns when the user closed the box)."""
    error_box(exc, lang, parent).exec()


_log = logging.getLogger("secledger")


def log_unexpected(exc: BaseException) -> None:
    """Record a bug (not a refusal) with its traceback in the application log."""
    _log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))


def install_excepthook(lang: Callable[[], str]) -> None:
    """Anything that escapes a slot or an event handler is logged and shown with a plain
    message, as a failed write is, instead of being printed to a console nobody sees."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or QApplication.instance() is None:
            previous(kind, exc, tb)
            return
        if not isinstance(exc, DomainError):
            log_unexpected(exc)
        try:
            show_error(exc, lang(), QApplication.activeWindow())
        except Exception:
            previous(kind, exc, tb)

    sys.excepthook = hook
