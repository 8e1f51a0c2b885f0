"""What a write changed, as the panes need to know it: the areas of the ledger it touched.

The description is never hand-written by a pane. It is read off the events the write's
transaction committed (every fact is an event, DESIGN.md §4): an event ``copy.requested``
touches the copying area, ``carrier.circulate`` the carriers and circulation, and so on.
Panes ask ``changes.touches(Area.CARRIERS, Area.APPROVALS)`` and refresh if so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from secledger.domain.classification import DOCUMENT_EVENT_KINDS, NO_NOTICE_EVENT
from secledger.domain.states import Action


class Area(StrEnum):
    """A part of the ledger that some pane shows."""

    CARRIERS = "carriers"
    DOCUMENTS = "documents"
    APPROVALS = "approvals"
    CIRCULATION = "circulation"
    RETENTION = "retention"
    DISTRIBUTION = "distribution"
    DISPATCHES = "dispatches"
    ARCHIVE = "archive"
    LOANS = "loans"
    CARRY_OUT = "carry_out"
    COPYING = "copying"
    DESTRUCTION = "destruction"
    HANDOVERS = "handovers"
    RECALL = "recall"
    STOCKTAKES = "stocktakes"
    LOSSES = "losses"
    PEOPLE = "people"
    USERS = "users"
    POLICY = "policy"
    BACKUPS = "backups"
    CLASSIFICATION = "classification"
    #: classified devices and storage media (their register, lending and repair)
    MEDIA = "media"
    MEETINGS = "meetings"
    #: year-end: the self-inspection reports and their 整改 items
    YEAREND = "yearend"
    #: every committed event (the audit pane's log); set by any change
    EVENTS = "events"


#: event kind prefix -> the areas it touches (besides EVENTS)
_BY_PREFIX: dict[str, frozenset[Area]] = {
    "carrier": frozenset({Area.CARRIERS}),
    "document": frozenset({Area.DOCUMENTS, Area.CARRIERS}),
    "approval": frozenset({Area.APPROVALS}),
    "circulation": frozenset({Area.CIRCULATION}),
    "retention": frozenset({Area.RETENTION}),
    "distribution": frozenset({Area.DISTRIBUTION}),
    "dispatch": frozenset({Area.DISPATCHES}),
    "loan": frozenset({Area.LOANS}),
    "carry_out": frozenset({Area.CARRY_OUT}),
    "copy": frozenset({Area.COPYING}),
    "destruction": frozenset({Area.DESTRUCTION}),
    "handover": frozenset({Area.HANDOVERS}),
    "recall": frozenset({Area.RECALL}),
    "stocktake": frozenset({Area.STOCKTAKES}),
    "loss": frozenset({Area.LOSSES}),
    "person": frozenset({Area.PEOPLE}),
    "department": frozenset({Area.PEOPLE}),
    "user": frozenset({Area.USERS}),
    "policy": frozenset({Area.POLICY}),
    "backup": frozenset({Area.BACKUPS}),
    "ledger": frozenset({Area.BACKUPS, Area.USERS}),
    "classification": frozenset({Area.CLASSIFICATION}),
    "media": frozenset({Area.MEDIA}),
    "meeting": frozenset({Area.MEETINGS}),
    "selfinspection": frozenset({Area.YEAREND}),
    "rectification": frozenset({Area.YEAREND}),
}

#: single event kinds that also change another workflow's list
_BY_KIND: dict[str, frozenset[Area]] = {
    # a copy kept after a meeting becomes 领用 without a change of state or holder
    "meeting.kept": frozenset({Area.RETENTION, Area.CARRIERS}),
    # devices and media on a destruction manifest: the media register and the manifest
    "destruction.media_added": frozenset({Area.MEDIA}),
    "destruction.media_removed": frozenset({Area.MEDIA}),
    "media.destroy": frozenset({Area.DESTRUCTION}),
    "media.mark_for_destruction": frozenset({Area.DESTRUCTION}),
    "media.cancel_destruction": frozenset({Area.DESTRUCTION}),
    "media.register_removed": frozenset({Area.DESTRUCTION}),
    # a device or medium on a loss report: the media register and the loss reports
    "media.report_lost": frozenset({Area.LOSSES}),
    "media.found": frozenset({Area.LOSSES}),
}

#: carrier actions (``carrier.<action>``) that also change a workflow's own list
_BY_ACTION: dict[str, frozenset[Area]] = {
    Action.CIRCULATE: frozenset({Area.CIRCULATION}),
    Action.CIRCULATION_RETURN: frozenset({Area.CIRCULATION}),
    Action.ISSUE_TO: frozenset({Area.RETENTION, Area.DISTRIBUTION}),
    Action.TAKE_BACK: frozenset({Area.RETENTION, Area.DISTRIBUTION}),
    Action.ARCHIVE: frozenset({Area.ARCHIVE, Area.LOANS}),
    Action.WITHDRAW_FROM_ARCHIVE: frozenset({Area.ARCHIVE, Area.LOANS}),
    Action.LEND: frozenset({Area.LOANS}),
    Action.LOAN_RETURN: frozenset({Area.LOANS}),
    Action.CARRY_OUT: frozenset({Area.CARRY_OUT}),
    Action.CARRY_BACK: frozenset({Area.CARRY_OUT}),
    Action.DISPATCH: frozenset({Area.DISPATCHES}),
    Action.DESTROY: frozenset({Area.DESTRUCTION}),
    Action.RETURN_TO_ISSUER: frozenset({Area.RECALL}),
    Action.HANDOVER: frozenset({Area.HANDOVERS}),
    Action.REPORT_LOST: frozenset({Area.LOSSES}),
    Action.FOUND: frozenset({Area.LOSSES}),
    Action.REGISTER: frozenset({Area.DOCUMENTS}),
    Action.VOID: frozenset({Area.DOCUMENTS}),
    Action.DECLASSIFY: frozenset({Area.CLASSIFICATION}),
    "mark_changed": frozenset({Area.CLASSIFICATION}),
    "label_printed": frozenset({Area.CLASSIFICATION}),
}

#: the document events of classification decisions and reviews
_CLASSIFICATION_DOCUMENT = DOCUMENT_EVENT_KINDS | {NO_NOTICE_EVENT}


@dataclass(frozen=True, slots=True)
class Changes:
    """The event kinds one write committed and the areas they touch."""

    kinds: frozenset[str] = frozenset()
    areas: frozenset[Area] = frozenset()

    @classmethod
    def of_kinds(cls, kinds: Iterable[str]) -> Changes:
        ks = frozenset(kinds)
        areas: set[Area] = set()
        for kind in ks:
            prefix, _, action = kind.partition(".")
            areas |= _BY_PREFIX.get(prefix, frozenset()) | _BY_KIND.get(kind, frozenset())
            if prefix == "carrier":
                areas |= _BY_ACTION.get(action, frozenset())
            elif kind in _CLASSIFICATION_DOCUMENT:
                areas.add(Area.CLASSIFICATION)
        if ks:
            areas.add(Area.EVENTS)
        return cls(ks, frozenset(areas))

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        """A change known without events (a file written outside the ledger, a refresh)."""
        return cls(frozenset(), frozenset(areas))

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.areas | other.areas)
