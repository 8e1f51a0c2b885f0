"""A small ledger whose year-end figures are known exactly (two years, every flow, a local
month boundary, a late loss, a circulation back late), shared by the statistics, evidence,
report and pane tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from secledger.domain.enums import CarrierType, DispatchChannel, Register
from secledger.domain.marks import parse_mark
from secledger.domain.states import Action
from secledger.services.custody import circulation, loss
from secledger.services.registration.dispatch import dispatch_carriers
from secledger.services.registration.register import DocumentInput, register_document

from .custody_helpers import move, register


def at(y: int, m: int, d: int, hh: int = 1, mm: int = 0, ss: int = 0) -> datetime:
    """A UTC moment (01:00 UTC is 09:00 in Beijing)."""
    return datetime(y, m, d, hh, mm, ss, tzinfo=UTC)


@dataclass
class Year:
    """The documents of the constructed ledger."""

    a: Any  # receipt, 机密, 2 copies, 2025-12-20: one destroyed, one returned in 2026
    b: Any  # receipt, 秘密, 2025-12-31 23:59:59 Beijing: declassified in September 2026
    c: Any  # receipt, 秘密, 2026-01-01 00:00 Beijing: lost in July, found in August
    d: Any  # production, 机密, 3 USB copies, March 2026: one dispatched, one circulated
    loss_id: int


def build(o: Any) -> Year:
    led, clock = o.led, o.clock
    clock.set(at(2025, 12, 20))
    a = register(led, "关于年终保密检查的通知", copies=2, doc_no="省保〔2025〕40号")
    clock.set(at(2025, 12, 31, 15, 59, 59))
    b = register(led, "关于岁末值班安排的通知", mark="秘密★5年", doc_no="省保〔2025〕41号")
    clock.set(at(2025, 12, 31, 16, 0, 0))
    c = register(led, "关于新年保密提醒的函", mark="秘密★5年", unit="市委办公室",
                 doc_no="市委办〔2026〕1号")
    clock.set(at(2026, 3, 10))
    d = register_document(led, DocumentInput(
        register=Register.PRODUCTION, title="关于本单位涉密载体管理的报告",
        mark=parse_mark("机密★10年"), copy_nos=(1, 2, 3), unit="省政府办公厅",
        doc_no="某保〔2026〕5号", carrier_type=CarrierType.USB,
        serial_nos=("U1", "U2", "U3"), drafting_department_id=o.dept.id,
        issued_on=date(2026, 3, 10)))
    clock.set(at(2026, 4, 2))
    dispatch_carriers(led, carrier_ids=[d.carriers[1].id], unit="省政府办公厅",
                      channel=DispatchChannel.CONFIDENTIAL_COURIER)
    clock.set(at(2026, 5, 5))
    move(led, a.carriers[0].id, Action.DESTROY)
    clock.set(at(2026, 6, 1))
    move(led, a.carriers[1].id, Action.RETURN_TO_ISSUER)
    clock.set(at(2026, 7, 1))
    rep = loss.report_loss(led, loss.LossInput(
        carrier_ids=(c.carriers[0].id,), discovered_at=clock.t, reporter_id=o.clerk_person_id,
        circumstances="清点时未找到"))
    clock.set(at(2026, 7, 3))
    loss.mark_reported_upstream(led, report_id=rep.id, reported_at=clock.t, reference="报〔1〕")
    clock.set(at(2026, 8, 1))
    loss.record_found(led, report_id=rep.id, carrier_id=c.carriers[0].id, found_at=clock.t)
    clock.set(at(2026, 9, 1))
    move(led, b.carriers[0].id, Action.DECLASSIFY)
    clock.set(at(2026, 10, 1))
    circulation.send(led, reader_id=o.leaders[0].id, carrier_id=d.carriers[0].id)
    clock.set(at(2026, 10, 5))
    circulation.return_carrier(led, carrier_id=d.carriers[0].id)
    clock.set(at(2026, 11, 24))
    return Year(a, b, c, d, rep.id)


def later(o: Any, days: int) -> None:
    o.clock.set(o.clock.t + timedelta(days=days))
