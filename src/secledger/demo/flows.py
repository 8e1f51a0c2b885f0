"""Workflow rows of the demo's bulk history: what the real services write beside the events.

``Generator`` (``demo.generator``) mixes this in. Each method writes the rows and events that
``dispatch.dispatch_carriers`` / ``record_receipt``, ``distribution.distribute`` /
``take_back``, ``retention.issue_to`` (with ``approvals.record_granted``) / ``take_back``,
``archive.archive_carrier`` and ``recall.record_return`` write, with the same payloads,
numbers from the same gapless counters and times in the same storage form.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from secledger.demo import vocab as D
from secledger.demo.model import Batch, CarrierRec, PersonRef, Step
from secledger.demo.rows import stamps
from secledger.domain.copyno import format_copy_no
from secledger.domain.custody import RECALL_PREFIX, RECALL_REGISTER, format_record_no
from secledger.domain.enums import DispatchChannel, Register, format_reg_no
from secledger.domain.states import Action
from secledger.services.approvals.requests import BENEFICIARY
from secledger.services.custody.retention import RULE as RETENTION_RULE
from secledger.services.registration.dispatch import RECEIPT_DAYS

#: tables the flows fill, in foreign-key order (demo.py writes them in this order)
TABLES = ("approvals", "retentions", "distributions", "dispatches", "dispatch_items",
          "recall_returns", "recall_return_items")
RETENTION_DAYS = 30  # timing.WORKFLOW_POLICY["retention_days"]
WORKDAY_END = time(17, 30)  # timing.WORKFLOW_POLICY["workday_end"]


class Flows:
    """Mixin of ``Generator``: the attributes and methods declared here come from there."""

    rng: random.Random
    beijing: timedelta
    clerk: PersonRef
    archivist: PersonRef
    leader: PersonRef
    heads: dict[int, PersonRef]
    _batch: Batch
    _units: dict[str, str]
    _fresh: dict[tuple[str, int], list[Any]]
    _ids: dict[str, int]

    # provided by Generator
    def _move(self, rec: CarrierRec, action: Action, actor: PersonRef, moment: datetime,
              when: tuple[str, str], extra: dict[str, Any], *, holder: int | None,
              location: str | None = None) -> None:
        raise NotImplementedError

    def _event(self, stamp: str, actor: PersonRef, kind: str, carrier_id: int | None,
               document_id: int | None, payload: dict[str, Any],
               person_id: int | None = None) -> None:
        raise NotImplementedError

    def _number(self, register: str, year: int) -> int:
        raise NotImplementedError

    def _push(self, moment: datetime, job: Callable[[datetime], None]) -> None:
        raise NotImplementedError

    def _later(self, moment: datetime, lo: int, hi: int) -> datetime:
        raise NotImplementedError


    # -- planning ---------------------------------------------------------------------------
    def _issue_plan(self, who: PersonRef) -> list[Step]:
        """领用 (approved, due in 30 days, always comes back) or 分发/承办 (a due date, or
        none when the department keeps it for its work)."""
        rng = self.rng
        steps: list[Step]
        if rng.random() < D.RETENTION_SHARE and who.id != self.leader.id:  # no one else approves his
            purpose = rng.choice(D.RETENTION_PURPOSES)
            steps = [(Action.ISSUE_TO, 0, 3, who, {"mode": "retention", "purpose": purpose}),
                     (Action.TAKE_BACK, 3, 40, self.clerk, {})]
        elif rng.random() < 0.3:
            return [(Action.ISSUE_TO, 0, 3, who, {"mode": "distribution", "purpose": "承办",
                                                  "due_days": None})]
        else:
            days = rng.choice((10, 15, 20, 30))
            steps = [(Action.ISSUE_TO, 0, 3, who, {"mode": "distribution", "purpose": "承办",
                                                   "due_days": days}),
                     (Action.TAKE_BACK, 3, days + 15, self.clerk, {})]
        if rng.random() < 0.5:
            steps.append((Action.ARCHIVE, 3, 60, self.archivist, {}))
        return steps

    def _schedule_groups(self, groups: dict[str, list[CarrierRec]], unit: str, moment: datetime) -> None:
        """Copies sent together: one dispatch per unit (主送 and some 抄送), one 清退."""
        sent = groups["dispatch"]
        if sent:
            when = self._later(moment, 0, 3)
            units = [unit]
            if len(sent) >= 3 and self.rng.random() < 0.5:
                others = [u for u in D.RECIPIENTS if u != unit]
                units += self.rng.sample(others, min(len(sent) - 1, self.rng.randint(1, 2)))
            share = [sent[i::len(units)] for i in range(len(units))]
            for to, recs in zip(units, share, strict=True):
                ch = D.pick_channel(self.rng)
                self._push(when, functools.partial(self._dispatch, recs, to, ch))
        if groups["return"]:
            when = self._later(moment, 30, 240)
            self._push(when, functools.partial(self._return, groups["return"], unit))

    def _approver_for(self, who: PersonRef) -> PersonRef:
        """领用 is approved by someone holding the approver role who is not the recipient:
        the 分管领导 (``leader``; ``_issue_plan`` gives the leader no 领用)."""
        assert who.id != self.leader.id
        return self.leader

    def _new_id(self, table: str) -> int:
        self._ids[table] = self._ids.get(table, 0) + 1
        return self._ids[table]

    def _insert(self, table: str, row: list[Any]) -> None:
        self._batch.rows.setdefault(table, []).append(row)
        self._fresh[(table, row[0])] = row

    def _update(self, table: str, row_id: int, cols: dict[int, Any], update: tuple[Any, ...]) -> None:
        """Change a row: in place while its insert is still in this batch, else an UPDATE."""
        fresh = self._fresh.get((table, row_id))
        if fresh is not None:
            for i, v in cols.items():
                fresh[i] = v
        else:
            self._batch.updates_by_table.setdefault(table, []).append(update)

    def _local_day(self, moment: datetime) -> date:
        return (moment + self.beijing).date()

    def _due_at(self, day: date) -> datetime:
        """``timing.due_on_date``: the end of the working day, as naive UTC."""
        return datetime.combine(day, WORKDAY_END) - self.beijing

    # -- archive ----------------------------------------------------------------------------
    def _archive(self, rec: CarrierRec, moment: datetime, when: tuple[str, str]) -> None:
        cabinet, box = D.pick_shelf(self.rng)
        self._move(rec, Action.ARCHIVE, self.archivist, moment, when,
                   {"cabinet": cabinet, "box": box}, holder=self.archivist.id,
                   location=f"{cabinet}/{box}")

    # -- 分发/承办 and 领用 -------------------------------------------------------------------
    def _issue(self, rec: CarrierRec, who: PersonRef, extra: dict[str, Any], moment: datetime,
               when: tuple[str, str]) -> None:
        if extra["mode"] == "retention":
            self._retain(rec, who, extra["purpose"], moment, when)
            return
        rid = self._new_id("distributions")
        days = extra["due_days"]
        due = self._local_day(moment) + timedelta(days=days) if days else None
        self._insert("distributions", [rid, rec.cid, rec.doc_id, who.id, who.department_id,
                                       extra["purpose"], when[1], due.isoformat() if due else None,
                                       None])
        rec.open = ("distributions", rid, who.id)
        self._move(rec, Action.ISSUE_TO, self.clerk, moment, when, {
            "distribution_id": rid, "person_id": who.id, "purpose": extra["purpose"],
            "due_on": due.isoformat() if due else None}, holder=who.id)

    def _retain(self, rec: CarrierRec, who: PersonRef, purpose: str, moment: datetime,
                when: tuple[str, str]) -> None:
        today = self._local_day(moment)
        due = self._due_at(today + timedelta(days=RETENTION_DAYS))
        rid, aid = self._new_id("retentions"), self._new_id("approvals")
        approver = self._approver_for(who)
        summary = f"{who.name}领用{rec.reg_no}《{rec.title}》第{rec.copy_no:06d}份（{purpose}）"
        self._insert("approvals", [aid, "retention", rid, summary, RETENTION_RULE, "approver",
                                   self.clerk.user_id, when[1], "approved", approver.id,
                                   None, when[1], "", "paper", "", today.isoformat(),
                                   json.dumps({BENEFICIARY: who.id}, sort_keys=True)])
        self._insert("retentions", [rid, rec.cid, rec.doc_id, who.id, purpose, aid,
                                    self.clerk.user_id, when[1], stamps(due)[1], None, None])
        clerk = self.clerk
        self._event(when[0], clerk, "approval.requested", None, None, {
            "approval_id": aid, "subject_kind": "retention", "subject_id": rid,
            "summary": summary, "rule": RETENTION_RULE, "required_role": "approver"})
        self._event(when[0], clerk, "approval.decided", None, None, {
            "approval_id": aid, "subject": {"kind": "retention", "id": rid, "summary": summary},
            "rule": RETENTION_RULE, "decision": "approved", "via": "paper", "reason": "",
            "form_no": "", "paper_date": today.isoformat()}, person_id=approver.id)
        rec.open = ("retentions", rid, who.id)
        self._move(rec, Action.ISSUE_TO, clerk, moment, when, {
            "retention_id": rid, "person_id": who.id, "purpose": purpose,
            "due_at": due.isoformat(), "approval_id": aid}, holder=who.id)

    def _take_back(self, rec: CarrierRec, moment: datetime, when: tuple[str, str]) -> None:
        assert rec.open is not None, "a take-back is planned only after an issue"
        table, rid, person = rec.open
        rec.open = None
        clerk = self.clerk
        if table == "retentions":
            self._update(table, rid, {9: when[1], 10: clerk.user_id}, (when[1], clerk.user_id, rid))
            key = "retention_id"
        else:
            self._update(table, rid, {8: when[1]}, (when[1], rid))
            key = "distribution_id"
        self._move(rec, Action.TAKE_BACK, clerk, moment, when,
                   {key: rid, "person_id": person}, holder=clerk.id)

    # -- 发出 and 回执 ------------------------------------------------------------------------
    def _dispatch(self, recs: list[CarrierRec], unit: str, channel: DispatchChannel,
                  moment: datetime) -> None:
        when = stamps(moment)
        day = self._local_day(moment)
        number = self._number(Register.DISPATCH.value, day.year)
        reg_no = format_reg_no(Register.DISPATCH, day.year, number)
        did = self._new_id("dispatches")
        dispatch_no = "" if channel is DispatchChannel.BY_HAND else \
            f"{'机交' if channel is DispatchChannel.CONFIDENTIAL_COURIER else '机通'}{day.year}-{number:05d}"
        doc_id, clerk = recs[0].doc_id, self.clerk
        self._insert("dispatches", [did, day.year, number, reg_no, doc_id, unit, channel.value,
                                    dispatch_no, day.isoformat(), clerk.id,
                                    (day + timedelta(days=RECEIPT_DAYS)).isoformat(),
                                    None, "", "", "", len(recs), when[1]])
        for rec in sorted(recs, key=lambda r: r.copy_no):
            self._batch.rows.setdefault("dispatch_items", []).append((did, rec.cid))
            self._move(rec, Action.DISPATCH, clerk, moment, when, {
                "dispatch_id": did, "dispatch_reg_no": reg_no, "unit": unit,
                "channel": channel.value, "dispatch_no": dispatch_no,
                "copy_no": format_copy_no(rec.copy_no)}, holder=None)
        self._units[unit] = when[1]
        if self.rng.random() < 0.92:  # the rest never sent a 回执 (overdue receipts)
            later = self._later(moment, 3, 12)
            self._push(later, lambda m: self._receipt(did, reg_no, unit, doc_id, day, m))

    def _receipt(self, did: int, reg_no: str, unit: str, doc_id: int, sent: date,
                 moment: datetime) -> None:
        when = stamps(moment)
        day = max(sent, self._local_day(moment))
        receipt_no = f"回{day.year}-{self.rng.randint(1, 9999):04d}"
        on = day.isoformat()
        self._update("dispatches", did, {11: on, 12: receipt_no}, (on, receipt_no, did))
        self._event(when[0], self.clerk, "dispatch.receipt_recorded", None, doc_id, {
            "dispatch_id": did, "dispatch_reg_no": reg_no, "unit": unit,
            "receipt_on": day.isoformat(), "receipt_no": receipt_no, "note": ""})

    # -- 清退 ---------------------------------------------------------------------------------
    def _return(self, recs: list[CarrierRec], unit: str, moment: datetime) -> None:
        when = stamps(moment)
        year = moment.year  # custody.next_record_no numbers by the (UTC) year of led.now()
        number = self._number(RECALL_REGISTER, year)
        reg_no = format_record_no(RECALL_PREFIX, year, number)
        rid = self._new_id("recall_returns")
        day = self._local_day(moment)
        receipt = f"清{day.year}-{self.rng.randint(1, 999):03d}"
        handler = D.handler_name(self.rng)
        clerk = self.clerk
        self._insert("recall_returns", [rid, year, number, reg_no, unit, day.isoformat(), receipt,
                                        handler,
                                        clerk.id, None, "", len(recs), when[1]])
        for seq, rec in enumerate(sorted(recs, key=lambda r: r.cid), start=1):
            self._batch.rows.setdefault("recall_return_items", []).append((rid, rec.cid, seq))
            self._move(rec, Action.RETURN_TO_ISSUER, clerk, moment, when, {
                "return_no": reg_no, "unit": unit, "receipt_no": receipt,
                "unit_handler": handler, "returned_on": day.isoformat()}, holder=None)
