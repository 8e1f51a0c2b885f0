"""The custody half of the year's statistics: circulation, loans, personal retention and
distribution (how many went out, came back, ran overdue, how long they stayed out on average,
how many were still out at the end), the same by department, the sending and receiving units,
the stocktakes and losses of the period, the classification decisions, and the personal
retention still out at the period's end.

Each way out is read in ONE grouped pass over its table (by the department of the person it
went to). "Overdue" counts what went out in the period and came back after its due time, or
is still out after it at the end of the period (or now, when the period has not ended yet).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.classification import DecisionKind, DecisionSource
from secledger.domain.copyno import format_copy_no
from secledger.domain.custody import LossKind
from secledger.domain.enums import Classification
from secledger.domain.yearend import (
    TOP_UNITS,
    Period,
    StatColumn,
    StatRow,
    StatTable,
    Words,
)
from secledger.services.yearend.statistics_flows import Bounds, Gathered, total
from secledger.services.yearend.stocktake_outcome import unresolved_missing

Step = Callable[[Session], list[StatTable]]
#: the personal retention list stops here (the custody table has the full count)
RETENTION_LIST_LIMIT = 1000

#: (Chinese, English, FROM, time out, due, returned, person) of each way out
WAYS = (
    ("传阅", "Circulation", "circulations x", "x.sent_at", "x.due_at", "x.returned_at",
     "x.reader_id"),
    ("借阅", "Loans", "loan_items x JOIN loans l ON l.id = x.loan_id", "x.issued_at", "l.due_at",
     "x.returned_at", "l.borrower_id"),
    ("个人领用", "Personal retention", "retentions x", "x.issued_at", "x.due_at",
     "x.returned_at", "x.person_id"),
    # 承办 is due at the end of its local due day
    ("分发承办", "Distribution", "distributions x", "x.issued_at",
     "datetime(x.due_on, '+1 day', :tz_shift)", "x.returned_at", "x.person_id"),
)


def steps(b: Bounds, period: Period, now: datetime, g: Gathered) -> list[Step]:
    cut = min(b.end, now)
    return [lambda s: custody_tables(s, b, cut, g), lambda s: unit_tables(s, period, g),
            lambda s: [stocktake_table(s, b)], lambda s: [loss_table(s, b, now)],
            lambda s: [decision_table(s, period)], lambda s: [retention_list(s, cut)]]


def _way_queries(way: tuple[str, ...]) -> tuple[str, str]:
    """Per department of the person, of what went out in the period: how many, back within
    it, overdue, days out (summed, for the average); and how many were still out at the cut.
    Both read the index on the time out."""
    _zh, _en, table, out, due, back, person = way
    came_back = f"({back} IS NOT NULL AND {back} < :cut)"
    late = (f"CASE WHEN {came_back} THEN {back} > {due} ELSE {due} IS NOT NULL AND {due} < :cut"
            " END")
    days = f"julianday(CASE WHEN {came_back} THEN {back} ELSE :cut END) - julianday({out})"
    period = (f"SELECT p.department_id, count(*),"
              f" coalesce(sum({back} >= :a AND {back} < :b), 0), coalesce(sum({late}), 0),"
              f" sum({days}) FROM {table} LEFT JOIN people p ON p.id = {person}"
              f" WHERE {out} >= :a AND {out} < :b GROUP BY 1")
    still_out = (f"SELECT count(*) FROM {table}"
                 f" WHERE {out} < :cut AND ({back} IS NULL OR {back} >= :cut)")
    return period, still_out


def custody_tables(s: Session, b: Bounds, cut: datetime, g: Gathered) -> list[StatTable]:
    minutes = int(b.offset.total_seconds() // 60)
    params = {"a": b.dt(b.start), "b": b.dt(b.end), "cut": b.dt(cut),
              "tz_shift": f"{minutes:+d} minutes"}
    depts = {int(i): str(n) for i, n in s.execute(text("SELECT id, name FROM departments"))}
    per_dept: dict[int | None, list[int]] = {}
    rows = []
    for col, way in enumerate(WAYS):
        in_period, still_out = _way_queries(way)
        sent = back = late = 0
        days = 0.0
        for did, n_sent, n_back, n_late, n_days in s.execute(text(in_period), params):
            sent, back, late = sent + n_sent, back + n_back, late + n_late
            days += float(n_days or 0)
            tally = per_dept.setdefault(did, [0] * (len(WAYS) + 2))
            tally[col + 1] += int(n_sent)
            tally[-1] += int(n_late)
        out = int(s.execute(text(still_out), params).scalar_one())
        rows.append(StatRow(way[0], way[1], (sent, back, late, out,
                                             round(days / sent, 1) if sent else None)))
    for did, docs in g.produced_by.items():
        per_dept.setdefault(did, [0] * (len(WAYS) + 2))[0] += docs
    custody = StatTable(
        "custody", "传阅、借阅、领用与分发", "Circulation, loans, retention and distribution",
        StatColumn("方式", "Way", "text"),
        (StatColumn("期内送出", "Out in the period"), StatColumn("期内交回", "Back in the period"),
         StatColumn("逾期", "Overdue"), StatColumn("期末仍在外", "Still out at the end"),
         StatColumn("平均在外天数", "Average days out", "float")), tuple(rows))
    return [custody, _department_table(per_dept, depts)]


def _department_table(per_dept: dict[int | None, list[int]], depts: dict[int, str]) -> StatTable:
    def name(did: int | None) -> tuple[str, str]:
        return (depts[did], depts[did]) if did in depts else ("未定部门", "No department")

    rows = [StatRow(*name(did), tuple(v)) for did, v in
            sorted(per_dept.items(), key=lambda kv: name(kv[0])[0]) if any(v)]
    cols = (StatColumn("制作文件", "Documents produced"),
            *(StatColumn(w[0], w[1]) for w in WAYS), StatColumn("逾期", "Overdue"))
    return StatTable("by_department", "按部门统计", "By department",
                     StatColumn("部门", "Department", "text"), cols, tuple(rows), total(rows))


def unit_tables(s: Session, period: Period, g: Gathered) -> list[StatTable]:
    senders: list[list[Any]] = sorted(([u, *v] for u, v in g.senders.items()),
                                      key=lambda r: (-int(r[2]), str(r[0])))
    receivers = [list(r) for r in s.execute(text(
        "SELECT unit, count(*), coalesce(sum(item_count), 0),"
        " coalesce(sum(receipt_on IS NOT NULL), 0) FROM dispatches"
        " WHERE dispatched_on >= :a AND dispatched_on <= :b GROUP BY 1 ORDER BY 3 DESC, 1"),
        {"a": period.start.isoformat(), "b": period.end.isoformat()})]
    return [
        StatTable("units_in", f"来文单位（前{TOP_UNITS}名）", f"Sending units (top {TOP_UNITS})",
                  StatColumn("来文单位", "Sending unit", "text"),
                  (StatColumn("文件", "Documents"), StatColumn("载体", "Carriers")),
                  _top(senders), _sum_row(senders)),
        StatTable("units_out", f"发往单位（前{TOP_UNITS}名）", f"Receiving units (top {TOP_UNITS})",
                  StatColumn("发往单位", "Receiving unit", "text"),
                  (StatColumn("发出批次", "Dispatches"), StatColumn("载体", "Carriers"),
                   StatColumn("已收回执", "Receipts back")),
                  _top(receivers), _sum_row(receivers)),
    ]


def _top(rows: list[list[Any]]) -> tuple[StatRow, ...]:
    top = [StatRow(str(r[0]) or "—", str(r[0]) or "—", tuple(int(v) for v in r[1:]))
           for r in rows[:TOP_UNITS]]
    rest = rows[TOP_UNITS:]
    if rest:
        width = len(rest[0]) - 1
        top.append(StatRow("其他", "Others",
                           tuple(sum(int(r[i]) for r in rest) for i in range(1, 1 + width))))
    return tuple(top)


def _sum_row(rows: list[list[Any]]) -> StatRow | None:
    if not rows:
        return None
    return StatRow("合计", "Total", tuple(sum(int(r[i]) for r in rows)
                                         for i in range(1, len(rows[0]))))


def stocktake_table(s: Session, b: Bounds) -> StatTable:
    rows = []
    for sid, reg_no, scope, started, finished, result in s.execute(text(
            "SELECT id, reg_no, scope_label, started_at, finished_at, result FROM stocktakes"
            " WHERE status = 'finished' AND finished_at >= :a AND finished_at < :b ORDER BY id"),
            {"a": b.dt(b.start), "b": b.dt(b.end)}):
        counts = json.loads(result or "{}").get("counts", {})
        n = [int(counts.get(k, 0)) for k in ("found", "missing", "misplaced", "unexpected")]
        rows.append(StatRow(str(reg_no), str(reg_no), (
            str(scope), moment(started), moment(finished), n[0] + n[1] + n[2], *n,
            len(unresolved_missing(s, int(sid))))))
    cols = (StatColumn("范围", "Scope", "text"), StatColumn("开始", "Started", "datetime"),
            StatColumn("完成", "Finished", "datetime"), StatColumn("应在", "Expected"),
            StatColumn("相符", "Found"), StatColumn("缺失", "Missing"),
            StatColumn("位置/保管人不符", "Misplaced"), StatColumn("账外", "Unexpected"),
            StatColumn("缺失未查明", "Missing, unresolved"))
    return StatTable("stocktakes", "清查盘点", "Stocktakes",
                     StatColumn("盘点号", "Stocktake", "text"), cols, tuple(rows))


def moment(value: Any) -> datetime | None:
    """A stored time (text from a raw query, or a datetime) as a naive UTC datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def loss_table(s: Session, b: Bounds, now: datetime) -> StatTable:
    rows = []
    for reg_no, kind, level, found_at, deadline, upstream, n, back, media in s.execute(text(
            "SELECT r.reg_no, r.kind, r.level, r.discovered_at, r.deadline_at,"
            " r.reported_upstream_at, count(i.report_id), count(i.found_at), count(i.media_id)"
            " FROM loss_reports r LEFT JOIN loss_items i ON i.report_id = r.id"
            " WHERE r.discovered_at >= :a AND r.discovered_at < :b GROUP BY r.id ORDER BY r.id"),
            {"a": b.dt(b.start), "b": b.dt(b.end)}):
        lk, lv = LossKind(kind), Classification(level)
        rows.append(StatRow(str(reg_no), str(reg_no), (
            Words(lk.label, lk.label_en), Words(lv.label, lv.label_en), moment(found_at),
            moment(deadline), moment(upstream),
            Words(*loss_timeliness(moment(deadline), moment(upstream), now)), int(n),
            int(media), int(back))))
    cols = (StatColumn("类别", "Kind", "text"), StatColumn("密级", "Level", "text"),
            StatColumn("发现时间", "Found missing", "datetime"),
            StatColumn("上报时限", "Report by", "datetime"),
            StatColumn("上报时间", "Reported", "datetime"),
            StatColumn("24小时内上报", "Within 24 hours", "text"), StatColumn("件数", "Items"),
            StatColumn("其中设备和介质", "Devices and media"), StatColumn("已找回", "Found again"))
    return StatTable("losses", "遗失与泄密报告", "Losses and leaks",
                     StatColumn("报告号", "Report", "text"), cols, tuple(rows))


def loss_timeliness(deadline: datetime | None, upstream: datetime | None,
                    now: datetime) -> tuple[str, str]:
    """Whether a loss went upstream within its 24 hours, in words."""
    if upstream is not None and deadline is not None and upstream <= deadline:
        return "按时", "On time"
    if upstream is not None:
        return "逾期上报", "Late"
    if deadline is not None and deadline < now:
        return "未上报", "Not reported"
    return "待上报", "Due"


def decision_table(s: Session, period: Period) -> StatTable:
    counts: dict[tuple[str, str], int] = {}
    for kind, source, n in s.execute(text(
            "SELECT kind, source, count(*) FROM classification_decisions"
            " WHERE decided_on >= :a AND decided_on <= :b GROUP BY 1, 2"),
            {"a": period.start.isoformat(), "b": period.end.isoformat()}):
        counts[(str(kind), str(source))] = int(n)
    sources = tuple(DecisionSource)
    rows = [StatRow(k.label, k.label_en, tuple(counts.get((k.value, src.value), 0)
                                               for src in sources)) for k in DecisionKind]
    cols = tuple(StatColumn(src.label, src.label_en[:1].upper() + src.label_en[1:])
                 for src in sources)
    return StatTable("decisions", "定密、变更与解密决定", "Classification decisions",
                     StatColumn("决定", "Decision", "text"), cols, tuple(rows), total(rows))


def retention_list(s: Session, cut: datetime) -> StatTable:
    """Personal retention still out at the cut, soonest due first."""
    rows = []
    for reg_no, copy_no, title, level, name, dept, issued, due in s.execute(text(
            "SELECT d.reg_no, c.copy_no, d.title, d.level, p.name, dp.name, x.issued_at, x.due_at"
            " FROM retentions x JOIN carriers c ON c.id = x.carrier_id"
            " JOIN documents d ON d.id = x.document_id JOIN people p ON p.id = x.person_id"
            " LEFT JOIN departments dp ON dp.id = p.department_id"
            " WHERE x.issued_at < :cut AND (x.returned_at IS NULL OR x.returned_at >= :cut)"
            " ORDER BY x.due_at, x.id LIMIT :limit"),
            {"cut": Bounds.dt(cut), "limit": RETENTION_LIST_LIMIT}):
        lv = Classification(level)
        due_at = moment(due)
        late = due_at is not None and due_at < cut
        rows.append(StatRow(f"{reg_no}/{format_copy_no(int(copy_no))}",
                            f"{reg_no}/{format_copy_no(int(copy_no))}", (
            str(title), Words(lv.label, lv.label_en), str(name), str(dept or ""),
            moment(issued), due_at, Words("逾期", "Overdue") if late else Words("", ""))))
    cols = (StatColumn("标题", "Title", "text"), StatColumn("密级", "Level", "text"),
            StatColumn("领用人", "Holder", "text"), StatColumn("部门", "Department", "text"),
            StatColumn("领用时间", "Issued", "datetime"), StatColumn("应交回", "Due", "datetime"),
            StatColumn("状态", "Status", "text"))
    return StatTable("retention_out", "期末仍在个人手中的载体", "Personal retention still out",
                     StatColumn("登记号/份号", "Reg. no./copy", "text"), cols, tuple(rows))
