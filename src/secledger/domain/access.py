"""知悉范围 and 涉密人员等级: who may know a classified matter (DESIGN.md §3)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from secledger.domain.enums import Classification, Clearance
from secledger.domain.errors import RuleViolation


def _ids(values: Iterable[Any], what: str) -> frozenset[int]:
    out: set[int] = set()
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError(f"{what} must be integers, got {v!r}")
        out.add(v)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class NeedToKnow:
    """知悉范围: everyone (``unrestricted``), or listed people and/or departments.

    ``note`` is free text kept with the list (e.g. "本单位处级以上领导"); it describes
    the scope but grants nobody access: only listed people and departments pass
    ``includes``. An empty, restricted scope lets nobody in.
    """

    unrestricted: bool = False
    person_ids: frozenset[int] = field(default_factory=frozenset)
    department_ids: frozenset[int] = field(default_factory=frozenset)
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "person_ids", _ids(self.person_ids, "person_ids"))
        object.__setattr__(self, "department_ids", _ids(self.department_ids, "department_ids"))

    @classmethod
    def everyone(cls, note: str = "") -> NeedToKnow:
        return cls(unrestricted=True, note=note)

    @classmethod
    def of(
        cls, *, persons: Iterable[int] = (), departments: Iterable[int] = (), note: str = ""
    ) -> NeedToKnow:
        return cls(False, frozenset(persons), frozenset(departments), note)

    @property
    def is_empty(self) -> bool:
        """Restricted but nobody listed: nobody may know (the note alone grants nothing)."""
        return not self.unrestricted and not self.person_ids and not self.department_ids

    def includes(self, person_id: int, department_id: int | None) -> bool:
        return (
            self.unrestricted
            or person_id in self.person_ids
            or (department_id is not None and department_id in self.department_ids)
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe, ids sorted (canonical for the event log)."""
        return {
            "unrestricted": self.unrestricted,
            "person_ids": sorted(self.person_ids),
            "department_ids": sorted(self.department_ids),
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NeedToKnow:
        return cls(
            bool(data.get("unrestricted", False)),
            frozenset(data.get("person_ids", ())),
            frozenset(data.get("department_ids", ())),
            str(data.get("note", "")),
        )

    def describe(
        self,
        person_names: Mapping[int, str] | None = None,
        department_names: Mapping[int, str] | None = None,
    ) -> str:
        """Chinese summary, e.g. ``办公室；张三、李四（另：分管领导）``."""
        if self.unrestricted:
            head = "不限"
        else:
            depts = _names(self.department_ids, department_names, "部门")
            people = _names(self.person_ids, person_names, "人员")
            head = "；".join(p for p in (depts, people) if p) or "未指定"
        return f"{head}（{self.note}）" if self.note else head


def _names(ids: frozenset[int], names: Mapping[int, str] | None, what: str) -> str:
    names = names or {}
    return "、".join(names.get(i, f"{what}#{i}") for i in sorted(ids))


def may_see_level(clearance: Clearance, level: Classification) -> bool:
    """核心→绝密, 重要→机密, 一般→秘密, 非涉密→only 工作秘密."""
    return clearance.max_level_rank >= level.rank


def check_access(
    *,
    person_name: str,
    person_id: int,
    department_id: int | None,
    clearance: Clearance,
    level: Classification,
    need_to_know: NeedToKnow,
) -> None:
    """Raise ``RuleViolation`` unless the person's clearance covers *level* and the person
    is within *need_to_know* (clearance is checked first)."""
    if not may_see_level(clearance, level):
        raise RuleViolation(
            "access.clearance",
            person=person_name,
            person_id=person_id,
            clearance=clearance.label,
            level=level.label,
        )
    if not need_to_know.includes(person_id, department_id):
        raise RuleViolation("access.need_to_know", person=person_name, person_id=person_id)
