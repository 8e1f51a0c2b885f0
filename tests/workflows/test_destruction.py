"""销毁清单 (issue 6 §2): refusals naming the rule, totals, approval, freeze, execution."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.workflows.conftest import assert_verified
from tests.workflows.custody_helpers import move, pdftotext, state

from secledger.domain.destruction import DestructionMethod, ManifestStatus
from secledger.domain.enums import CarrierType
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.states import Action
from secledger.services.approvals import requests as approvals
from secledger.services.disposal import destruction
from secledger.services.disposal.destruction import ExecutionInput

M = ManifestStatus


def _exec(o: Any, **kw: Any) -> ExecutionInput:
    args: dict[str, Any] = {
        "method": DestructionMethod.CENTER, "site": "市保密局涉密载体销毁中心",
        "escort_ids": (o.leaders[1].id, o.leaders[2].id), "witness_ids": (o.leaders[1].id,),
        "destroyer": "销毁中心 孙师傅", "destroyed_on": date(2026, 11, 24),
        "certificate_no": "XH-2026-0815"}
    args.update(kw)
    return ExecutionInput(**args)


def _approve(o: Any, m: Any) -> None:
    o.as_approver()
    try:
        approvals.decide(o.led, approval_id=destruction.get_manifest(o.led, m.id).approval.id,
                         approve=True)
    finally:
        o.as_clerk()


def _ready(o: Any, m: Any) -> Any:
    destruction.set_checker(o.led, manifest_id=m.id, checker_id=o.leaders[2].id)
    return destruction.submit(o.led, manifest_id=m.id)


def test_manifest_refusals_name_the_rule(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    led = o.led
    doc = o.register("待销毁文件", copies=6)
    recall_doc = o.register("须清退文件", recall_required=True)
    c = [x.id for x in doc.carriers]
    move(led, c[0], Action.ISSUE_TO, o.leaders[1].id)  # 领用
    move(led, c[1], Action.CIRCULATE, o.leaders[1].id)  # 传阅中
    move(led, c[2], Action.DESTROY)  # already destroyed
    move(led, c[3], Action.DISPATCH)  # dispatched
    move(led, c[4], Action.ARCHIVE)  # archived: accepted
    m = destruction.new_manifest(led)
    assert m.reg_no == "销2026-00001" and m.status == M.DRAFT
    expect = {c[0]: ("destruction.not_in_custody", "领用"),
              c[1]: ("destruction.not_in_custody", "传阅中"),
              c[2]: ("destruction.gone", "已销毁"), c[3]: ("destruction.gone", "已发出"),
              recall_doc.carriers[0].id: ("destruction.recall_required", "清退")}
    for cid, (code, word) in expect.items():
        with pytest.raises(RuleViolation) as exc:
            destruction.add_item(led, manifest_id=m.id, carrier_id=cid)
        assert exc.value.code == code and word in exc.value.message(), exc.value.message()
    with pytest.raises(RuleViolation):  # a selection with one refused carrier adds nothing
        destruction.add_items(led, manifest_id=m.id, carrier_ids=[c[4], c[0]])
    assert destruction.get_manifest(led, m.id).item_count == 0
    line = destruction.add_item(led, manifest_id=m.id, label=doc.carriers[4].label_id)
    assert line.item.carrier_id == c[4] and not line.duplicate
    again = destruction.add_item(led, manifest_id=m.id, label=doc.carriers[4].label_id)
    assert again.duplicate and destruction.get_manifest(led, m.id).item_count == 1
    other = destruction.new_manifest(led)
    with pytest.raises(RuleViolation) as exc:
        destruction.add_item(led, manifest_id=other.id, carrier_id=c[4])
    assert exc.value.code == "destruction.on_other" and m.reg_no in exc.value.message()
    with pytest.raises(ValidationError):  # no checker yet
        destruction.submit(led, manifest_id=m.id)
    with pytest.raises(RuleViolation):  # the checker is not the preparer
        destruction.set_checker(led, manifest_id=m.id, checker_id=o.clerk_person_id)
    with pytest.raises(RuleViolation) as exc:
        destruction.submit(led, manifest_id=other.id)
    assert exc.value.code == "destruction.empty"


def test_totals_freeze_and_execution(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    o = office
    led = o.led
    paper = o.register("机密文件", mark="机密★10年", copies=3, pages=8)
    conf = o.register("秘密文件", mark="秘密★5年", copies=2, pages=4)
    disc = o.register("机密光盘", mark="机密★10年", copies=1, carrier_type=CarrierType.DISC,
                      serial_nos=("GP-001",))
    m = destruction.new_manifest(led, note="2026年度清理")
    ids = [x.id for x in paper.carriers + conf.carriers + disc.carriers]
    destruction.add_items(led, manifest_id=m.id, carrier_ids=ids)
    destruction.remove_items(led, manifest_id=m.id, carrier_ids=[conf.carriers[1].id])
    t = destruction.totals(led, m.id)
    assert t.count == 5 and t.pages == 3 * 8 + 4
    assert [(x.label, x.count) for x in t.by_level] == [("机密", 4), ("秘密", 1)]
    assert [(x.label, x.count, x.pages) for x in t.by_type] == [("纸质", 4, 28), ("光盘", 1, 0)]
    with pytest.raises(RuleViolation) as exc:  # executing an unapproved manifest
        destruction.execute(led, manifest_id=m.id, inp=_exec(o))
    assert exc.value.code == "destruction.not_approved"
    m = _ready(o, m)
    assert m.status == M.SUBMITTED and m.approval.summary.startswith("销毁清单销2026-00001")
    with pytest.raises(RuleViolation) as exc:  # frozen while pending
        destruction.add_item(led, manifest_id=m.id, carrier_id=conf.carriers[1].id)
    assert exc.value.code == "destruction.frozen"
    with pytest.raises(RuleViolation) as exc:
        destruction.execute(led, manifest_id=m.id, inp=_exec(o))
    assert exc.value.code == "destruction.not_approved"
    _approve(o, m)
    led = o.led
    m = destruction.get_manifest(led, m.id)
    assert m.status == M.APPROVED and m.approver == "张局长"
    for edit in (lambda: destruction.add_item(led, manifest_id=m.id, carrier_id=conf.carriers[1].id),
                 lambda: destruction.remove_items(led, manifest_id=m.id, carrier_ids=ids[:1])):
        with pytest.raises(RuleViolation) as exc:
            edit()
        assert exc.value.code == "destruction.frozen" and "冻结" in exc.value.message()
    with pytest.raises(ValidationError) as exc:
        destruction.execute(led, manifest_id=m.id,
                            inp=_exec(o, escort_ids=(o.leaders[1].id,)))
    assert exc.value.code == "destruction.escorts_min"
    with pytest.raises(RuleViolation) as exc:  # degaussing is not for paper
        destruction.execute(led, manifest_id=m.id, inp=_exec(
            o, method=DestructionMethod.DEGAUSS, equipment="消磁机 XC-1"))
    assert exc.value.code == "destruction.method_media"
    with pytest.raises(ValidationError) as exc:
        destruction.execute(led, manifest_id=m.id, inp=_exec(o, certificate_no=""))
    assert exc.value.code == "destruction.certificate_required"
    done = destruction.execute(led, manifest_id=m.id, inp=_exec(o))
    assert done.status == M.EXECUTED and done.escorts == ("刘副局长", "陈副局长")
    for cid in ids:
        if cid != conf.carriers[1].id:
            assert state(led, cid) == ("destroyed", None)
    assert state(led, conf.carriers[1].id)[0] == "in_store"  # removed before approval
    with pytest.raises(RuleViolation):
        destruction.execute(led, manifest_id=m.id, inp=_exec(o))
    with pytest.raises(RuleViolation):
        destruction.cancel_manifest(led, manifest_id=m.id, reason="晚了")
    assert [x.reg_no for x in destruction.destruction_register(led)] == ["销2026-00001"]
    assert_verified(led)


def test_top_secret_needs_two_witnesses(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    led = o.led
    doc = o.register("绝密文件", mark="绝密★30年")
    m = destruction.new_manifest(led)
    destruction.add_item(led, manifest_id=m.id, carrier_id=doc.carriers[0].id)
    _approve(o, _ready(o, m))
    led = o.led
    with pytest.raises(ValidationError) as exc:
        destruction.execute(led, manifest_id=m.id, inp=_exec(o))
    assert exc.value.code == "destruction.witnesses_min" and "绝密" in exc.value.message()
    with pytest.raises(ValidationError):  # the same person twice is one witness
        destruction.execute(led, manifest_id=m.id, inp=_exec(
            o, witness_ids=(o.leaders[1].id, o.leaders[1].id)))
    done = destruction.execute(led, manifest_id=m.id, inp=_exec(
        o, witness_ids=(o.leaders[1].id, o.leaders[2].id)))
    assert done.witnesses == ("刘副局长", "陈副局长")
    assert state(led, doc.carriers[0].id)[0] == "destroyed"
    assert_verified(led)


def test_reject_withdraw_cancel(office) -> None:  # type: ignore[no-untyped-def]
    o = office
    led = o.led
    doc = o.register(copies=2)
    m = destruction.new_manifest(led)
    destruction.add_items(led, manifest_id=m.id, carrier_ids=[doc.carriers[0].id])
    _ready(o, m)
    o.as_approver()
    approvals.decide(o.led, approval_id=destruction.get_manifest(o.led, m.id).approval.id,
                     approve=False, reason="清单不全")
    led = o.as_clerk()
    assert destruction.get_manifest(led, m.id).status == M.DRAFT  # back to editing
    destruction.add_item(led, manifest_id=m.id, carrier_id=doc.carriers[1].id)
    destruction.submit(led, manifest_id=m.id)
    back = destruction.withdraw(led, manifest_id=m.id)
    assert back.status == M.DRAFT and back.approval.status == "cancelled"
    destruction.submit(led, manifest_id=m.id)
    out = destruction.cancel_manifest(led, manifest_id=m.id, reason="改为清退")
    assert out.status == M.CANCELLED
    # a cancelled manifest no longer holds its carriers
    m2 = destruction.new_manifest(led)
    destruction.add_item(led, manifest_id=m2.id, carrier_id=doc.carriers[0].id)
    assert [x.status for x in destruction.list_manifests(led)] == [M.DRAFT, M.CANCELLED]
    assert [x.id for x in destruction.list_manifests(led, status=M.CANCELLED)] == [m.id]
    assert_verified(led)


def test_manifest_and_register_print(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from tests.workflows.custody_helpers import pages

    from secledger.services.disposal import destruction_print as dp

    o = office
    led = o.led
    top = o.register("绝密会议纪要", mark="绝密★30年", copies=2, pages=6, doc_no="某密〔2026〕1号")
    usb = o.register("机密数据", mark="机密★10年", copies=1, carrier_type=CarrierType.USB,
                     serial_nos=("U-778",))
    m = destruction.new_manifest(led, note="2026年度到期涉密载体")
    destruction.add_items(led, manifest_id=m.id,
                          carrier_ids=[x.id for x in top.carriers + usb.carriers])
    draft = dp.print_manifest(led, m.id, tmp_path / "draft.pdf")
    text = pdftotext(draft)
    for s in ("涉密载体销毁清单", "销2026-00001", "某某市保密局", "绝密会议纪要", "某密〔2026〕1号",
              "000001", "000002", "U盘", "编号U-778", "6页", "合计", "3 件", "绝密", "机密",
              "纸质", "（12页）", "登记人（签字）", "清点人（签字）", "审批人（签字）",
              "送销人（签字）", "监销人（签字）", "销毁人（签字）", "第 1 页 共", "台账校验"):
        assert s in text, s
    assert text.count("监销人（签字）") == 2 and text.count("送销人（签字）") == 2
    _approve(o, _ready(o, m))
    led = o.led
    destruction.execute(led, manifest_id=m.id, inp=_exec(
        o, witness_ids=(o.leaders[1].id, o.leaders[2].id)))
    final = dp.print_manifest(led, m.id, tmp_path / "final.pdf")
    text = pdftotext(final)
    for s in ("已销毁", "张局长", "送销毁中心销毁", "XH-2026-0815", "涉密载体销毁中",
              "刘副局长、陈副局长", "孙师傅", "2026年11月24日", "陈副局长"):
        assert s in text, s
    other = destruction.new_manifest(led)
    destruction.cancel_manifest(led, manifest_id=other.id, reason="误建")
    reg = dp.print_destruction_register(led, tmp_path / "reg.pdf", year=2026)
    text = pdftotext(reg)
    for s in ("涉密载体销毁登记簿", "2026年度", "销2026-00001", "销2026-00002", "已撤销：误建",
              "绝密2", "机密1", "销毁次数", "1 次", "3 件"):
        assert s in text, s
    assert pages(reg) == 1
    xlsx = dp.export_manifest_xlsx(led, m.id, tmp_path / "m.xlsx")
    values = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row]
    assert "绝密会议纪要" in values and "编号U-778" in values
    xlsx = dp.export_destruction_register_xlsx(led, tmp_path / "reg.xlsx")
    values = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row]
    assert "销2026-00001" in values


def test_bench_smoke(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.bench import destruction as bench_destruction

    res = bench_destruction.run(tmp_path / "bench", 25)
    assert res.items == 25 and res.pages >= 1 and res.print_s > 0
    assert "销毁清单 25 件" in res.text()
