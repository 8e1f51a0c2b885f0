"""A write and what it changed: ``perform(fn)`` runs one service call and returns its result
with the ``Changes`` its committed events describe (``domain.changes``). The desktop's one
operation path uses it, so panes refresh from what really changed, never from a guess."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from secledger.domain.changes import Changes
from secledger.domain.errors import DomainError
from secledger.services.ledger import feed
from secledger.services.ledger.session import Ledger
from secledger.store.eventlog import committed_kinds

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    result: T
    changes: Changes


def perform(fn: Callable[[], T], led: Ledger | None = None) -> Outcome[T]:
    """Run *fn* (one or more service calls) and describe what its commits changed. With the
    *led* it runs on, a refusal on a server ledger after another desktop's change is told
    as that (``feed.refusal``)."""
    try:
        with committed_kinds() as kinds:
            result = fn()
    except DomainError as exc:
        told = feed.refusal(led, exc)
        if told is exc:
            raise
        raise told from exc
    return Outcome(result, Changes.of_kinds(kinds))
