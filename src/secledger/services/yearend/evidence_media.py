"""Evidence of the classified computers and storage media: the register (7.11: it exists,
every live item has its 责任人, 设备编号 and a printed label with its level mark; media lent
past their due date) and their repair (6.7: an outsider's repair only with the storage
removed or under an on-site escort, nothing sent out with its storage).

The register is judged as it stands at the cut (the period's end, or now); loans still out
at the cut and repairs asked for in the period are read from their own tables. An empty
register is a minor finding, not 不适用: the ledger cannot tell a unit without classified
computers from one that keeps the register elsewhere, and the officer decides."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.domain.media import DEVICE_TYPES, MediaState, MediaType, RepairMode
from secledger.services.yearend.evidence import Gathered, Scope, listed, provider, scalar

_GONE = ", ".join(f"'{s.value}'" for s in MediaState if s.is_terminal)
_DEVICES = ", ".join(f"'{t.value}'" for t in DEVICE_TYPES)
#: SQL: the item ``m`` in words (``涉密计算机 联想 启天M430``)
_WHAT = ("(CASE m.media_type " + " ".join(f"WHEN '{t.value}' THEN '{t.label}'" for t in MediaType)
         + " ELSE m.media_type END) || CASE WHEN m.brand_model <> '' THEN ' ' || m.brand_model"
         " ELSE '' END")
#: the live items at the cut (registered before it, not destroyed or voided)
_LIVE = ("FROM media_items m LEFT JOIN people h ON h.id = m.holder_id"
         f" WHERE m.registered_at < :cut AND m.state NOT IN ({_GONE})")
_NOT_LABELLED = ("NOT EXISTS (SELECT 1 FROM events e WHERE e.kind = 'media.label_printed'"
                 " AND CAST(json_extract(e.payload, '$.media_id') AS INTEGER) = m.id AND e.ts < :cut_ts)")
_OUTSIDER = f"r.mode <> '{RepairMode.IN_HOUSE.value}'"
_ASKED = ("FROM media_repairs r JOIN media_items m ON m.id = r.media_id"
          " LEFT JOIN people p ON p.id = r.requester_id WHERE r.requested_at >= :a"
          " AND r.requested_at < :b AND r.status NOT IN ('rejected', 'cancelled')")


@provider("media")
def media_register(s: Session, scope: Scope) -> Gathered:
    """7.11 涉密计算机和移动存储介质台账: every item with 责任人, 设备编号 and label."""
    g = Gathered()
    p = scope.params()
    g.count("media_items", scalar(s, f"SELECT count(*) {_LIVE}", p))
    g.count("media_devices", scalar(s, f"SELECT count(*) {_LIVE} AND m.media_type IN"
                                       f" ({_DEVICES})", p))
    g.count("media_storage", g.counts["media_items"] - g.counts["media_devices"])
    g.count("media_loans", scalar(s, "SELECT count(*) FROM media_loans WHERE lent_at >= :a"
                                     " AND lent_at < :b", p))
    if not g.counts["media_items"]:
        g.flag("media_register_empty")
    item = f"m.device_no, {_WHAT}, m.level"
    g.add(listed(s, scope, "media_no_holder", f"{item}, '', m.registered_at, NULL",
                 f"{_LIVE} AND m.holder_id IS NULL", order="ORDER BY m.device_no"))
    g.add(listed(s, scope, "media_no_device_no", f"m.label_id, {_WHAT}, m.level, '',"
                 " m.registered_at, NULL", f"{_LIVE} AND trim(m.device_no) = ''",
                 order="ORDER BY m.id"))
    g.add(listed(s, scope, "media_unlabelled", f"{item}, h.name, m.registered_at, NULL",
                 f"{_LIVE} AND {_NOT_LABELLED}", order="ORDER BY m.device_no"))
    g.add(listed(s, scope, "media_loan_overdue", f"l.reg_no || ' ' || m.device_no, {_WHAT},"
                 " m.level, b.name, l.due_at, CAST(julianday(:cut) - julianday(l.due_at)"
                 " AS INTEGER)", "FROM media_loans l JOIN media_items m ON m.id = l.media_id"
                 " LEFT JOIN people b ON b.id = l.borrower_id WHERE l.lent_at < :cut"
                 " AND (l.returned_at IS NULL OR l.returned_at >= :cut) AND l.due_at < :cut",
                 order="ORDER BY l.due_at"))
    return g


@provider("repair")
def repair(s: Session, scope: Scope) -> Gathered:
    """6.7 维修: in house, or by outsiders under watch, storage removed before leaving."""
    g = Gathered()
    p = scope.params()
    g.count("repairs", scalar(s, f"SELECT count(*) {_ASKED}", p))
    g.count("repairs_outside", scalar(s, f"SELECT count(*) {_ASKED} AND {_OUTSIDER}", p))
    if not g.counts["repairs"]:
        g.not_applicable()
        return g
    what = f"r.reg_no || ' ' || m.device_no, {_WHAT}, m.level, p.name, r.requested_at, NULL"
    g.add(listed(s, scope, "repair_unwatched", what, f"{_ASKED} AND {_OUTSIDER}"
                 " AND NOT r.storage_removed AND r.escort_id IS NULL",
                 order="ORDER BY r.requested_at"))
    g.add(listed(s, scope, "repair_storage_left", what, f"{_ASKED} AND r.mode ="
                 f" '{RepairMode.SENT_OUT.value}' AND NOT r.storage_removed",
                 order="ORDER BY r.requested_at"))
    return g
