"""Evidence providers find their exceptions: overdue and late returns, archived carriers
without a place, missing carriers a stocktake left unresolved, a loss reported late, copies
without an approval, 整改 past due, no backup; items without a provider say so."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from secledger.domain.enums import Clearance, Role
from secledger.domain.selfinspection import Result
from secledger.domain.states import Action
from secledger.domain.yearend import Period
from secledger.services.custody import stocktake
from secledger.services.people import accounts
from secledger.services.yearend import evidence, rectification

from .custody_helpers import move, register
from .yearend_helpers import at, build


def _kinds(e: evidence.Evidence) -> dict[str, int]:
    return dict(e.totals)


def test_the_ledger_proposes_from_its_records(office: Any) -> None:
    year = build(office)
    led = office.led
    found = evidence.gather(led, Period.of_year(2026))
    assert found["12.1"].proposed is Result.FAILS and _kinds(found["12.1"]) == {"loss_late": 1}
    late = found["12.1"].findings[0]
    assert late.ref == "失2026-00001" and late.when == date(2026, 7, 3)
    assert dict(found["12.1"].counts) == {"losses": 1, "on_time": 0}
    assert _kinds(found["6.5"]) == {"returned_late": 1}
    assert found["6.5"].proposed is Result.MOSTLY
    assert found["6.5"].findings[0].ref == f"{year.d.reg_no}/000001"
    assert found["6.5"].findings[0].days == 1  # due 3 October 17:30, back the 5th at 09:00
    assert "no_stocktake" in _kinds(found["6.6"]) and found["6.6"].proposed is Result.FAILS
    assert found["6.3"].proposed is Result.CONFORMS and dict(found["6.3"].counts)["dispatches"] == 1
    assert found["6.4"].proposed is Result.NOT_APPLICABLE  # nothing copied
    assert _kinds(found["14.1"]) == {"no_backup": 1}
    # items the ledger does not record: the officer assesses them alone
    # carry-outs (6.11, 10.2) are recorded (test_yearend_evidence_carry_out); none here
    assert found["6.11"].recorded and found["6.11"].proposed is Result.NOT_APPLICABLE
    assert found["10.2"].recorded and found["10.2"].proposed is Result.NOT_APPLICABLE
    # the media register (7.11) and repairs (6.7) are recorded (test_yearend_evidence_media)
    assert found["7.11"].recorded and found["6.7"].proposed is Result.NOT_APPLICABLE
    assert not found["1.1"].recorded


def test_overdue_unplaced_and_unresolved(office: Any) -> None:
    build(office)
    led = office.led
    doc = register(led, "关于归档材料的通知", copies=3, doc_no="省保〔2026〕90号")
    a, b, c = (x.id for x in doc.carriers)
    move(led, a, Action.ARCHIVE, location="")  # filed without a place
    move(led, b, Action.ISSUE_TO, office.leaders[1].id,
         payload={"due_at": "2026-11-20T09:00:00"})
    st = stocktake.start_stocktake(led, checkers=("甲", "乙"))
    stocktake.finish_stocktake(led, st.id)  # nothing scanned: everything held is missing
    found = evidence.gather(led, Period.of_year(2026), items=("6.6",))["6.6"]
    kinds = _kinds(found)
    assert kinds["no_location"] == 1 and "no_stocktake" not in kinds
    assert kinds["stocktake_unresolved"] >= 3
    assert found.proposed is Result.FAILS
    refs = {f.ref for f in found.findings if f.kind == "stocktake_unresolved"}
    assert f"{doc.reg_no}/000003" in refs
    # a missing carrier that moved afterwards is accounted for
    office.clock.set(office.clock.t + timedelta(hours=1))
    move(led, c, Action.ISSUE_TO, office.leaders[1].id)
    again = evidence.gather(led, Period.of_year(2026), items=("6.6",))["6.6"]
    assert f"{doc.reg_no}/000003" not in {f.ref for f in again.findings}


def test_rectification_overdue_and_period_without_anything(office: Any) -> None:
    build(office)
    admin = office.login("admin", "Admin1234")
    item = rectification.open_item(admin, problem="借阅登记不全", owner_id=office.clerk_person_id,
                                   due_on=date(2026, 11, 30), item_code="6.5")
    assert item.reg_no == "改2026-00001"
    office.clock.set(at(2026, 12, 10))
    found = evidence.gather(admin, Period.of_year(2026), items=("12.3",))["12.3"]
    assert _kinds(found) == {"rectification_overdue": 1}
    assert found.findings[0].days == 10 and found.findings[0].who == "李机要"
    rectification.close_item(admin, rectification_id=item.id, note="已补登记")
    closed = evidence.gather(admin, Period.of_year(2026), items=("12.3",))["12.3"]
    assert _kinds(closed) == {"rectification_overdue": 1}  # closed, but after its date
    quiet = evidence.gather(admin, Period.of_year(2024), items=("12.3", "12.1", "6.4"))
    assert quiet["12.3"].proposed is Result.NOT_APPLICABLE
    assert quiet["12.1"].proposed is Result.CONFORMS  # no loss: the rule was kept


def test_classifiers_and_copies(office: Any) -> None:
    from .classification_helpers import designate

    build(office)
    led = office.led
    found = evidence.gather(led, Period.of_year(2026), items=("5.1", "5.2"))
    assert _kinds(found["5.1"]) == {"no_classifier": 1}  # own secrets, nobody designated
    assert _kinds(found["5.2"]) == {"not_designated": 1}
    designate(office)
    led = office.as_clerk()
    assert evidence.gather(led, Period.of_year(2026), items=("5.1",))["5.1"].proposed \
        is Result.CONFORMS
    # a copy registered outside the copying workflow has no approval to show
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    register_document(led, DocumentInput(
        register=Register.RECEIPT, title="某文件复印件", mark=parse_mark("秘密★5年"),
        copy_nos=(1,), unit="省保密局", doc_no="省保〔2026〕99号", is_copy=True))
    copies = evidence.gather(led, Period.of_year(2026), items=("6.4",))["6.4"]
    assert _kinds(copies) == {"copy_no_approval": 1} and copies.proposed is Result.FAILS


def test_auditor_reads_the_evidence(office: Any) -> None:
    build(office)
    admin = office.login("admin", "Admin1234")
    from secledger.services.people import persons

    p = persons.create_person(admin, name="审计甲", department_id=office.dept.id,
                              clearance=Clearance.GENERAL)
    accounts.create_user(admin, username="audit", password="Audit1234", person_id=p.id,
                         roles={Role.AUDITOR}, must_change_password=False)
    aud = office.login("audit", "Audit1234")
    assert evidence.gather(aud, Period.of_year(2026), items=("12.1",))["12.1"].recorded


def test_departures_evidence(office: Any) -> None:
    """4.4: a completed departure counts; one open for over a month and a classified person
    deactivated with no departure are listed."""
    from secledger.domain.departures import DepartureKind
    from secledger.services.people import departures, persons

    admin = office.login("admin", "Admin1234")
    assert evidence.gather(admin, Period.of_year(2026), items=("4.4",))["4.4"].proposed \
        is Result.NOT_APPLICABLE
    done = departures.open_departure(
        admin, person_id=office.leaders[2].id, kind=DepartureKind.RESIGN,
        departs_on=date(2026, 11, 24), reason="辞职", receiver_id=office.leaders[1].id,
        witness_id=office.clerk_person_id, cooling_months=36)
    departures.complete_departure(admin, departure_id=done.id)
    departures.open_departure(
        admin, person_id=office.general_staff.id, kind=DepartureKind.LEAVE,
        departs_on=date(2026, 11, 24), reason="转岗", receiver_id=office.leaders[1].id,
        witness_id=office.clerk_person_id, cooling_months=6)
    persons.deactivate_person(admin, person_id=office.outsider.id, reason="退休")
    quiet = evidence.gather(admin, Period.of_year(2026), items=("4.4",))["4.4"]
    assert quiet.recorded and _kinds(quiet) == {"left_without_departure": 1}
    assert quiet.findings[0].who == "钱会计" and quiet.proposed is Result.FAILS
    assert dict(quiet.counts) == {"departures": 1, "cooling_off": 1}
    office.clock.set(at(2026, 12, 31))
    late = evidence.gather(admin, Period.of_year(2026), items=("4.4",))["4.4"]
    assert _kinds(late) == {"left_without_departure": 1, "departure_open": 1}
    assert [f.who for f in late.findings if f.kind == "departure_open"] == ["赵科员"]
