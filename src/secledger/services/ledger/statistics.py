"""Keeping the query planner's statistics current on an open ledger (``store.statistics``):
what the app calls now and then on a worker thread, any logged-in account, no event (the
statistics are no ledger fact)."""

from __future__ import annotations

from secledger.services.ledger.session import Ledger
from secledger.store import statistics


def keep_statistics(led: Ledger) -> bool:
    """Refresh the statistics when the ledger grew or shrank by a tenth since they were
    taken (a few milliseconds otherwise). Returns whether the browser's tables were
    analysed. Refused (``LedgerLocked``) on a locked ledger."""
    return statistics.refresh(led.db)
