"""The demo generator: documents, carriers and their history as rows for bulk insertion.

Rows and event payloads have exactly the form ``registration.register_document`` and
``carriers.transition`` write: every carrier move (registration included) is checked and its
event built by ``domain.states.plan_move``, the same function ``transition()`` uses, so the
demo refuses exactly the moves the services refuse.
Documents are generated in time order; follow-up moves (issue, take back, archive,
dispatch, return to issuer) wait in a heap and are applied when their time comes, so the
event log is chronological and every batch leaves log and projection in step.
"""

from __future__ import annotations

import heapq
import itertools
import json
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from secledger.demo import vocab as D
from secledger.demo.flows import Flows
from secledger.demo.model import Batch, CarrierRec, PersonRef, Step
from secledger.demo.rows import FastChainer, stamps
from secledger.domain.access import NeedToKnow
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import (
    CarrierState,
    CarrierType,
    Classification,
    Clearance,
    Register,
    format_reg_no,
)
from secledger.domain.marks import ClassificationMark, declassification_date
from secledger.domain.search import index_body
from secledger.domain.states import Action, plan_move
from secledger.services.carriers.transition import LABEL_ALPHABET
from secledger.store.eventlog import GENESIS, Head

_NATIONAL = ("国家", "省")
_TYPES = (CarrierType.PAPER, CarrierType.DISC, CarrierType.USB)
_TYPE_CUM = (88, 95, 100)


Job = Callable[[datetime], None]


class Generator(Flows):
    def __init__(
        self, *, rng: random.Random, staff: list[PersonRef], accounts: dict[str, PersonRef],
        departments: dict[str, int], start: datetime, end_day: date, beijing: timedelta,
        heads: dict[int, PersonRef] | None = None,
    ) -> None:
        self.rng = rng
        self.staff = staff
        self.clerk = accounts["demo"]
        self.archivist = accounts["archivist"]
        self.leader = accounts["leader"]
        self.heads = heads or {}  # department id -> its head (approves 领用)
        self.departments = departments
        self.start = start
        self.beijing = beijing
        self.end = datetime.combine(end_day, datetime.max.time(), start.tzinfo) - beijing
        self.chainer: FastChainer = FastChainer(Head(0, GENESIS))
        self.next_doc_id = 1
        self.next_carrier_id = 1
        self.documents_made = 0
        self.carriers_made = 0
        self._heap: list[tuple[datetime, int, CarrierRec | Job]] = []
        self._seq = itertools.count()
        self._label_base = rng.randrange(1 << 23)
        self._counters: dict[tuple[str, int], int] = {}
        self._own_no: dict[int, int] = {}
        self._ext_no: dict[tuple[str, int], set[int]] = {}
        self._eligible: dict[tuple[Any, ...], list[PersonRef]] = {}
        self._batch = Batch()
        self._new: list[tuple[CarrierRec, tuple[Any, ...], tuple[int, str]]] = []
        self._dirty: dict[int, CarrierRec] = {}
        self._units: dict[str, str] = {}
        self._touched: set[tuple[str, int]] = set()
        self._fresh: dict[tuple[str, int], list[Any]] = {}
        self._ids: dict[str, int] = {}

    # -- time ------------------------------------------------------------------------------
    def receipt_times(self, n: int) -> list[datetime]:
        """*n* sorted moments in office hours on working days between start and end."""
        first = (self.start + self.beijing).date()
        days = [first + timedelta(days=i) for i in range((self.end + self.beijing).date().toordinal()
                                                       - first.toordinal() + 1)]
        work = [d for d in days if d.weekday() < 5]
        picks = sorted((self.rng.randrange(len(work)), self.rng.randrange(9 * 3600)) for _ in range(n))
        return [self._office(work[d], s) for d, s in picks]

    def _office(self, day: date, seconds: int) -> datetime:
        local = datetime.combine(day, datetime.min.time(), self.start.tzinfo)
        return local + timedelta(hours=8, minutes=30, seconds=seconds) - self.beijing

    def _later(self, moment: datetime, lo: int, hi: int) -> datetime:
        day = (moment + self.beijing).date() + timedelta(days=self.rng.randint(lo, hi))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        when = self._office(day, self.rng.randrange(9 * 3600))
        return when if when > moment else moment + timedelta(minutes=self.rng.randint(5, 90))

    # -- documents ---------------------------------------------------------------------------
    def register(self, moment: datetime) -> None:
        rng = self.rng
        outgoing = rng.random() < 0.3
        register = Register.PRODUCTION if outgoing else Register.RECEIPT
        local_day = (moment + self.beijing).date()
        year = local_day.year
        number = self._number(register.value, year)
        reg_no = format_reg_no(register, year, number)
        issued = local_day - timedelta(days=rng.randint(0, 2) if outgoing else rng.randint(1, 20))
        level = D.pick_level(rng)
        mark = D.pick_mark(rng, level, issued)
        if outgoing:
            unit = rng.choice(D.RECIPIENTS)
            self._own_no[year] = self._own_no.get(year, 0) + 1
            doc_no = f"{D.OWN_PREFIX}〔{year}〕{self._own_no[year]}号"
        else:
            unit, prefix = D.pick_unit(rng)
            doc_no = D.doc_no(prefix, issued.year, rng, self._ext_no)
        title = D.title_for(rng, year, outgoing)
        ntk = self._need_to_know(level)
        recall = (not outgoing and level.rank >= 2 and unit.startswith(_NATIONAL)
                  and rng.random() < 0.6)
        doc_id = self.next_doc_id
        self.next_doc_id += 1
        stamp, when = stamps(moment)
        ctype = rng.choices(_TYPES, cum_weights=_TYPE_CUM)[0]
        pages = 0 if ctype.is_electronic else rng.randint(1, 40)
        doc = self._doc_row(doc_id, register, year, number, reg_no, doc_no, title, mark, issued,
                            unit, pages, ntk, recall, moment, outgoing, level)
        self._batch.documents.append(doc)
        self._batch.search.append((doc_id, index_body(title, doc_no, unit)))
        self._units[unit] = when
        self._event(stamp, self.clerk, "document.registered", None, doc_id, _doc_payload(doc))
        eligible = self._eligible_for(level, ntk)
        groups: dict[str, list[CarrierRec]] = {"dispatch": [], "return": []}
        for copy_no in range(1, D.pick_copies(rng) + 1):
            steps, group = self._plan(outgoing, copy_no, recall, eligible)
            rec = self._carrier(doc_id, reg_no, copy_no, ctype, pages, level, moment,
                                (stamp, when), steps, title)
            if group:
                groups[group].append(rec)
        self._schedule_groups(groups, unit, moment)
        self.documents_made += 1

    def _number(self, register: str, year: int) -> int:
        """The next number of a gapless per-year counter (``numbering.next_number``)."""
        key = (register, year)
        number = self._counters.get(key, 0) + 1
        self._counters[key] = number
        self._touched.add(key)
        return number

    def _push(self, moment: datetime, job: CarrierRec | Job) -> None:
        heapq.heappush(self._heap, (moment, next(self._seq), job))

    def _doc_row(
        self, doc_id: int, register: Register, year: int, number: int, reg_no: str, doc_no: str,
        title: str, mark: ClassificationMark, issued: date, unit: str, pages: int,
        ntk: NeedToKnow, recall: bool, moment: datetime, outgoing: bool, level: Classification,
    ) -> tuple[Any, ...]:
        declass = declassification_date(mark, issued)
        retention = json.dumps(mark.retention.to_dict() if mark.retention else {}, ensure_ascii=False)
        drafting = self.rng.choice(list(self.departments.values())) if outgoing else None
        no_copy = level is Classification.TOP_SECRET or (level is Classification.SECRET
                                                         and self.rng.random() < 0.1)
        return (
            doc_id, register.value, year, number, reg_no, doc_no, title, level.value, mark.format(),
            retention, issued.isoformat(), declass.isoformat() if declass else None,
            D.pick_urgency(self.rng).value, unit, drafting, pages,
            json.dumps(ntk.to_dict(), ensure_ascii=False), int(no_copy), int(recall),
            stamps(moment)[1], self.clerk.id, 1, "", "{}", None, 0, "",
        )

    def _need_to_know(self, level: Classification) -> NeedToKnow:
        if level is Classification.TOP_SECRET:
            core = [p.id for p in self.staff if p.clearance is Clearance.CORE]
            return NeedToKnow.of(persons=core, note="主要领导及分管领导")
        if level is Classification.SECRET and self.rng.random() < 0.4:
            depts = self.rng.sample(sorted(self.departments.values()), 2)
            return NeedToKnow.of(departments=depts, note="承办处室")
        return NeedToKnow.everyone()

    def _eligible_for(self, level: Classification, ntk: NeedToKnow) -> list[PersonRef]:
        key = (level, ntk.unrestricted, ntk.person_ids, ntk.department_ids)
        if key not in self._eligible:
            self._eligible[key] = [
                p for p in self.staff
                if p.clearance.max_level_rank >= level.rank and ntk.includes(p.id, p.department_id)
            ]
        return self._eligible[key]

    # -- carriers ----------------------------------------------------------------------------
    def _plan(
        self, outgoing: bool, copy_no: int, recall: bool, eligible: list[PersonRef]
    ) -> tuple[list[Step], str]:
        """The copy's own moves, and the group it is sent or returned with ('' for none)."""
        r = self.rng.random()
        if outgoing:
            if copy_no == 1:
                return ([(Action.ARCHIVE, 5, 60, self.archivist, {})] if r < 0.7 else []), ""
            if r < 0.85:
                return [], "dispatch"
            r = 0.0  # the rest is kept for work
        if r < 0.45 and eligible:
            return self._issue_plan(self.rng.choice(eligible)), ""
        if r < 0.70:
            return [(Action.ARCHIVE, 7, 120, self.archivist, {})], ""
        if recall and r < 0.85:
            return [], "return"
        return [], ""

    def _carrier(
        self, doc_id: int, reg_no: str, copy_no: int, ctype: CarrierType, pages: int,
        level: Classification, moment: datetime, when: tuple[str, str], steps: list[Step],
        title: str,
    ) -> CarrierRec:
        """Register one copy: the ``carrier.register`` event ``register_document`` writes."""
        cid = self.next_carrier_id
        self.next_carrier_id += 1
        label = self._label(cid)
        serial = self._serial(ctype, moment.year, cid)
        rec = CarrierRec(cid, doc_id, reg_no, steps, copy_no, title)
        self._new.append((rec, (cid, doc_id, label, copy_no, ctype.value, serial, pages),
                          (level.rank, when[1])))
        clerk = self.clerk
        move = plan_move(None, None, Action.REGISTER, holder=clerk.id, payload={
            "reg_no": reg_no, "copy_no": format_copy_no(copy_no), "label_id": label,
            "carrier_type": ctype.value, "serial_no": serial})
        rec.state, rec.holder, rec.updated = move.state, move.holder_id, when[1]
        self._event(when[0], clerk, move.kind, cid, doc_id, move.payload)
        self._schedule(rec, moment)
        self.carriers_made += 1
        return rec

    def _label(self, cid: int) -> str:
        """'C' + 11 Crockford base-32 characters, as ``new_label_id``: 5 that grow with the
        carrier id (unique, and cheap to insert into the unique index) and 6 random ones."""
        return "C" + _b32(self._label_base + cid, 5) + _b32(self.rng.getrandbits(30), 6)

    def _serial(self, ctype: CarrierType, year: int, cid: int) -> str:
        if ctype is CarrierType.DISC:
            return f"GP{year}-{cid:07d}"
        if ctype is CarrierType.USB:
            return f"BMU-{year}-{cid:07d}"
        return ""

    def _schedule(self, rec: CarrierRec, moment: datetime) -> None:
        if rec.steps:
            _, lo, hi, _, _ = rec.steps[0]
            self._push(self._later(moment, lo, hi), rec)

    def apply_due(self, until: datetime, limit: int | None = None) -> int:
        """Apply every planned move due by *until* (at most *limit*); returns how many."""
        done = 0
        while self._heap and self._heap[0][0] <= until and (limit is None or done < limit):
            moment, _, job = heapq.heappop(self._heap)
            if isinstance(job, CarrierRec):
                self._step(job, moment)
            else:
                job(moment)
            done += 1
        return done

    def _step(self, rec: CarrierRec, moment: datetime) -> None:
        action, _, _, who, extra = rec.steps.pop(0)
        when = stamps(moment)
        if action is Action.ARCHIVE:
            self._archive(rec, moment, when)
        elif action is Action.ISSUE_TO:
            assert who is not None
            self._issue(rec, who, extra, moment, when)
        elif action is Action.TAKE_BACK:
            self._take_back(rec, moment, when)
        else:  # pragma: no cover - the plans make no other moves
            raise AssertionError(action)

    def _move(
        self, rec: CarrierRec, action: Action, actor: PersonRef, moment: datetime,
        when: tuple[str, str], extra: dict[str, Any], *, holder: int | None,
        location: str | None = None,
    ) -> None:
        """What ``transition()`` does, by the same ``plan_move``: check, payload, projection,
        event. *holder* is the holder after the move (ignored for a terminal state)."""
        move = plan_move(rec.state, rec.holder, action, holder=holder,
                         location_before=rec.location, location=location, payload=extra)
        if location is not None:
            rec.location = location
        rec.state, rec.holder, rec.updated = move.state, move.holder_id, when[1]
        self._event(when[0], actor, move.kind, rec.cid, rec.doc_id, move.payload)
        if not rec.new:
            self._dirty[rec.cid] = rec
        self._schedule(rec, moment)

    def _event(self, stamp: str, actor: PersonRef, kind: str, carrier_id: int | None,
               document_id: int | None, payload: dict[str, Any],
               person_id: int | None = None) -> None:
        self._batch.events.append(self.chainer.make(
            ts=stamp, user_id=actor.user_id, username=actor.username,
            kind=kind, carrier_id=carrier_id, document_id=document_id, person_id=person_id,
            payload=payload))

    # -- batches -----------------------------------------------------------------------------
    def take_batch(self) -> Batch:
        b = self._batch
        for rec, static, (rank, registered) in self._new:
            b.carriers.append((*static, _value(rec.state), rec.holder, rec.location, 0,
                               rec.updated, rank, registered))
            rec.new = False
        b.updates = [(_value(r.state), r.holder, r.location, r.updated, r.cid)
                     for r in self._dirty.values()]
        b.counters = [(r, y, self._counters[(r, y)]) for r, y in sorted(self._touched)]
        b.units = sorted(self._units.items())
        b.head = f"{self.chainer.last_id}:{self.chainer.last_hash}"
        self._batch, self._new, self._dirty, self._fresh = Batch(), [], {}, {}
        self._units, self._touched = {}, set()
        return b

    @property
    def pending(self) -> int:
        return len(self._heap)


def _b32(n: int, width: int) -> str:
    return "".join(LABEL_ALPHABET[(n >> (5 * i)) & 31] for i in range(width - 1, -1, -1))


def _value(state: CarrierState | None) -> str | None:
    return state.value if state is not None else None


def _doc_payload(row: tuple[Any, ...]) -> dict[str, Any]:
    """As ``registration._doc_payload`` for a documents row tuple."""
    return {
        "reg_no": row[4], "register": row[1], "doc_no": row[5], "title": row[6],
        "level": row[7], "mark": row[8], "unit": row[13], "urgency": row[12],
        "issued_on": row[10], "pages": row[15], "no_copy": bool(row[17]),
        "recall_required": bool(row[18]), "need_to_know": json.loads(row[16]),
        "remarks": row[22],
    }
