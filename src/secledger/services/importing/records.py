"""The import records (导入记录): what was imported from which file, and every row left out
with its reason and its cells as written."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from secledger.domain.errors import NotFound
from secledger.services.ledger.session import Ledger
from secledger.store.models.importing import ImportExcludedRow, ImportRecord


@dataclass(frozen=True, slots=True)
class ExcludedRowDTO:
    row: int
    reason_code: str
    reason: str
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportRecordDTO:
    id: int
    register: str
    file_name: str
    sheet: str
    sha256: str
    header_row: int
    mapping: dict[str, str]  # column letter -> field
    documents: int
    carriers: int
    first_reg_no: str
    last_reg_no: str
    imported_at: datetime  # UTC
    skipped: tuple[tuple[int, str], ...]
    excluded: tuple[ExcludedRowDTO, ...] = ()  # read by ``import_record`` only
    left_out: int = 0  # how many rows were excluded


def _dto(rec: ImportRecord, excluded: tuple[ExcludedRowDTO, ...] = ()) -> ImportRecordDTO:
    return ImportRecordDTO(
        id=rec.id, register=rec.register, file_name=rec.file_name, sheet=rec.sheet,
        sha256=rec.sha256, header_row=rec.header_row, mapping=json.loads(rec.mapping or "{}"),
        documents=rec.documents, carriers=rec.carriers, first_reg_no=rec.first_reg_no,
        last_reg_no=rec.last_reg_no, imported_at=rec.imported_at,
        skipped=tuple((int(a), str(b)) for a, b in json.loads(rec.skipped or "[]")),
        excluded=excluded, left_out=rec.excluded)


def import_records(led: Ledger) -> list[ImportRecordDTO]:
    """Every import, newest first (without the excluded rows)."""
    with led.db.read() as s:
        rows = s.execute(select(ImportRecord).order_by(ImportRecord.id.desc())).scalars()
        return [_dto(r) for r in rows]


def import_record(led: Ledger, import_id: int) -> ImportRecordDTO:
    """One import with every source row it left out."""
    with led.db.read() as s:
        rec = s.get(ImportRecord, import_id)
        if rec is None:
            raise NotFound(what="导入记录", key=str(import_id))
        rows = s.execute(select(ImportExcludedRow).where(ImportExcludedRow.import_id == rec.id)
                         .order_by(ImportExcludedRow.source_row)).scalars()
        excluded = tuple(ExcludedRowDTO(x.source_row, x.reason_code, x.reason,
                                        tuple(json.loads(x.cells or "[]"))) for x in rows)
        return _dto(rec, excluded)
