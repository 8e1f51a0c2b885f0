"""清查盘点 (issue 7 §3): a cabinet's year-end stocktake with found, missing, unexpected
and wrong-holder/location items; a missing item becomes a loss report in one step."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from secledger.domain import custody as rules
from secledger.domain.enums import Classification
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.custody import stocktake as stk
from secledger.store.models.events import Event

from .conftest import assert_verified
from .custody_helpers import move, register, state

CAB = "档案柜A"


def _cabinet(office: Any) -> dict[str, Any]:
    """Six archived carriers in 档案柜A, one in 档案柜B, one destroyed from 档案柜A."""
    led, clerk = office.led, office.clerk_person_id
    doc = register(led, "2026年度档案", copies=6)
    other = register(led, "柜B的文件")
    gone = register(led, "已销毁的文件", mark="秘密")
    for c in doc.carriers:
        move(led, c.id, Action.ARCHIVE, clerk, location=CAB)
    move(led, other.carriers[0].id, Action.ARCHIVE, clerk, location="档案柜B")
    move(led, gone.carriers[0].id, Action.ARCHIVE, clerk, location=CAB)
    move(led, gone.carriers[0].id, Action.DESTROY)
    return {"c": doc.carriers, "elsewhere": other.carriers[0], "destroyed": gone.carriers[0]}


def test_cabinet_stocktake(office: Any) -> None:
    led = office.led
    items = _cabinet(office)
    c = items["c"]
    session = stk.start_stocktake(led, scope=stk.Scope(location=CAB),
                                  checkers=["李机要", "赵科员"], leader="张局长")
    assert session.reg_no == "盘2026-00001" and session.scope_label == "存放位置：档案柜A"
    assert session.counts == stk.Counts(expected=6, found=0, remaining=6, unexpected=0)
    late = register(led, "盘点开始后归档的文件")  # the expected list is frozen
    move(led, late.carriers[0].id, Action.ARCHIVE, office.clerk_person_id, location=CAB)

    def scan(label: str, **kw: Any) -> stk.ScanResult:
        return stk.scan(led, session.id, label, **kw)

    assert scan(c[0].label_id).status == "found"
    again = scan(c[0].label_id.lower())  # scanning twice is harmless
    assert again.status == "again" and again.counts.found == 1
    assert stk.tick(led, session.id, c[1].id).status == "found"
    assert scan(c[2].label_id, holder_id=office.leaders[0].id).status == "mismatch"
    assert scan(c[3].label_id, location="档案柜C").status == "mismatch"
    assert scan(items["elsewhere"].label_id).status == "unexpected"
    r = scan(items["destroyed"].label_id)
    assert r.status == "unexpected" and r.item is not None and r.item.state_label == "已销毁"
    assert scan(late.carriers[0].label_id).status == "unexpected"
    assert scan("CZZZZZZZZZZZ").status == "unknown"
    assert r.counts.found == 4 and r.counts.remaining == 2
    assert stk.counts(led, session.id) == stk.Counts(6, 4, 2, 4)
    checklist = stk.expected_items(led, session.id)
    assert [done for _, done in checklist] == [True, True, True, True, False, False]

    res = stk.finish_stocktake(led, session.id)
    assert res.stocktake.status_label == "已完成"
    assert [i.carrier_id for i in res.found] == [c[0].id, c[1].id]
    assert [i.carrier_id for i in res.missing] == [c[4].id, c[5].id]
    assert [(m.item.carrier_id, m.wrong_holder, m.wrong_location, m.holder_seen,
             m.location_seen) for m in res.misplaced] == [
        (c[2].id, True, False, "张局长", CAB), (c[3].id, False, True, "", "档案柜C")]
    unexpected = {u.label_id: u.item for u in res.unexpected}
    assert unexpected["CZZZZZZZZZZZ"] is None
    assert unexpected[items["elsewhere"].label_id].location == "档案柜B"
    assert unexpected[items["destroyed"].label_id].state == "destroyed"
    assert len(res.expected) == 6
    with pytest.raises(RuleViolation) as exc:
        scan(c[4].label_id)
    assert exc.value.code == "stocktake.closed"
    with led.db.read() as s:
        payload = s.execute(select(Event.payload).where(
            Event.kind == "stocktake.finished")).scalar_one()
    assert '"missing":2' in payload and '"unexpected":4' in payload
    assert_verified(led)

    with pytest.raises(RuleViolation) as exc:
        stk.report_missing_as_lost(led, session.id, carrier_ids=[c[0].id],
                                   reporter_id=office.clerk_person_id, circumstances="x")
    assert exc.value.code == "stocktake.not_missing"
    report = stk.report_missing_as_lost(
        led, session.id, carrier_ids=[c[4].id], reporter_id=office.clerk_person_id,
        circumstances="年度清查时档案柜A中未见该载体", measures="已封存档案柜，正在查找")
    assert report.stocktake_id == session.id and report.level_label == "机密"
    assert state(led, c[4].id)[0] == "lost"
    assert [x.reg_no for x in stk.list_stocktakes(led)] == ["盘2026-00001"]
    assert stk.result(led, session.id).missing == res.missing  # stays in the history
    assert_verified(led)


def test_scopes_holder_and_level(office: Any) -> None:
    led, boss = office.led, office.leaders[0].id
    a = register(led, "领导阅存件", copies=2)
    b = register(led, "绝密件", mark="绝密★长期")
    for x in a.carriers:
        move(led, x.id, Action.ISSUE_TO, boss)
    two = ["李机要", "赵科员"]
    by_holder = stk.start_stocktake(led, scope=stk.Scope(holder_id=boss), checkers=two)
    assert by_holder.counts.expected == 2 and by_holder.scope_label == "保管人：张局长"
    by_level = stk.start_stocktake(led, scope=stk.Scope(level=Classification.TOP_SECRET),
                                   checkers=two)
    assert by_level.counts.expected == 1 and by_level.scope_label == "密级：绝密"
    whole = stk.start_stocktake(led, checkers=two)
    assert whole.counts.expected == 3 and whole.scope_label == "全部台账"
    # in a holder-scoped session the holder is the observed one unless told otherwise
    assert stk.scan(led, by_holder.id, a.carriers[0].label_id).status == "found"
    assert stk.scan(led, whole.id, b.carriers[0].label_id,
                    holder_id=boss).status == "mismatch"
    cancelled = stk.cancel_stocktake(led, by_level.id, reason="范围选错")
    assert cancelled.status_label == "已作废"
    assert_verified(led)


ids = st.integers(min_value=1, max_value=30)


@given(st.sets(ids), st.lists(st.one_of(ids, st.none())))
def test_compare_partitions_the_expected_list(expected: set[int], seen: list[int | None]) -> None:
    exp = [rules.Expected(i, 1, "A") for i in expected]
    scans = [rules.Seen(f"L{i}", i, "A" if (i or 0) % 3 else "B", 1) for i in seen]
    out = rules.compare(exp, scans)
    mis = {m.carrier_id for m in out.mismatched}
    assert set(out.found) | set(out.missing) | mis == expected
    assert len(out.found) + len(out.missing) + len(mis) == len(expected)
    assert {u.carrier_id for u in out.unexpected} <= {*seen} - expected


def test_a_cabinet_includes_its_shelves_and_boxes(office: Any) -> None:
    led, clerk = office.led, office.clerk_person_id
    doc = register(led, "C柜文件", copies=3)
    move(led, doc.carriers[0].id, Action.ARCHIVE, clerk, location="档案室C柜/2层05盒")
    move(led, doc.carriers[1].id, Action.ARCHIVE, clerk, location="档案室C柜")
    move(led, doc.carriers[2].id, Action.ARCHIVE, clerk, location="档案室C柜甲")  # another one
    assert stk.scope_size(led, stk.Scope(location="档案室C柜 /")) == 2
    assert "档案室C柜" in stk.known_locations(led)
    two = ["李机要", "赵科员"]
    with pytest.raises(ValidationError) as info:  # FORMS.md: 盘点人 (≥2)
        stk.start_stocktake(led, scope=stk.Scope(location="档案室C柜"), checkers=["李机要"])
    assert info.value.code == "stocktake.two_checkers" and info.value.field == "checkers"
    with pytest.raises(ValidationError):  # the same name twice is one checker
        stk.start_stocktake(led, scope=stk.Scope(location="档案室C柜"), checkers=["李机要"] * 2)
    with pytest.raises(RuleViolation) as empty:
        stk.start_stocktake(led, scope=stk.Scope(location="档案室X柜"), checkers=two)
    assert empty.value.code == "stocktake.empty_scope" and "档案室C柜" in empty.value.message()
    assert "档案室X柜" in empty.value.message("en")
    assert stk.list_stocktakes(led) == []  # no number spent on a refused start
    session = stk.start_stocktake(led, scope=stk.Scope(location="档案室C柜"), checkers=two)
    assert session.counts.expected == 2
    assert stk.scan(led, session.id, doc.carriers[0].label_id).status == "found"
    assert stk.scan(led, session.id, doc.carriers[1].label_id,
                    location="档案室C柜/1层01盒").status == "mismatch"  # a wrong box is noted
    res = stk.finish_stocktake(led, session.id)
    assert not res.unexpected and len(res.found) == 1 and len(res.misplaced) == 1
    assert_verified(led)
