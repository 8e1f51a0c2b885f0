"""The ledger's own rows: settings (policy and metadata) and the gapless number counters."""


from __future__ import annotations

from sqlalchemy import (
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base


class Setting(Base):
    """Policy settings and ledger metadata kept inside the encrypted database."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")



class Counter(Base):
    """Per-register, per-year gapless counters (numbers are never reused)."""

    __tablename__ = "counters"
    register: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
