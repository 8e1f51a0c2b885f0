"""SecLedger (涉密载体台账): offline encrypted ledger of classified carriers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from secledger.services.ledger.session import Ledger


def open_ledger(path: Any, username: str, password: str) -> Ledger:
    """Open (unlock) the ledger folder at *path* as *username*; see services.ledger.session."""
    from secledger.services.ledger.session import open_ledger as _open

    return _open(path, username=username, password=password)


__all__ = ["__version__", "open_ledger"]
