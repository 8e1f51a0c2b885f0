"""The physical side of a decision: new labels for carriers whose mark changed (待换标), and
the 解密 marking of carriers whose document was declassified.

Design (how a declassified document's carriers leave classified custody):

- The decision is recorded on the document at once (its document event; for a decision
  also one ``carrier.mark_changed`` per carrier still held; the end of a period by itself
  records the document event only, see ``expiry``).
- A carrier in custody (在库/已归档) moves to ``declassified`` through ``transition()`` when
  the clerk or archivist confirms its physical marking (``confirm_declassified``): from
  then on it is out of classified custody but stays findable in the ledger.
- A carrier still out (领用, 传阅中, 借出, 携带外出) stays on the 已解密待处理 worklist until
  it is back; meanwhile circulation, copying and destruction refuse it as a classified
  carrier (``guard.refuse_declassified``).

Relabelling: the new label keeps the carrier's label id, so the old label still scans to the
same carrier. ``print_new_labels`` prints the new labels and records the print on each
carrier (``carrier.label_printed`` naming the 待换标 rows it closes) in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.marks import format_cn_date
from secledger.domain.states import Action
from secledger.reports.kit.atomic import Progress
from secledger.reports.registration import labels as label_form
from secledger.services.audit.output_log import append, carrier_levels, top_level
from secledger.services.carriers.refs import clean
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.classification.common import status_of, update_marking_open
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.services.registration.printing import label_data
from secledger.store.models.classification import CarrierRelabel
from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document


def confirm_declassified(led: Ledger, *, carrier_ids: Sequence[int], note: str = "") -> int:
    """The carriers bear their 解密 marking now: each moves to ``declassified`` (clerk or
    archivist). Refused for a carrier whose document is not declassified, or that is not in
    custody (naming its holder). Returns how many carriers were confirmed."""
    led.require_any((Role.CLERK, Role.ARCHIVIST), "确认解密标志")
    text = clean(note, "说明", 500)
    if not carrier_ids:
        raise ValidationError("wf.carrier_required", field="carrier")
    with led.db.write() as s:
        docs: set[int] = set()
        for cid in dict.fromkeys(carrier_ids):
            c = get_carrier(s, cid)
            _confirm_one(s, led, c, text)
            docs.add(c.document_id)
        s.flush()
        for did in sorted(docs):
            update_marking_open(s, did)
        return len(set(carrier_ids))


def _confirm_one(s: Session, led: Ledger, c: Carrier, note: str) -> None:
    doc = s.get(Document, c.document_id)
    assert doc is not None
    st = status_of(s, doc.id)
    cno = format_copy_no(c.copy_no)
    if st is None or st.declassified_on is None:
        raise RuleViolation("classification.not_declassified", reg_no=doc.reg_no, copy_no=cno)
    state = CarrierState(c.state)
    if not state.in_custody:
        holder = s.get(Person, c.holder_id) if c.holder_id else None
        raise RuleViolation("classification.not_in_custody", reg_no=doc.reg_no, copy_no=cno,
                            state=state.value, state_label=state.label,
                            holder=holder.name if holder else "—")
    transition(s, led, c, Action.DECLASSIFY, payload={
        "reg_no": doc.reg_no, "copy_no": cno, "decision_id": st.declassify_decision_id,
        "declassified_on": st.declassified_on.isoformat(),
        "marking": f"已于{format_cn_date(st.declassified_on)}解密", "note": note,
    })


# -- 待换标: the new label ------------------------------------------------------------------
def _open_relabels(s: Session, carrier_ids: Sequence[int]) -> dict[int, list[CarrierRelabel]]:
    rows = s.execute(select(CarrierRelabel).where(
        CarrierRelabel.carrier_id.in_(set(carrier_ids)),
        CarrierRelabel.printed_event_id.is_(None)).order_by(CarrierRelabel.id)).scalars()
    out: dict[int, list[CarrierRelabel]] = {}
    for r in rows:
        out.setdefault(r.carrier_id, []).append(r)
    return out


def _check_relabel(s: Session, carrier_ids: Sequence[int]) -> None:
    """Every carrier must be waiting for a new label and its document still secret."""
    waiting = _open_relabels(s, carrier_ids)
    for cid in carrier_ids:
        c = s.get(Carrier, cid)
        if c is None:
            raise NotFound(what="载体", key=str(cid))
        doc = s.get(Document, c.document_id)
        assert doc is not None
        st = status_of(s, doc.id)
        declassified = st is not None and st.declassified_on is not None
        if cid not in waiting or declassified or CarrierState(c.state).is_terminal:
            raise RuleViolation("classification.no_relabel", reg_no=doc.reg_no,
                                copy_no=format_copy_no(c.copy_no))


def print_new_labels(led: Ledger, carrier_ids: Sequence[int], path: str | Path, *,
                     single: bool = False, start: int = 0,
                     progress: Progress | None = None) -> Path:
    """Print the new labels of carriers waiting for one (clerk): same label ids, the new
    mark. The print is recorded on each carrier and closes its 待换标 in one transaction."""
    led.require(Role.CLERK, "打印新标签")
    ids = list(dict.fromkeys(carrier_ids))
    if not ids:
        raise ValidationError("wf.carrier_required", field="carrier")
    with led.db.read() as s:
        _check_relabel(s, ids)
    data = label_data(led, ids)
    level = top_level(carrier_levels(led, ids))
    if single:
        out = label_form.render_single_labels(path, data, progress=progress)
    else:
        out = label_form.render_label_sheet(path, data, start=start, progress=progress)
    with led.db.write() as s:
        _check_relabel(s, ids)
        waiting = _open_relabels(s, ids)
        for c in s.execute(select(Carrier).where(Carrier.id.in_(ids))).scalars():
            rows = waiting[c.id]
            ev = led.event(s, "carrier.label_printed", {
                "label_id": c.label_id, "layout": "single" if single else "sheet",
                "relabel_ids": [r.id for r in rows], "mark": rows[-1].mark_after,
            }, carrier_id=c.id, document_id=c.document_id)
            for r in rows:
                r.printed_event_id, r.printed_at = ev.id, utc_naive(led.now())
        append(led, s, out, what="载体标签（换标）", rows=len(data), level=level)
    return out
