"""Helpers for the classification workflow tests: 定密责任人 designations on the ``office``
fixture, own and received documents, proposals put to the leader, and a snapshot of what a
refused call must leave untouched."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import Basis, BasisKind, DecisionKind
from secledger.domain.enums import Classification, Register
from secledger.domain.marks import parse_mark
from secledger.services.approvals import requests as approvals
from secledger.services.classification import designations, proposals
from secledger.services.registration.register import DocumentInput, register_document

ITEM = Basis(BasisKind.ITEM, "本机关保密事项范围第三条第（二）项")
TABLES = ("documents", "carriers", "classification_decisions", "classification_proposals",
          "secrecy_status", "carrier_relabels", "decision_notices", "notice_recipients",
          "approvals", "originator_silences", "counters")


@dataclass
class Classifiers:
    leader_id: int  # 张局长: approver account ``leader``, designated up to 机密
    paper_id: int  # 刘副局长: no account, designated up to 绝密


def designate(o: Any) -> Classifiers:
    """As the security officer: 张局长 up to 机密, 刘副局长 up to 绝密; back as the clerk."""
    o.login("admin", "Admin1234")
    designations.designate(o.led, person_id=o.leaders[0].id, max_level=Classification.SECRET,
                           reference="市保发〔2026〕3号")
    designations.designate(o.led, person_id=o.leaders[1].id,
                           max_level=Classification.TOP_SECRET, reference="市保发〔2026〕3号")
    o.as_clerk()
    return Classifiers(o.leaders[0].id, o.leaders[1].id)


def own(o: Any, title: str = "关于年度保密检查的通知", *, mark: str = "秘密★5年",
        copies: int = 2, issued_on: date = date(2026, 11, 20),
        need_to_know: NeedToKnow | None = None) -> Any:
    """A document the unit made (发文/制作), in store with the clerk."""
    return register_document(o.led, DocumentInput(
        register=Register.PRODUCTION, title=title, mark=parse_mark(mark),
        copy_nos=tuple(range(1, copies + 1)), unit="", doc_no="某保〔2026〕7号",
        issued_on=issued_on, need_to_know=need_to_know or NeedToKnow.of(
            persons=[o.leaders[2].id]), drafting_department_id=o.dept.id))


def propose(o: Any, doc_id: int, kind: DecisionKind = DecisionKind.DESIGNATE, **kw: Any) -> Any:
    args: dict[str, Any] = {"document_id": doc_id, "kind": kind, "proposer_id": o.general_staff.id}
    if kind is DecisionKind.DESIGNATE:
        args |= {"mark": parse_mark("秘密★5年"), "basis": ITEM,
                 "need_to_know": NeedToKnow.of(persons=[o.leaders[2].id])}
    else:
        args["opinion"] = "工作需要"
    args.update(kw)
    return proposals.propose(o.led, proposals.ProposalInput(**args))


def approve(o: Any, proposal: Any, *, approve: bool = True) -> Any:
    """The leader decides in the app; back as the clerk."""
    o.as_approver()
    try:
        return approvals.decide(o.led, approval_id=proposal.approval_id, approve=approve,
                                reason="" if approve else "依据不足")
    finally:
        o.as_clerk()


def snapshot(led: Any) -> dict[str, Any]:
    """Every row of the tables a decision writes, and the event count (logins aside)."""
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        out: dict[str, Any] = {t: cur.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                               for t in TABLES}
        out["events"] = cur.execute("SELECT count(*) FROM events WHERE kind NOT LIKE 'auth.%'"
                                     ).fetchone()[0]
        return out
    finally:
        conn.close()


def sql(led: Any, statement: str, *args: Any) -> list[Any]:
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        rows = cur.execute(statement, args).fetchall()
        conn.commit()
        return list(rows)
    finally:
        conn.close()
