"""Gapless per-register, per-year numbers. Taken inside the registering transaction,
so a rolled-back registration gives its number back and a committed one never reuses it."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def next_number(session: Session, register: str, year: int) -> int:
    row = session.execute(
        text(
            "INSERT INTO counters(register, year, last) VALUES (:r, :y, 1) "
            "ON CONFLICT(register, year) DO UPDATE SET last = last + 1 RETURNING last"
        ),
        {"r": register, "y": year},
    ).one()
    return int(row[0])


def peek_next(session: Session, register: str, year: int) -> int:
    row = session.execute(
        text("SELECT last FROM counters WHERE register = :r AND year = :y"),
        {"r": register, "y": year},
    ).first()
    return (int(row[0]) if row else 0) + 1
