"""Evidence of the carrier items the registers answer (六、国家秘密载体管理): 制作 (6.1),
收发 (6.2), 传递 (6.3), 复制 (6.4), 销毁 (6.8) and 清退 (6.10) — what was done in the period,
and what went wrong."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.domain.enums import Classification, DispatchChannel
from secledger.domain.yearend import Flow
from secledger.services.yearend.evidence import (
    CARRIER_REF,
    Gathered,
    Scope,
    listed,
    provider,
    scalar,
)
from secledger.services.yearend.statistics_flows import HELD_STATES, OUT_KINDS

_HELD = ", ".join(f"'{x}'" for x in HELD_STATES)
_IN_PERIOD = "c.registered_at >= :a AND c.registered_at < :b AND c.state != 'voided'"
_ALLOWED = ", ".join(f"'{c.value}'" for c in DispatchChannel if c.allowed)
#: a manifest approved this long before the cut and not yet carried out is listed
MANIFEST_WAIT_DAYS = 30


def _kind(flow: Flow) -> str:
    return next(k for k, f in OUT_KINDS.items() if f is flow)


def _moved(s: Session, scope: Scope, flow: Flow) -> int:
    return scalar(s, "SELECT count(*) FROM events WHERE kind = :k AND ts >= :a_ts AND ts < :b_ts",
                  scope.params(k=_kind(flow)))


@provider("produce")
def produce(s: Session, scope: Scope) -> Gathered:
    """6.1 制作: the unit's own carriers registered in the period; 绝密 without a stated circle
    of knowledge."""
    g = Gathered()
    g.count("produced", scalar(s, "SELECT count(*) FROM carriers c JOIN documents d"
                                  " ON d.id = c.document_id WHERE d.register = 'production'"
                                  f" AND c.is_copy = FALSE AND {_IN_PERIOD}", scope.params()))
    if not g.counts["produced"]:
        g.not_applicable()
    g.add(listed(s, scope, "scope_missing", "d.reg_no, d.title, d.level, '', d.received_at, NULL",
                 "FROM documents d WHERE d.register = 'production' AND d.voided = FALSE"
                 " AND d.level = :top AND d.received_at >= :a AND d.received_at < :b"
                 " AND d.need_to_know LIKE '%\"unrestricted\": true%'",
                 {"top": Classification.TOP_SECRET.value}, "ORDER BY d.id"))
    return g


@provider("receive_send")
def receive_send(s: Session, scope: Scope) -> Gathered:
    """6.2 收发: receipts signed for, dispatches with their receipts (回执) back in time."""
    g = Gathered()
    g.count("received", scalar(s, "SELECT count(*) FROM carriers c JOIN documents d"
                                  " ON d.id = c.document_id WHERE d.register = 'receipt'"
                                  f" AND c.is_copy = FALSE AND {_IN_PERIOD}", scope.params()))
    g.count("dispatched", _moved(s, scope, Flow.DISPATCHED))
    g.count("dispatches", scalar(s, "SELECT count(*) FROM dispatches WHERE dispatched_on >= :a_day"
                                    " AND dispatched_on <= :b_day", scope.params()))
    g.count("receipts_back", scalar(s, "SELECT count(*) FROM dispatches WHERE dispatched_on >="
                                       " :a_day AND dispatched_on <= :b_day AND receipt_on IS NOT"
                                       " NULL", scope.params()))
    g.add(listed(s, scope, "receipt_unsigned", "d.reg_no, d.title, d.level, d.unit, d.received_at,"
                 " NULL", "FROM documents d WHERE d.register = 'receipt' AND d.voided = FALSE"
                 " AND d.signed_by_id IS NULL AND d.received_at >= :a AND d.received_at < :b",
                 order="ORDER BY d.id"))
    g.add(listed(s, scope, "receipt_overdue", "x.reg_no, d.title, d.level, x.unit,"
                 " x.receipt_due_on, CAST(julianday(:cut_day) - julianday(x.receipt_due_on) AS"
                 " INTEGER)", "FROM dispatches x JOIN documents d ON d.id = x.document_id"
                 " WHERE x.dispatched_on >= :a_day AND x.dispatched_on <= :b_day"
                 " AND x.receipt_due_on < :cut_day AND (x.receipt_on IS NULL OR x.receipt_on >"
                 " :cut_day)", order="ORDER BY x.receipt_due_on, x.id"))
    return g


@provider("transmit")
def transmit(s: Session, scope: Scope) -> Gathered:
    """6.3 传递: every dispatch went by an allowed channel."""
    g = Gathered()
    g.count("dispatches", scalar(s, "SELECT count(*) FROM dispatches WHERE dispatched_on >= :a_day"
                                    " AND dispatched_on <= :b_day", scope.params()))
    if not g.counts["dispatches"]:
        g.not_applicable()
    g.add(listed(s, scope, "bad_channel", "x.reg_no, d.title, d.level, x.unit, x.dispatched_on,"
                 " NULL", "FROM dispatches x JOIN documents d ON d.id = x.document_id"
                 " WHERE x.dispatched_on >= :a_day AND x.dispatched_on <= :b_day"
                 f" AND x.channel NOT IN ({_ALLOWED})", order="ORDER BY x.id"))
    return g


@provider("copy")
def copy(s: Session, scope: Scope) -> Gathered:
    """6.4 复制: every copy made under an approved request (绝密 with the originator's
    reference); copies registered any other way have no approval to show."""
    g = Gathered()
    made = ("FROM copy_requests r WHERE r.executed_at >= :a AND r.executed_at < :b")
    g.count("copy_requests", scalar(s, f"SELECT count(*) {made}", scope.params()))
    g.count("copied", scalar(s, "SELECT count(*) FROM copy_items i JOIN copy_requests r"
                                " ON r.id = i.request_id WHERE r.executed_at >= :a"
                                " AND r.executed_at < :b", scope.params()))
    g.add(listed(s, scope, "copy_no_approval",
                 f"{CARRIER_REF}, d.title, d.level, '', e.ts, NULL",
                 "FROM carriers c JOIN documents d ON d.id = c.document_id"
                 " JOIN events e ON e.carrier_id = c.id AND e.kind = 'carrier.register'"
                 " WHERE c.is_copy = TRUE AND e.ts >= :a_ts AND e.ts < :b_ts"
                 " AND (NOT EXISTS (SELECT 1 FROM copy_items i WHERE i.carrier_id = c.id)"
                 " OR EXISTS (SELECT 1 FROM copy_items i JOIN copy_requests r"
                 " ON r.id = i.request_id LEFT JOIN approvals a ON a.id = r.approval_id"
                 " WHERE i.carrier_id = c.id AND (a.id IS NULL OR a.status != 'approved'"
                 " OR (d.level = :top AND r.origin_ref = ''))))",
                 {"top": Classification.TOP_SECRET.value}, "ORDER BY c.id"))
    if not g.counts["copied"] and not g.findings:
        g.not_applicable()
    return g


@provider("destroy")
def destroy(s: Session, scope: Scope) -> Gathered:
    """6.8 销毁: carriers destroyed under executed lists; approved lists left lying."""
    g = Gathered()
    g.count("destroyed", _moved(s, scope, Flow.DESTROYED))
    g.count("manifests", scalar(s, "SELECT count(*) FROM destruction_manifests"
                                   " WHERE status = 'executed' AND executed_at >= :a"
                                   " AND executed_at < :b", scope.params()))
    g.add(listed(s, scope, "manifest_waiting", "m.reg_no, '', '', '', m.approved_at,"
                 " CAST(julianday(:cut) - julianday(m.approved_at) AS INTEGER)",
                 "FROM destruction_manifests m WHERE m.status = 'approved'"
                 f" AND m.approved_at < datetime(:cut, '-{MANIFEST_WAIT_DAYS} days')",
                 order="ORDER BY m.approved_at"))
    if not g.counts["destroyed"] and not g.findings:
        g.not_applicable()
    return g


@provider("recall")
def recall(s: Session, scope: Scope) -> Gathered:
    """6.10 清退: carriers returned to their issuers; those still held after the date the
    issuer asked for."""
    g = Gathered()
    g.count("recalled", _moved(s, scope, Flow.RECALLED))
    g.count("recall_requests", scalar(s, "SELECT count(*) FROM recall_requests WHERE received_on"
                                         " >= :a_day AND received_on <= :b_day", scope.params()))
    g.add(listed(s, scope, "recall_overdue", f"{CARRIER_REF}, d.title, d.level, q.issuer,"
                 " q.due_on, CAST(julianday(:cut_day) - julianday(q.due_on) AS INTEGER)",
                 "FROM recall_requests q JOIN recall_request_documents rd ON rd.request_id = q.id"
                 " JOIN documents d ON d.id = rd.document_id JOIN carriers c"
                 f" ON c.document_id = d.id WHERE q.due_on < :cut_day AND c.state IN ({_HELD})",
                 order="ORDER BY q.due_on, c.id"))
    if not (g.counts["recalled"] or g.counts["recall_requests"] or g.findings):
        g.not_applicable()
    return g
