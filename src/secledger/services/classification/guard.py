"""Declassified documents are no longer handled as classified: circulation, copying and
destruction refuse a carrier whose document the ledger has recorded as declassified (by a
decision, or by the end of its period: ``expiry``), pointing to the 解密 marking instead."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.domain.errors import RuleViolation
from secledger.domain.marks import format_cn_date
from secledger.store.models.classification import SecrecyStatus
from secledger.store.models.registry import Document


def refuse_declassified(s: Session, doc: Document, action: str, action_en: str) -> None:
    """Refuse *action* (传阅, 复制, 销毁 …) on a declassified document's carrier."""
    st = s.get(SecrecyStatus, doc.id)
    if st is not None and st.declassified_on is not None:
        raise RuleViolation("classification.declassified_document", reg_no=doc.reg_no,
                            on=format_cn_date(st.declassified_on), action=action,
                            action_en=action_en)
