"""Evidence that the records are complete (14.1: numbers without gaps, every held carrier
with its holder, backups made) and that problems found are put right (12.3: 整改 items
closed by their date)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import Register, format_reg_no
from secledger.domain.selfinspection import RectificationStatus
from secledger.services.yearend.evidence import (
    CARRIER_REF,
    Finding,
    Gathered,
    Scope,
    listed,
    provider,
    scalar,
)
from secledger.services.yearend.statistics_flows import HELD_STATES

_HELD = ", ".join(f"'{x}'" for x in HELD_STATES)
_OPEN = RectificationStatus.OPEN.value


@provider("rectification")
def rectification(s: Session, scope: Scope) -> Gathered:
    """12.3 整改: every item closed by its due date."""
    g = Gathered()
    g.count("rectifications", scalar(s, "SELECT count(*) FROM rectifications WHERE opened_at"
                                        " < :cut", scope.params()))
    g.count("closed", scalar(s, "SELECT count(*) FROM rectifications WHERE closed_on IS NOT NULL"
                                " AND closed_on <= :cut_day", scope.params()))
    g.add(listed(s, scope, "rectification_overdue", "r.reg_no, r.problem, '', p.name, r.due_on,"
                 " CAST(julianday(coalesce(r.closed_on, :cut_day)) - julianday(r.due_on)"
                 " AS INTEGER)", "FROM rectifications r JOIN people p ON p.id = r.owner_id"
                 " WHERE r.opened_at < :cut AND r.due_on < :cut_day AND ((r.status = :open"
                 " OR r.closed_on > :cut_day) OR (r.closed_on > r.due_on"
                 " AND r.closed_on >= :a_day))", {"open": _OPEN}, "ORDER BY r.due_on"))
    if not g.counts["rectifications"]:
        g.not_applicable()
    return g


@provider("records")
def records(s: Session, scope: Scope) -> Gathered:
    """14.1 记录完整: registers numbered without gaps, every held carrier with a holder, the
    ledger backed up in the period."""
    g = Gathered()
    g.count("backups", scalar(s, "SELECT count(*) FROM events WHERE kind = 'ledger.backed_up'"
                                 " AND ts >= :a_ts AND ts < :b_ts", scope.params()))
    g.count("held", scalar(s, f"SELECT count(*) FROM carriers WHERE state IN ({_HELD})", {}))
    _gaps(s, scope, g)
    g.add(listed(s, scope, "no_holder", f"{CARRIER_REF}, d.title, d.level, '', c.updated_at, NULL",
                 "FROM carriers c JOIN documents d ON d.id = c.document_id"
                 f" WHERE c.holder_id IS NULL AND c.state IN ({_HELD})", order="ORDER BY c.id"))
    if not g.counts["backups"]:
        g.flag("no_backup")
    return g


def _gaps(s: Session, scope: Scope, g: Gathered) -> None:
    """Register numbers given out (the counters) but missing from the registers, per year
    up to the period's end."""
    found: list[Finding] = []
    total = 0
    for register, year, last, n, top in s.execute(text(
            "SELECT k.register, k.year, k.last, count(d.id), coalesce(max(d.number), 0)"
            " FROM counters k LEFT JOIN documents d ON d.register = k.register"
            " AND d.year = k.year WHERE k.register IN ('receipt', 'production')"
            " AND k.year <= :y GROUP BY 1, 2, 3 ORDER BY 1, 2"), {"y": scope.period.end.year}):
        missing = max(int(last), int(top)) - int(n)
        if missing > 0:
            total += missing
            r = Register(register)
            found.append(Finding("numbering_gap", format_reg_no(r, int(year), int(last)),
                                 days=missing))
    if total:
        g.findings += found
        g.totals["numbering_gap"] = total

