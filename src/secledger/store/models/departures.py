"""Departures from a classified post (离岗、离职、调动) with the 脱密期 that follows.

One row per departure (``departures``, 离2026-00001): the person, kind, day of leaving,
reason and destination, who receives the carriers and who witnesses, the person's post,
department and clearance as they stood, the 脱密期 chosen (months, first and last day), the
accounts the completion disabled, and who opened, completed or voided it when. Times in UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secledger.store.models.base import Base, NumberedRecord, unique_number


class Departure(NumberedRecord, Base):
    __tablename__ = "departures"
    # id, year, number, reg_no (离2026-00001): NumberedRecord
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    kind: Mapped[str] = mapped_column(String(16))  # domain.departures.DepartureKind
    # open | completed | voided (domain.departures.DepartureStatus)
    status: Mapped[str] = mapped_column(String(16), default="open")
    departs_on: Mapped[date] = mapped_column(Date)  # 离岗日期: the 脱密期 starts here
    reason: Mapped[str] = mapped_column(Text, default="")
    destination: Mapped[str] = mapped_column(String(200), default="")  # 去向 (调动)
    department: Mapped[str] = mapped_column(String(100), default="")  # as it stood
    post: Mapped[str] = mapped_column(String(100), default="")
    clearance: Mapped[str] = mapped_column(String(16))
    receiver_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 接收人
    witness_id: Mapped[int] = mapped_column(ForeignKey("people.id"))  # 监交人
    cooling_months: Mapped[int] = mapped_column(Integer, default=0)
    cooling_from: Mapped[date | None] = mapped_column(Date)
    cooling_until: Mapped[date | None] = mapped_column(Date)  # last day, inclusive
    accounts: Mapped[str] = mapped_column(Text, default="")  # user names disabled, comma-separated
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opened_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_event_id: Mapped[int] = mapped_column(Integer, default=0)  # person.departure_opened
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    completed_event_id: Mapped[int | None] = mapped_column(Integer)  # person.departed
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)  # 脱密期满 confirmed
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        unique_number("departures"),
        Index("ix_departures_person", "person_id", "status"),
        Index("ix_departures_status", "status", "cooling_until"),
    )
