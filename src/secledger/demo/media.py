"""The demo's register of classified devices and storage media (about 200 items), made
through the real services after the classification work (``build_demo`` runs it).

Computers, laptops, printers and copiers, USB sticks, portable disks, discs and memory
cards, each with its 设备编号, level and 责任人 (a person cleared for it). Then what an
office's register shows: media lent (some overdue, some due later, one request waiting,
one refused, some back), repairs (returned, one with its disk replaced and registered to be
destroyed, one on site under watch, one sent out with the storage removed, one waiting),
levels raised, new 责任人, items out of service or scrapped (待销毁), a registration voided,
a USB stick reported lost (遗失, not found yet); then some scrapped items destroyed on a manifest shared with paper copies
(``media_destruction``).

Every step runs as the account a real office would use (``demo`` keeps the register,
``leader`` decides) after the classification work, a few seconds a step (all done well
before the evening), so it is reproducible for a seed except the random label ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from secledger.demo import media_destruction
from secledger.demo.model import PersonRef
from secledger.demo.scripted import Clock, ScriptRun
from secledger.demo.week import Cast
from secledger.domain.enums import Classification, Clearance
from secledger.domain.media import MediaState, MediaType, RepairMode
from secledger.services.approvals import requests as approvals
from secledger.services.custody import loss
from secledger.services.ledger.session import Ledger
from secledger.services.media import items, lending, read, repair
from secledger.services.media.items import MediaEdit, MediaInput
from secledger.services.media.read import MediaItemDTO
from secledger.services.media.records import MediaLoanDTO, MediaRepairDTO

T, S, C = Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL


@dataclass(frozen=True)
class Kind:
    media_type: MediaType
    prefix: str  # 设备编号 prefix
    count: int
    levels: tuple[Classification, ...]  # drawn from, in proportion
    models: tuple[str, ...]
    purposes: tuple[str, ...]


KINDS = (
    Kind(MediaType.COMPUTER, "JSJ", 60, (S, S, S, S, C, C, T),
         ("联想 启天M430", "长城 世恒TD120", "同方 超翔TL630", "华为 擎云W515"),
         ("涉密文件起草", "机要文件处理", "涉密数据汇总", "会议材料编辑")),
    Kind(MediaType.LAPTOP, "BJB", 20, (S, S, C),
         ("联想 昭阳K4e", "华为 擎云L410"), ("外出会议涉密办公", "涉密汇报演示")),
    Kind(MediaType.OFFICE_EQUIPMENT, "DY", 20, (S, S, C),
         ("奔图 M7160DW 打印机", "理光 MP2555 复印机", "富士通 fi-7160 扫描仪"),
         ("涉密文件打印", "涉密文件复印", "涉密文件扫描")),
    Kind(MediaType.USB, "U", 40, (S, S, C, C),
         ("朗科 U208 32G", "爱国者 U310 64G", "金士顿 DTSE9 16G"),
         ("涉密文件交换", "涉密数据备份", "涉密文件拷贝")),
    Kind(MediaType.PORTABLE_DISK, "YP", 25, (S, S, C, T),
         ("西部数据 Elements 1TB", "希捷 睿翼 2TB"), ("涉密数据备份", "年度档案备份")),
    Kind(MediaType.DISC, "GP", 30, (S, C, C),
         ("清华紫光 DVD-R 4.7G", "铼德 CD-R 700M"), ("涉密文件刻录", "归档光盘")),
    Kind(MediaType.OTHER, "QT", 5, (C,), ("闪迪 SD 存储卡 32G",), ("涉密照片存储",)),
)
PLACES = ("机要室", "办公室", "档案室", "综合处", "政策法规处", "发展规划处", "财务处",
          "信息中心", "督查室", "保密科")


@dataclass
class _Run(ScriptRun):
    rng: random.Random

    def tick(self, seconds: int = 1) -> None:
        self.clock.moment += timedelta(seconds=seconds)

    def holder(self, level: Classification) -> PersonRef:
        people = self.cast.core if level is T else self.cast.cleared
        return self.rng.choice(people)


def run(led: Ledger, password: str, clock: Clock, cast: Cast, *, seed: int = 0) -> None:
    """Add the register (see the module docstring); leaves *led* open as ``demo``."""
    r = _Run(led, clock, cast, password, random.Random(seed + 16))
    r.as_user("demo")
    made = _register(r)
    _changes(r, made)
    _loans(r, [m for m in made if m.is_storage and m.media_type != MediaType.DISC.value])
    _repairs(r, [m for m in made if m.media_type == MediaType.COMPUTER.value][-12:])
    _lost(r, [m for m in made if m.media_type == MediaType.USB.value])
    media_destruction.run(r)


def _register(r: _Run) -> list[MediaItemDTO]:
    made: list[MediaItemDTO] = []
    for kind in KINDS:
        for n in range(1, kind.count + 1):
            level = r.rng.choice(kind.levels)
            started = r.today - timedelta(days=r.rng.randint(60, 7 * 365))
            r.tick()
            made.append(items.register_item(r.led, MediaInput(
                media_type=kind.media_type, device_no=f"BM-{kind.prefix}-{n:03d}", level=level,
                holder_id=r.holder(level).id, serial_no=_serial(r.rng, kind.prefix),
                brand_model=r.rng.choice(kind.models), purpose=r.rng.choice(kind.purposes),
                location=f"{r.rng.choice(PLACES)}{r.rng.randint(2, 6)}{r.rng.randint(1, 20):02d}",
                started_on=started)))
    return made


def _serial(rng: random.Random, prefix: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"{prefix}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10**7, 10**8 - 1)}"


def _changes(r: _Run, made: list[MediaItemDTO]) -> None:
    """Levels raised, new 责任人, out of service, scrapped, a correction, a void."""
    usb = [m for m in made if m.media_type == MediaType.USB.value and m.level == C.value]
    for m in usb[:3]:
        r.tick()
        items.raise_level(r.led, m.id, S, reason="存储了机密级文件，按所存最高密级管理")
    pcs = [m for m in made if m.media_type == MediaType.COMPUTER.value]
    for m in pcs[:5]:
        r.tick()
        new = r.holder(Classification(m.level))
        if new.id != m.holder_id:
            items.change_holder(r.led, m.id, new.id, reason="岗位调整，责任人变更")
    for m in pcs[5:11]:
        r.tick()
        items.take_out_of_service(r.led, m.id, reason="设备老化，暂停使用")
    for m in pcs[5:8] + [x for x in made if x.media_type == MediaType.DISC.value][:3]:
        r.tick()
        items.mark_for_destruction(r.led, m.id, reason="达到使用年限，申请报废")
    r.tick()
    items.edit_item(r.led, pcs[11].id, MediaEdit(location="机要室305"), reason="办公室调整")
    r.tick()
    wrong = items.register_item(r.led, MediaInput(
        media_type=MediaType.USB, device_no="BM-U-999", level=C, holder_id=r.cast.clerk.id,
        brand_model="朗科 U208 32G", purpose="重复登记"))
    r.tick()
    items.void_item(r.led, wrong.id, reason="重复登记，与BM-U-001为同一介质")


def _lost(r: _Run, usb: list[MediaItemDTO]) -> None:
    """A USB stick found missing this morning, reported lost; its 责任人 reports it."""
    m = next(x for x in reversed(usb) if read.get_item(r.led, x.id).state == MediaState.IN_USE)
    r.tick()
    loss.report_loss(r.led, loss.LossInput(
        carrier_ids=(), media_ids=(m.id,), discovered_at=r.led.now() - timedelta(hours=2),
        reporter_id=m.holder_id or r.cast.clerk.id,
        circumstances="使用后未按规定交回保密柜，清点时发现缺失，正在查找",
        measures="已询问相关人员并调阅出入记录"))


def _decide(r: _Run, approval_ids: list[int], *, refuse_last: bool = False) -> None:
    r.as_user("leader")
    for n, aid in enumerate(approval_ids):
        r.tick()
        no = refuse_last and n == len(approval_ids) - 1
        approvals.decide(r.led, approval_id=aid, approve=not no,
                         reason="借用事由不充分，不同意" if no else "同意")
    r.as_user("demo")


def _loans(r: _Run, media: list[MediaItemDTO]) -> None:
    """14 lent (5 due today: overdue by tomorrow), 3 back, one waiting, one refused."""
    chosen = r.rng.sample(media, 19)
    asked: list[MediaLoanDTO] = []
    for n, m in enumerate(chosen):
        borrower = _borrower(r, m)
        due = r.today + timedelta(days=0 if n < 5 else r.rng.randint(3, 20))
        r.tick()
        asked.append(lending.request_loan(r.led, media_id=m.id, borrower_id=borrower.id,
                                          due_on=due, purpose=r.rng.choice(
                                              ("外出参加会议", "拷贝会议材料", "加班处理涉密文件",
                                               "向上级机关报送材料"))))
    _decide(r, [a.approval.id for a in asked[:18] if a.approval], refuse_last=True)
    for loan in asked[:17]:
        r.tick()
        lending.lend(r.led, loan_id=loan.id)
    for loan in asked[14:17]:
        r.tick(20)
        lending.return_loan(r.led, loan_id=loan.id)


def _borrower(r: _Run, m: MediaItemDTO) -> PersonRef:
    level = Classification(m.level)
    pool = [p for p in (r.cast.core if level is T else r.cast.cleared) if p.id != m.holder_id]
    return r.rng.choice(pool)


def _repairs(r: _Run, pcs: list[MediaItemDTO]) -> None:
    escort = next(p for p in r.cast.cleared if p.clearance in (Clearance.CORE,
                                                               Clearance.IMPORTANT))
    plans: list[dict[str, Any]] = [
        {"fault": "无法开机，电源指示灯不亮", "mode": RepairMode.IN_HOUSE},
        {"fault": "硬盘异响，系统频繁蓝屏", "mode": RepairMode.IN_HOUSE},
        {"fault": "主板故障，无法启动", "mode": RepairMode.ON_SITE, "escort_id": escort.id},
        {"fault": "显示器花屏", "mode": RepairMode.SENT_OUT, "storage_removed": True,
         "storage_note": "硬盘已拆下交机要室保管"},
        {"fault": "键盘失灵", "mode": RepairMode.ON_SITE, "escort_id": escort.id},
        {"fault": "风扇噪音大", "mode": RepairMode.IN_HOUSE},
    ]
    asked: list[MediaRepairDTO] = []
    for m, plan in zip(pcs, plans, strict=False):
        outsider = plan["mode"] is not RepairMode.IN_HOUSE
        r.tick()
        asked.append(repair.request_repair(r.led, repair.RepairInput(
            media_id=m.id, requester_id=m.holder_id or r.cast.clerk.id,
            repairer_unit="滨江市信息技术服务有限公司" if outsider else "",
            repairer_qualification="涉密信息系统集成乙级资质" if outsider else "",
            agreement=outsider, agreement_ref="BM-XY-2026-0" + str(len(asked) + 1)
            if outsider else "", **plan)))
    _decide(r, [a.approval.id for a in asked[:5] if a.approval])
    for a in asked[:4]:
        r.tick()
        repair.send_repair(r.led, repair_id=a.id)
    r.tick(60)
    repair.return_repair(r.led, repair_id=asked[0].id, work_done="更换电源模块，开机正常",
                         repairer_name="信息中心 张工", parts_replaced="电源模块")
    r.tick()
    repair.return_repair(r.led, repair_id=asked[1].id, work_done="更换硬盘，重装系统",
                         repairer_name="信息中心 张工", parts_replaced="硬盘",
                         replaced_storage=[repair.ReplacedStorage(
                             serial_no="WD-WCC4N1234567", brand_model="西部数据 1TB 硬盘")])
