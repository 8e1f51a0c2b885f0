"""销毁清单: list and count (登记造册、清点), approve, escort, witness, destroy.

A draft takes carriers by selection or by scan; each refusal names the rule (only carriers
in custody, nothing gone, nothing due for 清退, nothing on another open manifest).
Classified devices and storage media share the list (``destruction_media``). The leader's
approval (approvals hook "destruction") freezes the list; execution records method (one
per medium, each fitting its medium), site, escorts, witnesses, destroyer and certificate,
and destroys every item in ONE transaction through ``transition``. Destruction records are
permanent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no
from secledger.domain.destruction import (
    APPROVAL_RULE,
    DestructionMethod,
    ManifestStatus,
    Medium,
)
from secledger.domain.destruction_fit import check_method
from secledger.domain.enums import (
    CarrierState,
    Classification,
    Register,
    Role,
    format_reg_no,
)
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.approvals.posts import check_approver_post, posts_text
from secledger.services.carriers.items import person
from secledger.services.carriers.refs import clean, load_carrier
from secledger.services.carriers.transition import transition
from secledger.services.classification.guard import refuse_declassified
from secledger.services.disposal import destruction_media as dmedia
from secledger.services.disposal.destruction_checks import (
    ExecutionInput,
    check_execution,
    check_used,
    check_witnesses,
    people,
)
from secledger.services.disposal.destruction_read import (
    ManifestDTO,
    ManifestLine,
    Totals,
    check_editable,
    destruction_register,
    get_manifest,
    line_of,
    list_manifests,
    manifest_dto,
    manifest_lines,
    manifest_row,
    totals,
    totals_of,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now, utc_naive
from secledger.store import numbering
from secledger.store.models.approvals import Approval
from secledger.store.models.destruction import DestructionItem, DestructionManifest
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

__all__ = ["ExecutionInput", "ManifestDTO", "ManifestLine", "Totals", "destruction_register",
           "get_manifest", "list_manifests", "manifest_lines", "totals"]
_ROLES = (Role.CLERK, Role.ARCHIVIST)
_OPEN = [s.value for s in ManifestStatus if s.open]
S = ManifestStatus


# -- opening and editing a draft ---------------------------------------------------------
def new_manifest(led: Ledger, *, note: str = "") -> ManifestDTO:
    """Open a draft 销毁清单 with the next 销毁 number; the current user prepares it."""
    user = led.require_any(_ROLES, "编制销毁清单")
    text = clean(note, "说明", 2000)
    year = local_now(led).year
    with led.db.write() as s:
        number = numbering.next_number(s, Register.DESTRUCTION.value, year)
        m = DestructionManifest(
            year=year, number=number, reg_no=format_reg_no(Register.DESTRUCTION, year, number),
            status=S.DRAFT.value, created_at=utc_naive(led.now()), prepared_by_id=user.person_id,
            note=text,
        )
        s.add(m)
        s.flush()
        led.event(s, "destruction.opened", {"manifest_id": m.id, "reg_no": m.reg_no,
                                            "note": text}, person_id=user.person_id)
        return manifest_dto(s, m)


def check_destroyable(s: Session, c: Carrier, d: Document, manifest_id: int | None) -> None:
    """Refuse, naming the rule, a carrier that may not go on a destruction manifest."""
    st = CarrierState(c.state)
    cno = format_copy_no(c.copy_no)
    if st.is_terminal or st is CarrierState.LOST:
        raise RuleViolation("destruction.gone", reg_no=d.reg_no, copy_no=cno, state=st.value,
                            state_label=st.label)
    if not st.in_custody:
        holder = s.get(Person, c.holder_id) if c.holder_id else None
        raise RuleViolation("destruction.not_in_custody", reg_no=d.reg_no, copy_no=cno,
                            state=st.value, state_label=st.label,
                            holder=holder.name if holder else "—")
    if d.recall_required:  # 须清退 (services.recall.must_recall): not destroyed here
        raise RuleViolation("destruction.recall_required", reg_no=d.reg_no, copy_no=cno,
                            unit=d.unit or "来文单位")
    other = s.execute(
        select(DestructionManifest.reg_no)
        .join(DestructionItem, DestructionItem.manifest_id == DestructionManifest.id)
        .where(DestructionItem.carrier_id == c.id, DestructionItem.removed_at.is_(None),
               DestructionManifest.status.in_(_OPEN),
               DestructionManifest.id != (manifest_id or 0))
    ).scalar()
    if other:
        raise RuleViolation("destruction.on_other", reg_no=d.reg_no, copy_no=cno, other=other)


def _add(s: Session, led: Ledger, m: DestructionManifest, c: Carrier, d: Document) -> ManifestLine:
    check_destroyable(s, c, d, m.id)
    refuse_declassified(s, d, "列入销毁清单", "put on a destruction list")
    row = s.execute(select(DestructionItem).where(
        DestructionItem.manifest_id == m.id, DestructionItem.carrier_id == c.id)).scalar()
    if row is not None and row.removed_at is None:
        return line_of(s, row, duplicate=True)  # scanned twice: harmless
    seq = (s.execute(select(func.max(DestructionItem.seq))
                     .where(DestructionItem.manifest_id == m.id)).scalar() or 0) + 1
    now = utc_naive(led.now())
    if row is None:
        row = DestructionItem(manifest_id=m.id, carrier_id=c.id, seq=seq, added_at=now)
        s.add(row)
    else:
        row.removed_at, row.seq, row.added_at = None, seq, now
    m.item_count += 1
    s.flush()
    led.event(s, "destruction.item_added", {"manifest_id": m.id, "reg_no": m.reg_no},
              carrier_id=c.id, document_id=d.id)
    return line_of(s, row)


def add_item(led: Ledger, *, manifest_id: int, carrier_id: int | None = None,
             label: str = "") -> ManifestLine:
    """Add one carrier (by id or scanned label). Scanning twice adds it once."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        return _add(s, led, m, c, d)


def add_items(led: Ledger, *, manifest_id: int, carrier_ids: Sequence[int]) -> list[ManifestLine]:
    """Add a selection; if any carrier is refused nothing is added (the refusal names it)."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        return [_add(s, led, m, *load_carrier(s, carrier_id=cid)) for cid in carrier_ids]


def remove_items(led: Ledger, *, manifest_id: int, carrier_ids: Sequence[int],
                 media_ids: Sequence[int] = ()) -> ManifestDTO:
    """Take carriers (and devices or media) off a draft before approval; each removal is
    recorded."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        rows = s.execute(select(DestructionItem).where(
            DestructionItem.manifest_id == m.id, DestructionItem.carrier_id.in_(carrier_ids),
            DestructionItem.removed_at.is_(None))).scalars().all()
        for row in rows:
            row.removed_at = utc_naive(led.now())
            m.item_count -= 1
            led.event(s, "destruction.item_removed", {"manifest_id": m.id, "reg_no": m.reg_no},
                      carrier_id=row.carrier_id)
        dmedia.take_off(s, led, m, media_ids)
        return manifest_dto(s, m)


def set_checker(led: Ledger, *, manifest_id: int, checker_id: int) -> ManifestDTO:
    """Name the 清点人 who counted the carriers against the list (not the preparer)."""
    led.require_any(_ROLES, "编制销毁清单")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        check_editable(m)
        p = person(s, checker_id, role="清点人")
        if p.id == m.prepared_by_id:
            raise RuleViolation("destruction.checker_is_preparer", person=p.name)
        m.checked_by_id = p.id
        led.event(s, "destruction.checked", {"manifest_id": m.id, "reg_no": m.reg_no,
                                             "checker_id": p.id}, person_id=p.id)
        return manifest_dto(s, m)


# -- approval ------------------------------------------------------------------------------
def submit(led: Ledger, *, manifest_id: int) -> ManifestDTO:
    """Ask the responsible leader to approve; the list is frozen while pending."""
    led.require_any(_ROLES, "提交销毁审批")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        if m.status != S.DRAFT.value:
            raise _refuse(m, "提交审批", "submitted")
        if m.item_count <= 0:
            raise RuleViolation("destruction.empty", reg_no=m.reg_no)
        if m.checked_by_id is None:
            raise ValidationError("destruction.checker_required", field="checker")
        t = totals_of(s, m.id)
        levels = "，".join(f"{x.label}{x.count}件" for x in t.by_level)
        m.approval_id = approvals.request_approval(
            s, led, subject_kind="destruction", subject_id=m.id,
            summary=f"销毁清单{m.reg_no}：销毁涉密载体共{t.count}件（{levels}）",
            rule=APPROVAL_RULE.format(posts=posts_text(s, "destruction_approver_posts")))
        m.status, m.submitted_at = S.SUBMITTED.value, utc_naive(led.now())
        led.event(s, "destruction.submitted", {"manifest_id": m.id, "reg_no": m.reg_no,
                                               "approval_id": m.approval_id, "count": t.count})
        return manifest_dto(s, m)


def _on_decided(s: Session, led: Ledger, row: Approval) -> None:
    """Approvals hook: approved freezes the list; rejected returns it to the draft."""
    m = s.get(DestructionManifest, row.subject_id)
    if m is None or m.status != S.SUBMITTED.value:
        return
    if row.status == approvals.APPROVED:
        check_approver_post(s, "destruction_approver_posts", row.decided_by_person_id)
        m.status, m.approved_at = S.APPROVED.value, utc_naive(led.now())
    else:
        m.status = S.DRAFT.value


approvals.register_hook("destruction", _on_decided)


def withdraw(led: Ledger, *, manifest_id: int, reason: str = "") -> ManifestDTO:
    """Take a pending manifest back to the draft (its approval request is withdrawn)."""
    led.require_any(_ROLES, "撤回销毁审批")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        if m.status != S.SUBMITTED.value:
            raise _refuse(m, "撤回", "withdrawn")
        if m.approval_id:
            approvals.cancel(s, led, m.approval_id, clean(reason, "原因", 1000))
        m.status = S.DRAFT.value
        led.event(s, "destruction.withdrawn", {"manifest_id": m.id, "reg_no": m.reg_no})
        return manifest_dto(s, m)


def cancel_manifest(led: Ledger, *, manifest_id: int, reason: str) -> ManifestDTO:
    """Cancel before execution; the number stays used and the manifest is kept, cancelled."""
    led.require_any(_ROLES, "撤销销毁清单")
    why = clean(reason, "撤销原因", 1000)
    if not why:
        raise ValidationError("doc.reason_required", field="reason", what="撤销")
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        if m.status not in (S.DRAFT.value, S.SUBMITTED.value, S.APPROVED.value):
            raise _refuse(m, "撤销", "cancelled")
        if m.status == S.SUBMITTED.value and m.approval_id:
            approvals.cancel(s, led, m.approval_id, why)
        m.status, m.cancel_reason = S.CANCELLED.value, why
        led.event(s, "destruction.cancelled", {"manifest_id": m.id, "reg_no": m.reg_no,
                                               "reason": why})
        return manifest_dto(s, m)


def _refuse(m: DestructionManifest, action: str, action_en: str) -> RuleViolation:
    return RuleViolation("destruction.status", reg_no=m.reg_no, status=S(m.status).label,
                         action=action, action_en=action_en)


# -- execution --------------------------------------------------------------------------------
def execute(led: Ledger, *, manifest_id: int, inp: ExecutionInput) -> ManifestDTO:
    """Record the destruction and make every item ``destroyed``, in ONE transaction."""
    led.require_any(_ROLES, "登记销毁")
    site, destroyer, cert, equipment = check_execution(led, inp)
    with led.db.write() as s:
        m = manifest_row(s, manifest_id)
        if m.status in (S.DRAFT.value, S.SUBMITTED.value):
            raise RuleViolation("destruction.not_approved", reg_no=m.reg_no,
                                status=S(m.status).label)
        if m.status != S.APPROVED.value:
            raise _refuse(m, "执行销毁", "executed")
        rows = s.execute(
            select(Carrier, Document).join(DestructionItem, DestructionItem.carrier_id == Carrier.id)
            .join(Document, Document.id == Carrier.document_id)
            .where(DestructionItem.manifest_id == m.id, DestructionItem.removed_at.is_(None))
            .order_by(DestructionItem.seq)).tuples().all()
        media = dmedia.live_media(s, m.id)
        escorts = people(s, inp.escort_ids, "送销人")
        witnesses = people(s, inp.witness_ids, "监销人")
        check_witnesses([Classification(d.level) for _c, d in rows]
                         + [Classification(x.level) for x in media], len(witnesses))
        mediums = {Medium.of_carrier(c.carrier_type) for c, _d in rows}
        mediums |= {Medium.of_media(x.media_type) for x in media}
        method_of = {k: inp.method_for(k) for k in Medium if k in mediums}
        _check_items(s, m.id, rows, method_of)
        dmedia.check_media_methods(s, m.id, media, method_of)
        used = set(method_of.values())
        check_used(used, cert, equipment)
        method = used.pop() if len(used) == 1 else DestructionMethod(inp.method)
        _record(m, method, site, equipment, escorts, witnesses, destroyer, inp.destroyed_on, cert)
        m.methods = json.dumps({k.value: v.value for k, v in method_of.items()})
        m.executed_at = utc_naive(led.now())
        payload = {"destruction_no": m.reg_no, "destroyed_on": inp.destroyed_on.isoformat(),
                   "certificate_no": cert}
        for c, _d in rows:
            transition(s, led, c, Action.DESTROY, payload={
                **payload, "method": method_of[Medium.of_carrier(c.carrier_type)].value})
        dmedia.destroy_media(s, led, media, method_of, payload)
        led.event(s, "destruction.executed", {
            "manifest_id": m.id, "reg_no": m.reg_no, "method": method.value,
            "methods": {k.value: v.value for k, v in method_of.items()}, "site": site,
            "equipment": equipment, "escort_ids": [p.id for p in escorts],
            "witness_ids": [p.id for p in witnesses], "destroyer": destroyer,
            "destroyed_on": inp.destroyed_on.isoformat(), "certificate_no": cert,
            "carrier_ids": [c.id for c, _d in rows], "media_ids": [x.id for x in media],
            "device_nos": "、".join(x.device_no for x in media),
            "approval_id": m.approval_id,
        })
        return manifest_dto(s, m)


def _check_items(s: Session, manifest_id: int, rows: Sequence[tuple[Carrier, Document]],
                 method_of: dict[Medium, DestructionMethod]) -> None:
    """Each carrier still destroyable, not declassified, its medium's method fitting it."""
    for c, d in rows:
        check_destroyable(s, c, d, manifest_id)
        refuse_declassified(s, d, "销毁", "destroyed")
        medium = Medium.of_carrier(c.carrier_type)
        check_method(method_of[medium], medium, item=f"{d.reg_no}第{format_copy_no(c.copy_no)}份")


def _record(m: DestructionManifest, method: DestructionMethod, site: str, equipment: str,
            escorts: list[Person], witnesses: list[Person], destroyer: str, on: date,
            cert: str) -> None:
    def people_json(ps: list[Person]) -> str:
        return json.dumps([{"id": p.id, "name": p.name} for p in ps], ensure_ascii=False)

    m.status, m.method, m.site, m.equipment = S.EXECUTED.value, method.value, site, equipment
    m.escorts, m.witnesses = people_json(escorts), people_json(witnesses)
    m.destroyer, m.destroyed_on, m.certificate_no = destroyer, on, cert
