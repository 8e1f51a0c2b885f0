"""Text fields that never cut what is typed or pasted.

``QLineEdit.setMaxLength`` counts UTF-16 units and silently drops the rest of a paste (an
emoji is two units): a pasted title lost its end and was saved short. Fields here keep every
character; ``watch_length`` shows, as the text is typed, when it is longer than the ledger
takes (counted in characters, as the services count them) and the save is refused with
the field named, so the clerk shortens it knowingly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

TOO_LONG_STYLE = "QLineEdit { background: #fde2e2; }"
#: QLineEdit's own limit, far above any field's: nothing a clerk types or pastes reaches it
NO_LIMIT = 1_000_000


def characters(text: str) -> int:
    """The length the ledger checks: characters (code points) of the trimmed text."""
    return len(text.strip())


def watch_length(edit: QLineEdit, limit: int) -> QLineEdit:
    """Keep every character of *edit*; mark it (colour and tooltip) while it is longer than
    *limit* characters."""
    edit.setMaxLength(NO_LIMIT)
    edit.setProperty("charLimit", limit)

    def check(text: str) -> None:
        n = characters(text)
        over = n > limit
        if bool(edit.property("tooLong")) == over and not over:
            return
        edit.setProperty("tooLong", over)
        edit.setStyleSheet(TOO_LONG_STYLE if over else "")
        edit.setToolTip(QCoreApplication.translate(
            "Lengths", "{n} characters: at most {limit} are kept in the ledger. Shorten it "
            "before saving.").format(n=n, limit=limit) if over else "")

    edit.textChanged.connect(check)
    check(edit.text())
    return edit
