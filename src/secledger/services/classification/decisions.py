"""Decisions: the one place where a 定密/变更/延期/解密/审核维持 decision is written, and the
originator's decisions on received documents (recorded from its written notice).

A decision is written in the transaction that makes it (an approval of the unit's
定密责任人, the clerk's record of an originator's notice, a yearly review):

- the document's classified facts change (mark, level, period and end date, 知悉范围,
  不得复制 / 须清退) and its carriers' level follows;
- one ``classification_decisions`` row and ONE document event (``document.classified``,
  ``document.reclassified``, ``document.secrecy_extended``, ``document.declassified``,
  ``document.classification_reviewed``) whose ``after`` holds the changed facts, so
  ``verify`` replays marks from decisions as it replays registrations;
- one ``carrier.mark_changed`` event per carrier still held whose mark changed or ended;
  a changed mark opens a 待换标 row (a new label is due), an ended one waits for the
  clerk's 解密 marking (``marking.confirm_declassified``);
- a 密级变更（解密）通知 to everyone in scope and every holder (``notices``).

Refusals name their rule and leave nothing written (the transaction rolls back).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import (
    CARRIER_MARK_EVENT,
    EVENT_KINDS,
    Change,
    DecisionKind,
    DecisionSource,
    Facts,
    OriginatorNotice,
    ProposalStatus,
    changed,
    check_authority,
    check_change,
    check_extension,
    check_need_to_know,
    check_new_mark,
    check_running,
    declassified_text,
    required_level,
)
from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.marks import ClassificationMark, Retention
from secledger.services.carriers.refs import clean
from secledger.services.classification import notices
from secledger.services.classification.common import (
    DECISION_PREFIX,
    DECISION_REGISTER,
    authority_of,
    check_still_secret,
    facts_of,
    held_carriers,
    load_document,
    record_no,
    status_of,
    today,
    write_facts,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.store.models.classification import (
    CarrierRelabel,
    ClassificationDecision,
    ClassificationProposal,
)
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document


@dataclass(frozen=True, slots=True)
class DecisionSpec:
    """A decision to write: what kind, by whom, when, and what it sets."""

    kind: DecisionKind
    source: DecisionSource
    decided_on: date
    change: Change = field(default_factory=Change)
    retention: Retention | None = None  # 延期: the new period
    decided_by_id: int | None = None  # the 定密责任人 (UNIT)
    notice: OriginatorNotice | None = None  # the originator's notice (ORIGINATOR)
    authority: str = ""  # 决定机关 as printed
    proposal_id: int | None = None
    approval_id: int | None = None
    basis: str = ""
    reason: str = ""
    recipients: tuple[int, ...] | None = None  # notice list named by the caller


def after_facts(doc: Document, before: Facts, spec: DecisionSpec) -> Facts:
    """The facts *spec* leaves, every rule of its kind checked (nothing is written)."""
    kind, on, issued = spec.kind, spec.decided_on, doc.issued_on
    if kind is DecisionKind.EXTEND:
        if spec.retention is None:
            raise ValidationError("classification.retention_required", field="retention")
        return Facts(check_extension(before.mark, issued, spec.retention, on, doc.reg_no),
                     before.need_to_know, before.no_copy, before.recall_required)
    if kind is not DecisionKind.DESIGNATE and not before.mark.level.is_state_secret:
        raise RuleViolation("classification.not_state_secret", level=before.mark.level.label)
    after = spec.change.apply(before)
    if kind is DecisionKind.DESIGNATE:
        check_new_mark(after.mark, issued)
        check_need_to_know(after.need_to_know)
        check_running(after.mark, issued, on, doc.reg_no)
    elif kind is DecisionKind.CHANGE:
        check_running(before.mark, issued, on, doc.reg_no)
        check_change(before, after, issued, on, doc.reg_no)
        check_need_to_know(after.need_to_know)
    elif kind in (DecisionKind.DECLASSIFY, DecisionKind.MAINTAIN):
        check_running(before.mark, issued, on, doc.reg_no)
        after = before
    return after


def check_decider(s: Session, spec: DecisionSpec, before: Facts, after: Facts,
                  today_: date) -> None:
    """The unit's decisions need a 定密责任人 covering the level; the originator's its notice."""
    if spec.source is DecisionSource.UNIT:
        if spec.decided_by_id is None:
            raise RuleViolation("classification.no_authority", person="—")
        p = s.get(Person, spec.decided_by_id)
        if p is None:
            raise NotFound(what="定密责任人", key=str(spec.decided_by_id))
        check_authority(p.name, authority_of(s, p.id),
                        required_level(before.mark.level, after.mark.level))
    elif spec.source is DecisionSource.ORIGINATOR:
        if spec.notice is None:
            raise RuleViolation("classification.notice_required", missing="发文机关、通知文号、通知日期")
        spec.notice.check(today_)
    if spec.decided_on > today_:
        raise ValidationError("doc.future_date", field="decided_on", what="决定日期",
                              date=spec.decided_on.isoformat())


def apply(s: Session, led: Ledger, doc: Document, spec: DecisionSpec) -> ClassificationDecision:
    """Write *spec* about *doc* in the caller's transaction (see the module docstring)."""
    check_still_secret(s, doc)
    before = facts_of(doc)
    after = after_facts(doc, before, spec)
    check_decider(s, spec, before, after, today(led))
    ends = spec.kind.ends_secret
    people = (notices.recipients(s, doc, before, after, spec.recipients)
              if spec.kind.needs_notice else [])
    marked = ends or after.mark != before.mark
    carriers = held_carriers(s, doc.id) if marked else []
    decision = _row(s, led, doc, spec, before, after, len(carriers))
    write_facts(s, doc, after)
    notice = notices.issue(s, led, decision, people) if people else None
    ev = led.event(s, EVENT_KINDS[spec.kind], _payload(decision, spec, before, after, notice,
                                                       people, carriers), document_id=doc.id)
    decision.event_id = ev.id
    _status(s, decision, spec, bool(carriers))
    for c in carriers:
        _mark_carrier(s, led, doc, c, decision, before, after, ends)
    return decision


def _row(s: Session, led: Ledger, doc: Document, spec: DecisionSpec, before: Facts,
         after: Facts, carriers: int) -> ClassificationDecision:
    year = today(led).year
    number, no = record_no(s, DECISION_REGISTER, DECISION_PREFIX, year)
    notice = spec.notice
    row = ClassificationDecision(
        decision_no=no, year=year, number=number, document_id=doc.id, kind=spec.kind.value,
        source=spec.source.value, decided_on=spec.decided_on, decided_by_id=spec.decided_by_id,
        authority=_authority_text(led, spec), notice_ref=notice.ref.strip() if notice else "",
        notice_on=notice.on if notice else None, proposal_id=spec.proposal_id,
        approval_id=spec.approval_id, mark_before=before.mark.format(),
        mark_after=_mark_after(spec, after), before=_json(before.to_dict()),
        after=_json(changed(before, after)), basis=spec.basis, reason=spec.reason,
        declassified=spec.kind.ends_secret, carriers=carriers, event_id=0,
        recorded_at=utc_naive(led.now()), recorded_by_user_id=led.user.id,
    )
    s.add(row)
    s.flush()
    return row


def _authority_text(led: Ledger, spec: DecisionSpec) -> str:
    if spec.authority:
        return spec.authority
    if spec.source is DecisionSource.ORIGINATOR and spec.notice is not None:
        return spec.notice.body.strip()
    return led.unit_name


def _mark_after(spec: DecisionSpec, after: Facts) -> str:
    return declassified_text(spec.decided_on) if spec.kind.ends_secret else after.mark.format()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _payload(d: ClassificationDecision, spec: DecisionSpec, before: Facts, after: Facts,
             notice: Any, people: list[notices.Recipient], carriers: list[Carrier]
             ) -> dict[str, Any]:
    return {
        "decision_id": d.id, "decision_no": d.decision_no, "kind": d.kind, "source": d.source,
        "decided_on": d.decided_on.isoformat(), "decided_by_id": d.decided_by_id,
        "authority": d.authority, "notice_ref": d.notice_ref,
        "notice_on": d.notice_on.isoformat() if d.notice_on else None,
        "proposal_id": d.proposal_id, "approval_id": d.approval_id,
        "mark_before": d.mark_before, "mark_after": d.mark_after,
        "before": before.to_dict(), "after": changed(before, after), "basis": d.basis,
        "reason": d.reason, "declassified": d.declassified,
        "carrier_ids": [c.id for c in carriers],
        "notice_no": notice.notice_no if notice is not None else None,
        "recipients": [[r.person_id, r.reason] for r in people],
    }


def _status(s: Session, d: ClassificationDecision, spec: DecisionSpec, waiting: bool) -> None:
    st = status_of(s, d.document_id, create=True)
    assert st is not None
    st.last_decision_id = d.id
    st.reviewed_year = max(st.reviewed_year or 0, spec.decided_on.year)
    if spec.kind.ends_secret:
        st.declassified_on, st.declassify_decision_id = spec.decided_on, d.id
        st.marking_open = waiting


def _mark_carrier(s: Session, led: Ledger, doc: Document, c: Carrier,
                  d: ClassificationDecision, before: Facts, after: Facts, ends: bool) -> None:
    ev = led.event(s, CARRIER_MARK_EVENT, {
        "decision_id": d.id, "decision_no": d.decision_no, "reg_no": doc.reg_no,
        "copy_no": format_copy_no(c.copy_no), "mark_before": before.mark.format(),
        "mark_after": d.mark_after, "declassified": ends, "relabel": not ends,
    }, carrier_id=c.id, document_id=doc.id)
    if not ends:
        s.add(CarrierRelabel(carrier_id=c.id, decision_id=d.id, mark_before=d.mark_before,
                             mark_after=after.mark.format(), opened_event_id=ev.id))


# -- the originator's decisions on received documents ------------------------------------------
@dataclass(frozen=True, slots=True)
class OriginatorDecisionInput:
    """A written decision of the originator (原定密机关, or its superior) about a document
    the unit received: 变更, 延期 or 解密, with its notice (issuing body, 文号, date)."""

    document_id: int
    kind: DecisionKind
    notice: OriginatorNotice
    mark: ClassificationMark | None = None  # 变更: new level and period
    retention: Retention | None = None  # 延期: the new period
    need_to_know: NeedToKnow | None = None
    no_copy: bool | None = None
    recall_required: bool | None = None
    reason: str = ""
    proposal_id: int | None = None  # the unit's proposal it answers
    recipients: tuple[int, ...] | None = None


_ORIGINATOR_KINDS = (DecisionKind.CHANGE, DecisionKind.EXTEND, DecisionKind.DECLASSIFY)


def record_originator_decision(led: Ledger, inp: OriginatorDecisionInput) -> int:
    """Record the originator's notice as a decision (clerk); returns the decision id.

    Refused without the notice's issuing body, 文号 and date (``notice_required``); a
    延期 dated on or after the end of the period (``extension_after_expiry``)."""
    led.require(Role.CLERK, "登记原定密机关的变更（解密）通知")
    if inp.kind not in _ORIGINATOR_KINDS:
        raise ValidationError("classification.kind_invalid", field="kind", kind=inp.kind.label)
    inp.notice.check(today(led))
    reason = clean(inp.reason, "说明", 1000)
    assert inp.notice.on is not None
    spec = DecisionSpec(
        kind=inp.kind, source=DecisionSource.ORIGINATOR, decided_on=inp.notice.on,
        change=Change(inp.mark, inp.need_to_know, inp.no_copy, inp.recall_required),
        retention=inp.retention, notice=inp.notice, proposal_id=inp.proposal_id,
        reason=reason, recipients=inp.recipients,
    )
    with led.db.write() as s:
        doc = load_document(s, inp.document_id)
        proposal = _answered(s, doc, inp.proposal_id)
        d = apply(s, led, doc, spec)
        if proposal is not None:
            proposal.status, proposal.decision_id = ProposalStatus.ANSWERED.value, d.id
            proposal.closed_at = utc_naive(led.now())
        return d.id


def _answered(s: Session, doc: Document, proposal_id: int | None) -> ClassificationProposal | None:
    if proposal_id is None:
        return None
    p = s.get(ClassificationProposal, proposal_id)
    if p is None or p.document_id != doc.id:
        raise NotFound(what="报原定密机关的建议", key=str(proposal_id))
    if p.status != ProposalStatus.SENT.value:
        raise RuleViolation("classification.proposal_status", proposal_no=p.proposal_no,
                            status=ProposalStatus(p.status).label)
    return p
