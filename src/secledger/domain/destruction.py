"""销毁 rules (DESIGN.md §3): methods, manifest statuses, escorts and witnesses."""

from __future__ import annotations

from collections.abc import Iterable

from secledger.domain.enums import CarrierType, Classification, Labelled

MIN_ESCORTS = 2
MIN_WITNESSES = 1
MIN_WITNESSES_TOP_SECRET = 2


class DestructionMethod(Labelled):
    CENTER = "center"  # 送销毁中心 (designated by the 保密行政管理部门)
    SHRED = "shred"  # 本单位经批准的设备粉碎
    DEGAUSS = "degauss"  # 消磁或物理销毁 (magnetic and electronic media)

    @property
    def label(self) -> str:
        return {"center": "送销毁中心销毁", "shred": "本单位经批准的设备粉碎",
                "degauss": "消磁或物理销毁"}[self.value]

    @property
    def label_en(self) -> str:
        return {"center": "Sent to the destruction centre",
                "shred": "Shredded in-house on approved equipment",
                "degauss": "Degaussed or physically destroyed"}[self.value]

    @property
    def in_house(self) -> bool:
        return self is not DestructionMethod.CENTER

    def accepts(self, ctype: CarrierType) -> bool:
        """Degaussing / physical destruction is for magnetic and electronic media only."""
        return self is not DestructionMethod.DEGAUSS or ctype.is_electronic


class ManifestStatus(Labelled):
    DRAFT = "draft"  # 编制中 (items may be added and removed)
    SUBMITTED = "submitted"  # 待审批 (frozen while the leader decides)
    APPROVED = "approved"  # 已批准 (frozen)
    EXECUTED = "executed"  # 已销毁
    CANCELLED = "cancelled"  # 已撤销

    @property
    def label(self) -> str:
        return {"draft": "编制中", "submitted": "待审批", "approved": "已批准",
                "executed": "已销毁", "cancelled": "已撤销"}[self.value]

    @property
    def label_en(self) -> str:
        return {"draft": "a draft", "submitted": "awaiting approval", "approved": "approved",
                "executed": "executed", "cancelled": "cancelled"}[self.value]

    @property
    def open(self) -> bool:
        """Holds its carriers (they cannot go on another manifest)."""
        return self in (ManifestStatus.DRAFT, ManifestStatus.SUBMITTED, ManifestStatus.APPROVED)


def min_witnesses(levels: Iterable[Classification]) -> int:
    """Two or more 监销人 when any item is 绝密; at least one otherwise."""
    top = any(lv is Classification.TOP_SECRET for lv in levels)
    return MIN_WITNESSES_TOP_SECRET if top else MIN_WITNESSES


APPROVAL_RULE = "涉密载体销毁须登记造册、清点核对，经单位分管领导（{posts}）审批"
