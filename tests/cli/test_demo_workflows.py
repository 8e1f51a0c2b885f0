"""The demo ledger shows every workflow: bulk history with the rows the services write
(dispatches, distributions, 领用, 清退) and a scripted last week through the real services."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from secledger.demo.build import DEMO_PASSWORD, DemoSummary, build_demo, last_day
from secledger.domain.enums import Register
from secledger.services.approvals import requests as approvals
from secledger.services.audit.verify import verify
from secledger.services.custody import (
    carry_out_read,
    circulation,
    distribution,
    handover,
    loans,
    loss,
    overdue,
    recall,
    retention,
    stocktake,
)
from secledger.services.disposal import copying_read, destruction_read
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.services.registration import dispatch, registers
from secledger.store.keyslots import TEST_KDF

N = 300


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return build_demo(tmp_path_factory.mktemp("wf") / "ledger", documents=N, kdf=TEST_KDF)


def _evening() -> datetime:
    """18:00 in Beijing on the demo's last day (the week's overdue items are overdue)."""
    return datetime.combine(last_day(), datetime.min.time(), UTC) + timedelta(hours=10)


def _open(demo: DemoSummary, user: str = "demo") -> Ledger:
    return open_ledger(demo.path, username=user, password=DEMO_PASSWORD, clock=_evening)


@pytest.fixture(scope="module")
def led(demo: DemoSummary) -> Iterator[Ledger]:
    with _open(demo) as ledger:
        yield ledger


def _sql(led: Ledger, sql: str) -> list[Any]:
    with led.db.read() as s:
        return list(s.execute(text(sql)).all())


def test_verify_passes(led: Ledger) -> None:
    report = verify(led)
    assert report.ok, report.first


def test_every_workflow_pane_has_rows(led: Ledger) -> None:
    assert circulation.out_now(led)
    assert circulation.current_plan(led, circulation.out_now(led)[0].carrier.carrier_id) or \
        any(circulation.current_plan(led, leg.carrier.carrier_id) for leg in circulation.out_now(led))
    assert retention.retentions(led, open_only=True)
    statuses = {loan.status for loan in loans.list_loans(led)}
    assert {"requested", "issued"} <= statuses
    assert approvals.queue(led)  # the archivist's request waits for demo
    copies = {r.status for r in copying_read.list_requests(led)}
    assert {"pending", "executed"} <= copies, copies
    manifests = {m.status for m in destruction_read.list_manifests(led)}
    assert {"draft", "approved", "executed"} <= manifests, manifests
    assert handover.list_handovers(led)
    assert any(st.status == "open" and st.counts.found for st in stocktake.list_stocktakes(led))
    reports = loss.list_reports(led)
    assert reports and any(i.found_at is not None for r in reports for i in r.items)
    assert any(m.item.media_type == "usb" and m.found_at is None for r in reports for m in r.media)
    assert recall.list_requests(led)
    assert recall.list_returns(led)  # bulk 清退 have their return records
    assert distribution.outstanding(led)
    assert dispatch.list_dispatches(led)
    carried = {c.status for c in carry_out_read.list_carry_outs(led)}
    assert {"requested", "out", "returned"} <= carried, carried


def test_leader_sees_what_demo_asked_for(led: Ledger) -> None:
    led.lock_session()
    led.unlock_session("leader", DEMO_PASSWORD)
    try:
        kinds = {a.subject_kind for a in approvals.queue(led)}
    finally:
        led.lock_session()
        led.unlock_session("demo", DEMO_PASSWORD)
    assert {"loan", "copy"} <= kinds


def test_demo_may_decide_requests_from_another_clerk(led: Ledger) -> None:
    """demo approves: requests of the second clerk wait for him; his own are listed with the
    rule that keeps him from deciding them."""
    from secledger.services.approvals import detail

    entries = detail.waiting(led)
    mine = {e.approval.subject_kind for e in entries if not e.blocked}
    assert {"copy", "destruction", "loan"} <= mine
    assert {e.approval.requested_by for e in entries if e.approval.subject_kind == "destruction"
            and not e.blocked} == {"周晓梅"}
    assert any(e.blocked_code == "approval.own_request" for e in entries)


def test_still_out_and_overdue(led: Ledger) -> None:
    out = overdue.still_out(led)
    kinds = {"circulation", "retention", "loan", "carry_out", "meeting", "media_loan"}
    assert {i.kind for i in out} == kinds
    late = overdue.overdue(led)
    assert late and {i.kind for i in late} == kinds
    assert len(late) < len(out)  # sensible due dates: not everything is overdue
    assert dispatch.overdue_receipts(led)


def test_dispatch_register_has_units_and_channels(led: Ledger) -> None:
    year = last_day().year
    rows = registers.register_rows(led, registers.RegisterFilter(Register.PRODUCTION, year))
    sent = [r for r in rows if "发出" in r.handling]
    assert sent and all(r.dispatch_units and r.channels for r in sent)
    assert any("、" in r.dispatch_units for r in rows)  # 主送 and 抄送


def test_bulk_rows_match_their_events(led: Ledger) -> None:
    """Every with_holder carrier has its open 分发, 领用 or 会议 row; dispatched ones their
    item."""
    holders = _sql(led, "SELECT id, holder_id FROM carriers WHERE state = 'with_holder'")
    open_rows = {(c, p) for c, p in _sql(
        led, "SELECT carrier_id, person_id FROM distributions WHERE returned_at IS NULL"
             " UNION ALL SELECT carrier_id, person_id FROM retentions WHERE returned_at IS NULL"
             " UNION ALL SELECT carrier_id, person_id FROM meeting_issues"
             " WHERE collected_at IS NULL AND retention_id IS NULL")}
    moved = {c for (c,) in _sql(led, "SELECT carrier_id FROM handover_items")}
    assert all((c, h) in open_rows for c, h in holders if c not in moved)
    lonely = _sql(led, "SELECT count(*) FROM carriers c WHERE state = 'dispatched' AND NOT EXISTS"
                       " (SELECT 1 FROM dispatch_items i WHERE i.carrier_id = c.id)")
    assert lonely[0][0] == 0
    for kind, key, table in (("carrier.issue_to", "distribution_id", "distributions"),
                             ("carrier.dispatch", "dispatch_id", "dispatches")):
        ids = {json.loads(p[0]).get(key) for p in _sql(led, f"SELECT payload FROM events WHERE kind = '{kind}'")}
        assert ids - {None} <= {r[0] for r in _sql(led, f"SELECT id FROM {table}")}


def test_workflow_counters_are_gapless(led: Ledger) -> None:
    for register, table in (("dispatch", "dispatches"), ("recall", "recall_returns")):
        for year, last in _sql(led, f"SELECT year, last FROM counters WHERE register = '{register}'"):
            numbers = [n for (n,) in _sql(led, f"SELECT number FROM {table} WHERE year = {year}"
                                               " ORDER BY number")]
            assert numbers == list(range(1, last + 1)), (register, year)


def test_week_is_recent_and_after_the_bulk(led: Ledger) -> None:
    ts = [r[0] for r in _sql(led, "SELECT ts FROM events ORDER BY id")]
    assert ts[1:] == sorted(ts[1:]) or all(a <= b for a, b in zip(ts[-200:], ts[-199:], strict=False))
    week = _sql(led, "SELECT min(ts) FROM events WHERE kind = 'circulation.planned'")[0][0]
    assert week[:10] >= (last_day() - timedelta(days=7)).isoformat()


_LABEL = re.compile(r'"[CM][0-9A-Z]{11}"')  # a label id (carrier or device) anywhere in a payload


def test_same_seed_same_week(demo: DemoSummary, led: Ledger, tmp_path: Path) -> None:
    """Reproducible but for the random label ids of the week's new carriers."""
    again = build_demo(tmp_path / "again", documents=N, kdf=TEST_KDF)
    assert (again.documents, again.carriers, again.events) == (demo.documents, demo.carriers,
                                                                demo.events)
    sql = ("SELECT id, ts, kind, carrier_id, document_id, person_id, payload FROM events"
           " WHERE kind NOT LIKE 'auth.%' AND kind != 'ledger.created' ORDER BY id")
    def masked(ledger: Ledger) -> list[Any]:
        return [(*r[:6], _LABEL.sub('"*"', r[6])) for r in _sql(ledger, sql)]

    with _open(again) as b:
        assert masked(led) == masked(b)


def test_no_demo_approval_is_decided_by_its_requester_or_beneficiary(led: Ledger) -> None:
    """回避 holds in the demo: bulk history and week alike; 领用 approvers hold the role."""
    with led.db.read() as s:
        rows = s.execute(text(
            "SELECT a.subject_kind, a.decided_by_person_id, u.person_id, a.extra FROM approvals a"
            " LEFT JOIN users u ON u.id = a.requested_by_user_id"
            " WHERE a.decided_by_person_id IS NOT NULL")).all()
        role_holders = approvals.approver_ids(s)
    assert rows
    for kind, decider, typist, extra in rows:
        assert decider != typist, kind
        if kind in ("loan", "copy", "retention"):  # destruction benefits nobody
            assert json.loads(extra).get("beneficiary_person_id") not in (None, decider), kind
        if kind == "retention":
            assert decider in role_holders


def test_departures_one_in_cooling_off_one_over(led: Ledger) -> None:
    from secledger.services.people import departures_read

    led.lock_session()
    led.unlock_session("admin", DEMO_PASSWORD)
    try:
        current = departures_read.list_departures(led, cooling_off_only=True)
        every = departures_read.list_departures(led)
    finally:
        led.lock_session()
        led.unlock_session("demo", DEMO_PASSWORD)
    assert [(d.person_name, d.kind_label) for d in current] == [("孔文书", "调动")]
    assert current[0].days_left > 300 and departures_read.returned(led, current[0].id)
    over = [d for d in every if d.person_name == "魏干事"]
    assert over and over[0].ended_at is not None and not over[0].in_cooling_off


def test_the_scripted_steps_end_before_the_evening(led: Ledger) -> None:
    """Every scripted step (the departures are the last) happened before 18:00 in Beijing
    on the last day, the moment the other tests open the ledger at."""
    last = _sql(led, "SELECT ts FROM events WHERE kind NOT IN ('auth.unlocked', 'auth.locked')"
                     " ORDER BY id DESC LIMIT 1")[0][0]
    assert datetime.strptime(last, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) < _evening()
