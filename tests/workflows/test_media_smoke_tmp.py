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
