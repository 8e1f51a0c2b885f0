"""Year-end evidence of 携带外出 (6.11, 10.2): the period's carry-outs counted, a carrier out
past its day listed at the cut, one lost while out listed as major, foreign-affairs
carry-outs counted and a 绝密 one among them (possible only from history the rules did not
guard) listed as major."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from secledger.domain.selfinspection import Result
from secledger.domain.yearend import Period
from secledger.services.custody import carry_out, loss
from secledger.services.yearend import evidence
from secledger.store.models.carry_out import CarryOut

from .test_carry_out import TODAY, _approve, _inp


def _out(office: Any, title: str, copies: int = 1, **kw: Any) -> tuple[Any, list[int]]:
    doc = office.register(title, copies=copies)
    ids = [c.id for c in doc.carriers]
    req = carry_out.request_carry_out(office.led, _inp(office, ids, **kw))
    _approve(office, req.approval.id)
    carry_out.issue_carry_out(office.led, carry_out_id=req.id)
    return req, ids


def test_carry_outs_counted_overdue_and_lost_listed(office: Any) -> None:
    year = Period.of_year(2026)
    empty = evidence.gather(office.led, year, items=("6.11", "10.2"))
    assert empty["6.11"].proposed is Result.NOT_APPLICABLE
    assert empty["10.2"].proposed is Result.NOT_APPLICABLE

    _, back_ids = _out(office, "关于项目评审的材料")
    carry_out.carry_back(office.led, carrier_id=back_ids[0])
    late, _ = _out(office, "关于年度计划的汇报", back_on=TODAY + timedelta(days=1))
    lost, lost_ids = _out(office, "关于重点工程的说明", copies=2, foreign_affairs=True)
    loss.report_loss(office.led, loss.LossInput(
        carrier_ids=(lost_ids[0],), discovered_at=office.clock.t,
        reporter_id=office.leaders[1].id, circumstances="返程途中遗失"))
    office.clock.set(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))

    found = evidence.gather(office.led, year, items=("6.11", "10.2"))
    e = found["6.11"]
    assert dict(e.counts) == {"carry_outs": 3, "carried_out": 4}
    assert dict(e.totals) == {"carry_out_overdue": 2, "carry_out_lost": 1}
    assert e.proposed is Result.FAILS  # a loss is major
    overdue_refs = {f.ref.split()[0] for f in e.findings if f.kind == "carry_out_overdue"}
    assert overdue_refs == {late.reg_no, lost.reg_no}  # the lost copy is not also overdue
    assert [f.ref.split()[0] for f in e.findings if f.kind == "carry_out_lost"] == [lost.reg_no]
    foreign = found["10.2"]
    assert dict(foreign.counts) == {"carry_outs_foreign": 1}
    assert foreign.proposed is Result.CONFORMS and not foreign.findings


def test_a_top_secret_carry_out_to_foreign_affairs_is_major(office: Any) -> None:
    """The service refuses it; a record from before that rule still counts against the year."""
    req, _ = _out(office, "关于对外合作项目的请示")
    with office.led.db.write() as s:  # history recorded before the rule, as an import might
        s.execute(update(CarryOut).where(CarryOut.id == req.id).values(abroad=True))
        from secledger.store.models.registry import Document
        s.execute(update(Document).values(level="top_secret"))
    found = evidence.gather(office.led, Period.of_year(2026), items=("10.2",))["10.2"]
    assert dict(found.totals) == {"top_secret_abroad": 1}
    assert found.proposed is Result.FAILS
