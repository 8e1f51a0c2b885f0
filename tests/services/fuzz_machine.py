"""The base of the state-machine fuzz: one ledger per example, every call through ``call``.

``call`` snapshots every table before a service call; a refusal (``DomainError``) must leave
every row as it was, and on a locked ledger the refusal must be ``LedgerLocked``. After each
step the invariants run: ``verify`` passes, every live carrier has one active holder, numbers
are gapless, no row was ever deleted, and open workflow records match the carriers' states.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from tests.services.fuzz_office import (
    START,
    Checker,
    Clock,
    Template,
    copy_template,
    diff,
    password,
    pick,
)

from secledger.domain.errors import AuthError, DomainError, LedgerLocked

UNKNOWN = 999_999  # an id no row has


def srule(**strategies: Any) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A service rule: runs only while unlocked (``call_while_locked`` covers the locked
    ledger), so that a lock does not leave the rest of the example doing nothing."""

    def deco(fn: Callable[..., None]) -> Callable[..., None]:
        return precondition(lambda self: not self.locked)(rule(**strategies)(fn))  # type: ignore[no-any-return]

    return deco


class LedgerMachineBase(RuleBasedStateMachine):
    template: ClassVar[Template]
    root: ClassVar[Path]
    examples: ClassVar[int] = 0
    #: "rule" / "rule:refused" / "rule:locked" -> count, over the whole test run
    stats: ClassVar[Counter[str]] = Counter()
    codes: ClassVar[Counter[str]] = Counter()  # "rule:error code" of the refusals

    def __init__(self) -> None:
        from secledger.services.ledger.session import DB_NAME, open_ledger
        from secledger.store.engine import make_engine
        from secledger.store.keyslots import TEST_KDF

        super().__init__()
        type(self).examples += 1
        path = copy_template(self.template, self.root / f"ex{self.examples}")
        self.clock = Clock(START)
        self.led = open_ledger(path, username="clerk", password=password("clerk"),
                               clock=self.clock, kdf=TEST_KDF)
        self.user = "clerk"
        self.locked = False
        # The checks read through their own keyed engine: the ledger's engines and key are
        # gone while it is locked, and the invariants are checked then too.
        self.chk = Checker(make_engine(path / DB_NAME, self.led.master_key, query_only=True))
        self.rows_seen: dict[str, int] = {}
        self.people = dict(self.template.people)
        self.person_ids = sorted(set(self.people.values()) | set(
            self.template.user_person.values()))

    def teardown(self) -> None:
        self.chk.dispose()
        self.led.close()

    # -- helpers for the rules ------------------------------------------------------------
    def pid(self, name: str) -> int:
        return self.template.user_person.get(name) or self.people[name]

    def person(self, k: int, *, unknown: bool = True) -> int:
        return pick([*self.person_ids, UNKNOWN] if unknown else self.person_ids, k)

    def cleared(self, k: int) -> int:
        """Someone active, 核心-cleared and in 办公室 (who may see any seed document)."""
        return int(pick([self.pid(n) for n in ("陈副局长", "leader", "leader2", "clerk2")], k))

    def carriers(self, *states: str) -> list[int]:
        if states:
            marks = ", ".join(f"'{s}'" for s in states)
            sql = f"SELECT id FROM carriers WHERE state IN ({marks}) ORDER BY id"
        else:
            sql = "SELECT id FROM carriers ORDER BY id"
        return [int(r[0]) for r in self.chk.rows(sql)]

    def carrier(self, k: int, valid: bool, *states: str) -> int:
        """A carrier in *states* when *valid* and one exists; else any carrier or none."""
        good = self.carriers(*states)
        if valid and good:
            return int(pick(good, k))
        return int(pick([*self.carriers(), UNKNOWN], k))

    def ids(self, sql: str) -> list[int]:
        return [int(r[0]) for r in self.chk.rows(sql)]

    def record(self, sql: str, k: int, valid: bool, all_sql: str) -> int:
        good = self.ids(sql)
        return int(pick(good, k)) if valid and good else int(pick([*self.ids(all_sql),
                                                                   UNKNOWN], k))

    def pending(self, k: int, valid: bool) -> int:
        return self.record("SELECT id FROM approvals WHERE status = 'pending' ORDER BY id", k,
                           valid, "SELECT id FROM approvals ORDER BY id")

    def local_today(self) -> date:
        from secledger.services.ledger.timing import local_now

        return local_now(self.led).date() if not self.locked else (
            self.clock.t + timedelta(hours=8)).date()

    def now(self) -> datetime:
        return self.clock.t

    # -- the one way a service is called --------------------------------------------------
    def call(self, name: str, fn: Callable[[], Any], *, invalid: bool = False) -> Any:
        """Run *fn*; a refusal must change nothing. *invalid*: it must be refused."""
        before = self.chk.snapshot()
        try:
            result = fn()
        except DomainError as exc:
            after = self.chk.snapshot()
            assert after == before, f"refused {name} ({exc.code}) changed {diff(before, after)}"
            if self.locked:
                assert isinstance(exc, LedgerLocked), \
                    f"{name} on a locked ledger refused with {exc.code}, not LedgerLocked"
                self.stats[f"{name}:locked"] += 1
            else:
                self.stats[f"{name}:refused"] += 1
                self.codes[f"{name}:{exc.code}"] += 1
            return None
        if self.locked:
            raise AssertionError(f"{name} succeeded on a locked ledger")
        assert not invalid, f"{name} accepted an invalid call"
        self.stats[name] += 1
        return result

    def unlock_as(self, username: str) -> None:
        """Unlock as *username* (throttling waits are waited out on the clock)."""
        try:
            self.led.unlock_session(username, password(username))
        except AuthError as exc:
            if exc.code != "auth.throttled":
                raise
            self.clock.t += timedelta(seconds=301)
            self.led.unlock_session(username, password(username))

    def switch(self, username: str) -> bool:
        """Lock and unlock as *username*. False, and still locked, when the login is refused
        because the account's person was deactivated (as it must be)."""
        self.led.lock_session()
        self.clock.t += timedelta(seconds=5)
        try:
            self.unlock_as(username)
        except AuthError as exc:
            assert exc.code == "auth.person_inactive", exc.code
            self.stats["login:refused_inactive"] += 1
            return False
        self.user = username
        return True

    def back_to(self, username: str) -> None:
        """Switch back to *username*; if their person was just deactivated, to the clerk."""
        if not self.switch(username):
            self.unlock_as("clerk")
            self.user = "clerk"

    @contextmanager
    def as_user(self, username: str) -> Iterator[None]:
        """Be *username* for one call (nothing to switch while locked or already them).
        A deactivated person's account cannot log in: the call then meets a locked ledger."""
        if self.locked or username == self.user:
            yield
            return
        prev = self.user
        if self.switch(username):
            try:
                yield
            finally:
                self.back_to(prev)
            return
        self.locked = True
        try:
            yield
        finally:
            self.locked = False
            self.unlock_as(prev)

    # -- invariants ---------------------------------------------------------------------
    @invariant()
    def ledger_verifies(self) -> None:
        from secledger.services.audit.verify import verify

        if self.locked:  # verify needs the key; the other invariants use the checker's engine
            return
        report = verify(self.led)
        assert report.ok, report.first

    @invariant()
    def live_carriers_have_one_active_holder(self) -> None:
        problems = self.chk.holder_problems()
        assert not problems, problems

    @invariant()
    def numbers_are_gapless(self) -> None:
        problems = self.chk.numbering_problems()
        assert not problems, problems

    @invariant()
    def nothing_is_deleted(self) -> None:
        now = self.chk.counts()
        shrunk = {t: (self.rows_seen.get(t), n) for t, n in now.items()
                  if n < self.rows_seen.get(t, 0)}
        assert not shrunk, f"rows deleted: {shrunk}"
        self.rows_seen = now

    @invariant()
    def workflow_records_match_states(self) -> None:
        problems = self.chk.workflow_problems()
        assert not problems, problems
