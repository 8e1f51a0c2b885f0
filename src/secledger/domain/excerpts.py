"""The rules of 摘录、引用、汇编 (实施条例 2024 art. 27(5), 29): how many sources each kind
takes, a derived document's mark never below its highest source (派生定密 follows its
source), and who may know it (whom every source allows). The request kinds and statuses
themselves are in ``domain.copying``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from secledger.domain.access import NeedToKnow
from secledger.domain.copying import MAX_SOURCES, CopyKind
from secledger.domain.enums import Classification
from secledger.domain.errors import RuleViolation, ValidationError


def check_source_count(kind: CopyKind, count: int) -> None:
    """A copy or an excerpt has one source; a compilation two or more."""
    if kind is CopyKind.COMPILE:
        if not 2 <= count <= MAX_SOURCES:
            raise ValidationError("excerpt.compile_sources", field="sources", count=count,
                                  limit=MAX_SOURCES)
    elif count != 1:
        raise ValidationError("excerpt.one_source", field="sources", kind=kind.label,
                              kind_en=kind.label_en.lower(), count=count)


def highest(levels: Iterable[Classification]) -> Classification:
    """The highest of *levels* (at least one)."""
    return max(levels, key=lambda c: c.rank)


def check_derived_level(kind: CopyKind, level: Classification,
                        sources: Iterable[Classification]) -> None:
    """派生: a classified excerpt or compilation is marked at least at its highest source's
    level (its 密级 follows its source, DESIGN.md §3)."""
    top = highest(sources)
    if not level.is_state_secret or level.rank < top.rank:
        raise RuleViolation("excerpt.mark_too_low", field="mark", kind=kind.label,
                            kind_en=kind.label_en.lower(), level=level.label,
                            level_en=level.label_en, source_level=top.label,
                            source_level_en=top.label_en)


def derived_scope(scopes: Iterable[NeedToKnow], department_of: Mapping[int, int | None],
                  note: str = "") -> NeedToKnow:
    """知悉范围 of material made from several sources: whoever is within EVERY source's scope.

    Departments listed by every restricted source stay; a person stays when each restricted
    scope lets him in (named, or by his department, looked up in *department_of*).
    """
    restricted = [x for x in scopes if not x.unrestricted]
    if not restricted:
        return NeedToKnow.everyone()
    if all(x == restricted[0] for x in restricted):
        return restricted[0]
    depts = frozenset.intersection(*(x.department_ids for x in restricted))
    named = frozenset().union(*(x.person_ids for x in restricted))
    people = frozenset(p for p in named
                       if all(x.includes(p, department_of.get(p)) for x in restricted)
                       and department_of.get(p) not in depts)
    return NeedToKnow.of(persons=people, departments=depts, note=note)
