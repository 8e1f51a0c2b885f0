"""The one carrier resolver behind every carrier field: a scanned label, a 登记号 with or
without its 份号, a year-number, digits, or words to search for (``domain/lookup``).

Every number form is an index lookup (``carriers.label_id``, ``documents.reg_no``,
``documents (register, year, number)``, ``carriers (document_id, copy_no)``); words go
through the full-text index ``doc_search``, never a LIKE over the big tables. A field
that is for something (``Use``) takes only carriers in the states that use accepts; when
what was typed names carriers that cannot be used there, the refusal says why: the
carrier's state and holder, or the states of all of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_copy_no, format_ranges
from secledger.domain.enums import CarrierState, Register
from secledger.domain.errors import NotFound, RuleViolation, ValidationError
from secledger.domain.lookup import (
    Kind,
    NumberQuery,
    Use,
    is_label_id,
    parse_number,
    state_list,
)
from secledger.domain.search import phrase_query
from secledger.services.carriers.items import CarrierItem, item_query, items
from secledger.services.ledger.session import Ledger
from secledger.store.models.registry import Carrier, Document

#: most carriers one lookup lists (a pick list, not a browser)
LIMIT = 50
#: documents a word search looks at (newest first)
TEXT_DOCUMENTS = 200


@dataclass(frozen=True, slots=True)
class Found:
    """The carriers a lookup found, in registration and 份号 order."""

    query: NumberQuery
    items: tuple[CarrierItem, ...]
    more: bool = False  # the list was cut at its limit

    @property
    def one(self) -> CarrierItem | None:
        return self.items[0] if len(self.items) == 1 else None

    @property
    def document_id(self) -> int | None:
        """The one registration every item belongs to (for a 份号 typed next)."""
        ids = {i.document_id for i in self.items}
        return ids.pop() if len(ids) == 1 else None


def find(led: Ledger, typed: str, *, use: Use | None = None, document_id: int | None = None,
         limit: int = LIMIT, strict: bool = True) -> Found:
    """The carriers *typed* names or matches. With *use* only usable ones are returned;
    NotFound says what was not found, RuleViolation why what was found cannot be used.
    Not *strict*: one carrier named alone is returned even when *use* cannot take it, for a
    field whose own service call refuses it in that rule's words."""
    _ = led.user
    q = parse_number(typed)
    if not q.text:
        raise ValidationError("wf.carrier_required", field="carrier")
    with led.db.read() as s:
        found = _lookup(s, q, document_id, use, limit)
        if not found:
            raise _not_found(s, q)
    if use is None:
        return Found(q, tuple(found[:limit]), len(found) > limit)
    usable = [i for i in found if use.accepts(i.state)]
    if not usable and not strict and len(found) == 1:
        return Found(q, tuple(found))
    if not usable:
        raise unusable(found, use, q.text)
    return Found(q, tuple(usable[:limit]), len(usable) > limit)


def pick(led: Ledger, carrier_id: int, *, use: Use | None = None) -> CarrierItem:
    """One carrier chosen from a list, refused (with its state and holder) when *use* does
    not accept it."""
    _ = led.user
    with led.db.read() as s:
        got = items(s, item_query().where(Carrier.id == carrier_id))
    if not got:
        raise NotFound(what="载体", key=str(carrier_id))
    if use is not None:
        check_usable(got[0], use)
    return got[0]


def resolve_lines(led: Ledger, lines: Iterable[str], *, use: Use | None = None) -> list[int]:
    """Carrier ids for lines typed or scanned one per carrier (a label, a 登记号 with 份号, or a
    登记号 for all its usable copies), in order, each once; the first line that names
    nothing usable is refused."""
    out: list[int] = []
    for line in (x.strip() for x in lines):
        words = line.split()
        parts = words if len(words) > 1 and all(map(is_label_id, words)) else [line]
        for part in filter(None, parts):  # several labels scanned onto one line count apart
            out += [i.carrier_id for i in find(led, part, use=use).items
                    if i.carrier_id not in out]
    return out


def check_usable(item: CarrierItem, use: Use) -> None:
    if not use.accepts(item.state):
        raise unusable([item], use, item.reg_no)


def unusable(found: list[CarrierItem], use: Use, typed: str) -> RuleViolation:
    """Why none of *found* can be used for *use*: one carrier's state and holder, or the
    states of several."""
    allowed = {"purpose": use.label, "purpose_en": use.label_en, "allowed": state_list(use),
               "allowed_en": state_list(use, "en")}
    if len(found) == 1:
        it = found[0]
        return RuleViolation("lookup.not_usable", reg_no=it.reg_no, copy_no=it.copy_no,
                             state=it.state, state_label=it.state_label,
                             holder=it.holder_name or "—", **allowed)
    counts = Counter(i.state for i in found)
    order = [st for st in CarrierState if st.value in counts]
    return RuleViolation(
        "lookup.none_usable", text=typed, count=len(found),
        states="，".join(f"{st.label} {counts[st.value]}" for st in order),
        states_en=", ".join(f"{st.label_en.lower()} {counts[st.value]}" for st in order),
        **allowed)


# -- the lookups ------------------------------------------------------------------------------
def _lookup(s: Session, q: NumberQuery, document_id: int | None, use: Use | None,
            limit: int) -> list[CarrierItem]:
    if q.kind is Kind.LABEL:
        return items(s, item_query().where(Carrier.label_id == q.label))
    if q.kind in (Kind.REG_NO, Kind.REG_COPY):
        docs = list(s.execute(select(Document.id).where(Document.reg_no == q.reg_no)).scalars())
        return _of_documents(s, docs, q.copy_no, limit)
    if q.kind is Kind.YEAR_NUMBER:
        assert q.year is not None and q.number is not None
        return _of_documents(s, _numbered(s, [q.year], q.number), q.copy_no, limit)
    if q.kind in (Kind.DIGITS, Kind.COPY) and document_id is not None:
        copy_no = q.copy_no if q.kind is Kind.COPY else q.number
        within = _of_documents(s, [document_id], copy_no, limit)
        if within or q.kind is Kind.COPY:
            return within
    if q.kind is Kind.COPY:
        raise ValidationError("lookup.copy_without_document", field="carrier",
                              copy_no=format_copy_no(q.copy_no or 1))
    if q.kind is Kind.DIGITS:  # a registration number in any year, else part of a 文号
        assert q.number is not None
        years = list(s.execute(text("SELECT DISTINCT year FROM counters")).scalars())
        numbered = _of_documents(s, _numbered(s, years, q.number), None, limit)
        if numbered:
            return numbered
    return _by_words(s, q.text, use, limit, q.copy_no)


def _numbered(s: Session, years: list[int], number: int) -> list[int]:
    """Documents numbered *number* in any register of *years*, newest first (index seeks)."""
    if not years:
        return []
    return list(s.execute(
        select(Document.id).where(Document.register.in_([r.value for r in Register]),
                                  Document.year.in_(years), Document.number == number)
        .order_by(Document.id.desc())).scalars())


def _of_documents(s: Session, doc_ids: list[int], copy_no: int | None,
                  limit: int) -> list[CarrierItem]:
    if not doc_ids:
        return []
    q: Select[Any] = item_query().where(Carrier.document_id.in_(doc_ids))
    if copy_no is not None:
        q = q.where(Carrier.copy_no == copy_no)
    return items(s, q.order_by(Carrier.document_id.desc(), Carrier.copy_no).limit(limit + 1))


def _by_words(s: Session, typed: str, use: Use | None, limit: int,
              copy_no: int | None = None) -> list[CarrierItem]:
    match = phrase_query(typed)
    if match is None:
        return []
    docs = list(s.execute(text(
        "SELECT rowid FROM doc_search WHERE doc_search MATCH :m ORDER BY rowid DESC LIMIT :n"),
        {"m": match, "n": TEXT_DOCUMENTS}).scalars())
    if not docs:
        return []
    q = item_query().where(Carrier.document_id.in_(docs))
    if copy_no is not None:  # words with a 份号: that copy of each match
        q = q.where(Carrier.copy_no == copy_no)
    if use is not None:  # a pick list of what can be used here, if anything can
        ok = q.where(Carrier.state.in_([st.value for st in use.states]))
        hits = items(s, ok.order_by(Carrier.document_id.desc(), Carrier.copy_no)
                     .limit(limit + 1))
        if hits:
            return hits
    return items(s, q.order_by(Carrier.document_id.desc(), Carrier.copy_no).limit(limit + 1))


def _not_found(s: Session, q: NumberQuery) -> NotFound:
    """What was not found, in the clerk's terms (a copy not found lists the copies there are)."""
    if q.kind is Kind.LABEL:
        return NotFound("lookup.label_not_found", label=q.label)
    if q.kind in (Kind.REG_NO, Kind.REG_COPY):
        doc = s.execute(select(Document.id).where(Document.reg_no == q.reg_no)).scalar()
        if doc is None:
            return NotFound("lookup.reg_not_found", reg_no=q.reg_no)
        nums = s.execute(select(Carrier.copy_no).where(Carrier.document_id == doc)
                         .order_by(Carrier.copy_no)).scalars().all()
        return NotFound("lookup.copy_not_found", reg_no=q.reg_no,
                        copy_no=format_copy_no(q.copy_no or 1),
                        copies=format_ranges(list(nums), six_digits=True))
    if q.kind in (Kind.YEAR_NUMBER, Kind.DIGITS):
        return NotFound("lookup.number_not_found", text=q.text)
    return NotFound("lookup.nothing", text=q.text)
