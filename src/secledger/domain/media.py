"""Classified computers, devices and storage media (涉密计算机和存储介质, ``MediaItem``): their
types, the state machine of an item, the level rule, lending and repair rules.

An item's state and 责任人 change only through the one transition function, by the table
``MEDIA`` here (the same ``domain.states`` mechanism as carriers): every non-terminal item
has exactly one accountable holder. Its 密级 is the highest it ever held: it may be raised,
never lowered (seed 第四十四条). Removable media may be lent (借用) with approval and a due
date; a repair is approved and, done by outsiders, needs the storage removed or an on-site
escort, and storage removed before anything leaves the office (实施条例 art. 27(7)).

A device or medium found missing is reported lost (遗失/泄密, on the same loss report as the
carriers, ``services.custody.loss``): from in use, lent, out of service or awaiting
destruction; its 责任人 (or borrower) stays accountable while it is lost. An item in repair
is in the repair's hands and comes back through the repair first. Found again, it comes back
out of service (停用) with its 责任人: while it was out of the unit's control it may have been
read or altered, so it is checked before it is used again (恢复使用) or scrapped (报废).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from secledger.domain.enums import Classification, Clearance, Labelled
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import (
    Machine,
    Move,
    Transition,
    allowed_actions,
    check_transition,
    plan_move,
)


class MediaType(Labelled):
    """设备/介质类型. Devices go in the 涉密计算机台账, storage media in the 涉密存储介质台账."""

    COMPUTER = "computer"
    LAPTOP = "laptop"
    PORTABLE_DISK = "portable_disk"
    USB = "usb"
    DISC = "disc"
    OFFICE_EQUIPMENT = "office_equipment"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _TYPE_LABELS[self][1]

    @property
    def is_storage(self) -> bool:
        """A removable storage medium (移动存储介质), listed in the 涉密存储介质台账."""
        return self in (MediaType.PORTABLE_DISK, MediaType.USB, MediaType.DISC, MediaType.OTHER)

    @property
    def lendable(self) -> bool:
        """Only removable storage media are lent (借用); a device changes its 责任人."""
        return self.is_storage

    @property
    def has_storage(self) -> bool:
        """A device with storage inside that can be removed before a repair."""
        return not self.is_storage


_TYPE_LABELS: dict[MediaType, tuple[str, str]] = {
    MediaType.COMPUTER: ("涉密计算机", "Classified computer"),
    MediaType.LAPTOP: ("涉密笔记本", "Classified laptop"),
    MediaType.PORTABLE_DISK: ("移动硬盘", "Portable disk"),
    MediaType.USB: ("U盘", "USB stick"),
    MediaType.DISC: ("光盘", "Disc"),
    MediaType.OFFICE_EQUIPMENT: ("打印机/复印机/扫描仪", "Printer, copier or scanner"),
    MediaType.OTHER: ("其他介质", "Other medium"),
}
DEVICE_TYPES = tuple(t for t in MediaType if not t.is_storage)
STORAGE_TYPES = tuple(t for t in MediaType if t.is_storage)


class MediaState(Labelled):
    IN_USE = "in_use"
    ON_LOAN = "on_loan"
    IN_REPAIR = "in_repair"
    OUT_OF_SERVICE = "out_of_service"
    AWAITING_DESTRUCTION = "awaiting_destruction"
    DESTROYED = "destroyed"
    VOIDED = "voided"
    LOST = "lost"  # reported lost; may come back as found

    @property
    def label(self) -> str:
        return _STATE_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _STATE_LABELS[self][1]

    @property
    def is_terminal(self) -> bool:
        return self in (MediaState.DESTROYED, MediaState.VOIDED)


_STATE_LABELS: dict[MediaState, tuple[str, str]] = {
    MediaState.IN_USE: ("在用", "In use"),
    MediaState.ON_LOAN: ("借用", "Lent"),
    MediaState.IN_REPAIR: ("维修中", "In repair"),
    MediaState.OUT_OF_SERVICE: ("停用", "Out of service"),
    MediaState.AWAITING_DESTRUCTION: ("待销毁", "Awaiting destruction"),
    MediaState.DESTROYED: ("已销毁/报废", "Destroyed or scrapped"),
    MediaState.VOIDED: ("已作废", "Voided"),
    MediaState.LOST: ("遗失", "Lost"),
}


class MediaAction(StrEnum):
    REGISTER = "register"
    REGISTER_REMOVED = "register_removed"  # storage taken out of a device in a repair
    LEND = "lend"
    RETURN = "return"
    SEND_TO_REPAIR = "send_to_repair"
    REPAIR_RETURN = "repair_return"
    TAKE_OUT_OF_SERVICE = "take_out_of_service"
    RETURN_TO_SERVICE = "return_to_service"
    MARK_FOR_DESTRUCTION = "mark_for_destruction"
    CANCEL_DESTRUCTION = "cancel_destruction"
    DESTROY = "destroy"
    HANDOVER = "handover"  # 责任人变更 (the state stays)
    RAISE_LEVEL = "raise_level"  # the state and holder stay
    VOID = "void"
    REPORT_LOST = "report_lost"  # on a loss report (遗失/泄密)
    FOUND = "found"  # a lost item found again

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _ACTION_LABELS[self][1]


_ACTION_LABELS: dict[MediaAction, tuple[str, str]] = {
    MediaAction.REGISTER: ("登记", "registered"),
    MediaAction.REGISTER_REMOVED: ("登记拆换的存储部件", "registered as removed storage"),
    MediaAction.LEND: ("借用", "lent"),
    MediaAction.RETURN: ("归还", "returned"),
    MediaAction.SEND_TO_REPAIR: ("送修", "sent for repair"),
    MediaAction.REPAIR_RETURN: ("维修返回", "returned from repair"),
    MediaAction.TAKE_OUT_OF_SERVICE: ("停用", "taken out of service"),
    MediaAction.RETURN_TO_SERVICE: ("恢复使用", "put back into service"),
    MediaAction.MARK_FOR_DESTRUCTION: ("报废待销毁", "marked for destruction"),
    MediaAction.CANCEL_DESTRUCTION: ("撤销待销毁", "taken off the destruction list"),
    MediaAction.DESTROY: ("销毁", "destroyed"),
    MediaAction.HANDOVER: ("变更责任人", "given a new accountable holder"),
    MediaAction.RAISE_LEVEL: ("提升密级", "raised in level"),
    MediaAction.VOID: ("作废", "voided"),
    MediaAction.REPORT_LOST: ("报告遗失", "reported lost"),
    MediaAction.FOUND: ("找回", "found"),
}

S = MediaState
A = MediaAction
_LIVE: frozenset[MediaState | None] = frozenset(s for s in MediaState if not s.is_terminal)
#: the states an item may be reported lost from (not in repair: the repair brings it back first)
LOSABLE: frozenset[MediaState | None] = frozenset(
    {S.IN_USE, S.ON_LOAN, S.OUT_OF_SERVICE, S.AWAITING_DESTRUCTION})


def _t(action: MediaAction, sources: set[MediaState | None] | frozenset[MediaState | None],
       target: MediaState | None) -> Transition:
    return Transition(action, frozenset(sources), target, f"media.{action.value}")


MEDIA_TRANSITIONS: dict[Any, Transition] = {
    t.action: t
    for t in (
        _t(A.REGISTER, {None}, S.IN_USE),
        _t(A.REGISTER_REMOVED, {None}, S.AWAITING_DESTRUCTION),
        _t(A.LEND, {S.IN_USE}, S.ON_LOAN),
        _t(A.RETURN, {S.ON_LOAN}, S.IN_USE),
        _t(A.SEND_TO_REPAIR, {S.IN_USE, S.OUT_OF_SERVICE}, S.IN_REPAIR),
        _t(A.REPAIR_RETURN, {S.IN_REPAIR}, S.IN_USE),
        _t(A.TAKE_OUT_OF_SERVICE, {S.IN_USE}, S.OUT_OF_SERVICE),
        _t(A.RETURN_TO_SERVICE, {S.OUT_OF_SERVICE}, S.IN_USE),
        _t(A.MARK_FOR_DESTRUCTION, {S.IN_USE, S.OUT_OF_SERVICE}, S.AWAITING_DESTRUCTION),
        _t(A.CANCEL_DESTRUCTION, {S.AWAITING_DESTRUCTION}, S.OUT_OF_SERVICE),
        _t(A.DESTROY, {S.AWAITING_DESTRUCTION}, S.DESTROYED),
        _t(A.HANDOVER, _LIVE - {S.ON_LOAN}, None),
        _t(A.RAISE_LEVEL, _LIVE, None),
        _t(A.VOID, {S.IN_USE}, S.VOIDED),
        _t(A.REPORT_LOST, LOSABLE, S.LOST),
        _t(A.FOUND, {S.LOST}, S.OUT_OF_SERVICE),
    )
}

#: the devices' and media's state machine (``states.plan_move(..., machine=MEDIA)``)
MEDIA = Machine("media", MEDIA_TRANSITIONS,
                "未销毁的涉密设备和存储介质必须有且只有一名责任人",
                refusal="media.transition_not_allowed", state_en=True)


def check_media_transition(state: MediaState | None, action: MediaAction) -> MediaState:
    """The state after *action* (``TransitionNotAllowed`` naming the rule otherwise)."""
    after: MediaState = check_transition(state, action, MEDIA)
    return after


def allowed_media_actions(state: MediaState | None) -> list[MediaAction]:
    return allowed_actions(state, MEDIA)


# -- the level: the highest ever held, never lowered ------------------------------------------
LEVEL_RULE = "存储介质按其曾经存储过的最高密级管理，密级只能提升，不得降低"


def check_level(before: Classification | None, after: Classification | None) -> Classification:
    """The item's level after a move that names *after* (None: unchanged).

    Only state-secret levels are kept here; a lower level than the one held is refused
    naming the rule (the highest level ever held stays)."""
    if after is None:
        if before is None:
            raise ValidationError("media.level_required", field="level")
        return before
    if not after.is_state_secret:
        raise ValidationError("media.level_not_secret", field="level", level=after.label)
    if before is not None and after.rank < before.rank:
        raise RuleViolation("media.level_lowered", before=before.label, after=after.label,
                            rule=LEVEL_RULE)
    return after


def plan_media_move(
    state: MediaState | None, holder_before: int | None, level_before: Classification | None,
    action: MediaAction, *, holder: int | None, level: Classification | None = None,
    location_before: str = "", location: str | None = None,
    payload: Mapping[str, Any] | None = None,
) -> tuple[Move, Classification]:
    """``states.plan_move`` on the media machine, with the level rule: the move and the
    level after it. A level named on the move is recorded (``level_before``/``level_after``)
    when it changes; raising the level must raise it."""
    after = check_level(level_before, level)
    body = dict(payload or {})
    if action is MediaAction.RAISE_LEVEL and (level_before is None or after == level_before):
        raise RuleViolation("media.level_not_raised", level=after.label)
    if after != level_before:
        body["level_before"] = level_before.value if level_before is not None else None
        body["level_after"] = after.value
    move = plan_move(state, holder_before, action, holder=holder,
                     location_before=location_before, location=location, payload=body,
                     machine=MEDIA)
    return move, after


def may_hold(clearance: Clearance, level: Classification) -> bool:
    """A person cleared for *level* (核心: 绝密, 重要: 机密, 一般: 秘密)."""
    return clearance.max_level_rank >= level.rank


# -- lending and repair -----------------------------------------------------------------------
LEND_RULE = "借用涉密存储介质须经单位分管领导审批，明确归还期限，按期归还"
REPAIR_RULE = ("涉密设备维修须经审批：由本单位技术人员维修；确需外来人员维修的须现场旁站陪同；"
               "送外维修的须先拆除存储部件")


class LoanStatus(Labelled):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    LENT = "lent"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return _LOAN_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LOAN_LABELS[self][1]


_LOAN_LABELS: dict[LoanStatus, tuple[str, str]] = {
    LoanStatus.REQUESTED: ("待审批", "Awaiting approval"),
    LoanStatus.APPROVED: ("已批准", "Approved"),
    LoanStatus.REJECTED: ("未批准", "Rejected"),
    LoanStatus.CANCELLED: ("已撤销", "Cancelled"),
    LoanStatus.LENT: ("借出中", "Lent"),
    LoanStatus.RETURNED: ("已归还", "Returned"),
}


class RepairMode(Labelled):
    IN_HOUSE = "in_house"  # 本单位技术人员维修
    ON_SITE = "on_site"  # 外来人员现场维修
    SENT_OUT = "sent_out"  # 送外维修

    @property
    def label(self) -> str:
        return {"in_house": "本单位维修", "on_site": "外来人员现场维修",
                "sent_out": "送外维修"}[self.value]

    @property
    def label_en(self) -> str:
        return {"in_house": "In house", "on_site": "Outsider on site",
                "sent_out": "Sent out"}[self.value]

    @property
    def outsider(self) -> bool:
        return self is not RepairMode.IN_HOUSE


class RepairStatus(Labelled):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    IN_REPAIR = "in_repair"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return _REPAIR_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _REPAIR_LABELS[self][1]


_REPAIR_LABELS: dict[RepairStatus, tuple[str, str]] = {
    RepairStatus.REQUESTED: ("待审批", "Awaiting approval"),
    RepairStatus.APPROVED: ("已批准", "Approved"),
    RepairStatus.REJECTED: ("未批准", "Rejected"),
    RepairStatus.CANCELLED: ("已撤销", "Cancelled"),
    RepairStatus.IN_REPAIR: ("维修中", "In repair"),
    RepairStatus.RETURNED: ("已返回", "Returned"),
}


def check_repair_plan(
    media_type: MediaType, mode: RepairMode, *, storage_removed: bool, escort: bool,
    repairer_unit: str, agreement: bool,
) -> None:
    """Refuse a repair the rules forbid, naming the rule (实施条例 art. 27(7)).

    An outsider needs a named unit and a signed confidentiality agreement; an outsider's
    repair with the storage still inside and no on-site escort is refused; nothing leaves
    the office with its storage inside (a storage medium is its storage: it never leaves).
    """
    if storage_removed and not media_type.has_storage:
        raise ValidationError("media.storage_is_the_item", field="storage_removed",
                              type=media_type.label)
    if not mode.outsider:
        return
    if not repairer_unit:
        raise ValidationError("media.repairer_required", field="repairer_unit")
    if not agreement:
        raise RuleViolation("media.repair_agreement", mode=mode.label)
    if mode is RepairMode.SENT_OUT and not storage_removed:
        raise RuleViolation("media.repair_storage_leaves", type=media_type.label)
    if not storage_removed and not escort:
        raise RuleViolation("media.repair_unwatched", mode=mode.label)


# -- what an item's events are called (history, audit log) -----------------------------------
#: the media events that are not moves of the state machine
EVENT_LABELS: dict[str, str] = {
    "media.edited": "设备信息修改",
    "media.label_printed": "打印设备标签",
    "media.loan_requested": "借用申请",
    "media.loan_cancelled": "撤销借用申请",
    "media.repair_requested": "维修申请",
    "media.repair_cancelled": "撤销维修申请",
}


def event_label(kind: str) -> str:
    """``media.lend`` -> 借用, ``media.edited`` -> 设备信息修改 (the kind itself if unknown)."""
    if kind in EVENT_LABELS:
        return EVENT_LABELS[kind]
    try:
        return MediaAction(kind.removeprefix("media.")).label
    except ValueError:
        return kind
