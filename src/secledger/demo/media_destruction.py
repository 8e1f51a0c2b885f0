"""The demo's shared destruction manifest: scrapped devices and media (待销毁: computers
taken out of service, discs, the disk a repair replaced) listed beside two old paper copies,
counted, approved by ``leader`` and destroyed in-house, each medium by a method that fits it
(paper and the replaced disk shredded, discs cut, computers' storage degaussed); one more
scrapped item waits on a draft. Runs at the end of the media register's steps, a few seconds a step."""

from __future__ import annotations

from secledger.demo.approvals import free_carriers
from secledger.demo.scripted import ScriptRun
from secledger.domain.destruction import DestructionMethod, Medium
from secledger.domain.media import MediaType
from secledger.services.approvals import requests as approvals
from secledger.services.disposal import destruction, destruction_media

D = DestructionMethod
#: in-house, each medium its own way
METHODS = ((Medium.DISC, D.CUT), (Medium.HDD, D.DEGAUSS), (Medium.COMPUTER, D.DEGAUSS),
           (Medium.LAPTOP, D.DEGAUSS), (Medium.OFFICE_EQUIPMENT, D.DEGAUSS),
           (Medium.USB, D.CUT))


def run(r: ScriptRun) -> None:
    """As ``demo``: list, count and submit; ``leader`` approves; ``demo`` records it."""
    led, cast = r.led, r.cast
    waiting = destruction_media.awaiting_destruction(led)
    pcs = [m.id for m in waiting if m.media_type == MediaType.COMPUTER.value]
    discs = [m.id for m in waiting if m.media_type == MediaType.DISC.value]
    disks = [m.id for m in waiting  # a repair's replaced disk is registered as 其他介质
             if m.media_type in (MediaType.PORTABLE_DISK.value, MediaType.OTHER.value)]
    media = pcs[:1] + discs[:2] + disks
    paper = free_carriers(led, "c.state = 'in_store' AND d.recall_required = 0"
                               " AND c.carrier_type = 'paper'", 2, oldest=True)
    if not media:
        return
    r.tick()
    m = destruction.new_manifest(led, note="报废涉密设备、存储介质和到期文件集中销毁")
    if paper:
        destruction.add_items(led, manifest_id=m.id, carrier_ids=paper)
    destruction_media.add_media_items(led, manifest_id=m.id, media_ids=media)
    destruction.set_checker(led, manifest_id=m.id, checker_id=cast.cleared[12].id)
    r.tick()
    m = destruction.submit(led, manifest_id=m.id)
    r.as_user("leader")
    r.tick()
    if m.approval is not None:
        approvals.decide(led, approval_id=m.approval.id, approve=True, reason="同意")
    r.as_user("demo")
    r.tick()
    destruction.execute(led, manifest_id=m.id, inp=destruction.ExecutionInput(
        method=D.SHRED, methods=METHODS, site="机要室涉密载体销毁间",
        equipment="保密碎纸机 BS-5、光盘粉碎机 GD-1、硬盘消磁机 XC-2",
        escort_ids=(cast.clerk.id, cast.cleared[4].id),
        witness_ids=(cast.cleared[8].id, cast.cleared[9].id),  # two: a disk may be 绝密
        destroyer="机要室 " + cast.clerk.name, destroyed_on=r.today))
    rest = pcs[1:2]
    if rest:
        r.tick()
        draft = destruction.new_manifest(led, note="报废计算机待销毁")
        destruction_media.add_media_items(led, manifest_id=draft.id, media_ids=rest)
