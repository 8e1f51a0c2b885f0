"""The classification events in words, for the carrier history and the audit log:
``密级变更：秘密★5年 → 机密★10年（定决2026-00001，通知密通2026-00001）`` rather than the
payload. ``sentence(kind, payload)`` returns None for any other event."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from secledger.domain.classification import DecisionKind, DecisionSource
from secledger.domain.enums import Classification

Body = Mapping[str, Any]


def _ref(b: Body) -> str:
    parts = [str(b.get("notice_ref") or b.get("decision_no") or "")]
    if b.get("authority") and b.get("source") == DecisionSource.ORIGINATOR.value:
        parts.insert(0, str(b["authority"]))
    if b.get("notice_no"):
        parts.append(f"通知{b['notice_no']}")
    return "（" + "，".join(p for p in parts if p) + "）" if any(parts) else ""


def _decision(label: str) -> Callable[[Body], str]:
    def say(b: Body) -> str:
        return f"{label}：{b.get('mark_before', '')} → {b.get('mark_after', '')}{_ref(b)}"
    return say


def _declassified(b: Body) -> str:
    if b.get("source") == DecisionSource.SYSTEM.value:
        return (f"保密期限届满，自行解密（{b.get('mark_before', '')}，{b.get('decided_on', '')}）；"
                f"{b.get('carriers_waiting', 0)}件载体待标注解密标志")
    return _decision("解密")(b)


def _kind_label(value: Any) -> str:
    try:
        return DecisionKind(str(value)).label
    except ValueError:
        return str(value or "")


def _level(value: Any) -> str:
    try:
        return Classification(str(value)).label
    except ValueError:
        return str(value or "")


def _mark_changed(b: Body) -> str:
    head = f"第{b.get('copy_no', '')}份密级标志"
    if b.get("declassified"):
        return f"{head}：{b.get('mark_before', '')} → {b.get('mark_after', '')}，待标注解密标志"
    return f"{head}：{b.get('mark_before', '')} → {b.get('mark_after', '')}，待换新标签"


_SAY: dict[str, Callable[[Body], str]] = {
    "document.classified": lambda b: f"定密：{b.get('mark_after', '')}{_ref(b)}",
    "document.reclassified": _decision("密级变更"),
    "document.secrecy_extended": _decision("保密期限延长"),
    "document.declassified": _declassified,
    "document.classification_reviewed": lambda b: (
        f"年度审核，维持{b.get('mark_before', '')}{_ref(b)}"),
    "document.originator_silent": lambda b: (
        f"{b.get('year', '')}年度审核：未收到原定密机关（{b.get('unit') or '来文单位'}）的变更通知"),
    "carrier.mark_changed": _mark_changed,
    "classification.designated": lambda b: (
        f"指定为定密责任人，最高{_level(b.get('max_level'))}级"
        + (f"（{b['reference']}）" if b.get("reference") else "")),
    "classification.designation_revoked": lambda b: f"撤销定密责任人指定：{b.get('reason', '')}",
    "classification.proposed": lambda b: (
        f"提出{_kind_label(b.get('kind'))}申请{b.get('proposal_no', '')}，"
        f"须于{b.get('due_on') or '—'}前由定密责任人审批"),
    "classification.proposal_withdrawn": lambda b: (
        f"撤回申请{b.get('proposal_no', '')}：{b.get('reason', '')}"),
    "classification.proposal_sent": lambda b: (
        f"向{b.get('addressee', '')}提出{_kind_label(b.get('kind'))}建议"
        + (f"（{b['sent_ref']}）" if b.get("sent_ref") else "")),
    "classification.notice_acknowledged": lambda b: (
        f"签收变更（解密）通知{b.get('notice_no', '')}（{b.get('signed_on', '')}）"),
}


def sentence(kind: str, body: Body) -> str | None:
    """*kind* with its payload in words; None when it is not a classification event (a
    label print is one only when it closes a 待换标)."""
    if kind == "carrier.label_printed":
        return f"打印新标签（{body['mark']}），标签号不变" if body.get("mark") else None
    say = _SAY.get(kind)
    return say(body) if say is not None else None
