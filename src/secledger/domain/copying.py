"""复制审批 rules (DESIGN.md §3): media, request statuses, who approves."""

from __future__ import annotations

from secledger.domain.enums import CarrierType, Classification, Labelled

#: Register name (counters table) and printed prefix of copy *requests*; the 复制号 of an
#: executed copying comes from ``Register.COPY`` (复2026-00001).
REQUEST_REGISTER, REQUEST_PREFIX = "copy_request", "复申"
MAX_COPIES = 500


class CopyMedium(Labelled):
    """复制方式 and the carrier type the copies have."""

    PHOTOCOPY = "photocopy"  # 复印 -> paper
    BURN = "burn"  # 刻录 -> disc
    USB = "usb"  # 拷贝 -> USB stick

    @property
    def label(self) -> str:
        return {"photocopy": "复印", "burn": "刻录", "usb": "拷贝"}[self.value]

    @property
    def label_en(self) -> str:
        return {"photocopy": "Photocopy", "burn": "Burn to disc", "usb": "Copy to USB stick"}[
            self.value]

    @property
    def carrier_type(self) -> CarrierType:
        return {"photocopy": CarrierType.PAPER, "burn": CarrierType.DISC,
                "usb": CarrierType.USB}[self.value]


class CopyStatus(Labelled):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXECUTED = "executed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {"pending": "待审批", "approved": "已批准", "rejected": "未批准",
                "executed": "已复制", "cancelled": "已撤销"}[self.value]

    @property
    def label_en(self) -> str:
        return {"pending": "pending approval", "approved": "approved", "rejected": "rejected",
                "executed": "executed", "cancelled": "cancelled"}[self.value]


def needs_origin_approval(level: Classification) -> bool:
    """绝密 is copied only with the approval of the original classifying body (or its
    superior), recorded by reference, in addition to the unit leader's."""
    return level is Classification.TOP_SECRET


def approval_rule(level: Classification, posts: str, origin: str = "") -> str:
    """The rule text stored with the approval: why this approver decides."""
    if needs_origin_approval(level):
        ref = f"（{origin}）" if origin else ""
        return (f"绝密级载体复制须经原定密机关或其上级机关批准{ref}，"
                f"并经单位领导（{posts}）审批")
    return f"机密、秘密级载体复制由单位分管领导（{posts}）审批"


def stamp_text(unit_name: str, day_text: str) -> str:
    """The copying unit's stamp on every copy."""
    return f"复制件　{unit_name}　{day_text}".strip()
