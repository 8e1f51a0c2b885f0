"""涉密人员等级 against 密级, and 知悉范围."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secledger.domain.access import NeedToKnow, check_access, may_see_level
from secledger.domain.enums import Classification as C
from secledger.domain.enums import Clearance as K
from secledger.domain.errors import DomainError, RuleViolation

# Explicit table: clearance -> the levels it may know.
MAY_SEE: dict[K, set[C]] = {
    K.CORE: {C.TOP_SECRET, C.SECRET, C.CONFIDENTIAL, C.WORK_SECRET},
    K.IMPORTANT: {C.SECRET, C.CONFIDENTIAL, C.WORK_SECRET},
    K.GENERAL: {C.CONFIDENTIAL, C.WORK_SECRET},
    K.NONE: {C.WORK_SECRET},
}


def assert_renders(err: DomainError) -> None:
    for lang in ("zh_CN", "en"):
        text = err.message(lang)
        assert text and "{" not in text and "}" not in text, (err.code, lang, text)


@pytest.mark.parametrize("clearance", list(K))
@pytest.mark.parametrize("level", list(C))
def test_may_see_level_table(clearance: K, level: C) -> None:
    assert may_see_level(clearance, level) is (level in MAY_SEE[clearance])


def test_table_covers_every_clearance() -> None:
    assert set(MAY_SEE) == set(K)


@pytest.mark.parametrize("clearance", list(K))
@pytest.mark.parametrize("level", list(C))
def test_check_access_clearance(clearance: K, level: C) -> None:
    kwargs = {
        "person_name": "张三",
        "person_id": 7,
        "department_id": 2,
        "clearance": clearance,
        "level": level,
        "need_to_know": NeedToKnow.everyone(),
    }
    if level in MAY_SEE[clearance]:
        check_access(**kwargs)  # type: ignore[arg-type]
        return
    with pytest.raises(RuleViolation) as info:
        check_access(**kwargs)  # type: ignore[arg-type]
    err = info.value
    assert err.code == "access.clearance"
    assert err.params["person"] == "张三"
    assert err.params["clearance"] == clearance.label
    assert err.params["level"] == level.label
    assert_renders(err)


def test_clearance_message_text() -> None:
    with pytest.raises(RuleViolation) as info:
        check_access(
            person_name="李四",
            person_id=1,
            department_id=None,
            clearance=K.GENERAL,
            level=C.TOP_SECRET,
            need_to_know=NeedToKnow.everyone(),
        )
    assert info.value.message().startswith("李四的涉密等级为“一般”，不能知悉绝密级载体")


def _check(ntk: NeedToKnow, person_id: int, department_id: int | None) -> None:
    check_access(
        person_name="王五",
        person_id=person_id,
        department_id=department_id,
        clearance=K.CORE,
        level=C.TOP_SECRET,
        need_to_know=ntk,
    )


@pytest.mark.parametrize(
    ("ntk", "person_id", "department_id", "allowed"),
    [
        (NeedToKnow.everyone(), 1, None, True),
        (NeedToKnow.of(persons=[1, 2]), 1, None, True),
        (NeedToKnow.of(persons=[1, 2]), 3, None, False),
        (NeedToKnow.of(persons=[1, 2]), 3, 9, False),
        (NeedToKnow.of(departments=[9]), 3, 9, True),
        (NeedToKnow.of(departments=[9]), 3, 8, False),
        (NeedToKnow.of(departments=[9]), 3, None, False),
        (NeedToKnow.of(persons=[3], departments=[9]), 3, 8, True),
        (NeedToKnow(), 1, 1, False),
        (NeedToKnow.of(note="本单位处级以上领导"), 1, 1, False),
    ],
)
def test_need_to_know(
    ntk: NeedToKnow, person_id: int, department_id: int | None, allowed: bool
) -> None:
    assert ntk.includes(person_id, department_id) is allowed
    if allowed:
        _check(ntk, person_id, department_id)
        return
    with pytest.raises(RuleViolation) as info:
        _check(ntk, person_id, department_id)
    assert info.value.code == "access.need_to_know"
    assert info.value.params["person"] == "王五"
    assert_renders(info.value)


def test_clearance_is_checked_before_need_to_know() -> None:
    with pytest.raises(RuleViolation) as info:
        check_access(
            person_name="赵六",
            person_id=1,
            department_id=None,
            clearance=K.NONE,
            level=C.SECRET,
            need_to_know=NeedToKnow(),
        )
    assert info.value.code == "access.clearance"


def test_work_secret_still_needs_need_to_know() -> None:
    with pytest.raises(RuleViolation) as info:
        check_access(
            person_name="赵六",
            person_id=1,
            department_id=None,
            clearance=K.NONE,
            level=C.WORK_SECRET,
            need_to_know=NeedToKnow.of(persons=[2]),
        )
    assert info.value.code == "access.need_to_know"


def test_need_to_know_value_object() -> None:
    a = NeedToKnow.of(persons=[2, 1, 2], departments=[5], note="x")
    assert a.person_ids == frozenset({1, 2})
    assert a == NeedToKnow(False, frozenset({1, 2}), frozenset({5}), "x")
    assert hash(a) == hash(NeedToKnow(False, frozenset({2, 1}), frozenset({5}), "x"))
    assert NeedToKnow().is_empty
    assert NeedToKnow.of(note="只有说明").is_empty
    assert not NeedToKnow.everyone().is_empty
    with pytest.raises(AttributeError):
        a.note = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        NeedToKnow.of(persons=["1"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        NeedToKnow.of(departments=[True])


def test_need_to_know_dict() -> None:
    a = NeedToKnow.of(persons=[3, 1], departments=[2], note="另：分管领导")
    data = a.to_dict()
    assert data == {
        "unrestricted": False,
        "person_ids": [1, 3],
        "department_ids": [2],
        "note": "另：分管领导",
    }
    assert NeedToKnow.from_dict(json.loads(json.dumps(data))) == a
    assert NeedToKnow.from_dict({}) == NeedToKnow()


def test_describe() -> None:
    assert NeedToKnow.everyone().describe() == "不限"
    assert NeedToKnow().describe() == "未指定"
    a = NeedToKnow.of(persons=[2, 1], departments=[5], note="分管领导")
    assert a.describe({1: "张三", 2: "李四"}, {5: "办公室"}) == "办公室；张三、李四（分管领导）"
    assert a.describe() == "部门#5；人员#1、人员#2（分管领导）"


@given(
    st.booleans(),
    st.frozensets(st.integers(1, 10**9)),
    st.frozensets(st.integers(1, 10**9)),
    st.text(),
)
def test_dict_round_trip(
    unrestricted: bool, persons: frozenset[int], depts: frozenset[int], note: str
) -> None:
    a = NeedToKnow(unrestricted, persons, depts, note)
    assert NeedToKnow.from_dict(json.loads(json.dumps(a.to_dict()))) == a
