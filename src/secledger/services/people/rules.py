"""The account and person rules that need only an open session: 三员分立 per person, a
security officer must remain, and nobody who still holds carriers, or is still 责任人 (or
borrower) of a classified device or storage medium, leaves.

They sit below ``accounts``, ``persons`` and ``ledger.session`` (recovery re-enables an
account and checks 三员分立 again), so that none of those imports another for a rule.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secledger.domain.duties import conflicts, role_labels
from secledger.domain.enums import CarrierState, Role
from secledger.domain.errors import AuthError, RuleViolation
from secledger.domain.media import MediaState, MediaType
from secledger.store.models.media import MediaItem
from secledger.store.models.people import Person, User
from secledger.store.models.registry import Carrier, Document

_TERMINAL = [s.value for s in CarrierState if s.is_terminal]
_MEDIA_GONE = [s.value for s in MediaState if s.is_terminal]


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


def media_holdings(s: Session, person_id: int, limit: int = 5) -> tuple[int, list[str]]:
    """How many live devices and media *person_id* is 责任人 (or borrower) of, with a few
    examples (``U盘 M-0123``)."""
    where = (MediaItem.holder_id == person_id, MediaItem.state.not_in(_MEDIA_GONE))
    count = int(s.execute(select(func.count()).select_from(MediaItem).where(*where)).scalar_one())
    examples = s.execute(select(MediaItem.media_type, MediaItem.device_no).where(*where)
                         .order_by(MediaItem.device_no).limit(limit)).tuples().all()
    return count, [f"{MediaType(t).label} {no}" for t, no in examples]


def holding_counts(s: Session) -> dict[int, tuple[int, int]]:
    """person id -> (carriers held, devices and media held) of everyone holding anything."""
    carriers = s.execute(select(Carrier.holder_id, func.count()).where(
        Carrier.holder_id.is_not(None), Carrier.state.not_in(_TERMINAL))
        .group_by(Carrier.holder_id)).tuples().all()
    media = s.execute(select(MediaItem.holder_id, func.count()).where(
        MediaItem.holder_id.is_not(None), MediaItem.state.not_in(_MEDIA_GONE))
        .group_by(MediaItem.holder_id)).tuples().all()
    held = {int(p or 0): int(n) for p, n in carriers}
    devices = {int(p or 0): int(n) for p, n in media}
    return {p: (held.get(p, 0), devices.get(p, 0)) for p in {*held, *devices}}


def refuse_if_holds(s: Session, person: Person, *, username: str = "") -> None:
    """Refuse letting *person* go (deactivating him, or disabling his last account when
    *username* is given) while he holds carriers or devices and media, naming what remains."""
    scope = "user" if username else "person"
    count, examples = holdings(s, person.id)
    if count:
        raise RuleViolation(f"{scope}.holds_carriers", username=username, person=person.name,
                            count=count, examples="、".join(examples))
    count, examples = media_holdings(s, person.id)
    if count:
        raise RuleViolation(f"{scope}.holds_media", username=username, person=person.name,
                            count=count, items="、".join(examples))


def refuse_if_holding(s: Session, user: User) -> None:
    """The last enabled account of a person who still holds carriers, devices or media stays
    (like persons.deactivate_person): hand over or take back first."""
    other = s.execute(select(User.id).where(User.person_id == user.person_id, User.id != user.id,
                                            User.disabled.is_(False))).first()
    person = s.get(Person, user.person_id)
    if other is None and person is not None:
        refuse_if_holds(s, person, username=user.username)


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
