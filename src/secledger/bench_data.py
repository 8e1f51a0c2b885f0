"""Bulk filler for benchmark ledgers (used when ``services.demo.build_demo`` is absent).

Writes documents, carriers, the search index and a valid hash-chained event log with raw
``executemany`` batches: a million carriers in a few minutes instead of hours through the
one-by-one registration service. Data is random but plausible (Chinese titles, 文号, units).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from secledger.domain.enums import Classification, Register, format_reg_no
from secledger.domain.search import index_body
from secledger.services.ledger import Ledger
from secledger.store.eventlog import EventChainer, Head

TOPICS = ("保密", "安全", "财务", "人事", "档案", "科技", "国防", "外事", "应急", "规划",
          "审计", "信息化", "通信", "装备", "培训", "督查", "机要", "后勤", "预算", "监督")
ACTIONS = ("工作要点", "管理办法", "检查情况", "实施方案", "年度总结", "专项整治", "会议纪要",
           "调研报告", "整改意见", "考核结果", "风险评估", "部署安排")
VERBS = ("印发", "报送", "转发", "做好", "加强", "开展", "落实", "调整")
UNITS = ("省保密局", "市委办公室", "市政府办公室", "省国防科工办", "市公安局", "省国家安全厅",
         "市财政局", "县委办公室", "市档案馆", "省委机要局", "市发展改革委", "军分区司令部")
ORGS = ("保密", "市委办", "市政办", "国科", "公", "财", "档", "机要")
NAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
LEVELS = (Classification.SECRET, Classification.CONFIDENTIAL, Classification.CONFIDENTIAL,
          Classification.TOP_SECRET, Classification.WORK_SECRET)
BATCH = 5000
Progress = Callable[[int, int], None]


def _title(r: random.Random) -> str:
    return f"关于{r.choice(VERBS)}{r.choice(TOPICS)}{r.choice(ACTIONS)}的通知（第{r.randint(1, 99)}期）"


def _mark(level: Classification, r: random.Random) -> str:
    if level is Classification.WORK_SECRET:
        return "内部"
    years = r.randint(1, level.max_years or 10)
    return f"{level.label}★{years}年"


def _people(cur: Any, n: int) -> list[int]:
    r = random.Random(7)
    ids = []
    for _ in range(n):
        name = r.choice(NAMES) + r.choice(GIVEN) + r.choice(GIVEN)
        cur.execute("INSERT INTO people(name, post, clearance, active) VALUES (?, '科员', 'core', 1)",
                    (name,))
        ids.append(int(cur.lastrowid))
    return ids


def fill(led: Ledger, carriers: int, *, seed: int = 1, progress: Progress | None = None) -> int:
    """Append about *carriers* carriers to *led*; returns the number written."""
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        holders = _people(cur, 60)
        clerk = led.user.person_id
        row = cur.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
        chain = EventChainer(Head(int(row[0]), str(row[1])))
        doc_id = int(cur.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])
        car_id = int(cur.execute("SELECT coalesce(max(id), 0) FROM carriers").fetchone()[0])
        counters: dict[tuple[str, int], int] = {}
        r = random.Random(seed)
        written = 0
        start = datetime(2016, 1, 4, 1, 0, tzinfo=UTC)
        step = timedelta(days=10 * 365) / max(1, carriers // 2)
        batch = _Batch()
        while written < carriers:
            doc_id += 1
            when = start + step * written
            copies = min(r.choice((1, 1, 2, 2, 3, 3, 4, 5)), carriers - written)
            number = _next(counters, r, when.year)
            batch.document(r, doc_id, number, when, copies, car_id, clerk, holders, chain, led)
            car_id += copies
            written += copies
            if len(batch.carriers) >= BATCH:
                batch.flush(cur)
                if progress:
                    progress(written, carriers)
        batch.flush(cur)
        for (reg, year), last in counters.items():
            cur.execute("INSERT INTO counters(register, year, last) VALUES (?, ?, ?) "
                        "ON CONFLICT(register, year) DO UPDATE SET last = excluded.last",
                        (reg, year, last))
        cur.execute("INSERT INTO settings(key, value) VALUES ('chain_head', ?) ON CONFLICT(key) "
                    "DO UPDATE SET value = excluded.value", (f"{chain.last_id}:{chain.last_hash}",))
        cur.execute("COMMIT")
        return written
    finally:
        conn.close()


def _next(counters: dict[tuple[str, int], int], r: random.Random, year: int) -> tuple[str, int]:
    reg = Register.RECEIPT if r.random() < 0.7 else Register.PRODUCTION
    key = (reg.value, year)
    counters[key] = counters.get(key, 0) + 1
    return reg.value, counters[key]


class _Batch:
    def __init__(self) -> None:
        self.docs: list[tuple[Any, ...]] = []
        self.search: list[tuple[Any, ...]] = []
        self.carriers: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []

    def document(self, r: random.Random, doc_id: int, number: tuple[str, int], when: datetime,
                 copies: int, car_id: int, clerk: int, holders: list[int], chain: EventChainer,
                 led: Ledger) -> None:
        reg, num = number
        level = r.choice(LEVELS)
        mark = _mark(level, r)
        title = _title(r)
        unit = r.choice(UNITS)
        doc_no = f"{r.choice(ORGS)}〔{when.year}〕{r.randint(1, 300)}号"
        reg_no = format_reg_no(Register(reg), when.year, num)
        naive = f"{when:%Y-%m-%d %H:%M:%S.%f}"  # as SQLAlchemy stores DateTime
        ts = when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self.docs.append((doc_id, reg, when.year, num, reg_no, doc_no, title, level.value,
                          mark, naive[:10], unit, naive))
        self.search.append((doc_id, index_body(title, doc_no, unit)))
        user = led.user
        self.events.append(chain.make(
            ts=ts, user_id=user.id, username=user.username, kind="document.registered",
            carrier_id=None, document_id=doc_id, person_id=None,
            payload={"reg_no": reg_no, "title": title, "mark": mark}))
        for n in range(1, copies + 1):
            cid = car_id + n
            label = f"B{cid:011d}"
            self.events.append(chain.make(
                ts=ts, user_id=user.id, username=user.username, kind="carrier.register",
                carrier_id=cid, document_id=doc_id, person_id=None,
                payload={"action": "register", "state_before": None, "state_after": "in_store",
                         "holder_before": None, "holder_after": clerk, "reg_no": reg_no,
                         "copy_no": f"{n:06d}", "label_id": label}))
            state, holder = "in_store", clerk
            if r.random() < 0.15:
                holder = r.choice(holders)
                state = "with_holder"
                self.events.append(chain.make(
                    ts=ts, user_id=user.id, username=user.username, kind="carrier.issue_to",
                    carrier_id=cid, document_id=doc_id, person_id=holder,
                    payload={"action": "issue_to", "state_before": "in_store",
                             "state_after": state, "holder_before": clerk,
                             "holder_after": holder}))
            self.carriers.append((cid, doc_id, label, n, state, holder, naive, level.rank, naive))

    def flush(self, cur: Any) -> None:
        cur.executemany(
            "INSERT INTO documents(id, register, year, number, reg_no, doc_no, title, level, mark,"
            " retention, issued_on, urgency, unit, pages, need_to_know, no_copy, recall_required,"
            " received_at, seal_intact, remarks, extra, voided, void_reason) VALUES (?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, '{}', ?, 'normal', ?, 0, '{\"unrestricted\": true}', 0, 0, ?, 1, '',"
            " '{}', 0, '')", self.docs)
        cur.executemany("INSERT INTO doc_search(rowid, body) VALUES (?, ?)", self.search)
        cur.executemany(
            "INSERT INTO carriers(id, document_id, label_id, copy_no, carrier_type, serial_no,"
            " pages, state, holder_id, location, is_copy, updated_at, level_rank, registered_at)"
            " VALUES (?, ?, ?, ?, 'paper', '', 0, ?, ?, '', 0, ?, ?, ?)", self.carriers)
        cur.executemany(f"INSERT INTO events({', '.join(EventChainer.COLUMNS)}) VALUES "
                        f"({', '.join('?' * len(EventChainer.COLUMNS))})", self.events)
        self.docs, self.search, self.carriers, self.events = [], [], [], []
