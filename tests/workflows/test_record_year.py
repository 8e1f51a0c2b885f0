"""Handover, recall, loss and stocktake records are numbered in the local calendar year, like
the registers: at 01:00 on 1 January in Beijing (still 31 December in UTC) they start the
new year's numbers (found while fuzzing the services: they used the UTC year)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from secledger.domain.custody import HandoverReason
from secledger.services.custody import handover, loss, recall, stocktake

from .conftest import assert_verified
from .custody_helpers import register

NEW_YEAR_NIGHT = datetime(2026, 12, 31, 17, 0, tzinfo=UTC)  # 2027-01-01 01:00 in Beijing


def test_records_take_the_local_year(office: Any) -> None:
    o = office
    doc = register(o.led, "跨年登记的文件", copies=2)
    o.clock.set(NEW_YEAR_NIGHT)
    a, b = (x.id for x in doc.carriers)
    h = handover.confirm_handover(o.led, giver_id=o.clerk_person_id,
                                  receiver_id=o.leaders[1].id, witness_id=o.leaders[2].id,
                                  reason=HandoverReason.REGISTRY)
    assert h.reg_no == "移2027-00001"
    st = stocktake.start_stocktake(o.led, checkers=["李机要", "赵科员"])
    assert st.reg_no == "盘2027-00001"
    rep = loss.report_loss(o.led, loss.LossInput(
        carrier_ids=(a,), discovered_at=NEW_YEAR_NIGHT, reporter_id=o.clerk_person_id,
        circumstances="清点时未找到"))
    assert rep.reg_no == "失2027-00001"
    back = recall.record_return(o.led, recall.ReturnInput(
        carrier_ids=(b,), unit="省保密局", receipt_no="回执01", returned_on=date(2027, 1, 1)))
    assert back.reg_no == "退2027-00001"
    assert register(o.led, "新年第一份文件").reg_no.startswith("收2027-")
    assert_verified(o.led)
