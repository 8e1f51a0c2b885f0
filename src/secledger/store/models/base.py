"""The declarative base every table of the ledger shares, and the columns of a record
numbered from a register."""

from __future__ import annotations

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class NumberedRecord:
    """A record numbered from a gapless per-year register (``store.numbering``): its
    ``number`` within the ``year`` and the printed ``reg_no`` (销2026-00001, 送2026-00001 …).
    The table adds ``unique_number(table)`` to its ``__table_args__``."""

    # first, as in the tables the migrations made (mixin columns otherwise come last)
    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)
    year: Mapped[int] = mapped_column(Integer, sort_order=-1)
    number: Mapped[int] = mapped_column(Integer, sort_order=-1)
    reg_no: Mapped[str] = mapped_column(String(32), unique=True, sort_order=-1)


def unique_number(table: str) -> UniqueConstraint:
    """One record per register number and year."""
    return UniqueConstraint("year", "number", name=f"uq_{table}_number")
