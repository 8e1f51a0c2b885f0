"""Requests from another clerk for the ``demo`` account to decide.

``demo`` holds the approver role, but nobody decides what he asked for himself (本人申请不得
自批), and the demo's week is typed by ``demo``. So a second registry clerk (account
``clerk``, 周晓梅, 机要员) asks, through the real services, for what an approver meets: a copy
of a 机密 document, a destruction manifest, and a loan from the archive; each waits in
``demo``'s queue, which also shows (and says why) the requests ``demo`` made himself.
``build_demo`` calls ``add_requests`` after the scripted week; it leaves the ledger as ``demo``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import text

from secledger.demo.model import PersonRef
from secledger.domain.enums import Clearance, Role
from secledger.services.custody import loans
from secledger.services.disposal import copying, destruction
from secledger.services.ledger.session import Ledger
from secledger.services.people import accounts as users
from secledger.services.people import persons as people

USERNAME = "clerk"
NAME = "周晓梅"


class Clock(Protocol):
    moment: datetime


def add_requests(led: Ledger, password: str, clock: Clock, staff: list[PersonRef],
                 accounts: dict[str, PersonRef]) -> None:
    """As ``clerk``: a copy request, a submitted destruction manifest and a loan request, each
    for a colleague without an account (never ``demo``'s person); then back to ``demo``."""
    led.lock_session()
    led.unlock_session("admin", password)
    person = people.create_person(led, name=NAME, department_id=accounts["demo"].department_id,
                                  clearance=Clearance.CORE, post="机要员")
    users.create_user(led, username=USERNAME, password=password, person_id=person.id,
                      roles={Role.CLERK}, must_change_password=False)
    led.lock_session()
    led.unlock_session(USERNAME, password)
    cleared = [p for p in staff if p.user_id is None
               and p.clearance in (Clearance.CORE, Clearance.IMPORTANT)]
    _step(clock)
    source = free_carriers(led, "c.state = 'in_store' AND d.level = 'secret' AND d.no_copy = 0"
                            " AND json_extract(d.need_to_know, '$.unrestricted')", 1)
    if source:
        copying.request_copy(led, copying.CopyRequestInput(
            requester_id=cleared[7].id, copies=3, reason="处室传达学习",
            source_carrier_id=source[0]))
    _step(clock)
    old = free_carriers(led, "c.state = 'in_store' AND d.recall_required = 0"
                         " AND c.carrier_type = 'paper'", 2, oldest=True)
    if old:
        m = destruction.new_manifest(led, note="过期资料清理（周晓梅编制）")
        destruction.add_items(led, manifest_id=m.id, carrier_ids=old)
        destruction.set_checker(led, manifest_id=m.id, checker_id=cleared[11].id)
        destruction.submit(led, manifest_id=m.id)
    _step(clock)
    archived = free_carriers(led, "c.state = 'archived'", 2)
    if archived:
        loans.request_loan(led, borrower_id=cleared[4].id, carrier_ids=archived,
                           purpose="核对历年数据")
    led.lock_session()
    led.unlock_session("demo", password)


def _step(clock: Clock) -> None:
    clock.moment += timedelta(minutes=2)


def free_carriers(led: Ledger, where: str, n: int, *, oldest: bool = False) -> list[int]:
    """Carriers matching *where* that no destruction list, loan or copy request holds yet,
    of documents still classified (a declassified one is no longer listed for destruction)."""
    order = "c.id" if oldest else "c.id DESC"
    with led.db.read() as s:
        rows = s.execute(text(
            "SELECT c.id FROM carriers c JOIN documents d ON d.id = c.document_id"
            f" WHERE {where} AND d.voided = 0"
            " AND NOT EXISTS (SELECT 1 FROM secrecy_status st WHERE st.document_id = d.id"
            " AND st.declassified_on IS NOT NULL)"
            " AND NOT EXISTS (SELECT 1 FROM destruction_items i WHERE i.carrier_id = c.id)"
            " AND NOT EXISTS (SELECT 1 FROM loan_items i WHERE i.carrier_id = c.id)"
            " AND NOT EXISTS (SELECT 1 FROM secrecy_status x WHERE x.document_id = d.id"
            " AND x.declassified_on IS NOT NULL)"  # declassified: no longer destroyed as secret
            f" ORDER BY {order} LIMIT :n"), {"n": n})
        return [int(r[0]) for r in rows]
