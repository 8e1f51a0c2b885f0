"""One carrier in full for the browser's detail panel: its document, every copy of that
document with state and holder, and the carrier's event history rendered readably in
Chinese (who, when, what, before → after)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import CarrierState
from secledger.domain.errors import NotFound
from secledger.domain.states import Action
from secledger.services.ledger.dto import DocumentDTO
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import document_dto
from secledger.store.models.registry import Carrier, Document

#: Event kinds that are not carrier transitions, in words.
KIND_LABELS: dict[str, str] = {
    "document.registered": "文件登记",
    "document.voided": "文件作废",
    "document.updated": "文件信息更正",
    "document.corrected": "登记更正",
    "carrier.corrected": "载体信息更正",
    "dispatch.receipt_recorded": "发出回执",
    "document.reclassified": "密级变更",
    "document.declassified": "解密",
    "document.classified": "定密",
    "document.secrecy_extended": "保密期限延长",
    "document.classification_reviewed": "定密年度审核",
    "document.originator_silent": "年度审核（未收到原定密机关通知）",
    "carrier.mark_changed": "密级标志变更",
    "classification.designated": "指定定密责任人",
    "classification.designation_revoked": "撤销定密责任人",
    "classification.proposed": "定密（变更、解密）申请",
    "classification.proposal_withdrawn": "撤回定密（变更、解密）申请",
    "classification.proposal_sent": "向原定密机关提出建议",
    "classification.notice_acknowledged": "变更（解密）通知签收",
    "carrier.label_printed": "打印标签",
    "carrier.located": "存放位置变更",
    "import.committed": "导入登记簿",
    # the rest of the log, for the audit pane (services/audit.py)
    "document.recall_required": "须清退标记",
    "circulation.planned": "传阅计划",
    "circulation.plan_completed": "传阅计划完成",
    "circulation.plan_cancelled": "传阅计划取消",
    "loan.requested": "借阅申请",
    "loan.renewed": "借阅续借",
    "loan.returned": "借阅归还",
    "loan.cancelled": "借阅撤销",
    "copy.requested": "复制申请",
    "copy.executed": "复制完成",
    "copy.cancelled": "复制撤销",
    "destruction.opened": "销毁清单建立",
    "destruction.item_added": "销毁清单增加载体",
    "destruction.item_removed": "销毁清单移除载体",
    "destruction.submitted": "销毁清单送审",
    "destruction.withdrawn": "销毁清单撤回",
    "destruction.checked": "销毁清点核对",
    "destruction.executed": "销毁执行",
    "destruction.cancelled": "销毁清单撤销",
    "handover.confirmed": "移交确认",
    "recall.requested": "清退通知",
    "stocktake.started": "清查盘点开始",
    "stocktake.finished": "清查盘点完成",
    "stocktake.cancelled": "清查盘点撤销",
    "loss.reported": "遗失报告",
    "loss.reported_upstream": "遗失上报",
    "approval.requested": "提请审批",
    "approval.decided": "审批决定",
    "approval.cancelled": "审批撤销",
    "auth.unlocked": "登录/解锁",
    "auth.locked": "锁定",
    "auth.failed_attempts": "登录失败记录",
    "report.printed": "打印表单",
    "report.exported": "导出表格",
    "auth.recovered": "应急恢复密钥开启",
    "user.created": "新建账户",
    "user.disabled": "停用账户",
    "user.roles_changed": "角色变更",
    "user.password_changed": "修改密码",
    "user.password_reset": "重置密码",
    "person.created": "新增人员",
    "person.updated": "人员信息变更",
    "person.deactivated": "人员停用",
    "department.created": "新增部门",
    "policy.changed": "制度设置变更",
    "ledger.created": "台账建立",
    "ledger.backed_up": "台账备份",
    "ledger.backup_verified": "备份校验",
    "ledger.restored_to": "备份恢复到新文件夹",
}


def kind_label(kind: str) -> str:
    """A kind in words: ``carrier.issue_to`` -> 分发/领用, ``auth.unlocked`` -> 登录/解锁."""
    if kind in KIND_LABELS:
        return KIND_LABELS[kind]
    if kind.startswith("carrier."):
        try:
            return Action(kind.removeprefix("carrier.")).label
        except ValueError:
            pass
    return kind


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    ts: datetime  # aware, UTC
    username: str
    kind: str
    what: str  # e.g. "分发/领用 → 张三"
    state_before: str  # labels, "" when not a state change
    state_after: str
    holder_before: str  # names
    holder_after: str
    detail: str  # remaining payload, readable
    carrier_id: int | None
    actor_name: str = ""  # the name of the person behind ``username`` ("" when unknown)

    @property
    def actor(self) -> str:
        """Who did it, as people read it: the person's name, else the user name."""
        return self.actor_name or self.username


@dataclass(frozen=True, slots=True)
class CarrierDetail:
    carrier_id: int
    label_id: str
    copy_no: str
    state: str
    location: str
    document: DocumentDTO
    events: tuple[EventRow, ...]


def carrier_detail(led: Ledger, carrier_id: int) -> CarrierDetail:
    """Everything about *carrier_id*. Raises NotFound."""
    with led.db.read() as s:
        c = s.get(Carrier, carrier_id)
        doc = s.get(Document, c.document_id) if c is not None else None
        if c is None or doc is None:
            raise NotFound(what="载体", key=str(carrier_id))
        dto = document_dto(s, doc)
        events = _history(s, c.id, doc.id)
        mine = next(x for x in dto.carriers if x.id == c.id)
        return CarrierDetail(
            carrier_id=c.id, label_id=c.label_id, copy_no=mine.copy_no_text, state=c.state,
            location=c.location, document=dto, events=events,
        )


#: ``SELECT {EVENT_COLUMNS} FROM events e {ACTOR_JOIN} WHERE ...``: the columns
#: ``describe_rows`` reads, with the acting person's name joined SQL-side (users -> people).
EVENT_COLUMNS = "e.id, e.ts, e.username, e.kind, e.carrier_id, e.payload, coalesce(ap.name, '')"
ACTOR_JOIN = ("LEFT JOIN users au ON au.id = e.user_id "
              "LEFT JOIN people ap ON ap.id = au.person_id")


def _history(s: Session, carrier_id: int, document_id: int) -> tuple[EventRow, ...]:
    rows = s.execute(text(
        f"SELECT {EVENT_COLUMNS} FROM events e {ACTOR_JOIN} "
        "WHERE e.carrier_id = :c OR (e.document_id = :d AND e.carrier_id IS NULL) ORDER BY e.id"
    ), {"c": carrier_id, "d": document_id}).all()
    return describe_rows(s, rows)


def describe_rows(s: Session, rows: Sequence[Sequence[Any]]) -> tuple[EventRow, ...]:
    """Events in words; *rows* are ``(id, ts, username, kind, carrier_id, payload)``, plus
    optionally the actor's name (``EVENT_COLUMNS`` with ``ACTOR_JOIN``)."""
    payloads = [json.loads(r[5] or "{}") for r in rows]
    names = _names(s, payloads)
    return tuple(
        replace(_event(int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], body, names),
                actor_name=str(r[6] or "") if len(r) > 6 else "")
        for r, body in zip(rows, payloads, strict=True)
    )


def _names(s: Session, payloads: list[dict[str, Any]]) -> dict[int, str]:
    ids: set[int] = set()
    for body in payloads:
        for key in ("holder_before", "holder_after", "person_id", "reader_id", "to_person_id"):
            value = body.get(key)
            if isinstance(value, int):
                ids.add(value)
    if not ids:
        return {}
    marks = ", ".join(str(i) for i in sorted(ids))
    return {int(r[0]): str(r[1]) for r in s.execute(
        text(f"SELECT id, name FROM people WHERE id IN ({marks})"))}


def _state_label(value: Any) -> str:
    if not value:
        return ""
    try:
        return CarrierState(str(value)).label
    except ValueError:
        return str(value)


#: payload keys shown elsewhere (columns, the document panel), left out of "detail"
_SHOWN = {"action", "state_before", "state_after", "holder_before", "holder_after",
          "location_before", "location_after", "need_to_know", "title", "doc_no", "mark",
          "level", "unit", "reg_no", "register", "urgency", "issued_on", "pages", "no_copy",
          "recall_required", "carrier_type", "label_id", "copy_no", "remarks"}


def _event(
    ev_id: int, ts: str, username: str, kind: str, carrier_id: Any, body: dict[str, Any],
    names: dict[int, str],
) -> EventRow:
    hb = names.get(body["holder_before"], str(body["holder_before"])) if isinstance(
        body.get("holder_before"), int) else ""
    ha = names.get(body["holder_after"], str(body["holder_after"])) if isinstance(
        body.get("holder_after"), int) else ""
    what = _what(kind, body)
    if ha and ha != hb and body.get("action") != "register":
        what = f"{what} → {ha}"
    if body.get("location_after") is not None:
        what = f"{what}（位置：{body['location_after'] or '—'}）"
    detail = "；".join(f"{k}={_plain(v)}" for k, v in sorted(body.items())
                      if k not in _SHOWN and v not in (None, "", [], {}))
    return EventRow(
        id=ev_id, ts=_parse(ts), username=username, kind=kind, what=what,
        state_before=_state_label(body.get("state_before")),
        state_after=_state_label(body.get("state_after")), holder_before=hb, holder_after=ha,
        detail=detail, carrier_id=int(carrier_id) if carrier_id is not None else None,
    )


def _what(kind: str, body: dict[str, Any]) -> str:
    action = body.get("action")
    if action:
        try:
            return Action(str(action)).label
        except ValueError:
            return str(action)
    return kind_label(kind)


def _plain(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _parse(ts: str) -> datetime:
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
