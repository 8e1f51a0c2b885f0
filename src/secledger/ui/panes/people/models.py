"""Table models of the people pane: departments, people, accounts (tested with qtmodeltester)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secledger.domain.enums import Clearance, Role
from secledger.services.ledger.dto import DepartmentDTO, PersonDTO, UserDTO
from secledger.ui.labels import label_for, label_list
from secledger.ui.widgets.tablemodel import Column, DtoTableModel


def _yes_no(flag: bool) -> str:
    return QCoreApplication.translate("PeopleColumns", "yes") if flag else ""


def clearance_label(value: str) -> str:
    try:
        return label_for(Clearance(value))
    except ValueError:
        return value


def roles_label(roles: frozenset[Role]) -> str:
    return label_list(r for r in Role if r in roles)


def _active(flag: bool) -> str:
    if flag:
        return QCoreApplication.translate("PeopleColumns", "active")
    return QCoreApplication.translate("PeopleColumns", "inactive")


def _held(p: PersonDTO) -> str:
    """``3 / 1`` (carriers / devices and media held now), ``—`` when nothing."""
    if p.carriers_held is None and p.media_held is None:
        return ""
    carriers, media = p.carriers_held or 0, p.media_held or 0
    return f"{carriers} / {media}" if carriers or media else "—"


class DepartmentsModel(DtoTableModel[DepartmentDTO]):
    CONTEXT = "PeopleColumns"
    NAME, ACTIVE = range(2)
    COLUMNS = (
        Column[DepartmentDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Department"), lambda d: d.name),
        Column[DepartmentDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Status"), lambda d: _active(d.active)),
    )


class PeopleModel(DtoTableModel[PersonDTO]):
    CONTEXT = "PeopleColumns"
    NAME, DEPARTMENT, POST, CLEARANCE, ACTIVE = range(5)
    COLUMNS = (
        Column[PersonDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Name"), lambda p: p.name),
        Column[PersonDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Department"), lambda p: p.department),
        Column[PersonDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Post"), lambda p: p.post),
        Column[PersonDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Clearance"), lambda p: clearance_label(p.clearance)),
        Column[PersonDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Status"), lambda p: _active(p.active)),
        Column[PersonDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Holds: carriers / devices and media"),
                          lambda p: _held(p)),
    )


class UsersModel(DtoTableModel[UserDTO]):
    CONTEXT = "PeopleColumns"
    USERNAME, PERSON, ROLES, DISABLED, MUST_CHANGE = range(5)
    COLUMNS = (
        Column[UserDTO](QT_TRANSLATE_NOOP("PeopleColumns", "User name"), lambda u: u.username),
        Column[UserDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Person"), lambda u: u.person_name),
        Column[UserDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Roles"), lambda u: roles_label(u.roles)),
        Column[UserDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Disabled"), lambda u: _yes_no(u.disabled)),
        Column[UserDTO](QT_TRANSLATE_NOOP("PeopleColumns", "Must change password"), lambda u: _yes_no(u.must_change_password)),
    )
