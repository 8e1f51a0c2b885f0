from tests.workflows.media_helpers import add_item, decide
from tests.workflows.conftest import assert_verified
from secledger.domain.media import MediaType, RepairMode
from secledger.services.media import lending, repair, read
from datetime import date

def test_smoke(office):
    o = office
    pc = add_item(o)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB)
    print(pc)
    loan = lending.request_loan(o.led, media_id=usb.id, borrower_id=o.leaders[2].id, due_on=date(2026, 11, 25), purpose="开会")
    decide(o, loan.approval.id)
    loan = lending.lend(o.led, loan_id=loan.id)
    print(loan)
    r = repair.request_repair(o.led, repair.RepairInput(media_id=pc.id, requester_id=o.leaders[2].id, fault="无法开机", mode=RepairMode.IN_HOUSE))
    decide(o, r.approval.id)
    repair.send_repair(o.led, repair_id=r.id)
    r = repair.return_repair(o.led, repair_id=r.id, work_done="更换硬盘", replaced_storage=[repair.ReplacedStorage(serial_no="WD123")])
    print(r)
    print(read.history(o.led, pc.id))
    print(read.list_items(o.led))
    assert_verified(o.led)


def test_prints(office, tmp_path):
    from secledger.services.media import printing as mp
    from secledger.services.media.read import COMPUTERS, STORAGE
    o = office
    pc = add_item(o)
    usb = add_item(o, "BM-U-001", kind=MediaType.USB, brand_model="朗科 U208 32G")
    for i in range(40):
        add_item(o, f"BM-U-1{i:02d}", kind=MediaType.USB, brand_model="朗科 U208 32G")
    r = repair.request_repair(o.led, repair.RepairInput(media_id=pc.id, requester_id=o.leaders[2].id, fault="无法开机，电源指示灯不亮", mode=RepairMode.ON_SITE, repairer_unit="某某信息技术有限公司", repairer_qualification="涉密信息系统集成资质（乙级）", agreement=True, agreement_ref="BM-XY-2026-03", escort_id=o.leaders[1].id))
    decide(o, r.approval.id)
    repair.send_repair(o.led, repair_id=r.id)
    repair.return_repair(o.led, repair_id=r.id, work_done="更换电源及硬盘", parts_replaced="电源模块", repairer_name="王工", replaced_storage=[repair.ReplacedStorage(serial_no="WD123", brand_model="西部数据 1TB")])
    out = tmp_path / "out"
    out.mkdir()
    mp.print_register(o.led, COMPUTERS, out / "jsj.pdf")
    mp.print_register(o.led, STORAGE, out / "jz.pdf")
    mp.export_register_xlsx(o.led, STORAGE, out / "jz.xlsx")
    mp.print_repair_form(o.led, r.id, out / "form.pdf")
    mp.print_repair_register(o.led, out / "reg.pdf")
    mp.export_repair_register_xlsx(o.led, out / "reg.xlsx")
    mp.print_labels(o.led, [pc.id, usb.id], out / "labels.pdf")
    import shutil
    shutil.copytree(out, "/tmp/media_out", dirs_exist_ok=True)
    assert_verified(o.led)
