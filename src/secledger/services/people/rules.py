"""The account and person rules that need only an open session: 三员分立 per person, a
security officer must remain, and nobody who still holds carriers leaves.

They sit below ``accounts``, ``persons`` and ``ledger.session`` (recovery re-enables an
account and checks 三员分立 again), so that none of those imports another for a rule.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.duties import conflicts, role_labels
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import AuthError, RuleViolation
from secledger.store.models.people import Person, User
from secledger.store.models.registry import Carrier, Document

_TERMINAL = [s.value for s in CarrierState if s.is_terminal]


def stored_roles(user: User) -> frozenset[Role]:
    """The roles as stored on the account (the session may use fewer, see duties)."""
    return frozenset(Role(r) for r in user.roles.split(",") if r)


def check_duties(s: Session, user: User, person: Person | None) -> None:
    """三员分立 per person: the roles of all their enabled accounts together (this one as
    it is about to be) must not put the security officer's role beside another duty."""
    held = set(stored_roles(user))
    others = s.execute(select(User).where(User.person_id == user.person_id, User.id != user.id,
                                          User.disabled.is_(False))).scalars()
    for other in others:
        held |= stored_roles(other)
    clash = conflicts(held)
    if clash:
        raise RuleViolation("user.duties_conflict", person=person.name if person else user.username,
                            roles=role_labels(clash))


def holdings(s: Session, person_id: int, limit: int = 5) -> tuple[int, list[str]]:
    """How many non-terminal carriers *person_id* holds, with a few examples."""
    q = select(func.count()).select_from(Carrier).where(
        Carrier.holder_id == person_id, Carrier.state.not_in(_TERMINAL)
    )
    count = int(s.execute(q).scalar_one())
    examples = s.execute(
        select(Document.reg_no, Carrier.copy_no)
        .join(Document, Document.id == Carrier.document_id)
        .where(Carrier.holder_id == person_id, Carrier.state.not_in(_TERMINAL))
        .order_by(Carrier.id).limit(limit)
    ).all()
    return count, [f"{r}/{c:06d}" for r, c in examples]


def refuse_if_holding(s: Session, user: User) -> None:
    """The last enabled account of a person who still holds carriers stays (like
    persons.deactivate_person): hand over or take back first."""
    other = s.execute(select(User.id).where(User.person_id == user.person_id, User.id != user.id,
                                            User.disabled.is_(False))).first()
    count, examples = holdings(s, user.person_id)
    if count and other is None:
        person = s.get(Person, user.person_id)
        raise RuleViolation("user.holds_carriers", username=user.username,
                            person=person.name if person else user.username, count=count,
                            examples="、".join(examples))


def ensure_an_officer_remains(s: Session) -> None:
    """Someone must still be able to log in as security officer (enabled account, active
    person: a deactivated person's account cannot log in)."""
    n = s.execute(
        select(func.count()).select_from(User).join(Person, Person.id == User.person_id).where(
            User.disabled.is_(False), User.roles.contains(Role.SECURITY_OFFICER.value),
            Person.active.is_(True),
        )
    ).scalar_one()
    if n == 0:
        raise AuthError("auth.last_officer")
