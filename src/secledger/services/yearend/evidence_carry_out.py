"""Evidence of 携带外出: 6.11 carriers taken out are approved and protected, and 10.2 no 绝密
carrier goes to a foreign-affairs activity or abroad (保密法实施条例第二十七条、第二十九条).

The ledger only issues a carry-out that was approved with its protective measures, so the
counts show the period's work and the findings are what went wrong afterwards: carriers
still out past the day they were due back at the cut, carriers lost while out, and (10.2)
a 绝密 carrier on a foreign-affairs or abroad carry-out — refused by the service today, so
it can only come from history recorded before that rule or from outside this program."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.domain.carry_out import CarryStatus
from secledger.domain.enums import Classification
from secledger.services.yearend.evidence import (
    CARRIER_REF,
    Gathered,
    Scope,
    listed,
    provider,
    scalar,
)

#: issued in the period (a carry-out is counted when it went out)
_ISSUED = "FROM carry_outs o WHERE o.issued_at >= :a AND o.issued_at < :b"
#: one carrier of a carry-out, with its document and the bearer
_ITEMS = ("FROM carry_out_items i JOIN carry_outs o ON o.id = i.carry_out_id"
          " JOIN carriers c ON c.id = i.carrier_id JOIN documents d ON d.id = c.document_id"
          " LEFT JOIN people p ON p.id = o.holder_id")
_ITEM = f"o.reg_no || ' ' || {CARRIER_REF}, d.title, d.level, p.name"


@provider("carry_out")
def carry_out(s: Session, scope: Scope) -> Gathered:
    """6.11: approved, protected, back on time, nothing lost while out."""
    g = Gathered()
    p = scope.params()
    g.count("carry_outs", scalar(s, f"SELECT count(*) {_ISSUED}", p))
    g.count("carried_out", scalar(s, "SELECT count(*) FROM carry_out_items i JOIN carry_outs o"
                                     " ON o.id = i.carry_out_id WHERE i.issued_at >= :a"
                                     " AND i.issued_at < :b", p))
    g.add(listed(s, scope, "carry_out_overdue",
                 f"{_ITEM}, o.due_at, CAST(julianday(:cut) - julianday(o.due_at) AS INTEGER)",
                 f"{_ITEMS} WHERE i.issued_at < :cut AND (i.returned_at IS NULL OR"
                 " i.returned_at >= :cut) AND i.lost_at IS NULL AND o.due_at < :cut",
                 order="ORDER BY o.due_at"))
    g.add(listed(s, scope, "carry_out_lost", f"{_ITEM}, i.lost_at, NULL",
                 f"{_ITEMS} WHERE i.lost_at >= :a AND i.lost_at < :b",
                 order="ORDER BY i.lost_at"))
    if not g.counts["carry_outs"] and not g.totals:
        g.not_applicable()
    return g


@provider("carry_out_foreign")
def carry_out_foreign(s: Session, scope: Scope) -> Gathered:
    """10.2: what went to foreign-affairs activities or abroad, never 绝密."""
    g = Gathered()
    foreign = f"{_ISSUED} AND (o.foreign_affairs OR o.abroad)"
    g.count("carry_outs_foreign", scalar(s, f"SELECT count(*) {foreign}", scope.params()))
    g.add(listed(s, scope, "top_secret_abroad", f"{_ITEM}, o.issued_at, NULL",
                 f"{_ITEMS} WHERE o.issued_at >= :a AND o.issued_at < :b AND"
                 " (o.foreign_affairs OR o.abroad) AND d.level = :top"
                 f" AND o.status IN ('{CarryStatus.OUT.value}', '{CarryStatus.RETURNED.value}')",
                 {"top": Classification.TOP_SECRET.value}, "ORDER BY o.issued_at"))
    if not g.counts["carry_outs_foreign"]:
        g.not_applicable()
    return g
