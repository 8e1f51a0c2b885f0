"""The carrier state machine (DESIGN.md §4): ONE table of allowed transitions.

Each ``Action`` names the event kind it appends. ``check_transition`` is the only place
that decides whether an action may happen to a carrier in a given state. ``plan_move`` adds
the one-holder rule and builds the event's payload: the services' single transition function
and the demo generator's bulk history both write what it returns, so a move one refuses the
other refuses too.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Transition:
    action: Action
    sources: frozenset[CarrierState | None]
    target: CarrierState | None  # None: the state stays (holder changes only)
    event_kind: str


_NON_TERMINAL: frozenset[CarrierState | None] = frozenset(
    s for s in CarrierState if s not in TERMINAL_STATES
)


def _t(
    action: Action,
    sources: set[CarrierState | None] | frozenset[CarrierState | None],
    target: CarrierState | None,
) -> Transition:
    return Transition(action, frozenset(sources), target, f"carrier.{action.value}")


TRANSITIONS: dict[Action, Transition] = {
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


def check_transition(state: CarrierState | None, action: Action) -> CarrierState | None:
    """Return the state after *action*, or raise ``TransitionNotAllowed`` naming the rule.

    A ``None`` state means "not yet registered". The result is the target state (the
    same state for actions that only change the holder).
    """
    tr = TRANSITIONS[action]
    if state not in tr.sources:
        label = state.label if state is not None else "未登记"
        raise TransitionNotAllowed(
            state=state.value if state is not None else "unregistered",
            state_label=label,
            action=action.value,
            action_label=action.label,
            action_en=action.label_en,
        )
    return tr.target if tr.target is not None else state


def allowed_actions(state: CarrierState | None) -> list[Action]:
    """Actions the table allows from *state*, in declaration order."""
    return [a for a, t in TRANSITIONS.items() if state in t.sources]


def event_kind(action: Action) -> str:
    return TRANSITIONS[action].event_kind


@dataclass(frozen=True, slots=True)
class Move:
    """One checked change of a carrier's state or holder: the projection after it and the
    event that records it (kind and payload)."""

    state: CarrierState
    holder_id: int | None
    kind: str
    payload: dict[str, Any]


def plan_move(
    state: CarrierState | None,
    holder_before: int | None,
    action: Action,
    *,
    holder: int | None,
    location_before: str = "",
    location: str | None = None,
    payload: Mapping[str, Any] | None = None,
) -> Move:
    """Check *action* on a carrier in *state* held by *holder_before* and say what it writes.

    *holder* is the holder after the move; a terminal state has none, every other state
    exactly one (``RuleViolation`` otherwise). A *location* (archive shelf) is recorded with
    the one it replaces. *payload* adds the workflow's own fields to the event.
    """
    after, before_value, after_value, terminal, kind = _checked(state, action)
    if terminal:
        holder = None
    elif holder is None:
        raise RuleViolation("rule", detail="非终结状态的载体必须有一名保管人")
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
    state: CarrierState | None, action: Action
) -> tuple[CarrierState, str | None, str, bool, str]:
    """``check_transition`` with what a move needs of its answer, memoised (the demo
    generator plans millions of moves; a refusal raises again each time)."""
    after = check_transition(state, action)
    assert after is not None
    return (after, state.value if state is not None else None, after.value, after.is_terminal,
            TRANSITIONS[action].event_kind)
