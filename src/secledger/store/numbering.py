"""Gapless per-register, per-year numbers. Taken inside the registering transaction,
so a rolled-back registration gives its number back and a committed one never reuses it.

On SQLite the writers already take turns (``BEGIN IMMEDIATE``), and one upsert counts. On
a server the counter row is made if missing, then locked with ``SELECT … FOR UPDATE`` and
moved on: a second desktop numbering in the same register and year waits for this
transaction to end and then reads its committed number, never the same one.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.store.dialect import on_server


def next_number(session: Session, register: str, year: int) -> int:
    return next_block(session, register, year, 1)


def next_block(session: Session, register: str, year: int, n: int) -> int:
    """The first of *n* consecutive new numbers of *register* in *year*."""
    params = {"r": register, "y": year, "n": n}
    if on_server(session):
        session.execute(text("INSERT INTO counters(register, year, last) VALUES (:r, :y, 0)"
                             " ON CONFLICT(register, year) DO NOTHING"), params)
        last = int(session.execute(text(
            "SELECT last FROM counters WHERE register = :r AND year = :y FOR UPDATE"),
            params).scalar_one()) + n
        session.execute(text("UPDATE counters SET last = :last WHERE register = :r AND year = :y"),
                        {**params, "last": last})
    else:
        last = int(session.execute(text(
            "INSERT INTO counters(register, year, last) VALUES (:r, :y, :n) "
            "ON CONFLICT(register, year) DO UPDATE SET last = counters.last + :n RETURNING last"),
            params).scalar_one())
    return last - n + 1


def peek_next(session: Session, register: str, year: int) -> int:
    row = session.execute(
        text("SELECT last FROM counters WHERE register = :r AND year = :y"),
        {"r": register, "y": year},
    ).first()
    return (int(row[0]) if row else 0) + 1
