"""The state machines of what the ledger keeps account of (DESIGN.md §4): the carrier
machine here, ONE table of allowed transitions, and the same mechanism for the classified
devices and storage media (``domain.media`` declares their table as a ``Machine``).

Each action names the event kind it appends. ``check_transition`` is the only place that
decides whether an action may happen to a subject in a given state. ``plan_move`` adds the
one-holder rule and builds the event's payload: the services' single transition function
and the demo generator's bulk history both write what it returns, so a move one refuses the
other refuses too. A machine's states say their ``label`` and whether they are terminal;
its actions their ``label`` and ``label_en``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from secledger.domain.enums import TERMINAL_STATES, CarrierState
from secledger.domain.errors import RuleViolation, TransitionNotAllowed

S = CarrierState


class Action(StrEnum):
    REGISTER = "register"
    ISSUE_TO = "issue_to"
    TAKE_BACK = "take_back"
    CIRCULATE = "circulate"
    CIRCULATION_RETURN = "circulation_return"
    ARCHIVE = "archive"
    WITHDRAW_FROM_ARCHIVE = "withdraw_from_archive"
    LEND = "lend"
    LOAN_RETURN = "loan_return"
    CARRY_OUT = "carry_out"
    CARRY_BACK = "carry_back"
    DISPATCH = "dispatch"
    RETURN_TO_ISSUER = "return_to_issuer"
    DESTROY = "destroy"
    DECLASSIFY = "declassify"
    REPORT_LOST = "report_lost"
    FOUND = "found"
    VOID = "void"
    HANDOVER = "handover"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _ACTION_LABELS[self][1]


_ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.REGISTER: ("登记", "registered"),
    Action.ISSUE_TO: ("分发/领用", "issued"),
    Action.TAKE_BACK: ("交回", "taken back"),
    Action.CIRCULATE: ("传阅", "circulated"),
    Action.CIRCULATION_RETURN: ("传阅退回", "returned from circulation"),
    Action.ARCHIVE: ("归档", "archived"),
    Action.WITHDRAW_FROM_ARCHIVE: ("调出档案", "withdrawn from the archive"),
    Action.LEND: ("借出", "lent"),
    Action.LOAN_RETURN: ("借阅归还", "returned from loan"),
    Action.CARRY_OUT: ("携带外出", "carried out"),
    Action.CARRY_BACK: ("携带返回", "carried back"),
    Action.DISPATCH: ("发出", "dispatched"),
    Action.RETURN_TO_ISSUER: ("清退", "returned to its issuer"),
    Action.DESTROY: ("销毁", "destroyed"),
    Action.DECLASSIFY: ("解密", "declassified"),
    Action.REPORT_LOST: ("报告遗失", "reported lost"),
    Action.FOUND: ("找回", "found"),
    Action.VOID: ("作废", "voided"),
    Action.HANDOVER: ("移交", "handed over"),
}


class SubjectState(Protocol):
    """A state of some machine (``CarrierState``, ``domain.media.MediaState``)."""

    @property
    def value(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def label_en(self) -> str: ...

    @property
    def is_terminal(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Transition:
    action: Any  # the machine's action enum (``Action`` for carriers)
    sources: frozenset[Any]  # the machine's states, None for "not yet registered"
    target: Any  # a state, or None: the state stays (holder changes only)
    event_kind: str


@dataclass(frozen=True, eq=False, slots=True)
class Machine:
    """One state machine: its table, the prefix of its event kinds, the refusal code of a
    move the table forbids and the rule that a live subject has exactly one holder."""

    subject: str  # "carrier", "media": the event kinds are ``<subject>.<action>``
    transitions: dict[Any, Transition]
    holder_rule: str  # the refusal's detail when a live subject is left without a holder
    refusal: str = "state.transition_not_allowed"
    #: pass the state's English label to the refusal (carriers' come from ``messages``)
    state_en: bool = False


_NON_TERMINAL: frozenset[CarrierState | None] = frozenset(
    s for s in CarrierState if s not in TERMINAL_STATES
)


def _t(
    action: Action,
    sources: set[CarrierState | None] | frozenset[CarrierState | None],
    target: CarrierState | None,
) -> Transition:
    return Transition(action, frozenset(sources), target, f"carrier.{action.value}")


TRANSITIONS: dict[Any, Transition] = {
    t.action: t
    for t in (
        _t(Action.REGISTER, {None}, S.IN_STORE),
        _t(Action.ISSUE_TO, {S.IN_STORE}, S.WITH_HOLDER),
        _t(Action.TAKE_BACK, {S.WITH_HOLDER}, S.IN_STORE),
        _t(Action.CIRCULATE, {S.IN_STORE}, S.CIRCULATING),
        _t(Action.CIRCULATION_RETURN, {S.CIRCULATING}, S.IN_STORE),
        _t(Action.ARCHIVE, {S.IN_STORE}, S.ARCHIVED),
        _t(Action.WITHDRAW_FROM_ARCHIVE, {S.ARCHIVED}, S.IN_STORE),
        _t(Action.LEND, {S.ARCHIVED}, S.ON_LOAN),
        _t(Action.LOAN_RETURN, {S.ON_LOAN}, S.ARCHIVED),
        _t(Action.CARRY_OUT, {S.IN_STORE}, S.CARRIED_OUT),
        _t(Action.CARRY_BACK, {S.CARRIED_OUT}, S.IN_STORE),
        _t(Action.DISPATCH, {S.IN_STORE}, S.DISPATCHED),
        _t(Action.RETURN_TO_ISSUER, {S.IN_STORE, S.ARCHIVED}, S.RETURNED_TO_ISSUER),
        _t(Action.DESTROY, {S.IN_STORE, S.ARCHIVED}, S.DESTROYED),
        _t(Action.DECLASSIFY, {S.IN_STORE, S.ARCHIVED}, S.DECLASSIFIED),
        _t(Action.REPORT_LOST, _NON_TERMINAL - {S.LOST, None}, S.LOST),
        _t(Action.FOUND, {S.LOST}, S.IN_STORE),
        _t(Action.VOID, {S.IN_STORE}, S.VOIDED),
        _t(Action.HANDOVER, _NON_TERMINAL - {None}, None),
    )
}


CARRIERS = Machine("carrier", TRANSITIONS, "非终结状态的载体必须有一名保管人")


def check_transition(state: Any, action: Any, machine: Machine = CARRIERS) -> Any:
    """Return the state after *action*, or raise ``TransitionNotAllowed`` naming the rule.

    A ``None`` state means "not yet registered". The result is the target state (the
    same state for actions that only change the holder). *machine* is the carriers'
    unless given.
    """
    tr = machine.transitions[action]
    if state not in tr.sources:
        label = state.label if state is not None else "未登记"
        extra = {"state_en": state.label_en.lower() if state is not None else "unregistered"
                 } if machine.state_en else {}
        raise TransitionNotAllowed(
            machine.refusal,
            state=state.value if state is not None else "unregistered",
            state_label=label,
            action=action.value,
            action_label=action.label,
            action_en=action.label_en,
            **extra,
        )
    return tr.target if tr.target is not None else state


def allowed_actions(state: Any, machine: Machine = CARRIERS) -> list[Any]:
    """Actions the table allows from *state*, in declaration order."""
    return [a for a, t in machine.transitions.items() if state in t.sources]


def event_kind(action: Any, machine: Machine = CARRIERS) -> str:
    return machine.transitions[action].event_kind


@dataclass(frozen=True, slots=True)
class Move:
    """One checked change of a subject's state or holder: the projection after it and the
    event that records it (kind and payload)."""

    state: Any  # the machine's state (``CarrierState`` for carriers)
    holder_id: int | None
    kind: str
    payload: dict[str, Any]


def plan_move(
    state: Any,
    holder_before: int | None,
    action: Any,
    *,
    holder: int | None,
    location_before: str = "",
    location: str | None = None,
    payload: Mapping[str, Any] | None = None,
    machine: Machine = CARRIERS,
) -> Move:
    """Check *action* on a subject in *state* held by *holder_before* and say what it writes.

    *holder* is the holder after the move; a terminal state has none, every other state
    exactly one (``RuleViolation`` otherwise). A *location* (archive shelf) is recorded with
    the one it replaces. *payload* adds the workflow's own fields to the event. *machine*
    is the carriers' unless given (``domain.media.MEDIA`` for devices and media).
    """
    after, before_value, after_value, terminal, kind = _checked(machine, state, action)
    if terminal:
        holder = None
    elif holder is None:
        raise RuleViolation("rule", detail=machine.holder_rule)
    body: dict[str, Any] = {
        "action": action.value,
        "state_before": before_value,
        "state_after": after_value,
        "holder_before": holder_before,
        "holder_after": holder,
    }
    if location is not None:
        body["location_before"] = location_before
        body["location_after"] = location
    if payload:
        body.update(payload)
    return Move(after, holder, kind, body)


@functools.cache
def _checked(
    machine: Machine, state: Any, action: Any
) -> tuple[Any, str | None, str, bool, str]:
    """``check_transition`` with what a move needs of its answer, memoised (the demo
    generator plans millions of moves; a refusal raises again each time). The machine is
    part of the key: two machines' actions may share a value."""
    after: SubjectState = check_transition(state, action, machine)
    assert after is not None
    return (after, state.value if state is not None else None, after.value, after.is_terminal,
            machine.transitions[action].event_kind)
