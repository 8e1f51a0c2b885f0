"""What the scripted demo steps after the bulk history share (classification, carry-out,
media, year-end …): the clock they move forward, and a run that works as one account after
another, each step a little later than the one before, so the event log stays in time order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from secledger.demo.week import BEIJING, Cast
from secledger.services.ledger.session import Ledger


class Clock(Protocol):
    moment: datetime


@dataclass
class ScriptRun:
    led: Ledger
    clock: Clock
    cast: Cast
    password: str

    @property
    def today(self) -> date:
        """The demo's day in Beijing."""
        return (self.clock.moment + BEIJING).date()

    def tick(self, minutes: int = 1) -> None:
        self.clock.moment += timedelta(minutes=minutes)

    def as_user(self, username: str) -> None:
        self.led.lock_session()
        self.led.unlock_session(username, self.password)
