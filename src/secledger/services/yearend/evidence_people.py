"""Evidence of 4.4 离岗离职: everyone who left a classified post in the period returned or
handed over what they held and serves a 脱密期 (保守国家秘密法第四十六条; 实施条例第五十三条).

The ledger counts the departures completed in the period and the people in a 脱密期 at its
end, and lists a departure left open for more than a month, and a classified person
deactivated in the period with no departure record at all."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.services.yearend.evidence import Gathered, Scope, listed, provider, scalar

#: an open departure older than this is listed (handing over should take days, not months)
OPEN_DAYS = 30


@provider("departures")
def departures(s: Session, scope: Scope) -> Gathered:
    g = Gathered()
    g.count("departures", scalar(s, "SELECT count(*) FROM departures WHERE status = 'completed'"
                                    " AND completed_at >= :a AND completed_at <= :cut",
                                 scope.params()))
    g.count("cooling_off", scalar(s, "SELECT count(*) FROM departures WHERE status = "
                                     "'completed' AND cooling_from <= :cut_day AND cooling_until"
                                     " >= :cut_day", scope.params()))
    g.add(listed(s, scope, "departure_open",
                 "d.reg_no, d.reason, '', p.name, d.opened_at, CAST(julianday(:cut_day)"
                 " - julianday(date(d.opened_at)) AS INTEGER)",
                 "FROM departures d JOIN people p ON p.id = d.person_id WHERE d.status = 'open'"
                 " AND d.opened_at <= :cut AND julianday(:cut_day) - julianday(date(d.opened_at))"
                 " > :days", {"days": OPEN_DAYS}, "ORDER BY d.opened_at"))
    g.add(listed(s, scope, "left_without_departure",
                 "p.name, p.post, '', p.name, e.ts, NULL",
                 "FROM events e JOIN people p ON p.id = e.person_id"
                 " WHERE e.kind = 'person.deactivated' AND e.ts >= :a_ts AND e.ts <= :cut_ts"
                 " AND p.clearance != 'none' AND NOT EXISTS (SELECT 1 FROM departures d"
                 " WHERE d.person_id = p.id AND d.status != 'voided')", order="ORDER BY e.id"))
    if not g.counts["departures"] and not g.totals:
        g.not_applicable()
    return g
