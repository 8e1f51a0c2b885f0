"""The checks of recording a destruction (销毁登记): what the form asks for (site, destroyer,
date, at least two escorts), the witnesses a list's levels need (two for 绝密), the
certificate or equipment the methods used need, and each named person once.
``destruction.execute`` runs them in its one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from secledger.domain.dates import check_day
from secledger.domain.destruction import MIN_ESCORTS, DestructionMethod, Medium, min_witnesses
from secledger.domain.enums import Classification
from secledger.domain.errors import ValidationError
from secledger.services.carriers.items import person
from secledger.services.carriers.refs import clean
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_now
from secledger.store.models.people import Person


@dataclass(frozen=True, slots=True)
class ExecutionInput:
    """What the destruction record asks for. ``method`` applies to every medium on the list
    that ``methods`` does not name (e.g. paper shredded, a portable disk degaussed)."""

    method: DestructionMethod
    site: str
    escort_ids: tuple[int, ...]
    witness_ids: tuple[int, ...]
    destroyer: str
    destroyed_on: date
    certificate_no: str = ""
    equipment: str = ""
    methods: tuple[tuple[Medium, DestructionMethod], ...] = ()

    def method_for(self, medium: Medium) -> DestructionMethod:
        for k, m in self.methods:
            if Medium(k) is medium:
                return DestructionMethod(m)
        return DestructionMethod(self.method)


def people(s: Session, ids: Sequence[int], role: str) -> list[Person]:
    out: list[Person] = []
    for pid in ids:
        p = person(s, pid, role=role)
        if any(x.id == p.id for x in out):
            raise ValidationError("destruction.person_twice", field=role, person=p.name,
                                  role=role)
        out.append(p)
    return out


def check_execution(led: Ledger, inp: ExecutionInput) -> tuple[str, str, str, str]:
    site = clean(inp.site, "销毁地点", 200)
    destroyer = clean(inp.destroyer, "销毁人", 100)
    cert = clean(inp.certificate_no, "证明编号", 100)
    equipment = clean(inp.equipment, "销毁设备", 200)
    if not site:
        raise ValidationError("destruction.site_required", field="site")
    if not destroyer:
        raise ValidationError("destruction.destroyer_required", field="destroyer")
    check_day(inp.destroyed_on, "destroyed_on", local_now(led).date())
    if len(set(inp.escort_ids)) < MIN_ESCORTS:
        raise ValidationError("destruction.escorts_min", field="escorts",
                              count=len(set(inp.escort_ids)))
    return site, destroyer, cert, equipment


def check_used(used: set[DestructionMethod], cert: str, equipment: str) -> None:
    """送销毁中心 needs the centre's certificate; in-house, the approved equipment."""
    if DestructionMethod.CENTER in used and not cert:
        raise ValidationError("destruction.certificate_required", field="certificate_no")
    if any(m.in_house for m in used) and not equipment:
        raise ValidationError("destruction.equipment_required", field="equipment")


def check_witnesses(levels: list[Classification], count: int) -> None:
    need = min_witnesses(levels)
    if count < need:
        top = need > 1
        raise ValidationError("destruction.witnesses_min", field="witnesses", min=need,
                              count=count, why="清单含绝密级载体，" if top else "",
                              why_en="The list holds 绝密 carriers: " if top else "")
