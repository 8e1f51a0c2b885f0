"""年度审核: every secret is reviewed every year (法 24).

- The unit's own documents: a 定密责任人 decides; keeping a classification as it is is a
  decision too (审核维持, ``maintain``), recorded like the others (one decision and one
  document event per document). Changing or ending one goes through a proposal
  (``proposals.propose``).
- Received documents: the originator decides; the clerk records, per document, that no
  notice came from it this year (``confirm_originator_silent``), or records the notice
  (``decisions.record_originator_decision``).

Both take the documents of one worklist selection at once, in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from secledger.domain.classification import NO_NOTICE_EVENT, DecisionKind, DecisionSource, is_own
from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.carriers.refs import clean
from secledger.services.classification import decisions
from secledger.services.classification.common import (
    check_still_secret,
    load_document,
    status_of,
    today,
)
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import utc_naive
from secledger.store.models.classification import OriginatorSilence


def maintain(led: Ledger, *, document_ids: Sequence[int], decided_by_id: int | None = None,
             decided_on: date | None = None, form_no: str = "", note: str = "") -> list[int]:
    """审核维持: the 定密责任人 keeps the classification of the unit's own documents as it
    is. In the app the logged-in approver decides (his designation must cover each level);
    the clerk transcribes a signed review list with *decided_by_id* and *form_no*.
    Returns the decision ids."""
    day = decided_on or today(led)
    by, via = _decider(led, decided_by_id, form_no)
    text = clean(note, "审核意见", 1000)
    if not document_ids:
        raise ValidationError("classification.no_documents", field="documents")
    with led.db.write() as s:
        out = []
        for did in dict.fromkeys(document_ids):
            doc = load_document(s, did)
            if not is_own(doc.register):
                raise RuleViolation("classification.received_document", reg_no=doc.reg_no,
                                    unit=doc.unit or "来文单位")
            d = decisions.apply(s, led, doc, decisions.DecisionSpec(
                kind=DecisionKind.MAINTAIN, source=DecisionSource.UNIT, decided_on=day,
                decided_by_id=by, reason=text, basis=via))
            out.append(d.id)
        return out


def _decider(led: Ledger, decided_by_id: int | None, form_no: str) -> tuple[int, str]:
    if decided_by_id is None:
        user = led.require(Role.APPROVER, "年度审核定密事项")
        return user.person_id, "系统内审核"
    led.require(Role.CLERK, "登记年度审核结果")
    form = clean(form_no, "审核表编号", 100)
    if not form:
        raise ValidationError("approval.form_no_required", field="form_no")
    return decided_by_id, f"纸质审核表{form}"


def confirm_originator_silent(led: Ledger, *, document_ids: Sequence[int],
                              note: str = "") -> int:
    """Received documents: no notice came from their originators this year (clerk).
    One event per document; returns how many were recorded."""
    led.require(Role.CLERK, "登记年度审核（未收到变更通知）")
    text = clean(note, "说明", 1000)
    if not document_ids:
        raise ValidationError("classification.no_documents", field="documents")
    year = today(led).year
    with led.db.write() as s:
        for did in dict.fromkeys(document_ids):
            doc = load_document(s, did)
            if is_own(doc.register):
                raise RuleViolation("classification.own_document", reg_no=doc.reg_no)
            check_still_secret(s, doc)
            st = status_of(s, doc.id, create=True)
            assert st is not None
            if (st.reviewed_year or 0) >= year:
                raise RuleViolation("classification.reviewed_already", reg_no=doc.reg_no,
                                    year=year)
            ev = led.event(s, NO_NOTICE_EVENT, {"year": year, "note": text, "unit": doc.unit},
                           document_id=doc.id)
            s.add(OriginatorSilence(document_id=doc.id, year=year, note=text, event_id=ev.id,
                                    recorded_at=utc_naive(led.now()),
                                    recorded_by_user_id=led.user.id))
            st.reviewed_year = year
        return len(set(document_ids))
