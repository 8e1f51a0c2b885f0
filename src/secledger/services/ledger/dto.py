"""Plain frozen data returned by services (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from secledger.domain.enums import Role


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    person_id: int
    person_name: str
    roles: frozenset[Role]
    must_change_password: bool = False

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True, slots=True)
class DepartmentDTO:
    id: int
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class PersonDTO:
    id: int
    name: str
    department_id: int | None
    department: str
    post: str
    clearance: str
    active: bool
    # what the person holds now (``list_people(with_holdings=True)``; None: not read)
    carriers_held: int | None = None
    media_held: int | None = None  # devices and media he is 责任人 or borrower of


@dataclass(frozen=True, slots=True)
class UserDTO:
    id: int
    username: str
    person_id: int
    person_name: str
    roles: frozenset[Role]
    disabled: bool
    must_change_password: bool


@dataclass(frozen=True, slots=True)
class CarrierDTO:
    id: int
    document_id: int
    label_id: str
    copy_no: int
    copy_no_text: str
    carrier_type: str
    serial_no: str
    pages: int
    state: str
    holder_id: int | None
    holder_name: str
    location: str
    is_copy: bool


@dataclass(frozen=True, slots=True)
class DocumentDTO:
    id: int
    register: str
    reg_no: str
    year: int
    number: int
    doc_no: str
    title: str
    level: str
    mark: str
    issued_on: date | None
    declassify_on: date | None
    urgency: str
    unit: str
    pages: int
    no_copy: bool
    recall_required: bool
    received_at: datetime
    remarks: str
    voided: bool
    void_reason: str
    carriers: tuple[CarrierDTO, ...] = field(default=())
    original_reg_no: str = ""  # 原登记号 of an imported document
