"""Checks across rows and against the ledger: the same document twice in the file or
already in the ledger (same unit and 文号, overlapping 份号) is a problem at its row; the
签收人 decides who holds the carriers (that person, when the name is one active, cleared
person of the ledger other than the importing clerk; else the clerk, with a note)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from secledger.domain.access import may_see_level
from secledger.domain.copyno import format_ranges
from secledger.domain.enums import Clearance, Register
from secledger.domain.importing import RowProblem, duplicate_key, overlap
from secledger.services.importing import columns
from secledger.services.importing.rows import ERROR, OK, PreviewRow
from secledger.services.ledger.session import Ledger
from secledger.store.models.people import Person

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds an imported row's carriers (``person_id`` None: the importing clerk) and
    who signed for it (``signed_by`` None: the importing clerk)."""

    person_id: int | None
    signed_by: int | None = None
    note: tuple[str, dict[str, Any]] | None = None


def cross_check(s: Session, led: Ledger, register: Register, layout: Any,
                rows: list[PreviewRow]) -> list[PreviewRow]:
    """*rows* with duplicate problems added and the holder notes of good rows."""
    problems = duplicates(s, register, layout, rows)
    people = active_people(s)
    clerk = led.user.person_id
    out = []
    for r in rows:
        extra = problems.get(r.row, [])
        if extra:
            r = replace(r, status=ERROR, problems=(*r.problems, *extra), entry=None)
        elif r.status == OK and r.entry is not None:
            note = holder_of(people, clerk, r.entry.signer, r.entry.inp.mark.level,
                             register).note
            if note is not None:
                r = replace(r, notes=(note, *r.notes))
        out.append(r)
    return out


def duplicates(s: Session, register: Register, layout: Any,
               rows: Sequence[PreviewRow]) -> dict[int, list[RowProblem]]:
    """Problems at every row whose document came earlier in the file or is in the ledger."""
    found: dict[int, list[RowProblem]] = {}
    seen: dict[tuple[str, str], list[tuple[int, tuple[int, ...]]]] = {}
    keyed = [(r, k) for r in rows if r.status == OK and r.entry is not None
             and (k := duplicate_key(r.entry.inp.unit, r.entry.inp.doc_no)) is not None]
    ledger = _ledger_copies(s, register, {r.entry.inp.doc_no for r, _k in keyed if r.entry})
    for r, key in keyed:
        assert r.entry is not None
        copies = r.entry.inp.copy_nos
        for other, their in seen.get(key, []):
            if shared := overlap(copies, their):
                found.setdefault(r.row, []).append(_problem(
                    layout, r.row, "import.duplicate_in_file", other=other,
                    copies=format_ranges(shared)))
                break
        for reg_no, their in ledger.get(key, []):
            if shared := overlap(copies, their):
                found.setdefault(r.row, []).append(_problem(
                    layout, r.row, "import.duplicate_in_ledger", reg_no=reg_no,
                    copies=format_ranges(shared)))
                break
        seen.setdefault(key, []).append((r.row, copies))
    return found


def _problem(layout: Any, row: int, code: str, **params: Any) -> RowProblem:
    cols = {f: c for c, f in layout.mapping.items()}
    fld = "doc_no" if "doc_no" in cols else "title"
    col = cols.get(fld)
    return RowProblem(row=row, column=columns.column_letter(col) if col is not None else "",
                      header=layout.headings[col] if col is not None else "", field=fld,
                      code=code, params=params)


def _ledger_copies(s: Session, register: Register,
                   doc_nos: Iterable[str]) -> dict[tuple[str, str], list[tuple[str, tuple[int, ...]]]]:
    """(unit, 文号) -> [(登记号, 份号)] of the ledger's live documents with those 文号."""
    wanted = sorted(doc_nos)
    out: dict[tuple[str, str], list[tuple[str, tuple[int, ...]]]] = {}
    for i in range(0, len(wanted), _CHUNK):
        part = wanted[i:i + _CHUNK]
        marks = ", ".join(f":n{j}" for j in range(len(part)))
        rows = s.execute(text(
            "SELECT d.unit, d.doc_no, d.reg_no, group_concat(c.copy_no) FROM documents d"
            " JOIN carriers c ON c.document_id = d.id"
            f" WHERE d.register = :r AND d.voided = FALSE AND d.doc_no IN ({marks})"
            " GROUP BY d.id"), {"r": register.value, **{f"n{j}": v for j, v in enumerate(part)}})
        for unit, doc_no, reg_no, copies in rows:
            key = duplicate_key(str(unit), str(doc_no))
            if key is not None:
                nums = tuple(int(x) for x in str(copies or "").split(",") if x)
                out.setdefault(key, []).append((str(reg_no), nums))
    return out


def active_people(s: Session) -> dict[str, list[tuple[int, Clearance]]]:
    """name -> [(person id, clearance)] of the active people."""
    out: dict[str, list[tuple[int, Clearance]]] = {}
    for pid, name, clearance in s.execute(
            select(Person.id, Person.name, Person.clearance).where(Person.active.is_(True))):
        out.setdefault(" ".join(str(name).split()), []).append((int(pid), Clearance(clearance)))
    return out


def holder_of(people: dict[str, list[tuple[int, Clearance]]], clerk_person_id: int,
              signer: str, level: Any, register: Register = Register.RECEIPT) -> Holder:
    """The holder an imported row's carriers get from its 签收人. The 发文 register's 经办人
    handled the dispatch and never holds the copies: it only names who signed."""
    name = " ".join(signer.split())
    if not name:
        return Holder(None)
    matches = people.get(name, [])
    if len(matches) != 1:
        return Holder(None, None, ("import.note.signer_unknown", {"name": name}))
    pid, clearance = matches[0]
    if pid == clerk_person_id or register is not Register.RECEIPT:
        return Holder(None, pid)
    if not may_see_level(clearance, level):
        return Holder(None, pid, ("import.note.signer_not_cleared", {"name": name}))
    return Holder(pid, pid)
