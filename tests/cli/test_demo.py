"""``secledger demo`` / ``services.demo.build_demo``: a sound, realistic, reproducible ledger."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from secledger.demo.build import DEMO_PASSWORD, DemoSummary, build_demo
from secledger.domain.enums import CarrierState, Classification, Register, Role
from secledger.services.audit.verify import verify
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF

N = 400


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    return build_demo(tmp_path_factory.mktemp("demo") / "ledger", documents=N, kdf=TEST_KDF, week=False)


@pytest.fixture
def led(demo: DemoSummary) -> Any:
    with open_ledger(demo.path, username="demo", password=DEMO_PASSWORD) as ledger:
        yield ledger


def rows(led: Ledger, sql: str) -> list[Any]:
    with led.db.read() as s:
        return list(s.execute(text(sql)).all())


def test_verify_passes_and_counts_match(demo: DemoSummary, led: Ledger) -> None:
    report = verify(led)
    assert report.ok, report.first
    assert demo.documents == N
    assert rows(led, "SELECT count(*) FROM documents")[0][0] == N
    assert rows(led, "SELECT count(*) FROM doc_search")[0][0] == N
    carriers = rows(led, "SELECT count(*) FROM carriers")[0][0]
    assert carriers == demo.carriers == report.carriers
    assert N <= carriers <= 10 * N
    events = rows(led, "SELECT count(*), max(id) FROM events")[0]
    assert events[0] == events[1] == report.events == report.head_id
    assert demo.events <= events[0] <= demo.events + 1  # + our own auth.unlocked
    head = rows(led, "SELECT value FROM settings WHERE key = 'chain_head'")[0][0]
    assert head == f"{report.head_id}:{report.head_hash}"


def test_counters_are_gapless_and_consistent(led: Ledger) -> None:
    counters = {(r, y): last for r, y, last in rows(
        led, "SELECT register, year, last FROM counters WHERE register IN ('receipt', 'production')")}
    numbers: dict[tuple[str, int], list[int]] = {}
    for register, year, number in rows(led, "SELECT register, year, number FROM documents"):
        numbers.setdefault((register, year), []).append(number)
    assert set(numbers) == set(counters)
    for key, got in numbers.items():
        assert sorted(got) == list(range(1, counters[key] + 1)), key
    assert {r for r, _ in counters} == {Register.RECEIPT.value, Register.PRODUCTION.value}
    assert {y for _, y in counters} >= {2024, 2025, 2026}


def test_labels_unique_and_copies_numbered(led: Ledger) -> None:
    labels = [r[0] for r in rows(led, "SELECT label_id FROM carriers")]
    assert len(labels) == len(set(labels))
    assert all(len(x) == 12 and x.startswith("C") for x in labels)
    per_doc = rows(led, "SELECT document_id, count(*), min(copy_no), max(copy_no)"
                        " FROM carriers GROUP BY document_id")
    assert len(per_doc) == N
    assert all(1 <= n <= 10 for _, n, _, _ in per_doc)


def test_data_is_realistic(led: Ledger) -> None:
    docs = rows(led, "SELECT level, mark, doc_no, title, unit, register FROM documents")
    levels = Counter(d[0] for d in docs)
    assert levels[Classification.CONFIDENTIAL.value] > levels[Classification.SECRET.value]
    assert levels[Classification.SECRET.value] > levels[Classification.TOP_SECRET.value]
    assert levels[Classification.WORK_SECRET.value] > 0
    marks = {d[1] for d in docs}
    assert any(m.endswith("年") for m in marks) and any(m.endswith("个月") for m in marks)
    assert any("〔" in d[2] and d[2].endswith("号") for d in docs)
    assert all(d[3] for d in docs)
    assert any(d[3].startswith("关于") for d in docs)
    types = Counter(r[0] for r in rows(led, "SELECT carrier_type FROM carriers"))
    assert types["paper"] > types["disc"] + types["usb"] > 0
    serials = rows(led, "SELECT serial_no FROM carriers WHERE carrier_type != 'paper'")
    assert all(s[0] for s in serials)
    states = Counter(r[0] for r in rows(led, "SELECT state FROM carriers"))
    for state in (CarrierState.IN_STORE, CarrierState.WITH_HOLDER, CarrierState.ARCHIVED,
                  CarrierState.DISPATCHED):
        assert states[state.value] > 0, state
    people = rows(led, "SELECT clearance FROM people")
    assert {p[0] for p in people} >= {"core", "important", "general"}
    assert len(rows(led, "SELECT id FROM units")) >= 5
    depts = {r[0] for r in rows(led, "SELECT name FROM departments")}
    assert {"办公室", "机要室", "档案室", "保密科"} <= depts


def test_history_spans_2024_to_2026_in_order(led: Ledger) -> None:
    ts = [r[0] for r in rows(led, "SELECT ts FROM events WHERE kind LIKE 'carrier.%' ORDER BY id")]
    assert ts[0][:4] == "2024" and ts[-1][:4] == "2026"
    assert ts == sorted(ts)


def test_dispatch_and_archive_events(led: Ledger) -> None:
    dispatched = rows(led, "SELECT payload FROM events WHERE kind = 'carrier.dispatch' LIMIT 50")
    channels = {json.loads(p[0]).get("channel") for p in dispatched}
    assert channels and channels <= {"jiyao_jiaotong", "jiyao_tongxin", "by_hand"}
    archived = rows(led, "SELECT username FROM events WHERE kind = 'carrier.archive'")
    assert archived and {a[0] for a in archived} == {"archivist"}


def test_events_have_the_form_the_services_write(tmp_path: Path) -> None:
    """Register one document through the real service; compare payload keys per kind."""
    demo = build_demo(tmp_path / "own", documents=20, kdf=TEST_KDF, week=False)
    with open_ledger(demo.path, username="demo", password=DEMO_PASSWORD) as led:
        _compare_with_service(led)


def _compare_with_service(led: Ledger) -> None:
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    dto = register_document(led, DocumentInput(
        register=Register.RECEIPT, title="关于核对演示数据的通知", mark=parse_mark("秘密★5年"),
        copy_nos=(1, 2), doc_no="核对〔2026〕1号", unit="国家保密局"))  # not a demo 文号
    service = {k: set(json.loads(p)) for k, p in rows(
        led, f"SELECT kind, payload FROM events WHERE document_id = {dto.id}")}
    demo_kinds = {k: set(json.loads(p)) for k, p in rows(
        led, "SELECT kind, payload FROM events WHERE document_id = 1 AND kind IN"
             " ('document.registered', 'carrier.register')")}
    assert demo_kinds == service
    cols = rows(led, f"SELECT user_id IS NOT NULL, username, person_id FROM events"
                     f" WHERE document_id = {dto.id}")
    demo_cols = rows(led, "SELECT user_id IS NOT NULL, username, person_id FROM events"
                          " WHERE document_id = 1 AND kind = 'carrier.register' LIMIT 1")
    assert cols[0] == demo_cols[0]
    assert verify(led).ok


def test_demo_accounts(demo: DemoSummary) -> None:
    assert set(demo.usernames) == {"admin", "demo", "archivist", "leader", "auditor"}
    with open_ledger(demo.path, username="demo", password=DEMO_PASSWORD) as led:
        assert led.user.roles == {Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR}
    for name, role in (("admin", Role.SECURITY_OFFICER), ("archivist", Role.ARCHIVIST),
                       ("leader", Role.APPROVER), ("auditor", Role.AUDITOR)):
        with open_ledger(demo.path, username=name, password=DEMO_PASSWORD) as led:
            assert role in led.user.roles
            assert not led.user.must_change_password


def test_same_seed_same_ledger(demo: DemoSummary, tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again", documents=N, kdf=TEST_KDF, week=False)
    sql = "SELECT reg_no, doc_no, title, mark, unit FROM documents ORDER BY id"
    with open_ledger(demo.path, username="demo", password=DEMO_PASSWORD) as a, \
            open_ledger(again.path, username="demo", password=DEMO_PASSWORD) as b:
        assert rows(a, sql) == rows(b, sql)
        csql = "SELECT label_id, state, holder_id FROM carriers ORDER BY id"
        assert rows(a, csql) == rows(b, csql)
    assert again.carriers == demo.carriers


def test_cli_demo_then_verify(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "d"
    code, out, err = cli("demo", path, "--documents", "120")
    assert code == 0, err
    assert "demo12345" in out and "文件 120 件" in out
    monkeypatch.setenv("SECLEDGER_PASSWORD", DEMO_PASSWORD)
    code, out, err = cli("verify", path, "--user", "auditor")
    assert code == 0, err
    assert "哈希链完整" in out
    code, _out, err = cli("demo", path)
    assert code == 3 and "已有台账" in err


def test_cli_demo_unknown_user(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("demo", tmp_path / "d", "--documents", "5", "--user", "nobody")
    assert code == 3 and "nobody" in err
    assert not (tmp_path / "d").exists()
