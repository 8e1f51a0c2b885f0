"""What the demo generator works on: the people it acts as, a carrier whose history is still
being written, a planned move, and the batch of rows one transaction loads. Below both
``generator`` and its ``flows`` mixin, which share them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from secledger.domain.enums import CarrierState, Clearance
from secledger.domain.states import Action


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    name: str
    department_id: int
    clearance: Clearance
    user_id: int | None
    username: str = ""


@dataclass(slots=True)
class Batch:
    documents: list[tuple[Any, ...]] = field(default_factory=list)
    search: list[tuple[int, str]] = field(default_factory=list)
    carriers: list[tuple[Any, ...]] = field(default_factory=list)
    updates: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    counters: list[tuple[str, int, int]] = field(default_factory=list)
    units: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, list[Any]] = field(default_factory=dict)  # workflow table -> new rows
    updates_by_table: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    head: str = ""


# A planned move: (action, min days, max days, target person or None, extra payload)
Step = tuple[Action, int, int, PersonRef | None, dict[str, Any]]


class CarrierRec:
    """A carrier whose history is still being written."""

    __slots__ = ("cid", "copy_no", "doc_id", "holder", "location", "new", "open", "reg_no",
                 "state", "steps", "title", "updated")

    def __init__(self, cid: int, doc_id: int, reg_no: str, steps: list[Step], copy_no: int,
                 title: str) -> None:
        self.cid, self.doc_id, self.reg_no = cid, doc_id, reg_no
        self.copy_no, self.title = copy_no, title
        self.open: tuple[str, int, int] | None = None  # (table, id, person) of an open issue
        self.state: CarrierState | None = None
        self.holder: int | None = None
        self.location = ""
        self.updated = ""
        self.steps = steps
        self.new = True
