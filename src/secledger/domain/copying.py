"""复制审批 rules (DESIGN.md §3): media, request statuses, who approves.

摘录、引用 and 汇编 are approved exactly like copying (实施条例 art. 27(5)); for 绝密 the
originator's consent, as for copies (art. 29). One request type carries the kind
(``CopyKind``). A copy is a new carrier of the same document; an excerpt or a compilation
that is itself classified is a new document (派生) whose level is not lower than the highest
of its sources, linked to them.
"""

from __future__ import annotations

from secledger.domain.enums import CarrierType, Classification, Labelled

#: Register name (counters table) and printed prefix of copy *requests*; the 复制号 of an
#: executed copying comes from ``Register.COPY`` (复2026-00001).
REQUEST_REGISTER, REQUEST_PREFIX = "copy_request", "复申"
MAX_COPIES = 500
#: the most sources one compilation may name
MAX_SOURCES = 200


class CopyKind(Labelled):
    """复制 / 摘录（引用） / 汇编: what the request asks to do with classified content."""

    COPY = "copy"
    EXCERPT = "excerpt"  # 摘录、引用
    COMPILE = "compile"  # 汇编

    @property
    def label(self) -> str:
        return {"copy": "复制", "excerpt": "摘录", "compile": "汇编"}[self.value]

    @property
    def label_en(self) -> str:
        return {"copy": "Copy", "excerpt": "Excerpt", "compile": "Compilation"}[self.value]

    @property
    def derives(self) -> bool:
        """An excerpt or a compilation makes new material (派生), not a copy of a carrier."""
        return self is not CopyKind.COPY

    @property
    def form_title(self) -> str:
        """The approval form's title: 涉密载体复制审批单 / 摘录审批单 / 汇编审批单."""
        return f"涉密载体{self.label}审批单"


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

    def label_of(self, kind: CopyKind) -> str:
        """The label for a request of *kind*: an executed excerpt reads 已摘录."""
        if self is CopyStatus.EXECUTED:
            return f"已{kind.label}"
        return self.label


def needs_origin_approval(level: Classification) -> bool:
    """绝密 is copied only with the approval of the original classifying body (or its
    superior), recorded by reference, in addition to the unit leader's."""
    return level is Classification.TOP_SECRET


def approval_rule(level: Classification, posts: str, origin: str = "",
                  kind: CopyKind = CopyKind.COPY) -> str:
    """The rule text stored with the approval: why this approver decides."""
    ref = f"（{origin}）" if origin else ""
    if kind is CopyKind.COPY:
        if needs_origin_approval(level):
            return (f"绝密级载体复制须经原定密机关或其上级机关批准{ref}，"
                    f"并经单位领导（{posts}）审批")
        return f"机密、秘密级载体复制由单位分管领导（{posts}）审批"
    what = "摘录、引用" if kind is CopyKind.EXCERPT else "汇编"
    if needs_origin_approval(level):
        return (f"{what}绝密级国家秘密须经原定密机关或其上级机关同意{ref}，"
                f"并经单位领导（{posts}）审批（实施条例第二十七条、第二十九条）")
    return f"{what}机密、秘密级国家秘密按复制办理，由单位分管领导（{posts}）审批（实施条例第二十七条）"


def stamp_text(unit_name: str, day_text: str) -> str:
    """The copying unit's stamp on every copy."""
    return f"复制件　{unit_name}　{day_text}".strip()
