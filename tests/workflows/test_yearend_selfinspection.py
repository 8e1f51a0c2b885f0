"""保密自查自评 as the security officer does it: a draft, the evidence gathered, proposals
accepted or overridden (with a reason, never without), 整改 items, the report finalised as an
event and frozen; a later version supersedes it, both listed; verify passes and finds an edit
of a finalised report."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from secledger.domain.errors import PermissionDenied, RuleViolation, ValidationError
from secledger.domain.selfinspection import ITEMS, InspectionStatus, Result
from secledger.services.audit.verify import verify
from secledger.services.yearend import finalising, rectification, selfinspection
from secledger.store.models.yearend import SelfInspection

from .conftest import assert_verified
from .yearend_helpers import build


def _assess_all(led: Any, inspection_id: int) -> None:
    """Every item: the ledger's proposal where there is one, 符合 otherwise."""
    draft = selfinspection.get(led, inspection_id)
    for i in draft.items:
        if i.result is None:
            selfinspection.assess(led, inspection_id=inspection_id, item_code=i.item.code,
                                  result=i.proposed or Result.CONFORMS)


def test_draft_assess_finalise_supersede(office: Any) -> None:
    build(office)
    with pytest.raises(PermissionDenied):  # the clerk may read, not write
        selfinspection.start(office.led, year=2026)
    led = office.login("admin", "Admin1234")
    v1 = selfinspection.start(led, year=2026)
    assert (v1.version, v1.status) == (1, InspectionStatus.DRAFT)
    with pytest.raises(RuleViolation) as exc:
        selfinspection.start(led, year=2026)
    assert exc.value.code == "selfinspection.draft_exists"
    with pytest.raises(RuleViolation) as exc:  # the ledger judges 12.1: evidence first
        selfinspection.assess(led, inspection_id=v1.id, item_code="12.1", result=Result.CONFORMS)
    assert exc.value.code == "selfinspection.no_evidence"
    draft = selfinspection.gather_evidence(led, v1.id)
    assert draft.item("12.1").proposed is Result.FAILS and draft.evidence_at is not None

    with pytest.raises(ValidationError) as err:  # overriding needs a reason
        selfinspection.assess(led, inspection_id=v1.id, item_code="12.1", result=Result.MOSTLY)
    assert err.value.code == "selfinspection.override_reason" and err.value.field == "reason"
    done = selfinspection.assess(led, inspection_id=v1.id, item_code="12.1",
                                 result=Result.MOSTLY, reason="迟报2小时，已作说明",
                                 note="遗失载体已找回")
    assert (done.result, done.proposed, done.reason) == (Result.MOSTLY, Result.FAILS,
                                                          "迟报2小时，已作说明")
    accepted = selfinspection.assess(led, inspection_id=v1.id, item_code="6.5",
                                     result=Result.MOSTLY, reason="ignored when accepted")
    assert accepted.reason == "" and accepted.evidence is not None
    officer_only = selfinspection.assess(led, inspection_id=v1.id, item_code="1.1",
                                         result=Result.CONFORMS, note="党组会研究部署两次")
    assert officer_only.proposed is None
    selfinspection.write_summary(led, inspection_id=v1.id, summary="全年未发生泄密事件。")

    with pytest.raises(RuleViolation) as exc:
        finalising.finalise(led, v1.id)
    assert exc.value.code == "selfinspection.incomplete"
    item = rectification.open_item(led, problem="遗失上报超时", owner_id=office.clerk_person_id,
                                   due_on=date(2026, 12, 31), inspection_id=v1.id,
                                   item_code="12.1", measure="重申24小时报告时限")
    _assess_all(led, v1.id)
    final = finalising.finalise(led, v1.id)
    assert final.version.status is InspectionStatus.FINAL and len(final.version.digest) == 64
    assert final.item("12.1").reason == "迟报2小时，已作说明"
    assert final.summary == "全年未发生泄密事件。"
    content = finalising.frozen(led, v1.id)
    assert content["rectifications"][0]["reg_no"] == item.reg_no
    assert content["statistics"]["by_level"]["total"][0] == "合计"
    with pytest.raises(RuleViolation) as exc:  # a finalised report never changes
        selfinspection.assess(led, inspection_id=v1.id, item_code="1.2", result=Result.FAILS)
    assert exc.value.code == "selfinspection.final"
    with pytest.raises(RuleViolation):
        selfinspection.write_summary(led, inspection_id=v1.id, summary="改")
    rectification.close_item(led, rectification_id=item.id, note="已通报全体")  # tracked on

    office.clock.set(office.clock.t + timedelta(days=3))
    v2 = selfinspection.start(led, year=2026)
    assert v2.version == 2
    selfinspection.gather_evidence(led, v2.id)
    _assess_all(led, v2.id)
    second = finalising.finalise(led, v2.id)
    assert second.version.supersedes == 1
    listed = selfinspection.versions(led, 2026)
    assert [(v.version, v.status) for v in listed] == [
        (2, InspectionStatus.FINAL), (1, InspectionStatus.SUPERSEDED)]
    assert listed[1].superseded_by == 2 and listed[1].digest == final.version.digest
    old = selfinspection.get(led, v1.id)  # still readable, as it was frozen
    assert old.item("12.1").result is Result.MOSTLY and len(old.items) == len(ITEMS)
    assert_verified(led)


def test_verify_finds_an_edited_final_report(office: Any) -> None:
    build(office)
    led = office.login("admin", "Admin1234")
    v = selfinspection.start(led, year=2026)
    selfinspection.gather_evidence(led, v.id)
    _assess_all(led, v.id)
    finalising.finalise(led, v.id)
    assert verify(led).ok
    with led.db.write() as s:  # an edit outside the services
        row = s.get(SelfInspection, v.id)
        row.snapshot = row.snapshot.replace("符合", "不符合", 1) if "符合" in row.snapshot \
            else row.snapshot.replace('"conforms"', '"fails"', 1)
    report = verify(led)
    assert not report.ok and "定稿后的内容被改动" in report.problems[0].message
    with led.db.write() as s:
        s.get(SelfInspection, v.id).status = "draft"
    assert "又成了草稿" in verify(led).problems[0].message


def test_a_year_in_the_future_is_refused(office: Any) -> None:
    led = office.login("admin", "Admin1234")
    with pytest.raises(ValidationError) as exc:
        selfinspection.start(led, year=2099)
    assert exc.value.code == "selfinspection.bad_year"
