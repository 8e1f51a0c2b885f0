"""Import records (导入记录): which file was brought in, by whom, with which column mapping,
and every source row left out with its reason (excluded rows are kept, never dropped).
The imported documents themselves are ordinary registrations whose events name the import."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class ImportRecord(Base):
    """One committed import of one sheet of one file into one register."""

    __tablename__ = "import_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    register: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str] = mapped_column(String(100), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    header_row: Mapped[int] = mapped_column(Integer)
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # JSON: column letter -> field
    documents: Mapped[int] = mapped_column(Integer, default=0)
    carriers: Mapped[int] = mapped_column(Integer, default=0)
    excluded: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [[row, "blank"|"total"]]
    first_reg_no: Mapped[str] = mapped_column(String(32), default="")
    last_reg_no: Mapped[str] = mapped_column(String(32), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class ImportExcludedRow(Base):
    """A source row that was not imported: its cells as written and why."""

    __tablename__ = "import_excluded_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("import_records.id"))
    source_row: Mapped[int] = mapped_column(Integer)
    reason_code: Mapped[str] = mapped_column(String(48))
    reason: Mapped[str] = mapped_column(Text, default="")
    cells: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the row's texts

    __table_args__ = (Index("ix_import_excluded_rows_import", "import_id", "source_row"),)
