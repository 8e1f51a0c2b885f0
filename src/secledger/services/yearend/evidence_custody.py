"""Evidence of the custody items: 使用 (6.5: circulation, loans, distribution back on time),
保存 (6.6: locations, stocktakes and their discrepancies), 个人留存 (6.9), 知悉范围 and the
written register of those who know 机密 and above (6.12), and losses reported within 24 hours
(12.1)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification, Clearance
from secledger.services.yearend.evidence import (
    CARRIER_REF,
    Finding,
    Gathered,
    Scope,
    level_rank_sql,
    listed,
    local_day,
    provider,
    scalar,
)
from secledger.services.yearend.statistics_flows import HELD_STATES
from secledger.services.yearend.stocktake_outcome import unresolved_missing

_HELD = ", ".join(f"'{x}'" for x in HELD_STATES)
#: (finding, FROM … with x the record, time out, due, returned, person)
_OUT = (
    ("circulation_overdue", "circulations x JOIN carriers c ON c.id = x.carrier_id",
     "x.sent_at", "x.due_at", "x.returned_at", "x.reader_id"),
    ("loan_overdue", "loan_items x JOIN loans l ON l.id = x.loan_id"
     " JOIN carriers c ON c.id = x.carrier_id", "x.issued_at", "l.due_at", "x.returned_at",
     "l.borrower_id"),
    ("distribution_overdue", "distributions x JOIN carriers c ON c.id = x.carrier_id",
     "x.issued_at", "datetime(x.due_on, '+1 day', :shift)", "x.returned_at", "x.person_id"),
    ("retention_overdue", "retentions x JOIN carriers c ON c.id = x.carrier_id", "x.issued_at",
     "x.due_at", "x.returned_at", "x.person_id"),
)


def _shift(scope: Scope) -> str:
    return f"{int(scope.bounds.offset.total_seconds() // 60):+d} minutes"


def _overdue(s: Session, scope: Scope, way: tuple[str, ...], g: Gathered) -> None:
    """Still out at the cut and past due; and, of what went out in the period, what came
    back late."""
    kind, table, out, due, back, person = way
    joined = (f"FROM {table} JOIN documents d ON d.id = c.document_id"
              f" LEFT JOIN people p ON p.id = {person}")
    g.add(listed(s, scope, kind, f"{CARRIER_REF}, d.title, d.level, p.name, {due},"
                 f" CAST(julianday(:cut) - julianday({due}) AS INTEGER)",
                 f"{joined} WHERE {out} < :cut AND ({back} IS NULL OR {back} >= :cut)"
                 f" AND {due} < :cut", {"shift": _shift(scope)}, f"ORDER BY {due}"))
    g.add(listed(s, scope, "returned_late", f"{CARRIER_REF}, d.title, d.level, p.name, {back},"
                 f" CAST(julianday({back}) - julianday({due}) AS INTEGER)",
                 f"{joined} WHERE {out} >= :a AND {out} < :b AND {back} < :cut"
                 f" AND {back} > {due}", {"shift": _shift(scope)}, f"ORDER BY {back}"))


@provider("use")
def use(s: Session, scope: Scope) -> Gathered:
    """6.5 使用: circulation, loans and distribution registered and back on time."""
    g = Gathered()
    g.count("circulations", scalar(s, "SELECT count(*) FROM circulations WHERE sent_at >= :a"
                                      " AND sent_at < :b", scope.params()))
    g.count("loans", scalar(s, "SELECT count(*) FROM loan_items WHERE issued_at >= :a"
                               " AND issued_at < :b", scope.params()))
    for way in _OUT[:3]:
        _overdue(s, scope, way, g)
    return g


@provider("retention")
def retention(s: Session, scope: Scope) -> Gathered:
    """6.9 个人留存: approved, registered and handed back on time."""
    g = Gathered()
    g.count("retentions", scalar(s, "SELECT count(*) FROM retentions WHERE issued_at >= :a"
                                    " AND issued_at < :b", scope.params()))
    g.count("retention_out", scalar(s, "SELECT count(*) FROM retentions WHERE issued_at < :cut"
                                       " AND (returned_at IS NULL OR returned_at >= :cut)",
                                    scope.params()))
    _overdue(s, scope, _OUT[3], g)
    return g


@provider("keep")
def keep(s: Session, scope: Scope) -> Gathered:
    """6.6 保存: filed carriers have a place, the period has a finished stocktake, and
    nothing found missing is left unexplained."""
    g = Gathered()
    g.count("held", scalar(s, f"SELECT count(*) FROM carriers WHERE state IN ({_HELD})", {}))
    g.count("archived", scalar(s, "SELECT count(*) FROM carriers WHERE state = 'archived'", {}))
    takes = [int(i) for (i,) in s.execute(text(
        "SELECT id FROM stocktakes WHERE status = 'finished' AND finished_at >= :a"
        " AND finished_at < :b ORDER BY id"), scope.params())]
    g.count("stocktakes", len(takes))
    g.count("checked", scalar(s, "SELECT count(*) FROM stocktake_expected WHERE stocktake_id IN"
                                 f" ({', '.join(map(str, takes)) or '0'})", {}))
    if not takes:
        g.flag("no_stocktake")
    g.add(listed(s, scope, "no_location", f"{CARRIER_REF}, d.title, d.level, p.name,"
                 " c.updated_at, NULL", "FROM carriers c JOIN documents d ON d.id = c.document_id"
                 " LEFT JOIN people p ON p.id = c.holder_id WHERE c.state = 'archived'"
                 " AND c.location = ''", order="ORDER BY c.id"))
    g.add(_unresolved(s, scope, takes))
    return g


def _unresolved(s: Session, scope: Scope, takes: list[int]) -> tuple[list[Finding], int]:
    found: list[Finding] = []
    for sid in takes:
        missing = unresolved_missing(s, sid)
        if not missing:
            continue
        marks = ", ".join(map(str, missing[:200]))
        for ref, title, level, reg_no, finished in s.execute(text(
                f"SELECT {CARRIER_REF}, d.title, d.level, t.reg_no, t.finished_at FROM carriers c"
                " JOIN documents d ON d.id = c.document_id, stocktakes t"
                f" WHERE c.id IN ({marks}) AND t.id = :sid ORDER BY c.id"), {"sid": sid}):
            found.append(Finding("stocktake_unresolved", str(ref), str(title), str(level),
                                 str(reg_no), local_day(finished, scope.tz)))
    return found, len(found)


@provider("knowers")
def knowers(s: Session, scope: Scope) -> Gathered:
    """6.12 知悉范围: everyone who saw a 机密 or 绝密 document in the period is on the written
    register (the ledger records it with every circulation, loan and retention); nobody
    saw one above their clearance."""
    g = Gathered()
    seen = ("SELECT x.reader_id AS pid, x.document_id AS did, x.sent_at AS at FROM circulations x"
            " WHERE x.sent_at >= :a AND x.sent_at < :b UNION ALL SELECT l.borrower_id,"
            " c.document_id, i.issued_at FROM loan_items i JOIN loans l ON l.id = i.loan_id"
            " JOIN carriers c ON c.id = i.carrier_id WHERE i.issued_at >= :a AND i.issued_at < :b"
            " UNION ALL SELECT x.person_id, x.document_id, x.issued_at FROM retentions x"
            " WHERE x.issued_at >= :a AND x.issued_at < :b")
    secret = (f"d.level IN ('{Classification.TOP_SECRET.value}', '{Classification.SECRET.value}')")
    g.count("knowers", scalar(s, f"SELECT count(*) FROM (SELECT DISTINCT k.pid, k.did FROM"
                                 f" ({seen}) k JOIN documents d ON d.id = k.did WHERE {secret})",
                              scope.params()))
    g.count("documents_known", scalar(s, f"SELECT count(DISTINCT k.did) FROM ({seen}) k"
                                         f" JOIN documents d ON d.id = k.did WHERE {secret}",
                                      scope.params()))
    clearance = " ".join(f"WHEN '{c.value}' THEN {c.max_level_rank}" for c in Clearance)
    g.add(listed(s, scope, "clearance_short", "d.reg_no, d.title, d.level, p.name, k.at, NULL",
                 f"FROM ({seen}) k JOIN documents d ON d.id = k.did JOIN people p ON p.id = k.pid"
                 f" WHERE (CASE p.clearance {clearance} ELSE 0 END) < {level_rank_sql('d.level')}",
                 order="ORDER BY k.at"))
    return g


@provider("losses")
def losses(s: Session, scope: Scope) -> Gathered:
    """12.1 遗失、泄密 reported upstream within 24 hours of being found missing."""
    g = Gathered()
    where = "FROM loss_reports r WHERE r.discovered_at >= :a AND r.discovered_at < :b"
    g.count("losses", scalar(s, f"SELECT count(*) {where}", scope.params()))
    g.count("on_time", scalar(s, f"SELECT count(*) {where} AND r.reported_upstream_at"
                                 " <= r.deadline_at", scope.params()))
    reports = ("FROM loss_reports r LEFT JOIN people p ON p.id = r.reporter_id"
               " WHERE r.discovered_at >= :a AND r.discovered_at < :b")
    g.add(listed(s, scope, "loss_late", "r.reg_no, r.circumstances, r.level, p.name,"
                 " r.reported_upstream_at, NULL",
                 f"{reports} AND r.reported_upstream_at > r.deadline_at", order="ORDER BY r.id"))
    g.add(listed(s, scope, "loss_unreported", "r.reg_no, r.circumstances, r.level, p.name,"
                 " r.deadline_at, CAST(julianday(:cut) - julianday(r.deadline_at) AS INTEGER)",
                 f"{reports} AND r.reported_upstream_at IS NULL AND r.deadline_at < :cut",
                 order="ORDER BY r.id"))
    return g
