"""Enumerations of the glossary (DESIGN.md §2). Values are stable and stored in the DB."""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """An enumeration with a Chinese ``label`` and an English ``label_en`` (no members here).

    Printed forms and stored text use ``label``; the UI shows ``label_in(lang)``.
    """

    @property
    def label(self) -> str:
        raise NotImplementedError

    @property
    def label_en(self) -> str:
        raise NotImplementedError

    def label_in(self, lang: str) -> str:
        """The label in *lang* (``zh_CN`` or ``en``); Chinese unless *lang* is English."""
        return self.label_en if lang.lower().startswith("en") else self.label


class Classification(Labelled):
    """密级. Ordered by rank(); WORK_SECRET is tracked but not a state secret."""

    TOP_SECRET = "top_secret"  # 绝密
    SECRET = "secret"  # 机密
    CONFIDENTIAL = "confidential"  # 秘密
    WORK_SECRET = "work_secret"  # 工作秘密/内部 (non-state-secret)

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]

    @property
    def label_en(self) -> str:
        return _CLASS_LABELS_EN[self]

    @property
    def rank(self) -> int:
        return _CLASS_RANK[self]

    @property
    def is_state_secret(self) -> bool:
        return self is not Classification.WORK_SECRET

    @property
    def max_years(self) -> int | None:
        """Default (and maximum) period in years when none is marked."""
        return _MAX_YEARS.get(self)

    @classmethod
    def from_label(cls, text: str) -> Classification:
        for c, lab in _CLASS_LABELS.items():
            if text == lab:
                return c
        if text in ("内部", "工作秘密"):
            return cls.WORK_SECRET
        raise ValueError(text)


_CLASS_LABELS = {
    Classification.TOP_SECRET: "绝密",
    Classification.SECRET: "机密",
    Classification.CONFIDENTIAL: "秘密",
    Classification.WORK_SECRET: "工作秘密",
}
_CLASS_LABELS_EN = {
    Classification.TOP_SECRET: "Top secret",
    Classification.SECRET: "Secret",
    Classification.CONFIDENTIAL: "Confidential",
    Classification.WORK_SECRET: "Work secret",
}
_CLASS_RANK = {
    Classification.TOP_SECRET: 3,
    Classification.SECRET: 2,
    Classification.CONFIDENTIAL: 1,
    Classification.WORK_SECRET: 0,
}
_MAX_YEARS = {
    Classification.TOP_SECRET: 30,
    Classification.SECRET: 20,
    Classification.CONFIDENTIAL: 10,
}


class Clearance(Labelled):
    """涉密人员等级."""

    CORE = "core"  # 核心 -> 绝密
    IMPORTANT = "important"  # 重要 -> 机密
    GENERAL = "general"  # 一般 -> 秘密
    NONE = "none"  # 非涉密

    @property
    def label(self) -> str:
        return {"core": "核心", "important": "重要", "general": "一般", "none": "非涉密"}[self.value]

    @property
    def label_en(self) -> str:
        return {"core": "Core", "important": "Important", "general": "General",
                "none": "Non-classified"}[self.value]

    @property
    def max_level_rank(self) -> int:
        return {"core": 3, "important": 2, "general": 1, "none": 0}[self.value]


class CarrierState(Labelled):
    """Carrier states of DESIGN.md §4 (plus VOIDED for a registration made in error)."""

    IN_STORE = "in_store"
    WITH_HOLDER = "with_holder"
    CIRCULATING = "circulating"
    ARCHIVED = "archived"
    ON_LOAN = "on_loan"
    CARRIED_OUT = "carried_out"
    DISPATCHED = "dispatched"
    RETURNED_TO_ISSUER = "returned_to_issuer"
    DESTROYED = "destroyed"
    DECLASSIFIED = "declassified"
    LOST = "lost"
    VOIDED = "voided"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def label_en(self) -> str:
        return _STATE_LABELS_EN[self]

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL_STATES

    @property
    def in_custody(self) -> bool:
        """在库或已归档: physically in the unit's custody."""
        return self in (CarrierState.IN_STORE, CarrierState.ARCHIVED)


_STATE_LABELS = {
    CarrierState.IN_STORE: "在库",
    CarrierState.WITH_HOLDER: "领用",
    CarrierState.CIRCULATING: "传阅中",
    CarrierState.ARCHIVED: "已归档",
    CarrierState.ON_LOAN: "借出",
    CarrierState.CARRIED_OUT: "携带外出",
    CarrierState.DISPATCHED: "已发出",
    CarrierState.RETURNED_TO_ISSUER: "已清退",
    CarrierState.DESTROYED: "已销毁",
    CarrierState.DECLASSIFIED: "已解密",
    CarrierState.LOST: "遗失",
    CarrierState.VOIDED: "已作废",
}
_STATE_LABELS_EN = {
    CarrierState.IN_STORE: "In store",
    CarrierState.WITH_HOLDER: "With holder",
    CarrierState.CIRCULATING: "Circulating",
    CarrierState.ARCHIVED: "Archived",
    CarrierState.ON_LOAN: "On loan",
    CarrierState.CARRIED_OUT: "Carried out",
    CarrierState.DISPATCHED: "Dispatched",
    CarrierState.RETURNED_TO_ISSUER: "Returned to issuer",
    CarrierState.DESTROYED: "Destroyed",
    CarrierState.DECLASSIFIED: "Declassified",
    CarrierState.LOST: "Lost",
    CarrierState.VOIDED: "Voided",
}

TERMINAL_STATES = frozenset(
    {
        CarrierState.DISPATCHED,
        CarrierState.RETURNED_TO_ISSUER,
        CarrierState.DESTROYED,
        CarrierState.DECLASSIFIED,
        CarrierState.VOIDED,
    }
)


class CarrierType(Labelled):
    """载体类型."""

    PAPER = "paper"
    DISC = "disc"
    USB = "usb"
    HDD = "hdd"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"paper": "纸质", "disc": "光盘", "usb": "U盘", "hdd": "移动硬盘", "other": "其他"}[
            self.value
        ]

    @property
    def label_en(self) -> str:
        return {"paper": "Paper", "disc": "Disc", "usb": "USB stick", "hdd": "Portable disk",
                "other": "Other"}[self.value]

    @property
    def is_electronic(self) -> bool:
        return self in (CarrierType.DISC, CarrierType.USB, CarrierType.HDD)


class Role(Labelled):
    CLERK = "clerk"  # 机要员
    ARCHIVIST = "archivist"  # 档案员
    APPROVER = "approver"  # 审批人
    SECURITY_OFFICER = "security_officer"  # 保密员/系统管理员
    AUDITOR = "auditor"  # 审计员

    @property
    def label(self) -> str:
        return {
            "clerk": "机要员",
            "archivist": "档案员",
            "approver": "审批人",
            "security_officer": "保密员",
            "auditor": "审计员",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {
            "clerk": "Clerk",
            "archivist": "Archivist",
            "approver": "Approver",
            "security_officer": "Security officer",
            "auditor": "Auditor",
        }[self.value]


class Urgency(Labelled):
    NORMAL = "normal"  # 平件
    URGENT = "urgent"  # 加急
    EXTRA_URGENT = "extra_urgent"  # 特急

    @property
    def label(self) -> str:
        return {"normal": "平件", "urgent": "加急", "extra_urgent": "特急"}[self.value]

    @property
    def label_en(self) -> str:
        return {"normal": "Normal", "urgent": "Urgent", "extra_urgent": "Extra urgent"}[
            self.value
        ]


class Register(Labelled):
    """Registers with their own gapless per-year numbering."""

    RECEIPT = "receipt"  # 收文
    PRODUCTION = "production"  # 发文/制作
    COPY = "copy"  # 复制
    DISPATCH = "dispatch"  # 发出
    LOAN = "loan"  # 借阅
    DESTRUCTION = "destruction"  # 销毁清单
    HANDOVER = "handover"  # 移交

    @property
    def label(self) -> str:
        return {
            "receipt": "收文",
            "production": "发文",
            "copy": "复制",
            "dispatch": "发出",
            "loan": "借阅",
            "destruction": "销毁",
            "handover": "移交",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {
            "receipt": "Receipt",
            "production": "Outgoing",
            "copy": "Copy",
            "dispatch": "Dispatch",
            "loan": "Loan",
            "destruction": "Destruction",
            "handover": "Handover",
        }[self.value]

    @property
    def prefix(self) -> str:
        return {
            "receipt": "收",
            "production": "发",
            "copy": "复",
            "dispatch": "送",
            "loan": "借",
            "destruction": "销",
            "handover": "移",
        }[self.value]


def format_reg_no(register: Register, year: int, number: int) -> str:
    """登记号, e.g. ``收2026-00012``."""
    return f"{register.prefix}{year}-{number:05d}"


class DispatchChannel(Labelled):
    CONFIDENTIAL_COURIER = "jiyao_jiaotong"  # 机要交通
    CONFIDENTIAL_POST = "jiyao_tongxin"  # 机要通信
    BY_HAND = "by_hand"  # 专人递送
    ORDINARY_POST = "ordinary_post"  # 普通邮寄 (refused)
    COURIER = "courier"  # 快递 (refused)

    @property
    def label(self) -> str:
        return {
            "jiyao_jiaotong": "机要交通",
            "jiyao_tongxin": "机要通信",
            "by_hand": "专人递送",
            "ordinary_post": "普通邮寄",
            "courier": "快递",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {
            "jiyao_jiaotong": "Confidential courier",
            "jiyao_tongxin": "Confidential post",
            "by_hand": "By designated staff",
            "ordinary_post": "Ordinary post",
            "courier": "Express courier",
        }[self.value]

    @property
    def allowed(self) -> bool:
        return self in (
            DispatchChannel.CONFIDENTIAL_COURIER,
            DispatchChannel.CONFIDENTIAL_POST,
            DispatchChannel.BY_HAND,
        )
