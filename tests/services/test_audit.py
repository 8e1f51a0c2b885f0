"""services/audit.py: the event log pages and filters in SQL exactly as plain SQL + Python
would; only auditors and security officers read it; the XLSX export and the 台账校验报告."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook

from secledger.domain.enums import Clearance, Role
from secledger.domain.errors import PermissionDenied
from secledger.domain.states import Action
from secledger.services.audit import log as audit
from secledger.services.audit import printing as audit_print
from secledger.services.audit.log import EventQuery
from secledger.services.carriers.transition import get_carrier, transition
from secledger.services.ledger import timing
from secledger.services.ledger.session import open_ledger
from secledger.services.people import accounts as users
from secledger.services.people import persons as people
from secledger.services.registration import corrections
from secledger.store.keyslots import TEST_KDF


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def office(make_ledger, register) -> Any:  # type: ignore[no-untyped-def]
    """Clerk/auditor ledger in Asia/Shanghai with events over five days; also a clerk-only
    account ``c2``."""
    path, admin = make_ledger()
    timing.set_workflow_policy(admin, "timezone", "Asia/Shanghai")
    dept = people.list_departments(admin)[0]
    reader = people.create_person(admin, name="赵阅", department_id=dept.id,
                                  clearance=Clearance.CORE)
    c2 = people.create_person(admin, name="钱机要", department_id=dept.id,
                              clearance=Clearance.CORE)
    users.create_user(admin, username="c2", password="Clerk1234", person_id=c2.id,
                      roles={Role.CLERK}, must_change_password=False)
    admin.close()
    clock = Clock()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF, clock=clock)
    docs = []
    for day in range(5):
        # 17:00 UTC is 01:00 the next day in Shanghai: local dates, not UTC dates, count
        clock.now = datetime(2026, 3, 1 + day, 17 if day % 2 else 3, 0, tzinfo=UTC)
        docs.append(register(led, title=f"文件{day}", copies=2))
    clock.now += timedelta(hours=1)
    with led.db.write() as s:
        transition(s, led, get_carrier(s, docs[0].carriers[0].id), Action.ISSUE_TO,
                   holder_id=reader.id)
    corrections.correct_document(led, docs[1].id, reason="笔误", changes={"title": "文件一（更正）"})
    led.docs = docs  # type: ignore[attr-defined]
    led.reader = reader  # type: ignore[attr-defined]
    yield led
    led.close()


def _all(led: Any) -> list[dict[str, Any]]:
    conn = led.db.raw_connection()
    try:
        cur = conn.cursor()
        cols = ("id", "ts", "username", "kind", "carrier_id", "document_id", "payload")
        rows = cur.execute(f"SELECT {', '.join(cols)} FROM events ORDER BY id DESC").fetchall()
        labels = dict(cur.execute("SELECT id, label_id FROM carriers").fetchall())
        regs = dict(cur.execute("SELECT id, reg_no FROM documents").fetchall())
    finally:
        conn.close()
    out = [dict(zip(cols, r, strict=True)) for r in rows]
    for r in out:
        r["label"] = labels.get(r["carrier_id"], "")
        r["reg_no"] = regs.get(r["document_id"], "")
    return out


def _local_day(ts: str) -> date:
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment.astimezone(timing.ZoneInfo("Asia/Shanghai")).date()


def _expected(rows: list[dict[str, Any]], q: EventQuery) -> list[int]:
    def keep(r: dict[str, Any]) -> bool:
        if q.group and audit.group_of(r["kind"]) != q.group:
            return False
        if q.kinds and r["kind"] not in q.kinds:
            return False
        if q.kind_prefix and not r["kind"].startswith(q.kind_prefix):
            return False
        if q.username and r["username"] != q.username:
            return False
        if q.date_from and _local_day(r["ts"]) < q.date_from:
            return False
        if q.date_to and _local_day(r["ts"]) > q.date_to:
            return False
        return not q.text or (r["label"] == q.text or str(r["reg_no"]).startswith(q.text)
                              or q.text in r["payload"])

    return [r["id"] for r in rows if keep(r)]


def _paged(led: Any, q: EventQuery, size: int = 3) -> list[int]:
    """Every row by keyset pages, and the same rows again by offset pages."""
    by_key = [e.id for e in audit.iter_events(led, q, batch=size)]
    n = audit.count(led, q)
    by_offset = [e.id for off in range(0, n, size) for e in audit.page(led, q, offset=off, limit=size)]
    assert by_key == by_offset
    return by_key


def test_paging_and_filters_agree_with_plain_sql(office) -> None:  # type: ignore[no-untyped-def]
    led = office
    rows = _all(led)
    docs = led.docs
    label = docs[2].carriers[1].label_id
    queries = [
        EventQuery(), *(EventQuery(group=g) for g in (*audit.KIND_GROUPS, audit.OTHER)),
        EventQuery(kind_prefix="carrier."), EventQuery(kinds=("carrier.issue_to", "document.corrected")),
        EventQuery(username="admin"), EventQuery(username="clerk", group="registration"),
        EventQuery(date_from=date(2026, 3, 3)), EventQuery(date_to=date(2026, 3, 2)),
        EventQuery(date_from=date(2026, 3, 2), date_to=date(2026, 3, 3)),
        EventQuery(text=label), EventQuery(text=docs[3].reg_no), EventQuery(text="笔误"),
        EventQuery(text="没有这样的内容"),
    ]
    for q in queries:
        expect = _expected(rows, q)
        assert audit.count(led, q) == len(expect), q
        assert _paged(led, q) == expect, q
    # the groups are a partition of the log
    assert sum(audit.count(led, EventQuery(group=g)) for g in (*audit.KIND_GROUPS, audit.OTHER)) \
        == len(rows)
    # local dates: the events of day 1 (17:00 UTC on 2 March) fall on 3 March in Shanghai
    day3 = _expected(rows, EventQuery(date_from=date(2026, 3, 3), date_to=date(2026, 3, 3)))
    assert day3 and audit.count(led, EventQuery(date_from=date(2026, 3, 3),
                                                date_to=date(2026, 3, 3))) == len(day3)


def test_pages_by_keyset_both_ways_and_positions(office) -> None:  # type: ignore[no-untyped-def]
    led = office
    q = EventQuery(group="registration")
    ids = [e.id for e in audit.iter_events(led, q)]
    assert len(ids) > 9
    middle = audit.page(led, q, offset=3, limit=3)
    assert [e.id for e in audit.page(led, q, before_id=middle[-1].id, limit=3)] == ids[6:9]
    assert [e.id for e in audit.page(led, q, after_id=middle[0].id, limit=3)] == ids[0:3]
    for i, ev_id in enumerate(ids):
        assert audit.position(led, q, ev_id) == i
    outside = next(r["id"] for r in _all(led) if r["kind"] == "auth.unlocked")
    assert audit.position(led, q, outside) is None


def test_rows_are_described_in_chinese(office) -> None:  # type: ignore[no-untyped-def]
    led = office
    issue = audit.page(led, EventQuery(kinds=("carrier.issue_to",)))[0]
    c = led.docs[0].carriers[0]
    assert issue.kind_label == "分发/领用" and issue.group == "flow"
    assert issue.description.startswith("分发/领用 → 赵阅") and "在库 → 领用" in issue.description
    assert (issue.reg_no, issue.copy_no, issue.label_id) == (led.docs[0].reg_no, "000001", c.label_id)
    assert (issue.username, issue.user_name) == ("clerk", "李机要")
    assert issue.local_time == datetime(2026, 3, 5, 12, 0)  # 04:00 UTC + 8 h
    assert len(issue.short_hash) == 12 and issue.hash.startswith(issue.short_hash)
    assert ("保管人", "李机要", "赵阅") in audit.changes(issue)
    fix = audit.page(led, EventQuery(kinds=("document.corrected",)))[0]
    assert fix.kind_label == "登记更正" and fix.reg_no == led.docs[1].reg_no
    assert ("标题", "文件1", "文件一（更正）") in audit.changes(fix)
    assert ("title", "文件1", "文件一（更正）") in audit.changes(fix, "en")
    assert json.loads(fix.pretty_payload) == json.loads(fix.payload)
    person = audit.page(led, EventQuery(kinds=("person.created",)))[0]
    assert person.kind_label == "新增人员" and person.person_name
    labels = {e.kind: e.kind_label for e in audit.iter_events(led, EventQuery())}
    assert all(label != kind for kind, label in labels.items()), labels


def test_only_auditors_and_security_officers_read_the_log(office, make_ledger) -> None:  # type: ignore[no-untyped-def]
    path = office.path
    office.close()
    c2 = open_ledger(path, username="c2", password="Clerk1234", kdf=TEST_KDF)
    try:
        for call in (lambda: audit.count(c2, EventQuery()), lambda: audit.page(c2, EventQuery()),
                     lambda: audit.verify_ledger(c2), lambda: audit.accounts(c2)):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        c2.close()
    admin = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    try:  # the security officer may
        assert audit.count(admin, EventQuery()) > 0
        assert ("c2", "钱机要") in audit.accounts(admin)
    finally:
        admin.close()


def test_xlsx_export_reads_back(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    led = office
    q = EventQuery(group="registration")
    out = audit_print.export_events_xlsx(led, q, tmp_path / "log.xlsx")
    ws = load_workbook(out, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "机密\u3000审计日志" and "某某市保密局" in rows[1][0]
    assert "密级：机密" in rows[1][0]
    assert rows[2][:6] == ("事件号", "时间", "账户", "姓名", "类别", "事件")
    data = rows[3:]
    assert [r[0] for r in data] == [e.id for e in audit.iter_events(led, q)]
    assert all(r[4] == "登记与更正" for r in data)
    assert any(r[5] == "登记更正" and "笔误" in r[9] for r in data)


def _pdftext(path: Any) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_verification_report_pdf(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    led = office
    ticks: list[tuple[int, int]] = []
    result = audit.verify_ledger(led, lambda d, t: ticks.append((d, t)))
    assert result.ok and result.events == result.head_id and result.carriers == 10
    pdf = audit_print.print_verification(led, result, tmp_path / "verify.pdf")
    text = _pdftext(pdf)
    assert "台账校验报告" in text and result.head_hash in text and "通过" in text
    assert f"#{result.head_id}" in text and "审计员（签字）" in text and "李机要" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert any(line.split() == ["Pages:", "1"] for line in info.splitlines()), info

    victim = audit.page(led, EventQuery(kinds=("carrier.issue_to",)))[0].id
    conn = led.db.raw_connection()
    try:
        conn.cursor().execute("UPDATE events SET payload = replace(payload, 'issue_to', 'take_back')"
                              " WHERE id = ?", (victim,))
        conn.commit()
    finally:
        conn.close()
    bad = audit.verify_ledger(led)
    assert not bad.ok and bad.problem_event_id == victim and f"#{victim}" in bad.problem
    text = _pdftext(audit_print.print_verification(led, bad, tmp_path / "bad.pdf"))
    assert "未通过" in text and f"#{victim}" in text and "哈希链中断" in text
    assert bad.head_hash == "" and bad.events == victim - 1
