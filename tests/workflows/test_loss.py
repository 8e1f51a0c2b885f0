"""遗失/泄密 (issue 7 §4): report, 24-hour deadline, found again; the report stays."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from secledger.domain.custody import LossKind
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.custody import loss
from secledger.store.models.events import Event

from .conftest import START, assert_verified
from .custody_helpers import move, register, state


def test_loss_and_found_again(office: Any) -> None:
    led, boss, clerk = office.led, office.leaders[0].id, office.clerk_person_id
    doc = register(led, "关于某工程的绝密报告", mark="绝密★长期", copies=2)
    a, b = (c.id for c in doc.carriers)
    move(led, a, Action.ISSUE_TO, boss)
    discovered = START - timedelta(hours=2)
    rep = loss.report_loss(led, loss.LossInput(
        carrier_ids=(a, b), discovered_at=discovered, reporter_id=boss, kind=LossKind.LEAK,
        circumstances="出差途中公文包遗失", measures="已报警并组织查找"))
    assert rep.reg_no == "失2026-00001" and rep.kind_label == "泄密"
    assert rep.level_label == "绝密" and rep.status_label == "未找回"
    assert rep.deadline_at - rep.discovered_at == timedelta(hours=24)
    assert [i.item.holder_name for i in rep.items] == ["张局长", "李机要"]
    assert [i.item.state_label for i in rep.items] == ["领用", "在库"]
    assert state(led, a) == ("lost", boss) and state(led, b) == ("lost", clerk)
    assert not rep.overdue(START)
    assert rep.overdue(START + timedelta(hours=23))
    with pytest.raises(RuleViolation) as exc:
        loss.report_loss(led, loss.LossInput(carrier_ids=(a,), discovered_at=START,
                                             reporter_id=boss, circumstances="再报"))
    assert exc.value.code == "loss.already_lost"
    assert_verified(led)

    up = loss.mark_reported_upstream(led, report_id=rep.id, reported_at=START,
                                     reference="市保密局报〔2026〕3号")
    assert up.reported_upstream_at is not None and not up.overdue(START + timedelta(days=3))

    office.clock.set(START + timedelta(days=1))
    back = loss.record_found(led, report_id=rep.id, carrier_id=a, found_at=office.clock.t,
                             note="在会议室找回，封存完好", location="机要室")
    assert back.status_label == "部分找回" and state(led, a) == ("in_store", clerk)
    with pytest.raises(RuleViolation):
        loss.record_found(led, report_id=rep.id, carrier_id=a, found_at=office.clock.t)
    done = loss.record_found(led, report_id=rep.id, carrier_id=b, found_at=office.clock.t)
    assert done.status_label == "已找回" and done.circumstances == "出差途中公文包遗失"
    assert [r.reg_no for r in loss.reports_for_carrier(led, a)] == ["失2026-00001"]
    assert loss.list_reports(led, open_only=True) == []
    with led.db.read() as s:
        kinds = [e for (e,) in s.execute(select(Event.kind).where(Event.carrier_id == a)
                                         .order_by(Event.id))]
    assert kinds[-2:] == ["carrier.report_lost", "carrier.found"]
    assert_verified(led)


def test_loss_input_is_checked(office: Any) -> None:
    led = office.led
    doc = register(led, "文件")
    cid = doc.carriers[0].id
    bad = [
        ({"carrier_ids": ()}, "loss.no_carriers"),
        ({"circumstances": " "}, "doc.unit_empty"),
        ({"discovered_at": START + timedelta(hours=1)}, "doc.future_date"),
    ]
    for change, code in bad:
        kw: dict[str, Any] = {"carrier_ids": (cid,), "discovered_at": START,
                              "reporter_id": office.clerk_person_id, "circumstances": "丢失"}
        kw.update(change)
        with pytest.raises(ValidationError) as exc:
            loss.report_loss(led, loss.LossInput(**kw))
        assert exc.value.code == code
    assert state(led, cid)[0] == "in_store"
