"""收文登记簿 and 发文登记簿: rows filtered by year/month/level/unit in SQL, with what
happened to each entry (处理情况, 清退/销毁情况, 发出 and 回执), as frozen DTOs for the
register views, the printed registers and the XLSX exports. Voided entries are included
(struck through when printed)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from secledger.domain.copyno import format_ranges
from secledger.domain.enums import Classification, DispatchChannel, Register
from secledger.domain.marks import ClassificationMark, Retention
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz, to_local
from secledger.store.dialect import driver_connection

#: event kinds that count as 处理情况, in the order the register names them
HANDLING = {"carrier.circulate": "传阅", "carrier.issue_to": "承办", "carrier.archive": "归档",
            "carrier.dispatch": "发出", "carrier.carry_out": "携带外出"}
#: carrier states that end our custody, for 清退/销毁情况
GONE = {"returned_to_issuer": "清退", "destroyed": "销毁", "declassified": "解密",
        "lost": "遗失", "dispatched": "发出"}
#: the same in English, for the English UI (the printed registers are Chinese)
HANDLING_EN = {"carrier.circulate": "circulated", "carrier.issue_to": "acted on",
               "carrier.archive": "archived", "carrier.dispatch": "dispatched",
               "carrier.carry_out": "carried out"}
GONE_EN = {"returned_to_issuer": "returned", "destroyed": "destroyed",
           "declassified": "declassified", "lost": "lost", "dispatched": "dispatched"}


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    register: Register = Register.RECEIPT
    year: int = 2026
    month: int | None = None
    level: Classification | None = None
    unit: str = ""  # part of the unit's name (来文单位; 发往单位 for the 发文 register)

    def period_text(self) -> str:
        return f"{self.year}年{self.month}月" if self.month else f"{self.year}年度"


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One entry of either register (the 发文-only fields are blank for 收文 and back)."""

    document_id: int
    reg_no: str
    number: int
    registered_at: datetime  # local time (收文时间 / 登记时间)
    unit: str
    doc_no: str
    title: str
    level: str
    mark: str  # as marked
    mark_effective: str  # 密级及保密期限 (the maximum period shown where none was marked)
    copies: int
    copy_nos: str  # 000003-000007
    pages: int
    handling: str  # 传阅、承办
    signed_by: str
    disposal: str  # 销毁2份、清退1份
    remarks: str
    voided: bool
    void_reason: str
    issued_on: date | None = None
    dispatch_units: str = ""  # 主送/抄送单位
    channels: str = ""  # 发送方式
    handler: str = ""  # 经办人
    receipts: str = ""  # 回执: 2/3 or 已回执
    approver: str = ""
    handling_en: str = ""  # circulated, acted on
    disposal_en: str = ""  # 2 destroyed, 1 returned

    @property
    def remarks_text(self) -> str:
        return f"作废：{self.void_reason}" + (f"；{self.remarks}" if self.remarks else "") \
            if self.voided else self.remarks


_SQL = """
SELECT d.id, d.reg_no, d.number, d.received_at, d.unit, d.doc_no, d.title, d.level, d.mark,
       d.retention, d.pages, p.name, d.remarks, d.voided, d.void_reason, d.issued_on, d.extra
  FROM documents d LEFT JOIN people p ON p.id = d.signed_by_id
 WHERE d.register = :register AND d.year = :year {where}
 ORDER BY d.number
"""
#: per batch of documents (never a subquery per document): their copies in 份号 order, and
#: the handling events they had
_COPIES_SQL = ("SELECT document_id, group_concat(copy_no ORDER BY copy_no),"
               " group_concat(CASE WHEN state IN ({gone}) THEN state END ORDER BY copy_no)"
               " FROM carriers WHERE document_id IN ({ids}) GROUP BY document_id")
_HANDLED_SQL = ("SELECT document_id, group_concat(DISTINCT kind) FROM events"
                " WHERE document_id IN ({ids}) AND kind IN ({handling}) GROUP BY document_id")
_DISPATCH_SQL = """
SELECT x.document_id, x.unit, x.channel, p.name, x.item_count, x.receipt_on IS NOT NULL
  FROM dispatches x LEFT JOIN people p ON p.id = x.handled_by_id
 WHERE x.document_id BETWEEN :low AND :high ORDER BY x.id
"""


def _quoted(values: Any) -> str:
    return ", ".join(f"'{v}'" for v in values)  # fixed identifiers above, never user input


def _month_bounds(year: int, month: int, tz: tzinfo) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1, tzinfo=tz)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    return (start.astimezone(UTC).replace(tzinfo=None), end.astimezone(UTC).replace(tzinfo=None))


def register_query(f: RegisterFilter, tz: tzinfo) -> tuple[str, dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {"register": f.register.value, "year": f.year}
    if f.month:
        params["start"], params["end"] = _month_bounds(f.year, f.month, tz)
        where.append("AND d.received_at >= :start AND d.received_at < :end")
    if f.level is not None:
        params["level"] = f.level.value
        where.append("AND d.level = :level")
    if f.unit.strip():
        params["unit"] = f.unit.strip()
        where.append("AND instr(d.unit, :unit) > 0" if f.register is Register.RECEIPT else
                     "AND EXISTS (SELECT 1 FROM dispatches x WHERE x.document_id = d.id"
                     " AND instr(x.unit, :unit) > 0)")
    sql = _SQL.format(where=" ".join(where))
    return sql, params


def _effective(level: str, mark: str, retention: str) -> str:
    try:
        ret = json.loads(retention or "{}")
        lv = Classification(level)
        m = ClassificationMark(lv, Retention.from_dict(ret) if ret else None)
        return m.format(effective=True)
    except (ValueError, TypeError):
        return mark


def _disposals(states: str | None) -> tuple[str, str]:
    """清退/销毁情况 of the copies that left, in Chinese and in English."""
    if not states:
        return "", ""
    counts: dict[str, int] = {}
    for st in states.split(","):
        counts[st] = counts.get(st, 0) + 1
    return ("、".join(f"{GONE[k]}{n}份" for k, n in counts.items() if k in GONE),
            ", ".join(f"{n} {GONE_EN[k]}" for k, n in counts.items() if k in GONE_EN))


def _handling(kinds: str | None) -> tuple[str, str]:
    """承办/传阅… of a document's handling events (``group_concat`` of their kinds)."""
    if not kinds:
        return "", ""
    found = set(kinds.split(","))
    return ("、".join(v for k, v in HANDLING.items() if k in found),
            ", ".join(v for k, v in HANDLING_EN.items() if k in found))


def _row(r: Any, tz: tzinfo, production: bool) -> RegisterRow:
    copies = sorted(map(int, r[17].split(","))) if r[17] else []
    handling, handling_en = _handling(r[18])
    disposal, disposal_en = _disposals(r[19])
    extra = json.loads(r[16] or "{}") if production else {}
    received = r[3] if isinstance(r[3], datetime) else datetime.fromisoformat(str(r[3]))
    issued = r[15] if isinstance(r[15], date) or r[15] is None else date.fromisoformat(str(r[15]))
    return RegisterRow(
        document_id=int(r[0]), reg_no=str(r[1]), number=int(r[2]),
        registered_at=to_local(received, tz).replace(tzinfo=None), unit=str(r[4]),
        doc_no=str(r[5]), title=str(r[6]), level=str(r[7]), mark=str(r[8]),
        mark_effective=_effective(str(r[7]), str(r[8]), str(r[9])) if production else str(r[8]),
        copies=len(copies),
        copy_nos=format_ranges(copies, six_digits=True) if copies else "", pages=int(r[10]),
        handling=handling, signed_by=str(r[11] or ""), disposal=disposal,
        remarks=str(r[12] or ""), voided=bool(r[13]), void_reason=str(r[14] or ""),
        issued_on=issued,
        approver=str(extra.get("approver", "")) if isinstance(extra, dict) else "",
        handling_en=handling_en, disposal_en=disposal_en,
    )


def iter_rows(s: Session, f: RegisterFilter, tz: tzinfo, batch: int = 2000) -> Iterator[RegisterRow]:
    """Stream the register's rows (for long prints and exports)."""
    sql, params = register_query(f, tz)
    result = s.execute(text(sql), params)
    while chunk := result.fetchmany(batch):
        production = f.register is Register.PRODUCTION
        rows = [_row(r, tz, production) for r in _with_carriers(s, chunk)]
        if production:
            rows = _with_dispatches(s, rows)
        yield from rows


def _with_carriers(s: Session, chunk: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Each document row of *chunk* with its 份号 (in order), its handling events and the
    states of its copies that left the unit, read for the whole chunk in two grouped
    queries (on the DB-API cursor: thousands of small rows)."""
    ids = ", ".join(str(int(r[0])) for r in chunk)
    raw = driver_connection(s)
    copies = {int(r[0]): r for r in raw.execute(_COPIES_SQL.format(ids=ids, gone=_quoted(GONE)))}
    kinds = {int(r[0]): r[1] for r in raw.execute(
        _HANDLED_SQL.format(ids=ids, handling=_quoted(HANDLING)))}
    none = (None, None, None)
    out = []
    for r in chunk:
        c = copies.get(int(r[0]), none)
        out.append((*r, c[1], kinds.get(int(r[0])), c[2]))
    return out


def _with_dispatches(s: Session, rows: list[RegisterRow]) -> list[RegisterRow]:
    if not rows:
        return rows
    from dataclasses import replace

    info: dict[int, list[Any]] = {}
    ids = [row.document_id for row in rows]
    for r in s.execute(text(_DISPATCH_SQL), {"low": min(ids), "high": max(ids)}):
        info.setdefault(int(r[0]), []).append(r)
    out = []
    for row in rows:
        items = info.get(row.document_id, [])
        if not items:
            out.append(replace(row, handler=row.signed_by))
            continue
        units = list(dict.fromkeys(str(x[1]) for x in items))
        channels = list(dict.fromkeys(DispatchChannel(x[2]).label for x in items))
        back = sum(1 for x in items if x[5])
        out.append(replace(
            row, dispatch_units="、".join(units), channels="、".join(channels),
            handler="、".join(dict.fromkeys(str(x[3] or "") for x in items)),
            receipts="已回执" if back == len(items) else f"{back}/{len(items)}"))
    return out


def register_rows(led: Ledger, f: RegisterFilter, *, limit: int | None = None) -> list[RegisterRow]:
    """The register's rows in number order (all of them, or the first *limit*)."""
    tz = local_tz(led)
    with led.db.read() as s:
        out: list[RegisterRow] = []
        for row in iter_rows(s, f, tz):
            out.append(row)
            if limit is not None and len(out) >= limit:
                break
        return out


def register_years(led: Ledger, register: Register) -> list[int]:
    with led.db.read() as s:
        return [int(y) for y in s.execute(text(
            "SELECT DISTINCT year FROM documents WHERE register = :r ORDER BY year DESC"),
            {"r": register.value}).scalars()]


def local_today(led: Ledger) -> date:
    now = led.now()
    return (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(local_tz(led)).date()
