"""User accounts: create, change/reset password, roles, disable. Key slots follow.

The rules they check live below: passwords and user names in ``domain.credentials``,
三员分立 and the last officer in ``services.people.rules``. The password and user-name checks
are still importable from here, where the dialogs look for them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.credentials import check_password_rules as check_password_rules
from secledger.domain.credentials import validate_username as validate_username
from secledger.domain.duties import role_labels
from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.carriers.items import record
from secledger.services.ledger.dto import UserDTO
from secledger.services.ledger.revocation import revoke_in_backups, rewrap_in_backups
from secledger.services.ledger.session import Ledger, user_info
from secledger.services.people.rules import (
    check_duties,
    ensure_an_officer_remains,
    refuse_if_holding,
    stored_roles,
)
from secledger.store.keyslots import USER
from secledger.store.models.people import Person, User


def _dto(user: User, person: Person | None) -> UserDTO:
    info = user_info(user, person.name if person else user.username)
    return UserDTO(
        id=user.id,
        username=user.username,
        person_id=user.person_id,
        person_name=info.person_name,
        roles=stored_roles(user),  # as stored: a conflict made before the rule stays visible
        disabled=user.disabled,
        must_change_password=user.must_change_password,
    )


def list_users(led: Ledger) -> list[UserDTO]:
    with led.db.read() as s:
        rows = s.execute(
            select(User, Person).join(Person, Person.id == User.person_id).order_by(User.username)
        ).all()
        return [_dto(u, p) for u, p in rows]


def create_user(
    led: Ledger, *, username: str, password: str, person_id: int, roles: set[Role] | frozenset[Role],
    must_change_password: bool = True,
) -> UserDTO:
    led.require(Role.SECURITY_OFFICER, "创建账户")
    validate_username(username)
    check_password_rules(password)
    _require_roles(roles)
    with led.db.write() as s:
        if s.execute(select(User.id).where(User.username == username)).first():
            raise ValidationError("auth.user_exists", field="username", username=username)
        person = record(s, Person, person_id, "人员")
        user = User(
            username=username,
            person_id=person_id,
            roles=",".join(sorted(r.value for r in roles)),
            must_change_password=must_change_password,
            created_at=led.now().replace(tzinfo=None),
        )
        s.add(user)
        s.flush()
        check_duties(s, user, person)
        granted = sorted(r.value for r in roles)
        led.event(s, "user.created", {"username": username, "roles": granted, "before": [],
                                      "after": granted}, person_id=person_id)
        led.slots.put(USER, username, password, led.master_key, led.kdf)
        led.slots.save()
        return _dto(user, person)


def set_roles(led: Ledger, *, user_id: int, roles: set[Role] | frozenset[Role]) -> UserDTO:
    me = led.require(Role.SECURITY_OFFICER, "修改角色")
    _require_roles(roles)
    with led.db.write() as s:
        user = _get(s, user_id)
        before = stored_roles(user)
        user.roles = ",".join(sorted(r.value for r in roles))
        ensure_an_officer_remains(s)
        added = frozenset(roles) - before
        if user.id == me.id and added:
            raise RuleViolation("user.self_grant", roles=role_labels(added))
        person = s.get(Person, user.person_id)
        check_duties(s, user, person)
        led.event(s, "user.roles_changed", {"username": user.username,
                                             "before": sorted(r.value for r in before),
                                             "after": sorted(r.value for r in roles)},
                  person_id=user.person_id)
        return _dto(user, person)


def change_password(led: Ledger, *, old_password: str, new_password: str, confirm: str | None = None) -> None:
    """The current user changes their own password (rewraps only their slot)."""
    user = led.user
    check_password_rules(new_password, confirm)
    led.slots.unwrap(USER, user.username, old_password)
    if old_password == new_password:
        raise ValidationError("validation", field="password", detail="新密码不能与原密码相同")
    with led.db.write() as s:
        row = _get(s, user.id)
        row.must_change_password = False
        led.event(s, "user.password_changed", {"username": user.username}, person_id=user.person_id)
        led.slots.put(USER, user.username, new_password, led.master_key, led.kdf)
        led.slots.save()
        rewrap_in_backups(led, user.username, old_password)
    led.reload_user()


def reset_password(led: Ledger, *, user_id: int, new_password: str) -> None:
    """Security officer sets a temporary password; the user must change it at next login."""
    led.require(Role.SECURITY_OFFICER, "重置密码")
    check_password_rules(new_password)
    with led.db.write() as s:
        user = _get(s, user_id)
        user.must_change_password = True
        user.disabled = False
        check_duties(s, user, s.get(Person, user.person_id))  # re-enabled: 三员分立 again
        led.event(s, "user.password_reset", {"username": user.username}, person_id=user.person_id)
        led.slots.put(USER, user.username, new_password, led.master_key, led.kdf)
        led.slots.save()
        revoke_in_backups(led, user.username)


def disable_user(led: Ledger, *, user_id: int, reason: str = "") -> None:
    """Disable an account and remove its key slot (a reset re-enables it)."""
    me = led.require(Role.SECURITY_OFFICER, "停用账户")
    with led.db.write() as s:
        user = _get(s, user_id)
        if user.id == me.id:
            raise ValidationError("validation", field="user", detail="不能停用当前登录的账户")
        refuse_if_holding(s, user)
        _disable(s, led, user, reason)


def disable_accounts_of(s: Session, led: Ledger, person_id: int, reason: str) -> list[str]:
    """Disable every enabled account of *person_id* in the caller's transaction (a
    departure), each as ``disable_user`` does: its event, its key slot gone from the folder
    and the backups (after every check, so a refusal leaves the slots alone). Returns the
    user names, in order; call it last in the transaction."""
    rows = s.execute(select(User).where(User.person_id == person_id, User.disabled.is_(False))
                     .order_by(User.username)).scalars().all()
    for user in rows:
        _mark_disabled(s, led, user, reason)
    ensure_an_officer_remains(s)
    for user in rows:
        _revoke_slot(led, user)
    return [u.username for u in rows]


def _disable(s: Session, led: Ledger, user: User, reason: str) -> None:
    _mark_disabled(s, led, user, reason)
    ensure_an_officer_remains(s)
    _revoke_slot(led, user)


def _mark_disabled(s: Session, led: Ledger, user: User, reason: str) -> None:
    user.disabled = True
    led.event(s, "user.disabled", {"username": user.username, "reason": reason},
              person_id=user.person_id)


def _revoke_slot(led: Ledger, user: User) -> None:
    led.slots.remove(USER, user.username)
    led.slots.save()
    revoke_in_backups(led, user.username)


def _get(s: Session, user_id: int) -> User:
    return record(s, User, user_id, "账户")


def _require_roles(roles: set[Role] | frozenset[Role]) -> None:
    if not roles:
        raise ValidationError("user.no_roles", field="roles")
