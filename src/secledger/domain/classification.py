"""定密 and what follows it: the rules of a classification decision (DESIGN.md §3, "Added from
the 2024 texts"; 保守国家秘密法 2024 arts. 16–24, 实施条例 arts. 17–22).

A document's 密级, 保密期限, 知悉范围 and its 不得复制 / 须清退 instructions (its *classified
facts*) are set by a decision and only by one:

- 定密 (``DESIGNATE``): the unit's own document (发文/制作): the 承办人 proposes level, period
  and scope with the 定密依据 (an item of the 保密事项范围, or 派生 and its source); a 定密责任人
  of the unit decides, within ten days.
- 变更 (``CHANGE``): level and/or period and/or scope and/or the instructions.
- 延期 (``EXTEND``): a longer period, decided before the period ends, never after.
- 解密 (``DECLASSIFY``): ends the secret early; 自行解密 (``AUTO_DECLASSIFY``) is what the end
  of the period does by itself, recorded by the ledger.
- 维持 (``MAINTAIN``): the yearly review keeps the classification as it is.

Who decides (``DecisionSource``): for the unit's own documents a 定密责任人 of the unit, up to
the highest level of his designation; for received documents the originator (原定密机关) or
its superior, whose written notice the clerk records (issuing body, notice 文号, date); the
end of the period needs nobody. The same rules apply whoever decides.

Everything here is pure: the services load the document, call these checks and write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from secledger.domain.access import NeedToKnow
from secledger.domain.enums import Classification, Labelled, Register
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.marks import (
    ClassificationMark,
    Retention,
    declassification_date,
    format_cn_date,
    validate_retention,
)


class DecisionKind(Labelled):
    DESIGNATE = "designate"
    CHANGE = "change"
    EXTEND = "extend"
    DECLASSIFY = "declassify"
    AUTO_DECLASSIFY = "auto_declassify"
    MAINTAIN = "maintain"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _KIND_LABELS[self][1]

    @property
    def ends_secret(self) -> bool:
        return self in (DecisionKind.DECLASSIFY, DecisionKind.AUTO_DECLASSIFY)

    @property
    def needs_notice(self) -> bool:
        """变更、延期、解密 are notified in writing to everyone concerned (法 23)."""
        return self in (DecisionKind.CHANGE, DecisionKind.EXTEND, DecisionKind.DECLASSIFY)

    @property
    def register_word(self) -> str:
        """The word of the 定（解）密工作情况登记簿: 定密/变更/延期/解密/审核."""
        return _KIND_LABELS[self][2]


_KIND_LABELS = {
    DecisionKind.DESIGNATE: ("定密", "classification", "定密"),
    DecisionKind.CHANGE: ("变更", "change", "变更"),
    DecisionKind.EXTEND: ("延期", "extension", "延期"),
    DecisionKind.DECLASSIFY: ("解密", "declassification", "解密"),
    DecisionKind.AUTO_DECLASSIFY: ("自行解密", "automatic declassification", "解密"),
    DecisionKind.MAINTAIN: ("审核维持", "kept on review", "审核"),
}

#: the document event each kind of decision appends (one per decision; ``verify`` replays
#: them as it replays registrations and corrections)
EVENT_KINDS: dict[DecisionKind, str] = {
    DecisionKind.DESIGNATE: "document.classified",
    DecisionKind.CHANGE: "document.reclassified",
    DecisionKind.EXTEND: "document.secrecy_extended",
    DecisionKind.DECLASSIFY: "document.declassified",
    DecisionKind.AUTO_DECLASSIFY: "document.declassified",
    DecisionKind.MAINTAIN: "document.classification_reviewed",
}
DOCUMENT_EVENT_KINDS = frozenset(EVENT_KINDS.values())
#: the yearly confirmation that the originator of a received document sent nothing
NO_NOTICE_EVENT = "document.originator_silent"
#: one per carrier whose mark a decision changed or ended
CARRIER_MARK_EVENT = "carrier.mark_changed"
#: the system's own account name on events nobody did (the end of a period)
SYSTEM_USER = "system"


class DecisionSource(Labelled):
    UNIT = "unit"
    ORIGINATOR = "originator"
    SYSTEM = "system"

    @property
    def label(self) -> str:
        return {"unit": "本单位定密责任人", "originator": "原定密机关",
                "system": "保密期限届满"}[self.value]

    @property
    def label_en(self) -> str:
        return {"unit": "the unit's designated classifier", "originator": "originator",
                "system": "end of the period"}[self.value]


class ProposalStatus(Labelled):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    SENT = "sent"  # a proposal sent to the originator of a received document
    ANSWERED = "answered"  # ... whose notice has come

    @property
    def label(self) -> str:
        return {"pending": "待审批", "approved": "已批准", "rejected": "未批准",
                "withdrawn": "已撤回", "sent": "已报原定密机关", "answered": "已答复"}[self.value]

    @property
    def label_en(self) -> str:
        return {"pending": "pending", "approved": "approved", "rejected": "rejected",
                "withdrawn": "withdrawn", "sent": "sent to the originator",
                "answered": "answered"}[self.value]


class BasisKind(Labelled):
    ITEM = "item"  # 保密事项范围 item
    DERIVED = "derived"  # 派生定密

    @property
    def label(self) -> str:
        return {"item": "保密事项范围", "derived": "派生定密"}[self.value]

    @property
    def label_en(self) -> str:
        return {"item": "scope of secret matters", "derived": "derived"}[self.value]


def is_own(register: str) -> bool:
    """Documents made in-house (发文/制作) are the unit's to decide; received ones are not."""
    return register == Register.PRODUCTION.value


# -- values -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Basis:
    """定密依据: an item of the 保密事项范围 (``text``), or 派生 from a ``source`` secret."""

    kind: BasisKind
    text: str = ""
    source: str = ""

    def check(self) -> None:
        if self.kind is BasisKind.ITEM and not self.text.strip():
            raise ValidationError("classification.basis_item_required", field="basis")
        if self.kind is BasisKind.DERIVED and not self.source.strip():
            raise ValidationError("classification.basis_source_required", field="basis_source")

    def describe(self) -> str:
        if self.kind is BasisKind.DERIVED:
            return f"派生定密：{self.source.strip()}"
        return f"保密事项范围：{self.text.strip()}"

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind.value, "text": self.text.strip(), "source": self.source.strip()}


@dataclass(frozen=True, slots=True)
class OriginatorNotice:
    """The originator's written decision: issuing body, its notice 文号 and date."""

    body: str
    ref: str
    on: date | None

    def check(self, today: date) -> None:
        missing = [w for w, v in (("发文机关", self.body.strip()), ("通知文号", self.ref.strip()),
                                  ("通知日期", self.on)) if not v]
        if missing:
            raise RuleViolation("classification.notice_required", field="notice",
                                missing="、".join(missing))
        if self.on is not None and self.on > today:
            raise ValidationError("doc.future_date", field="notice_on", what="通知日期",
                                  date=self.on.isoformat())


@dataclass(frozen=True, slots=True)
class Facts:
    """The classified facts of a document, as decisions set them."""

    mark: ClassificationMark
    need_to_know: NeedToKnow
    no_copy: bool = False
    recall_required: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The facts as a document event records them (``mark`` as written)."""
        return {"mark": self.mark.format(), "need_to_know": self.need_to_know.to_dict(),
                "no_copy": self.no_copy, "recall_required": self.recall_required}


@dataclass(frozen=True, slots=True)
class Change:
    """What a decision sets; None leaves a fact as it is."""

    mark: ClassificationMark | None = None
    need_to_know: NeedToKnow | None = None
    no_copy: bool | None = None
    recall_required: bool | None = None

    def apply(self, facts: Facts) -> Facts:
        return replace(
            facts,
            mark=facts.mark if self.mark is None else self.mark,
            need_to_know=facts.need_to_know if self.need_to_know is None else self.need_to_know,
            no_copy=facts.no_copy if self.no_copy is None else self.no_copy,
            recall_required=facts.recall_required if self.recall_required is None
            else self.recall_required,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.mark is not None:
            out["mark"] = self.mark.to_dict()
        if self.need_to_know is not None:
            out["need_to_know"] = self.need_to_know.to_dict()
        if self.no_copy is not None:
            out["no_copy"] = self.no_copy
        if self.recall_required is not None:
            out["recall_required"] = self.recall_required
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        mark, ntk = data.get("mark"), data.get("need_to_know")
        return cls(
            None if mark is None else ClassificationMark.from_dict(mark),
            None if ntk is None else NeedToKnow.from_dict(ntk),
            data.get("no_copy"), data.get("recall_required"),
        )


def changed(before: Facts, after: Facts) -> dict[str, Any]:
    """The facts *after* changes, as a document event's ``after`` records them."""
    b, a = before.to_dict(), after.to_dict()
    return {k: v for k, v in a.items() if b[k] != v}


def replay(facts: Facts, changes: Iterable[Change]) -> Facts:
    """The facts after every change in turn (what the ledger's decisions amount to)."""
    for ch in changes:
        facts = ch.apply(facts)
    return facts


# -- the rules ------------------------------------------------------------------------------
def required_level(before: Classification, after: Classification) -> Classification:
    """The level a decider's designation must cover: the higher of before and after."""
    return before if before.rank >= after.rank else after


def check_authority(person: str, max_level: Classification | None,
                    level: Classification) -> None:
    """A 定密责任人 decides up to the highest level of his designation, nobody else decides."""
    if max_level is None:
        raise RuleViolation("classification.no_authority", person=person)
    if max_level.rank < level.rank:
        raise RuleViolation("classification.above_authority", person=person,
                            max_level=max_level.label, level=level.label,
                            max_level_en=max_level.label_en, level_en=level.label_en)


def check_new_mark(mark: ClassificationMark, issued: date | None) -> None:
    """A decided mark is a state secret's with a period the level allows (counted from the
    date of issue); ``mark.period_too_long`` / ``mark.date_too_late`` name the rule."""
    if not mark.level.is_state_secret:
        raise ValidationError("classification.not_state_secret", field="mark",
                              level=mark.level.label)
    validate_retention(mark.level, None if mark.defaulted else mark.retention, issued)


def end_of(mark: ClassificationMark, issued: date | None) -> date | None:
    """The day the period ends (declassified from that day on); None without a date."""
    return declassification_date(mark, issued) if issued is not None else None


def check_running(mark: ClassificationMark, issued: date | None, on: date, reg_no: str) -> None:
    """Nothing is decided about a secret whose period has already ended: it is declassified
    by itself (法 24)."""
    end = end_of(mark, issued)
    if end is not None and on >= end:
        raise RuleViolation("classification.period_ended", reg_no=reg_no,
                            end=format_cn_date(end), end_iso=end.isoformat())


def check_extension(current: ClassificationMark, issued: date | None, new: Retention,
                    on: date, reg_no: str) -> ClassificationMark:
    """延期: decided before the period ends (refused after, 法 24), to a longer period the
    level allows. Returns the new mark."""
    end = end_of(current, issued)
    if end is None:
        raise RuleViolation("classification.extension_no_end", reg_no=reg_no,
                            mark=current.format(effective=True))
    if on >= end:
        raise RuleViolation("classification.extension_after_expiry", reg_no=reg_no,
                            end=format_cn_date(end), end_iso=end.isoformat())
    mark = ClassificationMark(current.level, new)
    check_new_mark(mark, issued)
    new_end = end_of(mark, issued)
    if new.condition is not None or (new_end is not None and new_end <= end):
        raise ValidationError("classification.extension_not_longer", field="retention",
                              mark=current.format(effective=True), new=mark.format())
    return mark


def check_change(before: Facts, after: Facts, issued: date | None, on: date,
                 reg_no: str) -> None:
    """变更: something changes, the new mark obeys the marking rules and its period has not
    already ended (that would be a 解密, decided as one)."""
    if not changed(before, after):
        raise ValidationError("classification.nothing_changed", field="mark", reg_no=reg_no)
    if after.mark != before.mark:
        check_new_mark(after.mark, issued)
        end = end_of(after.mark, issued)
        if end is not None and on >= end:
            raise RuleViolation("classification.change_ends_period", reg_no=reg_no,
                                end=format_cn_date(end))


def check_need_to_know(ntk: NeedToKnow) -> None:
    if ntk.is_empty:
        raise ValidationError("classification.scope_empty", field="need_to_know")


def declassified_text(on: date) -> str:
    """What a declassified carrier's new marking says: ``已于2030年6月30日解密``."""
    return f"已于{format_cn_date(on)}解密"


def missing_people(required: Iterable[int], given: Iterable[int]) -> list[int]:
    """The people of *required* left out of *given*, in id order."""
    have = set(given)
    return sorted({p for p in required if p not in have})
