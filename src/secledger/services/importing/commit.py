"""Writing a preview: all or nothing, in ONE transaction.

Refused (nothing written) while any row has a problem the clerk did not exclude. Otherwise
each good row is registered through the registration service's own path
(``register_in``: the year's next number, in the file's order, so the year's sequence
continues after them), every event naming the import (file, sheet, source row, SHA-256);
then the carriers go to 归档 or to the 签收人's retention through ``transition``. Excluded
rows are kept in the import record with their reasons, and the mapping is remembered for
the next file of the same layout. ``progress(done, total)`` returning False cancels: the
transaction is rolled back and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from secledger.domain.enums import Register, Role
from secledger.domain.errors import ValidationError
from secledger.domain.importing import (
    BY_CLERK,
    ImportCancelled,
    ImportFileError,
    ImportRefused,
)
from secledger.domain.states import Action
from secledger.reports.kit.atomic import Progress
from secledger.services.carriers.transition import transition
from secledger.services.importing import checks, columns
from secledger.services.importing.preview import ImportPreview
from secledger.services.importing.rows import ERROR, EXCLUDED, OK, SKIPPED, PreviewRow
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import due_on_date, local_now, policy_int, utc_naive
from secledger.services.registration.register import register_in
from secledger.store import statistics
from secledger.store.models.circulation import Retention
from secledger.store.models.importing import ImportExcludedRow, ImportRecord
from secledger.store.models.ledger import Setting
from secledger.store.models.registry import Carrier, Document

COMMITTED = "import.committed"
RETENTION_PURPOSE = "导入：原登记簿签收人留存"
_TICK = 100


@dataclass(frozen=True, slots=True)
class ImportResult:
    import_id: int
    documents: int
    carriers: int
    excluded: int
    skipped: int
    first_reg_no: str
    last_reg_no: str


def exclude(preview: ImportPreview, rows: Iterable[int]) -> ImportPreview:
    """*preview* with the source rows *rows* excluded by the clerk (their problems become
    the reason); a row that is not an entry of the sheet is refused."""
    wanted = set(rows)
    data = [r for r in preview.rows if r.status != SKIPPED]
    for n in sorted(wanted):
        got = preview.row(n)
        if got is None or got.status == SKIPPED:
            raise ValidationError("import.row_not_in_sheet", field="exclude_rows", row=n,
                                  sheet=preview.layout.sheet, first=data[0].row if data else 0,
                                  last=data[-1].row if data else 0)
    out = [_excluded(r) if r.row in wanted and r.status in (OK, ERROR) else r
           for r in preview.rows]
    return replace(preview, rows=tuple(out))


def _excluded(r: PreviewRow) -> PreviewRow:
    return replace(r, status=EXCLUDED, reason=BY_CLERK, entry=None,
                   reason_params={"problems": " ".join(p.text() for p in r.problems)})


def reason_text(r: PreviewRow, lang: str = "zh_CN") -> str:
    """Why *r* was left out, in words (excluded and skipped rows)."""
    from secledger.domain.messages import render

    code = r.reason if "." in r.reason else f"import.skip.{r.reason}"
    return render(code, lang, r.reason_params).strip()


def commit_import(led: Ledger, preview: ImportPreview, *, exclude_rows: Iterable[int] = (),
                  progress: Progress | None = None) -> ImportResult:
    """Write *preview* (less *exclude_rows*), or raise ``ImportRefused`` listing every
    problem; ``ImportCancelled`` when *progress* returns False. Nothing half-written."""
    user = led.require(Role.CLERK, "导入登记簿")
    preview = exclude(preview, exclude_rows)
    problems = [p for r in preview.rows if r.status == ERROR for p in r.problems]
    if problems:
        raise ImportRefused(problems)
    good = preview.ok_rows
    if not good:
        raise ImportFileError("import.no_rows", sheet=preview.layout.sheet)
    due = due_on_date(led, local_now(led).date() + timedelta(days=policy_int(led, "retention_days")))
    now = led.now()
    with led.db.write() as s:
        again = checks.duplicates(s, preview.register, preview.layout, good)
        if again:
            raise ImportRefused([p for row in sorted(again) for p in again[row]])
        rec = _record(s, led, preview, now)
        writer = _Writer(s, led, rec, user.person_id, checks.active_people(s), due, now)
        for i, r in enumerate(good, 1):
            writer.write(r)
            if progress is not None and (i % _TICK == 0 or i == len(good)) \
                    and progress(i, len(good)) is False:
                raise ImportCancelled()
        _finish(s, led, preview, rec, writer)
        result = ImportResult(rec.id, rec.documents, rec.carriers, rec.excluded,
                              len(preview.skipped_rows), rec.first_reg_no, rec.last_reg_no)
    statistics.refresh(led.db)  # a bulk load: the planner's statistics follow it
    return result


def _record(s: Session, led: Ledger, preview: ImportPreview, now: Any) -> ImportRecord:
    layout = preview.layout
    rec = ImportRecord(
        register=preview.register.value, file_name=layout.source.name[:260],
        sheet=layout.sheet[:100], sha256=layout.source.sha256, header_row=layout.header_row,
        mapping=json.dumps(_letters(layout.mapping), ensure_ascii=False),
        skipped=json.dumps([[r.row, r.reason] for r in preview.skipped_rows]),
        user_id=led.user.id, imported_at=utc_naive(now))
    s.add(rec)
    s.flush()
    return rec


def _letters(mapping: dict[int, str]) -> dict[str, str]:
    return {columns.column_letter(c): f for c, f in sorted(mapping.items())}


class _Writer:
    """Registers good rows one after another in the import's transaction."""

    def __init__(self, s: Session, led: Ledger, rec: ImportRecord, clerk: int,
                 people: dict[str, Any], due: Any, now: Any) -> None:
        self.s, self.led, self.rec, self.clerk = s, led, rec, clerk
        self.people, self.due, self.now = people, due, now
        self.documents: list[Document] = []
        self.carriers = 0

    def write(self, r: PreviewRow) -> None:
        entry = r.entry
        assert entry is not None and entry.inp.received_at is not None
        prov = {"import_id": self.rec.id, "file": self.rec.file_name, "sheet": self.rec.sheet,
                "row": r.row, "sha256": self.rec.sha256}
        holder = checks.holder_of(self.people, self.clerk, entry.signer, entry.inp.mark.level,
                                  entry.inp.register)
        inp = entry.inp if holder.signed_by is None else replace(
            entry.inp, signed_by_id=holder.signed_by)
        if holder.note is not None:
            prov = {**prov, "note": holder.note[0], **holder.note[1]}
        doc, carriers = register_in(self.s, self.led, inp, year=entry.inp.received_at.year,
                                    clerk_person_id=self.clerk, now=self.now,
                                    provenance=prov)
        for c in carriers:
            if entry.archive:
                transition(self.s, self.led, c, Action.ARCHIVE, holder_id=self.clerk,
                           payload={"import": prov})
            elif holder.person_id is not None:
                self._retain(doc, c, holder.person_id, prov)
        self.documents.append(doc)
        self.carriers += len(carriers)

    def _retain(self, doc: Document, c: Carrier, person_id: int, prov: dict[str, Any]) -> None:
        self.s.flush()  # the document's carriers are still pending: write them first
        ret = Retention(carrier_id=c.id, document_id=doc.id, person_id=person_id,
                        purpose=RETENTION_PURPOSE, issued_by_user_id=self.led.user.id,
                        issued_at=doc.received_at, due_at=self.due)
        self.s.add(ret)
        self.s.flush([ret])
        transition(self.s, self.led, c, Action.ISSUE_TO, holder_id=person_id, payload={
            "retention_id": ret.id, "person_id": person_id, "purpose": RETENTION_PURPOSE,
            "due_at": ret.due_at.isoformat(), "approval_id": None, "import": prov})


def _finish(s: Session, led: Ledger, preview: ImportPreview, rec: ImportRecord,
            writer: _Writer) -> None:
    excluded = preview.excluded_rows
    for r in excluded:
        s.add(ImportExcludedRow(import_id=rec.id, source_row=r.row, reason_code=r.reason,
                                reason=reason_text(r), cells=json.dumps(list(r.cells),
                                                                        ensure_ascii=False)))
    rec.documents, rec.carriers, rec.excluded = len(writer.documents), writer.carriers, len(excluded)
    rec.first_reg_no = writer.documents[0].reg_no
    rec.last_reg_no = writer.documents[-1].reg_no
    layout = preview.layout
    key = columns.signature(preview.register, layout.headings)
    s.merge(Setting(key=key, value=json.dumps({str(c): f for c, f in layout.mapping.items()})))
    led.event(s, COMMITTED, {
        "import_id": rec.id, "register": preview.register.value, "file": rec.file_name,
        "sheet": rec.sheet, "sha256": rec.sha256, "header_row": rec.header_row,
        "mapping": _letters(layout.mapping), "documents": rec.documents,
        "carriers": rec.carriers, "first_reg_no": rec.first_reg_no,
        "last_reg_no": rec.last_reg_no,
        "excluded": [[r.row, r.reason] for r in excluded],
        "skipped": [[r.row, r.reason] for r in preview.skipped_rows]})


def register_of(text: str) -> Register:
    """收文 / 发文 (or receipt / production) as the command line and wizard name them."""
    word = text.strip().lower()
    for reg in (Register.RECEIPT, Register.PRODUCTION):
        if word in (reg.value, reg.label, f"{reg.label}登记簿", reg.label_en.lower()):
            return reg
    raise ValidationError("import.bad_register", field="register", text=text)
