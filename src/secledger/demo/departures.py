"""The demo's departures (离岗、离职、调动 with their 脱密期), done through the real services
after the carry-out and media work (``build_demo`` runs it): the people pane's "离岗与脱密期"
tab has one person in a 脱密期 and one whose 脱密期 is over.

- 孔文书 (一般) acts on a 秘密 document, is transferred to another unit: the security officer
  opens the departure, the clerk hands the document over to a colleague in front of a witness,
  the officer completes it (a year's 脱密期 from today);
- 魏干事 (一般) left the unit ten months ago and is recorded late (补录): nothing to hand over,
  six months' 脱密期, over since; the officer confirms it ended.

Both are new people, so the bulk history never gave them anything. Every step is a minute
after the one before, as the account a real office would use.
"""

from __future__ import annotations

from datetime import timedelta

from secledger.demo.scripted import Clock, ScriptRun
from secledger.demo.week import Cast
from secledger.domain.access import NeedToKnow
from secledger.domain.custody import HandoverReason
from secledger.domain.departures import DepartureKind
from secledger.domain.enums import Clearance, Register
from secledger.domain.marks import parse_mark
from secledger.services.custody import distribution, handover
from secledger.services.ledger.session import Ledger
from secledger.services.people import departures
from secledger.services.people import persons as people
from secledger.services.registration.register import DocumentInput, register_document


def run(led: Ledger, password: str, clock: Clock, cast: Cast) -> None:
    """Add the departures (see the module docstring); leaves *led* open as demo."""
    r = ScriptRun(led, clock, cast, password)
    receiver, witness = cast.cleared[2], cast.core[3]
    dept = cast.cleared[2].department_id
    r.as_user("admin")
    r.tick()
    kong = people.create_person(led, name="孔文书", department_id=dept,
                                clearance=Clearance.GENERAL, post="文书")
    r.tick()
    wei = people.create_person(led, name="魏干事", department_id=dept,
                               clearance=Clearance.GENERAL, post="干事")
    r.as_user("demo")
    r.tick()
    doc = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="关于做好年度统计报表报送工作的通知",
        mark=parse_mark("秘密★5年"), copy_nos=(1,), doc_no=f"省统发〔{r.today.year}〕17号",
        unit="省统计局", issued_on=r.today - timedelta(days=6), pages=4,
        need_to_know=NeedToKnow.everyone(), signed_by_id=cast.clerk.id))
    r.tick()
    distribution.distribute(led, carrier_id=doc.carriers[0].id, person_id=kong.id,
                            purpose="承办统计报表")
    r.as_user("admin")
    r.tick()
    moving = departures.open_departure(
        led, person_id=kong.id, kind=DepartureKind.TRANSFER, departs_on=r.today,
        reason="调任市统计局", destination="市统计局综合处", receiver_id=receiver.id,
        witness_id=witness.id, cooling_months=12)
    r.as_user("demo")
    r.tick()
    handover.confirm_handover(led, giver_id=kong.id, receiver_id=receiver.id,
                              witness_id=witness.id, reason=HandoverReason.TRANSFER,
                              note="调任市统计局，离岗移交")
    r.as_user("admin")
    r.tick()
    departures.complete_departure(led, departure_id=moving.id)
    r.tick()
    left = departures.open_departure(
        led, person_id=wei.id, kind=DepartureKind.RESIGN,
        departs_on=r.today - timedelta(days=300), reason="辞职（补录）", destination="",
        receiver_id=receiver.id, witness_id=witness.id, cooling_months=6)
    r.tick()
    departures.complete_departure(led, departure_id=left.id)
    r.tick()
    departures.end_cooling_off(led, departure_id=left.id)
    r.as_user("demo")
