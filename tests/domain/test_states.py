"""The carrier state machine, checked over every (state, action) pair against a table
written out here by hand (not derived from ``states.TRANSITIONS``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secledger.domain.enums import TERMINAL_STATES, CarrierState
from secledger.domain.errors import RuleViolation, TransitionNotAllowed
from secledger.domain.states import (
    TRANSITIONS,
    Action,
    allowed_actions,
    check_transition,
    event_kind,
    plan_move,
)

S = CarrierState
A = Action

# state -> {action: state after}. Every pair not listed here must be refused.
EXPECTED: dict[CarrierState | None, dict[Action, CarrierState]] = {
    None: {A.REGISTER: S.IN_STORE},
    S.IN_STORE: {
        A.ISSUE_TO: S.WITH_HOLDER,
        A.CIRCULATE: S.CIRCULATING,
        A.ARCHIVE: S.ARCHIVED,
        A.CARRY_OUT: S.CARRIED_OUT,
        A.DISPATCH: S.DISPATCHED,
        A.RETURN_TO_ISSUER: S.RETURNED_TO_ISSUER,
        A.DESTROY: S.DESTROYED,
        A.DECLASSIFY: S.DECLASSIFIED,
        A.REPORT_LOST: S.LOST,
        A.VOID: S.VOIDED,
        A.HANDOVER: S.IN_STORE,
    },
    S.WITH_HOLDER: {
        A.TAKE_BACK: S.IN_STORE,
        A.REPORT_LOST: S.LOST,
        A.HANDOVER: S.WITH_HOLDER,
    },
    S.CIRCULATING: {
        A.CIRCULATION_RETURN: S.IN_STORE,
        A.REPORT_LOST: S.LOST,
        A.HANDOVER: S.CIRCULATING,
    },
    S.ARCHIVED: {
        A.WITHDRAW_FROM_ARCHIVE: S.IN_STORE,
        A.LEND: S.ON_LOAN,
        A.RETURN_TO_ISSUER: S.RETURNED_TO_ISSUER,
        A.DESTROY: S.DESTROYED,
        A.DECLASSIFY: S.DECLASSIFIED,
        A.REPORT_LOST: S.LOST,
        A.HANDOVER: S.ARCHIVED,
    },
    S.ON_LOAN: {A.LOAN_RETURN: S.ARCHIVED, A.REPORT_LOST: S.LOST, A.HANDOVER: S.ON_LOAN},
    S.CARRIED_OUT: {A.CARRY_BACK: S.IN_STORE, A.REPORT_LOST: S.LOST, A.HANDOVER: S.CARRIED_OUT},
    S.LOST: {A.FOUND: S.IN_STORE, A.HANDOVER: S.LOST},
    S.DISPATCHED: {},
    S.RETURNED_TO_ISSUER: {},
    S.DESTROYED: {},
    S.DECLASSIFIED: {},
    S.VOIDED: {},
}

ALL_STATES: list[CarrierState | None] = [None, *CarrierState]
PAIRS = [(s, a) for s in ALL_STATES for a in Action]


def _id(pair: tuple[CarrierState | None, Action]) -> str:
    s, a = pair
    return f"{s.value if s else 'unregistered'}-{a.value}"


def test_table_covers_every_state() -> None:
    assert set(EXPECTED) == set(ALL_STATES)


@pytest.mark.parametrize("pair", PAIRS, ids=[_id(p) for p in PAIRS])
def test_every_state_action_pair(pair: tuple[CarrierState | None, Action]) -> None:
    state, action = pair
    expected = EXPECTED[state].get(action)
    if expected is not None:
        assert check_transition(state, action) is expected
        return
    with pytest.raises(TransitionNotAllowed) as info:
        check_transition(state, action)
    err = info.value
    assert isinstance(err, RuleViolation)
    assert err.code == "state.transition_not_allowed"
    label = state.label if state is not None else "未登记"
    assert err.message("zh_CN") == f"{label}的载体不能{action.label}。"
    en = err.message("en")
    assert en.startswith("A carrier that is ") and en.endswith(f"cannot be {action.label_en}.")
    for text in (err.message("zh_CN"), en):
        assert "{" not in text and "}" not in text


@pytest.mark.parametrize(
    ("state", "action", "message", "message_en"),
    [
        (
            S.CIRCULATING,
            A.DESTROY,
            "传阅中的载体不能销毁。",
            "A carrier that is in circulation cannot be destroyed.",
        ),
        (
            S.WITH_HOLDER,
            A.DESTROY,
            "领用的载体不能销毁。",
            "A carrier that is issued to a holder cannot be destroyed.",
        ),
        (
            S.ON_LOAN,
            A.DESTROY,
            "借出的载体不能销毁。",
            "A carrier that is on loan cannot be destroyed.",
        ),
        (
            S.DESTROYED,
            A.DESTROY,
            "已销毁的载体不能销毁。",
            "A carrier that is destroyed cannot be destroyed.",
        ),
        (
            S.CIRCULATING,
            A.CIRCULATE,
            "传阅中的载体不能传阅。",
            "A carrier that is in circulation cannot be circulated.",
        ),
        (
            S.ARCHIVED,
            A.DISPATCH,
            "已归档的载体不能发出。",
            "A carrier that is archived cannot be dispatched.",
        ),
        (
            S.LOST,
            A.REPORT_LOST,
            "遗失的载体不能报告遗失。",
            "A carrier that is lost cannot be reported lost.",
        ),
        (
            S.VOIDED,
            A.HANDOVER,
            "已作废的载体不能移交。",
            "A carrier that is voided cannot be handed over.",
        ),
        (
            None,
            A.DESTROY,
            "未登记的载体不能销毁。",
            "A carrier that is unregistered cannot be destroyed.",
        ),
        (
            S.IN_STORE,
            A.REGISTER,
            "在库的载体不能登记。",
            "A carrier that is in store cannot be registered.",
        ),
    ],
)
def test_refusal_messages(
    state: CarrierState | None, action: Action, message: str, message_en: str
) -> None:
    with pytest.raises(TransitionNotAllowed) as info:
        check_transition(state, action)
    assert info.value.message() == message
    assert str(info.value) == message
    assert info.value.message("en") == message_en


@pytest.mark.parametrize("state", ALL_STATES)
def test_allowed_actions_match_table(state: CarrierState | None) -> None:
    assert set(allowed_actions(state)) == set(EXPECTED[state])
    declared = list(Action)
    got = allowed_actions(state)
    assert got == sorted(got, key=declared.index)


@pytest.mark.parametrize("state", sorted(TERMINAL_STATES))
def test_terminal_states_allow_nothing(state: CarrierState) -> None:
    assert state.is_terminal
    assert allowed_actions(state) == []


def test_only_custody_states_can_be_destroyed() -> None:
    assert {s for s in ALL_STATES if A.DESTROY in EXPECTED[s]} == {
        s for s in CarrierState if s.in_custody
    }


@pytest.mark.parametrize("action", list(Action))
def test_every_action_has_labels_event_kind_and_transition(action: Action) -> None:
    assert action in TRANSITIONS
    assert action.label and action.label_en
    assert event_kind(action) == f"carrier.{action.value}"


def test_every_state_has_a_label() -> None:
    labels = [s.label for s in CarrierState]
    assert all(labels) and len(set(labels)) == len(labels)


def _reachable(start: CarrierState | None) -> set[CarrierState | None]:
    seen: set[CarrierState | None] = {start}
    todo = [start]
    while todo:
        s = todo.pop()
        for t in EXPECTED[s].values():
            if t not in seen:
                seen.add(t)
                todo.append(t)
    return seen


def test_every_state_reachable_from_registration() -> None:
    assert _reachable(None) == set(ALL_STATES)


@pytest.mark.parametrize("state", [s for s in CarrierState if not s.is_terminal])
def test_no_trap_states(state: CarrierState) -> None:
    """Every live carrier can still end its life (dispatch, destroy, return, declassify)."""
    assert _reachable(state) & TERMINAL_STATES


@given(st.lists(st.sampled_from(list(Action)), max_size=40))
def test_random_walks_follow_the_table(actions: list[Action]) -> None:
    state: CarrierState | None = None
    for action in actions:
        expected = EXPECTED[state].get(action)
        if expected is None:
            with pytest.raises(TransitionNotAllowed):
                check_transition(state, action)
        else:
            state = check_transition(state, action)
            assert state is expected


# -- plan_move: the check and the event that transition() and the demo generator write ----
def test_plan_move_builds_the_event_and_the_projection() -> None:
    move = plan_move(S.IN_STORE, 3, A.ARCHIVE, holder=4, location_before="",
                     location="A-1/2", payload={"cabinet": "A-1", "box": "2"})
    assert (move.state, move.holder_id, move.kind) == (S.ARCHIVED, 4, "carrier.archive")
    assert move.payload == {
        "action": "archive", "state_before": "in_store", "state_after": "archived",
        "holder_before": 3, "holder_after": 4, "location_before": "", "location_after": "A-1/2",
        "cabinet": "A-1", "box": "2",
    }


def test_plan_move_registers_from_nothing() -> None:
    move = plan_move(None, None, A.REGISTER, holder=7)
    assert move.payload["state_before"] is None and move.state is S.IN_STORE
    assert "location_before" not in move.payload


def test_plan_move_a_terminal_state_has_no_holder() -> None:
    move = plan_move(S.IN_STORE, 3, A.DISPATCH, holder=5)
    assert move.holder_id is None and move.payload["holder_after"] is None


def test_plan_move_refuses_a_live_carrier_without_a_holder() -> None:
    with pytest.raises(RuleViolation, match="保管人"):
        plan_move(S.IN_STORE, 3, A.ISSUE_TO, holder=None)


def test_plan_move_refuses_what_the_table_refuses() -> None:
    with pytest.raises(TransitionNotAllowed):
        plan_move(S.DESTROYED, None, A.FOUND, holder=3)
