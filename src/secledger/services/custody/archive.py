"""归档: an archivist files a carrier in store into the archive (holder = the archivist,
state ``archived``, location = cabinet/box). Loans from the archive: ``services.loans``."""

from __future__ import annotations

from sqlalchemy import select

from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import ValidationError
from secledger.domain.states import Action
from secledger.services.carriers.refs import (
    CarrierRef,
    carrier_ref,
    clean,
    load_carrier,
    require_in_store,
)
from secledger.services.carriers.transition import transition
from secledger.services.ledger.session import Ledger
from secledger.store.models.registry import Carrier, Document


def archive_carrier(
    led: Ledger, *, cabinet: str, box: str, carrier_id: int | None = None,
    label: str | None = None,
) -> CarrierRef:
    """File a carrier in store into the archive at *cabinet* / *box*."""
    user = led.require(Role.ARCHIVIST, "归档")
    cab, bx = clean(cabinet, "档案柜", 60), clean(box, "档案盒", 60)
    if not cab or not bx:
        raise ValidationError("archive.location_required", field="cabinet" if not cab else "box")
    with led.db.write() as s:
        c, d = load_carrier(s, carrier_id=carrier_id, label=label)
        require_in_store(c, d.reg_no, "archive.not_in_store")
        transition(s, led, c, Action.ARCHIVE, holder_id=user.person_id,
                   location=f"{cab}/{bx}", payload={"cabinet": cab, "box": bx})
        return carrier_ref(c, d)


def archived(led: Ledger, *, text: str = "", limit: int = 200) -> list[CarrierRef]:
    """Archived carriers (optionally matching 登记号/文号/标题), newest first."""
    with led.db.read() as s:
        q = (select(Carrier, Document).join(Document, Document.id == Carrier.document_id)
             .where(Carrier.state == CarrierState.ARCHIVED.value))
        if text.strip():
            like = f"%{text.strip()}%"
            q = q.where(Document.reg_no.like(like) | Document.title.like(like)
                        | Document.doc_no.like(like) | (Carrier.label_id == text.strip().upper()))
        rows = s.execute(q.order_by(Carrier.id.desc()).limit(limit)).all()
        return [carrier_ref(c, d) for c, d in rows]
