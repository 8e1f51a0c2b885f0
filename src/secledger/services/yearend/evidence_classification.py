"""Evidence of the classification items (五、定密工作), from the classification lifecycle's
own tables: 定密责任人 designated (5.1), 定密 decided in time (5.2), marks up to date (5.3),
变更 and 解除 notified and marked (5.4), the yearly review (5.5)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.domain.classification import DecisionKind, ProposalStatus
from secledger.domain.enums import Classification
from secledger.services.yearend.evidence import (
    CARRIER_REF,
    Gathered,
    Scope,
    listed,
    provider,
    scalar,
)
from secledger.services.yearend.statistics_flows import HELD_STATES

_HELD = ", ".join(f"'{x}'" for x in HELD_STATES)
_SECRET = ", ".join(f"'{c.value}'" for c in Classification if c.is_state_secret)
_OWN_SECRETS = (f"FROM documents d WHERE d.register = 'production' AND d.voided = FALSE"
                f" AND d.level IN ({_SECRET})")


def _decided(s: Session, scope: Scope, *kinds: DecisionKind) -> int:
    marks = ", ".join(f"'{k.value}'" for k in kinds)
    return scalar(s, f"SELECT count(*) FROM classification_decisions WHERE kind IN ({marks})"
                     " AND decided_on >= :a_day AND decided_on <= :b_day", scope.params())


@provider("classifiers")
def classifiers(s: Session, scope: Scope) -> Gathered:
    """5.1 定密责任人: someone is designated while the unit makes secrets of its own."""
    g = Gathered()
    g.count("classifiers", scalar(s, "SELECT count(*) FROM classifier_designations WHERE"
                                     " designated_on <= :cut_day AND (revoked_at IS NULL OR"
                                     " revoked_at >= :cut)", scope.params()))
    own = scalar(s, f"SELECT count(*) {_OWN_SECRETS} AND d.received_at < :cut", scope.params())
    if not g.counts["classifiers"]:
        if own:
            g.flag("no_classifier")
        else:
            g.not_applicable()
    return g


@provider("classification")
def classification(s: Session, scope: Scope) -> Gathered:
    """5.2 定密: the unit's own secrets of the period have a 定密 decision, proposals are
    decided within their time limit."""
    g = Gathered()
    g.count("designations", _decided(s, scope, DecisionKind.DESIGNATE))
    g.count("proposals", scalar(s, "SELECT count(*) FROM classification_proposals WHERE"
                                   " proposed_on >= :a_day AND proposed_on <= :b_day",
                                scope.params()))
    g.add(listed(s, scope, "proposal_overdue", "p.proposal_no, d.title, d.level, pe.name,"
                 " p.due_on, CAST(julianday(:cut_day) - julianday(p.due_on) AS INTEGER)",
                 "FROM classification_proposals p JOIN documents d ON d.id = p.document_id"
                 " LEFT JOIN people pe ON pe.id = p.proposer_id WHERE p.status = :pending"
                 " AND p.due_on < :cut_day", {"pending": ProposalStatus.PENDING.value},
                 "ORDER BY p.due_on"))
    g.add(listed(s, scope, "not_designated", "d.reg_no, d.title, d.level, '', d.received_at, NULL",
                 f"{_OWN_SECRETS} AND d.received_at >= :a AND d.received_at < :b"
                 " AND NOT EXISTS (SELECT 1 FROM classification_decisions x"
                 " WHERE x.document_id = d.id)", order="ORDER BY d.id"))
    return g


@provider("marking")
def marking(s: Session, scope: Scope) -> Gathered:
    """5.3 标志: carriers whose mark a decision changed carry the new label."""
    g = Gathered()
    g.count("changes", _decided(s, scope, DecisionKind.CHANGE, DecisionKind.EXTEND))
    g.add(listed(s, scope, "relabel_open", f"{CARRIER_REF}, d.title, r.mark_after, p.name,"
                 " x.decided_on, CAST(julianday(:cut_day) - julianday(x.decided_on) AS INTEGER)",
                 "FROM carrier_relabels r JOIN carriers c ON c.id = r.carrier_id"
                 " JOIN documents d ON d.id = c.document_id"
                 " JOIN classification_decisions x ON x.id = r.decision_id"
                 " LEFT JOIN people p ON p.id = c.holder_id WHERE r.printed_event_id IS NULL"
                 f" AND x.decided_on <= :cut_day AND c.state IN ({_HELD})",
                 order="ORDER BY x.decided_on, c.id"))
    return g


@provider("changes")
def changes(s: Session, scope: Scope) -> Gathered:
    """5.4 变更、解除: decided, notified in writing (signed for) and marked on the carriers;
    periods that ended are declassified."""
    g = Gathered()
    g.count("changes", _decided(s, scope, DecisionKind.CHANGE, DecisionKind.EXTEND))
    g.count("declassifications", _decided(s, scope, DecisionKind.DECLASSIFY,
                                          DecisionKind.AUTO_DECLASSIFY))
    g.count("notices", scalar(s, "SELECT count(*) FROM decision_notices WHERE issued_at >= :a"
                                 " AND issued_at < :b", scope.params()))
    g.add(listed(s, scope, "notice_unsigned", "n.notice_no, d.title, d.level, p.name,"
                 " n.issued_at, CAST(julianday(:cut) - julianday(n.issued_at) AS INTEGER)",
                 "FROM notice_recipients r JOIN decision_notices n ON n.id = r.notice_id"
                 " JOIN documents d ON d.id = n.document_id JOIN people p ON p.id = r.person_id"
                 " WHERE r.ack_event_id IS NULL AND n.issued_at < :cut",
                 order="ORDER BY n.issued_at, r.id"))
    g.add(listed(s, scope, "marking_open", f"{CARRIER_REF}, d.title, d.level, p.name,"
                 " x.declassified_on, CAST(julianday(:cut_day) - julianday(x.declassified_on)"
                 " AS INTEGER)", "FROM secrecy_status x JOIN documents d ON d.id = x.document_id"
                 " JOIN carriers c ON c.document_id = d.id LEFT JOIN people p"
                 " ON p.id = c.holder_id WHERE x.marking_open = TRUE"
                 f" AND x.declassified_on <= :cut_day AND c.state IN ({_HELD})",
                 order="ORDER BY x.declassified_on, c.id"))
    return g


@provider("review")
def review(s: Session, scope: Scope) -> Gathered:
    """5.5 年度审核: every secret still held (and every own one) reviewed in the period's last
    year."""
    g = Gathered()
    year = {"year": scope.period.end.year}
    g.count("reviewed", scalar(s, "SELECT count(*) FROM secrecy_status WHERE reviewed_year"
                                  " >= :year", scope.params(**year)))
    held = f"EXISTS (SELECT 1 FROM carriers h WHERE h.document_id = d.id AND h.state IN ({_HELD}))"
    g.add(listed(s, scope, "review_missing", "d.reg_no, d.title, d.level, d.unit,"
                 " d.declassify_on, NULL",
                 "FROM documents d LEFT JOIN secrecy_status x ON x.document_id = d.id"
                 f" WHERE d.voided = FALSE AND d.level IN ({_SECRET}) AND d.received_at < :cut"
                 " AND x.declassified_on IS NULL AND coalesce(x.reviewed_year, 0) < :year"
                 f" AND (d.register = 'production' OR {held})", year, "ORDER BY d.id"))
    return g
