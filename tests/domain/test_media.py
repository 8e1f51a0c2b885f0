"""The devices-and-media rules: the state machine over every (state, action) pair against a
table written out here by hand, the level that never goes down, one holder for every live
item, the repair rules, lending only removable media, and label ids that never collide."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secledger.domain import labels
from secledger.domain.enums import CarrierState, Classification, Clearance
from secledger.domain.errors import RuleViolation, TransitionNotAllowed, ValidationError
from secledger.domain.media import (
    MEDIA,
    MediaAction,
    MediaState,
    MediaType,
    RepairMode,
    allowed_media_actions,
    check_level,
    check_media_transition,
    check_repair_plan,
    event_label,
    may_hold,
    plan_media_move,
)
from secledger.domain.states import Action, plan_move

S = MediaState
A = MediaAction
T, SE, C, W = (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL,
               Classification.WORK_SECRET)

# state -> {action: state after}. Every pair not listed here must be refused.
EXPECTED: dict[MediaState | None, dict[MediaAction, MediaState]] = {
    None: {A.REGISTER: S.IN_USE, A.REGISTER_REMOVED: S.AWAITING_DESTRUCTION},
    S.IN_USE: {
        A.LEND: S.ON_LOAN, A.SEND_TO_REPAIR: S.IN_REPAIR, A.TAKE_OUT_OF_SERVICE: S.OUT_OF_SERVICE,
        A.MARK_FOR_DESTRUCTION: S.AWAITING_DESTRUCTION, A.HANDOVER: S.IN_USE,
        A.RAISE_LEVEL: S.IN_USE, A.VOID: S.VOIDED, A.REPORT_LOST: S.LOST,
    },
    S.ON_LOAN: {A.RETURN: S.IN_USE, A.RAISE_LEVEL: S.ON_LOAN, A.REPORT_LOST: S.LOST},
    S.IN_REPAIR: {A.REPAIR_RETURN: S.IN_USE, A.HANDOVER: S.IN_REPAIR,
                  A.RAISE_LEVEL: S.IN_REPAIR},
    S.OUT_OF_SERVICE: {
        A.RETURN_TO_SERVICE: S.IN_USE, A.SEND_TO_REPAIR: S.IN_REPAIR,
        A.MARK_FOR_DESTRUCTION: S.AWAITING_DESTRUCTION, A.HANDOVER: S.OUT_OF_SERVICE,
        A.RAISE_LEVEL: S.OUT_OF_SERVICE, A.REPORT_LOST: S.LOST,
    },
    S.AWAITING_DESTRUCTION: {
        A.DESTROY: S.DESTROYED, A.CANCEL_DESTRUCTION: S.OUT_OF_SERVICE,
        A.HANDOVER: S.AWAITING_DESTRUCTION, A.RAISE_LEVEL: S.AWAITING_DESTRUCTION,
        A.REPORT_LOST: S.LOST,
    },
    # found again: out of service until checked; its 责任人 stays accountable while lost
    S.LOST: {A.FOUND: S.OUT_OF_SERVICE, A.HANDOVER: S.LOST, A.RAISE_LEVEL: S.LOST},
    S.DESTROYED: {},
    S.VOIDED: {},
}
ALL_STATES: list[MediaState | None] = [None, *MediaState]
PAIRS = [(s, a) for s in ALL_STATES for a in MediaAction]


def test_table_covers_every_state() -> None:
    assert set(EXPECTED) == set(ALL_STATES)


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{s.value if s else 'new'}-{a.value}"
                                             for s, a in PAIRS])
def test_every_state_action_pair(pair: tuple[MediaState | None, MediaAction]) -> None:
    state, action = pair
    expected = EXPECTED[state].get(action)
    if expected is not None:
        assert check_media_transition(state, action) is expected
        return
    with pytest.raises(TransitionNotAllowed) as info:
        check_media_transition(state, action)
    err = info.value
    assert err.code == "media.transition_not_allowed"
    label = state.label if state is not None else "未登记"
    assert err.message() == f"{label}的涉密设备或介质不能{action.label}。"
    en = err.message("en")
    assert en.startswith("A classified device or medium that is ")
    assert en.endswith(f"cannot be {action.label_en}.") and "{" not in en


def test_refusal_in_words() -> None:
    with pytest.raises(TransitionNotAllowed) as info:
        check_media_transition(S.ON_LOAN, A.SEND_TO_REPAIR)
    assert info.value.message() == "借用的涉密设备或介质不能送修。"
    assert info.value.message("en") == (
        "A classified device or medium that is lent cannot be sent for repair.")


@pytest.mark.parametrize("state", ALL_STATES)
def test_allowed_actions_match_table(state: MediaState | None) -> None:
    assert set(allowed_media_actions(state)) == set(EXPECTED[state])


def test_every_action_names_its_event_and_every_state_its_label() -> None:
    for action in MediaAction:
        assert MEDIA.transitions[action].event_kind == f"media.{action.value}"
        assert action.label and action.label_en and event_label(f"media.{action.value}")
    assert len({s.label for s in MediaState}) == len(MediaState)
    assert event_label("media.loan_requested") == "借用申请"


def test_every_live_state_can_still_end() -> None:
    def reach(start: MediaState | None) -> set[MediaState | None]:
        seen, todo = {start}, [start]
        while todo:
            for t in EXPECTED[todo.pop()].values():
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return seen

    assert reach(None) == set(ALL_STATES)
    for s in MediaState:
        if not s.is_terminal:
            assert S.DESTROYED in reach(s)


# -- one holder ---------------------------------------------------------------------------------
def test_a_live_item_has_exactly_one_holder() -> None:
    with pytest.raises(RuleViolation, match="责任人"):
        plan_media_move(S.IN_USE, 3, SE, A.HANDOVER, holder=None)
    move, _ = plan_media_move(S.AWAITING_DESTRUCTION, 3, SE, A.DESTROY, holder=3)
    assert move.holder_id is None and move.state is S.DESTROYED


@given(st.lists(st.tuples(st.sampled_from(list(MediaAction)),
                          st.one_of(st.none(), st.integers(1, 5))), max_size=40))
def test_random_walks_keep_one_holder(steps: list[tuple[MediaAction, int | None]]) -> None:
    """Whatever is tried, a live item has one holder and a gone one none."""
    state: MediaState | None = None
    holder: int | None = None
    level: Classification | None = None
    for action, who in steps:
        try:
            move, level = plan_media_move(state, holder, level, action, holder=who,
                                          level=level or SE)
        except (TransitionNotAllowed, RuleViolation, ValidationError):
            continue
        state, holder = move.state, move.holder_id
        assert (holder is None) == state.is_terminal


# -- the level ----------------------------------------------------------------------------------
def test_a_level_is_never_lowered_and_says_why() -> None:
    with pytest.raises(RuleViolation) as info:
        check_level(SE, C)
    assert info.value.code == "media.level_lowered"
    assert "不能把密级从机密降为秘密" in info.value.message()
    assert "曾经存储过的最高密级" in info.value.message()
    assert "cannot go down" in info.value.message("en")
    assert check_level(C, T) is T and check_level(SE, None) is SE and check_level(None, C) is C


def test_only_state_secret_levels_and_a_level_to_start_with() -> None:
    with pytest.raises(ValidationError) as info:
        check_level(None, W)
    assert info.value.code == "media.level_not_secret"
    with pytest.raises(ValidationError):
        check_level(None, None)


def test_raising_must_raise() -> None:
    with pytest.raises(RuleViolation) as info:
        plan_media_move(S.IN_USE, 1, SE, A.RAISE_LEVEL, holder=1, level=SE)
    assert info.value.code == "media.level_not_raised"
    move, level = plan_media_move(S.IN_USE, 1, C, A.RAISE_LEVEL, holder=1, level=T)
    assert level is T and move.payload["level_before"] == "confidential"
    assert move.payload["level_after"] == "top_secret" and move.state is S.IN_USE


@given(st.lists(st.sampled_from([T, SE, C, W, None]), max_size=30))
def test_the_level_never_goes_down(asked: list[Classification | None]) -> None:
    """Any sequence of asked levels: what is held never goes down, a lower ask is refused."""
    held = check_level(None, C)
    for want in asked:
        try:
            after = check_level(held, want)
        except (RuleViolation, ValidationError) as exc:
            assert want is not None and (want.rank < held.rank or not want.is_state_secret)
            assert isinstance(exc, ValidationError) or exc.code == "media.level_lowered"
            continue
        assert after.rank >= held.rank
        held = after


def test_clearance_covers_the_level() -> None:
    assert may_hold(Clearance.CORE, T) and may_hold(Clearance.IMPORTANT, SE)
    assert not may_hold(Clearance.IMPORTANT, T) and not may_hold(Clearance.NONE, C)


# -- carriers and media share the machine mechanism, never its answers --------------------------
@pytest.mark.parametrize("media_first", [True, False])
def test_same_named_actions_of_the_two_machines_never_mix(media_first: bool) -> None:
    def both() -> None:
        carrier = plan_move(None, None, Action.REGISTER, holder=1)
        media, _ = plan_media_move(None, None, None, A.REGISTER, holder=1, level=SE)
        assert (carrier.kind, carrier.state) == ("carrier.register", CarrierState.IN_STORE)
        assert (media.kind, media.state) == ("media.register", S.IN_USE)

    if media_first:
        plan_media_move(None, None, None, A.REGISTER, holder=2, level=C)
    both()


# -- lending and repair -------------------------------------------------------------------------
def test_only_removable_media_are_lent() -> None:
    assert {t for t in MediaType if t.lendable} == {
        MediaType.USB, MediaType.PORTABLE_DISK, MediaType.DISC, MediaType.OTHER}
    assert not MediaType.LAPTOP.lendable and MediaType.LAPTOP.has_storage


def _plan(kind: MediaType = MediaType.COMPUTER, mode: RepairMode = RepairMode.ON_SITE,
          **kw: object) -> None:
    args: dict[str, object] = {"storage_removed": False, "escort": False,
                               "repairer_unit": "某某公司", "agreement": True}
    args.update(kw)
    check_repair_plan(kind, mode, **args)  # type: ignore[arg-type]


def test_an_outsider_without_removed_storage_and_escort_is_refused() -> None:
    with pytest.raises(RuleViolation) as info:
        _plan()
    assert info.value.code == "media.repair_unwatched" and "旁站陪同" in info.value.message()
    _plan(escort=True)
    _plan(storage_removed=True)
    _plan(mode=RepairMode.IN_HOUSE, repairer_unit="", agreement=False)  # own technicians


def test_nothing_leaves_with_its_storage() -> None:
    with pytest.raises(RuleViolation) as info:
        _plan(mode=RepairMode.SENT_OUT, escort=True)
    assert info.value.code == "media.repair_storage_leaves"
    _plan(mode=RepairMode.SENT_OUT, storage_removed=True)
    with pytest.raises(RuleViolation):  # a USB stick is its storage: it never leaves
        _plan(MediaType.USB, RepairMode.SENT_OUT, escort=True)
    with pytest.raises(ValidationError) as bad:
        _plan(MediaType.USB, storage_removed=True)
    assert bad.value.code == "media.storage_is_the_item"


def test_an_outsider_names_the_unit_and_signs_the_agreement() -> None:
    with pytest.raises(ValidationError) as unit:
        _plan(repairer_unit="", escort=True)
    assert unit.value.code == "media.repairer_required"
    with pytest.raises(RuleViolation) as agreement:
        _plan(agreement=False, escort=True)
    assert agreement.value.code == "media.repair_agreement"


# -- labels -------------------------------------------------------------------------------------
def test_label_ids_of_carriers_and_media_never_collide() -> None:
    media = {labels.new_label_id(labels.MEDIA_PREFIX) for _ in range(200)}
    carriers = {labels.new_label_id(labels.CARRIER_PREFIX) for _ in range(200)}
    assert not media & carriers
    assert all(labels.is_media_label(m) and labels.is_label_id(m) for m in media)
    assert not any(labels.is_media_label(c) for c in carriers)
    assert all(labels.is_label_id(c) for c in carriers)
    assert labels.is_media_label(" m0123456789a ") and not labels.is_media_label("M0123")
