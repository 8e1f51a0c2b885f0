"""Two-person custody of 绝密 and the people designated for its 收发 (DESIGN.md §3).

- ``check_bearers``: a carry-out or a 专人递送 dispatch of 绝密 names two or more active people,
  each cleared 核心 (the pure rule is ``domain.carry_out.check_two_people``).
- ``check_registrar``: registering a 绝密 receipt, signing for it and dispatching it are done by
  the people the security officer designated (policy ``top_secret_registrars``). While nobody
  is designated, the people with an enabled registry-clerk account count as designated, and
  a refusal says how to designate others.
- ``set_registrars`` (security officer) keeps the list; only 核心-cleared people may be on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.carry_out import (
    REGISTRARS_KEY,
    Bearer,
    check_two_people,
)
from secledger.domain.carry_out import (
    check_registrar as rule_registrar,
)
from secledger.domain.enums import Classification, Clearance, Role
from secledger.domain.errors import RuleViolation
from secledger.services.approvals.requests import approver_ids
from secledger.services.carriers.refs import active_person
from secledger.services.ledger.session import Ledger
from secledger.store.models.ledger import Setting
from secledger.store.models.people import Person


def check_bearers(s: Session, level: Classification, person_ids: Sequence[int], *, what: str,
                  what_en: str, action: str) -> list[Person]:
    """The active people *person_ids* (in order); for 绝密 two or more, each 核心."""
    people = [active_person(s, pid, action) for pid in dict.fromkeys(person_ids)]
    check_two_people(level, [Bearer(p.id, p.name, Clearance(p.clearance)) for p in people],
                     what=what, what_en=what_en)
    return people


# -- 绝密 收发 by designated persons --------------------------------------------------------
def designated_ids(s: Session) -> tuple[int, ...]:
    """The people designated for 收发 of 绝密, in the order set (empty: none designated)."""
    row = s.get(Setting, REGISTRARS_KEY)
    if row is None or not row.value.strip():
        return ()
    return tuple(int(x) for x in row.value.split(",") if x.strip().isdigit())


def check_registrar(s: Session, level: Classification, person_id: int, *, action: str,
                    action_en: str) -> None:
    """Refuse *person_id* doing *action* to 绝密 unless designated (or, with nobody
    designated, a registry clerk)."""
    if level is not Classification.TOP_SECRET:
        return
    p = s.get(Person, person_id)
    designated = designated_ids(s)
    rule_registrar(level, person_id, p.name if p else str(person_id), designated=designated,
                   clerks=() if designated else approver_ids(s, Role.CLERK), action=action,
                   action_en=action_en)


@dataclass(frozen=True, slots=True)
class RegistrarsDTO:
    """Who handles 绝密 收发: the designated people, or (none designated) the clerks."""

    designated: tuple[tuple[int, str], ...]
    clerks: tuple[tuple[int, str], ...]

    @property
    def is_set(self) -> bool:
        return bool(self.designated)


def registrars(led: Ledger) -> RegistrarsDTO:
    _ = led.user
    with led.db.read() as s:
        ids = designated_ids(s)
        clerks = sorted(approver_ids(s, Role.CLERK))
        names = dict(s.execute(select(Person.id, Person.name)
                               .where(Person.id.in_(set(ids) | set(clerks)))).tuples().all())
        return RegistrarsDTO(tuple((i, names.get(i, str(i))) for i in ids),
                             tuple((i, names.get(i, str(i))) for i in clerks))


def set_registrars(led: Ledger, person_ids: Sequence[int]) -> RegistrarsDTO:
    """Designate the people for 收发 of 绝密 (security officer; an empty list clears it)."""
    led.require(Role.SECURITY_OFFICER, "指定绝密载体收发人员")
    ids = list(dict.fromkeys(person_ids))
    with led.db.write() as s:
        for pid in ids:
            p = active_person(s, pid, "收发绝密载体")
            if p.clearance != Clearance.CORE.value:
                raise RuleViolation("custody.registrar_clearance", person=p.name,
                                    clearance=Clearance(p.clearance).label)
        before = ",".join(str(i) for i in designated_ids(s))
        value = ",".join(str(i) for i in ids)
        row = s.get(Setting, REGISTRARS_KEY)
        if row is None:
            s.add(Setting(key=REGISTRARS_KEY, value=value))
        else:
            row.value = value
        led.event(s, "policy.changed", {"key": REGISTRARS_KEY, "before": before, "after": value})
    return registrars(led)
