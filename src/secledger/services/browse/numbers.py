"""The ledger browser's search by number: a label id, a 登记号 (with its 份号), a
year-number, a registration number, or words with a 份号 after them (``国保发〔2026〕12号
000003``) typed into the search box select their carriers
through indexes (``carriers.label_id``, ``documents.reg_no``, ``documents (register, year,
number)``, ``carriers (document_id, copy_no)``), never by scanning the big tables.

Digits alone are a registration number when written as one (``00420``: a leading zero or
five digits and more); shorter digits (``12``, ``2026``) stay words, found in 文号 and titles
through the full-text index as before, since matching them both ways would sort a large part
of the ledger. ``domain/lookup`` reads the text; the carrier fields use the same reading
through ``services/carriers/lookup``."""

from __future__ import annotations

from typing import Any

from secledger.domain.enums import Register
from secledger.domain.lookup import Kind, parse_number
from secledger.domain.search import phrase_query

_REGISTERS = ", ".join(f"'{r.value}'" for r in Register)
_NUMBERED = (f"SELECT id FROM documents WHERE register IN ({_REGISTERS})"
             " AND year {year} AND number = :n_number")


def registration_digits(text: str) -> bool:
    """Digits written as a registration number: a leading zero or at least five digits."""
    return text.startswith("0") or len(text) >= 5


def is_number(text: str) -> bool:
    """True when *text* is searched as a number (``number_clause`` gives its condition)."""
    return number_clause(text) is not None


def number_clause(text: str) -> tuple[str, dict[str, Any]] | None:
    """The WHERE condition on ``carriers c`` that *text* read as a number selects, with its
    parameters; None when *text* is words (searched in the full-text index)."""
    q = parse_number(text)
    if q.kind is Kind.LABEL:
        return "c.label_id = :n_label", {"n_label": q.label}
    copy = " AND c.copy_no = :n_copy" if q.copy_no is not None else ""
    params: dict[str, Any] = {"n_copy": q.copy_no} if q.copy_no is not None else {}
    if q.kind in (Kind.REG_NO, Kind.REG_COPY):
        params["n_reg"] = q.reg_no
        return f"c.document_id IN (SELECT id FROM documents WHERE reg_no = :n_reg){copy}", params
    if q.kind is Kind.YEAR_NUMBER:
        params.update(n_year=q.year, n_number=q.number)
        return f"c.document_id IN ({_NUMBERED.format(year='= :n_year')}){copy}", params
    if q.kind is Kind.WORDS_COPY:
        match = phrase_query(q.text)
        if match is None:
            return None
        params["match"] = match
        return ("c.document_id IN (SELECT rowid FROM doc_search WHERE doc_search MATCH :match)"
                f"{copy}"), params
    if q.kind is Kind.DIGITS and registration_digits(q.text):
        params["n_number"] = q.number
        numbered = _NUMBERED.format(year="IN (SELECT DISTINCT year FROM counters)")
        return f"c.document_id IN ({numbered})", params
    return None
