"""复制审批 rules (DESIGN.md §3): media, request statuses, who approves.

摘录、引用 and 汇编 are approved exactly like copying (实施条例 art. 27(5)); for 绝密 the
originator's consent, as for copies (art. 29). One request type carries the kind
(``CopyKind``). A copy is a new carrier of the same document; an excerpt or a compilation
that is itself classified is a new document (派生) whose level is not lower than the highest
of its sources, linked to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import CarrierType, Classification, Labelled
from secledger.domain.errors import RuleViolation, ValidationError

#: Register name (counters table) and printed prefix of copy *requests*; the 复制号 of an
#: executed copying comes from ``Register.COPY`` (复2026-00001).
REQUEST_REGISTER, REQUEST_PREFIX = "copy_request", "复申"
MAX_COPIES = 500
#: the most sources one compilation may name
MAX_SOURCES = 200


class CopyKind(Labelled):
    """复制 / 摘录（引用） / 汇编: what the request asks to do with classified content."""

    COPY = "copy"
    EXCERPT = "excerpt"  # 摘录、引用
    COMPILE = "compile"  # 汇编

    @property
    def label(self) -> str:
        return {"copy": "复制", "excerpt": "摘录", "compile": "汇编"}[self.value]

    @property
    def label_en(self) -> str:
        return {"copy": "Copy", "excerpt": "Excerpt", "compile": "Compilation"}[self.value]

    @property
    def derives(self) -> bool:
        """An excerpt or a compilation makes new material (派生), not a copy of a carrier."""
        return self is not CopyKind.COPY

    @property
    def form_title(self) -> str:
        """The approval form's title: 涉密载体复制审批单 / 摘录审批单 / 汇编审批单."""
        return f"涉密载体{self.label}审批单"


class CopyMedium(StrEnum):
    """复制方式 and the carrier type the copies have."""

    PHOTOCOPY = "photocopy"  # 复印 -> paper
    BURN = "burn"  # 刻录 -> disc
    USB = "usb"  # 拷贝 -> USB stick

    @property
    def label(self) -> str:
        return {"photocopy": "复印", "burn": "刻录", "usb": "拷贝"}[self.value]

    @property
    def carrier_type(self) -> CarrierType:
        return {"photocopy": CarrierType.PAPER, "burn": CarrierType.DISC,
                "usb": CarrierType.USB}[self.value]


class CopyStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXECUTED = "executed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {"pending": "待审批", "approved": "已批准", "rejected": "未批准",
                "executed": "已复制", "cancelled": "已撤销"}[self.value]

    @property
    def label_en(self) -> str:
        return {"pending": "pending approval", "approved": "approved", "rejected": "rejected",
                "executed": "executed", "cancelled": "cancelled"}[self.value]

    def label_of(self, kind: CopyKind) -> str:
        """The label for a request of *kind*: an executed excerpt reads 已摘录."""
        if self is CopyStatus.EXECUTED:
            return f"已{kind.label}"
        return self.label


def needs_origin_approval(level: Classification) -> bool:
    """绝密 is copied only with the approval of the original classifying body (or its
    superior), recorded by reference, in addition to the unit leader's."""
    return level is Classification.TOP_SECRET


def approval_rule(level: Classification, posts: str, origin: str = "",
                  kind: CopyKind = CopyKind.COPY) -> str:
    """The rule text stored with the approval: why this approver decides."""
    ref = f"（{origin}）" if origin else ""
    if kind is CopyKind.COPY:
        if needs_origin_approval(level):
            return (f"绝密级载体复制须经原定密机关或其上级机关批准{ref}，"
                    f"并经单位领导（{posts}）审批")
        return f"机密、秘密级载体复制由单位分管领导（{posts}）审批"
    what = "摘录、引用" if kind is CopyKind.EXCERPT else "汇编"
    if needs_origin_approval(level):
        return (f"{what}绝密级国家秘密须经原定密机关或其上级机关同意{ref}，"
                f"并经单位领导（{posts}）审批（实施条例第二十七条、第二十九条）")
    return f"{what}机密、秘密级国家秘密按复制办理，由单位分管领导（{posts}）审批（实施条例第二十七条）"


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


def stamp_text(unit_name: str, day_text: str) -> str:
    """The copying unit's stamp on every copy."""
    return f"复制件　{unit_name}　{day_text}".strip()
