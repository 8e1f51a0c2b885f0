"""清退 (issue 7 §2): the year-end recall of documents issued for personal reading."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.carriers.transition import get_carrier
from secledger.services.custody import recall
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier

from .conftest import assert_verified
from .custody_helpers import move, register

LAST_YEAR = datetime(2025, 3, 2, 2, 0, tzinfo=UTC)


def test_year_end_recall_of_personal_reading_documents(office: Any) -> None:
    led, boss, clerk = office.led, office.leaders[0].id, office.clerk_person_id
    read = register(led, "2025年度工作要点", copies=2, recall_required=True,
                           received_at=LAST_YEAR, unit="省委办公厅")
    shelf = register(led, "2025年统计资料", recall_required=True, received_at=LAST_YEAR,
                            unit="省委办公厅")
    keep = register(led, "2025年会议纪要", received_at=LAST_YEAR, unit="省委办公厅")
    this_year = register(led, "2026年工作要点", recall_required=True, unit="省委办公厅")
    for c in read.carriers:
        move(led, c.id, Action.ISSUE_TO, boss)  # 个人阅存
    move(led, keep.carriers[0].id, Action.ISSUE_TO, boss)

    year_end = recall.recall_list(led, year=2025, personal_reading=True)
    assert [i.carrier_id for i in year_end] == [c.id for c in read.carriers]
    assert {i.holder_name for i in year_end} == {"张局长"}
    by_issuer = recall.recall_list(led, issuer="省委办公厅", year=2025)
    assert len(by_issuer) == 3  # the shelf copy too, not the unmarked minutes
    assert len(recall.recall_list(led, issuer="省委办公厅")) == 4
    assert recall.recall_issuers(led) == [("省委办公厅", 4)]
    with led.db.read() as s:
        assert recall.must_recall(s, get_carrier(s, read.carriers[0].id))
        assert not recall.must_recall(s, get_carrier(s, keep.carriers[0].id))

    inp = recall.ReturnInput(carrier_ids=tuple(i.carrier_id for i in year_end),
                             unit="省委办公厅", receipt_no="回执2026-031",
                             returned_on=date(2026, 11, 24), unit_handler="孙秘书")
    with pytest.raises(RuleViolation) as exc:  # still with the leader: take back first
        recall.record_return(led, inp)
    assert exc.value.code == "recall.not_in_custody" and "张局长" in exc.value.message()
    for c in read.carriers:
        move(led, c.id, Action.TAKE_BACK, clerk)
    done = recall.record_return(led, inp)
    assert done.reg_no == "退2026-00001" and done.returned_by == "李机要"
    assert [i.state for i in done.items] == ["returned_to_issuer"] * 2
    assert [(lc.label, lc.count) for lc in done.by_level] == [("机密", 2)]
    with led.db.read() as s:
        for c in read.carriers:
            row = s.get(Carrier, c.id)
            assert (row.state, row.holder_id) == ("returned_to_issuer", None)
            assert not recall.must_recall(s, row)
        ev = s.execute(select(Event).where(Event.kind == "carrier.return_to_issuer")).scalars()
        assert all("回执2026-031" in e.payload for e in ev)
    assert recall.recall_list(led, year=2025, personal_reading=True) == []
    assert [i.carrier_id for i in recall.recall_list(led, year=2025)] == [shelf.carriers[0].id]
    assert this_year.carriers[0].id in {i.carrier_id for i in recall.recall_list(led)}
    assert [r.reg_no for r in recall.list_returns(led)] == ["退2026-00001"]
    with pytest.raises(RuleViolation):  # terminal: cannot go back twice
        recall.record_return(led, inp)
    assert_verified(led)


def test_recall_request_marks_documents(office: Any) -> None:
    led = office.led
    a = register(led, "省委文件甲", unit="省委办公厅")
    b = register(led, "省委文件乙", unit="省委办公厅")
    assert recall.recall_list(led) == []
    req = recall.record_request(led, issuer="省委办公厅", received_on=date(2026, 11, 20),
                                reference="省委办函〔2026〕88号", document_ids=[a.id, b.id],
                                due_on=date(2026, 12, 10))
    assert req.document_ids == (a.id, b.id)
    rows = recall.recall_list(led, request_id=req.id)
    assert {i.document_id for i in rows} == {a.id, b.id} and all(i.recall_required for i in rows)
    with led.db.read() as s:
        kinds = [e.kind for e in s.execute(select(Event).order_by(Event.id)).scalars()]
    assert kinds.count("document.recall_required") == 2 and "recall.requested" in kinds
    with pytest.raises(ValidationError):
        recall.record_request(led, issuer="省委办公厅", received_on=date(2026, 11, 20),
                              document_ids=[])
    ret = recall.record_return(led, recall.ReturnInput(
        carrier_ids=(a.carriers[0].id,), unit="省委办公厅", receipt_no="R-1",
        returned_on=date(2026, 11, 25), request_id=req.id))
    assert ret.request_id == req.id and len(recall.recall_list(led, request_id=req.id)) == 1
    assert_verified(led)


def test_a_batch_returns_what_can_go_back_and_lists_the_rest(office: Any) -> None:
    """One carrier out on 领用 does not block the batch: the rest go back, it is listed."""
    led, boss = office.led, office.leaders[0].id
    doc = register(led, "年终清退文件", copies=5, recall_required=True, unit="省委办公厅")
    out = doc.carriers[2].id
    move(led, out, Action.ISSUE_TO, boss)
    ids = tuple(c.id for c in doc.carriers)
    done = recall.record_return(led, recall.ReturnInput(
        carrier_ids=ids, unit="省委办公厅", receipt_no="回执-71", returned_on=date(2026, 11, 24)))
    assert [i.carrier_id for i in done.items] == [i for i in ids if i != out]
    assert [x.item.carrier_id for x in done.left_out] == [out]
    why = done.left_out[0]
    assert "张局长" in why.why and "领用" in why.why and "000003" in why.why
    assert "张局长" in why.why_in("en") and "issued to a holder" in why.why_in("en")
    assert recall.get_return(led, done.id).left_out == ()  # the record is what went back
    assert [i.carrier_id for i in recall.recall_list(led, issuer="省委办公厅")] == [out]
    with pytest.raises(RuleViolation) as exc:  # nothing left that can go back: refused
        recall.record_return(led, recall.ReturnInput(
            carrier_ids=(out,), unit="省委办公厅", receipt_no="回执-72",
            returned_on=date(2026, 11, 24)))
    assert exc.value.code == "recall.not_in_custody"
    assert_verified(led)
