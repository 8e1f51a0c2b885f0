"""销毁 rules (DESIGN.md §3): methods and the media each fits, manifest statuses, escorts and
witnesses.

A manifest may list document carriers and classified devices or storage media together.
Each item counts under its medium (``Medium``: 纸质, 光盘, U盘, 移动硬盘, 涉密计算机 …) for the
totals, and each medium is destroyed by a method that fits it (``METHOD_FIT``): storage is
destroyed physically, never formatted or erased; only paper is burnt.
"""

from __future__ import annotations

from collections.abc import Iterable

from secledger.domain.enums import CarrierType, Classification, Labelled

MIN_ESCORTS = 2
MIN_WITNESSES = 1
MIN_WITNESSES_TOP_SECRET = 2


class DestructionMethod(Labelled):
    CENTER = "center"  # 送销毁中心 (designated by the 保密行政管理部门)
    SHRED = "shred"  # 本单位经批准的设备粉碎 (paper, disc, disk shredders)
    DEGAUSS = "degauss"  # 消磁或物理销毁 (magnetic and electronic media)
    CUT = "cut"  # 切割/剪碎 (discs and USB sticks)
    BURN = "burn"  # 焚烧 (paper only)
    FORMAT = "format"  # 格式化/删除: never a destruction (named so it can be refused)

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _METHOD_LABELS[self][1]

    @property
    def in_house(self) -> bool:
        return self is not DestructionMethod.CENTER

    @property
    def offered(self) -> bool:
        """A method the execution form offers (formatting is never a destruction)."""
        return self is not DestructionMethod.FORMAT

    def accepts(self, ctype: CarrierType) -> bool:
        """The method fits a document carrier of type *ctype* (``METHOD_FIT``)."""
        return self in METHOD_FIT[Medium.of_carrier(ctype)]


_METHOD_LABELS: dict[DestructionMethod, tuple[str, str]] = {
    DestructionMethod.CENTER: ("送销毁中心销毁", "Sent to the destruction centre"),
    DestructionMethod.SHRED: ("本单位经批准的设备粉碎", "Shredded in-house on approved equipment"),
    DestructionMethod.DEGAUSS: ("消磁或物理销毁", "Degaussed or physically destroyed"),
    DestructionMethod.CUT: ("切割剪碎", "Cut to pieces"),
    DestructionMethod.BURN: ("焚烧", "Burnt"),
    DestructionMethod.FORMAT: ("格式化或删除数据", "Formatted or erased"),
}


class Medium(Labelled):
    """What an item on a manifest physically is: the carrier types and the media types
    share one list, so a USB stick counts as U盘 whether it is a copy of one document or
    the office's classified stick (totals by 载体类型)."""

    PAPER = "paper"
    DISC = "disc"
    USB = "usb"
    HDD = "hdd"
    COMPUTER = "computer"
    LAPTOP = "laptop"
    OFFICE_EQUIPMENT = "office_equipment"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _MEDIUM_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _MEDIUM_LABELS[self][1]

    @property
    def is_paper(self) -> bool:
        return self is Medium.PAPER

    @staticmethod
    def of_carrier(ctype: CarrierType | str) -> Medium:
        return Medium(CarrierType(ctype).value)

    @staticmethod
    def of_media(mtype: str) -> Medium:
        """The medium of a ``domain.media.MediaType`` (its value; a portable disk is 移动硬盘)."""
        value = str(mtype)
        return Medium.HDD if value == "portable_disk" else Medium(value)


_MEDIUM_LABELS: dict[Medium, tuple[str, str]] = {
    Medium.PAPER: ("纸质", "Paper"),
    Medium.DISC: ("光盘", "Disc"),
    Medium.USB: ("U盘", "USB stick"),
    Medium.HDD: ("移动硬盘", "Portable disk"),
    Medium.COMPUTER: ("涉密计算机", "Classified computer"),
    Medium.LAPTOP: ("涉密笔记本", "Classified laptop"),
    Medium.OFFICE_EQUIPMENT: ("打印机/复印机/扫描仪", "Printer, copier or scanner"),
    Medium.OTHER: ("其他", "Other"),
}

_M = DestructionMethod
_STORAGE = frozenset({_M.CENTER, _M.SHRED, _M.DEGAUSS})
_DEVICE = frozenset({_M.CENTER, _M.DEGAUSS})  # the storage inside degaussed or destroyed
#: the methods that fit each medium: paper is shredded, burnt or sent to the centre; storage
#: is destroyed physically (degaussed, shredded, cut); nothing is formatted or erased
METHOD_FIT: dict[Medium, frozenset[DestructionMethod]] = {
    Medium.PAPER: frozenset({_M.CENTER, _M.SHRED, _M.BURN}),
    Medium.DISC: _STORAGE | {_M.CUT},
    Medium.USB: _STORAGE | {_M.CUT},
    Medium.HDD: _STORAGE,
    Medium.COMPUTER: _DEVICE,
    Medium.LAPTOP: _DEVICE,
    Medium.OFFICE_EQUIPMENT: _DEVICE,
    Medium.OTHER: frozenset({_M.CENTER, _M.SHRED}),
}
METHOD_RULE = ("销毁方式须与载体介质相适应：纸介质粉碎、焚烧或送销毁中心；存储介质和涉密设备须"
               "物理销毁（消磁、粉碎、切割）或送销毁中心，不得以格式化、删除等方式代替销毁")


def fitting_methods(medium: Medium) -> list[DestructionMethod]:
    """The methods that fit *medium*, in the order of the enumeration."""
    return [m for m in DestructionMethod if m in METHOD_FIT[medium]]


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
