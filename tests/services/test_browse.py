"""The browser's query layer against a small demo ledger: every answer is checked
against a plain SQL statement over the same tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secledger.demo.build import build_demo
from secledger.domain.enums import CarrierState, Classification, Register
from secledger.services.browse import query as browse
from secledger.services.browse.query import SORTS, BrowseQuery
from secledger.services.browse.sql import streams
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.store.keyslots import TEST_KDF


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browse") / "demo"
    build_demo(path, documents=60, kdf=TEST_KDF)
    return path


@pytest.fixture
def led(demo_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(demo_path, username="demo", password="demo12345", kdf=TEST_KDF)
    yield ledger
    ledger.close()


def sorts_the_ledger(steps: list[str]) -> bool:
    """Whether a plan sorts what it read (a temporary B-tree for the ORDER BY). Sorting
    only the last term, the copies of one document by carrier id after their 份号, is a
    sort of a few rows at a time that keeps the read in index order."""
    return any("TEMP B-TREE" in step and "LAST TERM" not in step for step in steps)


def sql_ids(led: Ledger, where: str = "1 = 1", params: tuple[object, ...] = ()) -> list[int]:
    conn = led.db.raw_connection()
    try:
        return [r[0] for r in conn.execute(
            "SELECT c.id FROM carriers c JOIN documents d ON d.id = c.document_id "
            f"LEFT JOIN people p ON p.id = c.holder_id WHERE {where}", params)]
    finally:
        conn.close()


def all_rows(led: Ledger, q: BrowseQuery, size: int = 7) -> list[browse.CarrierRow]:
    total = browse.count(led, q)
    rows: list[browse.CarrierRow] = []
    for off in range(0, total, size):
        rows += browse.page(led, q, off, size, total=total)
    assert len(rows) == total
    return rows


def test_count_and_pages_cover_every_carrier_once(led: Ledger) -> None:
    rows = all_rows(led, BrowseQuery())
    assert sorted(r.id for r in rows) == sorted(sql_ids(led))
    assert [(r.document_id, int(r.copy_no)) for r in rows][:3] == sorted(
        ((r.document_id, int(r.copy_no)) for r in rows), key=lambda k: (-k[0], k[1]))[:3]
    first = rows[0]
    assert len(first.copy_no) == 6 and first.reg_no and first.title and first.mark
    assert first.state_label == CarrierState(first.state).label


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("desc", [False, True])
def test_every_sort_is_total_and_agrees_with_sql(led: Ledger, sort: str, desc: bool) -> None:
    q = BrowseQuery(sort=sort, descending=desc)
    rows = all_rows(led, q)
    keys = [r.key for r in rows]
    assert len(set(r.id for r in rows)) == len(rows)
    # reversed paging from the end and keyset paging give exactly the offset pages
    total = len(rows)
    assert browse.page(led, q, total - 5, 5, total=total) == rows[-5:]
    assert browse.page(led, q, 10, 10, after=rows[9].key) == rows[10:20]
    assert browse.page(led, q, 10, 10, before=rows[20].key) == rows[10:20]
    assert browse.page(led, q, 0, 10) == rows[:10]
    assert len(keys) == total


def test_sort_by_title_orders_titles(led: Ledger) -> None:
    titles = [r.title for r in all_rows(led, BrowseQuery(sort="title", descending=False))]
    assert titles == sorted(titles)
    ranks = [Classification(r.level).rank for r in all_rows(led, BrowseQuery(sort="mark"))]
    assert ranks == sorted(ranks, reverse=True)


def like_ids(led: Ledger, needle: str) -> list[int]:
    pattern = f"%{needle}%"
    return sql_ids(led, "d.title LIKE ? OR d.doc_no LIKE ? OR d.unit LIKE ?",
                   (pattern, pattern, pattern))


@pytest.mark.parametrize("needle", ["密", "保密", "载体", "办公", "2024", "unit:4", "title:5"])
def test_search_matches_plain_like(led: Ledger, needle: str) -> None:
    if ":" in needle:  # a 4-/5-character piece of real data
        field, n = needle.split(":")
        conn = led.db.raw_connection()
        value = conn.execute(f"SELECT {field} FROM documents ORDER BY id LIMIT 1").fetchone()[0]
        conn.close()
        needle = value[2:2 + int(n)]
    expected = sorted(like_ids(led, needle))
    assert expected, needle
    q = BrowseQuery(text=needle)
    assert browse.count(led, q) == len(expected)
    rows = all_rows(led, q)
    assert sorted(r.id for r in rows) == expected
    # newest first: document ids never increase
    docs = [r.document_id for r in rows]
    assert docs == sorted(docs, reverse=True)
    # other sorts over the same matches
    assert sorted(r.id for r in all_rows(led, BrowseQuery(text=needle, sort="title"))) == expected


def test_search_without_searchable_characters_finds_nothing(led: Ledger) -> None:
    assert browse.count(led, BrowseQuery(text="〔〕")) == 0
    assert browse.page(led, BrowseQuery(text="〔〕"), 0, 10) == []
    assert browse.count(led, BrowseQuery(text="没有这种标题啊")) == 0


def test_filters_agree_with_sql(led: Ledger) -> None:
    st = BrowseQuery(states=frozenset({CarrierState.IN_STORE, CarrierState.ARCHIVED}))
    assert sorted(r.id for r in all_rows(led, st)) == sorted(
        sql_ids(led, "c.state IN ('in_store', 'archived')"))
    lv = BrowseQuery(levels=frozenset({Classification.SECRET}), sort="registered")
    assert sorted(r.id for r in all_rows(led, lv)) == sorted(sql_ids(led, "d.level = 'secret'"))
    holder = next(h for h, _n in browse.holders(led))
    hq = BrowseQuery(holder_id=holder, sort="unit")
    assert sorted(r.id for r in all_rows(led, hq)) == sorted(sql_ids(led, "c.holder_id = ?", (holder,)))
    rq = BrowseQuery(register=Register.RECEIPT, sort="holder")
    assert sorted(r.id for r in all_rows(led, rq)) == sorted(sql_ids(led, "d.register = 'receipt'"))
    year = browse.years(led)[0]
    yq = BrowseQuery(year=year)
    assert sorted(r.id for r in all_rows(led, yq)) == sorted(sql_ids(led, "d.year = ?", (year,)))


def test_filtered_sorted_last_page(led: Ledger) -> None:
    q = BrowseQuery(states=frozenset({CarrierState.IN_STORE}), sort="registered",
                    descending=False)
    expected = sql_ids(led, "c.state = 'in_store' ORDER BY c.registered_at, c.id")
    total = browse.count(led, q)
    assert total == len(expected)
    last = browse.page(led, q, total - 3, 10, total=total)
    assert [r.id for r in last] == expected[-3:]


def test_carrier_detail_has_document_copies_and_history(led: Ledger) -> None:
    conn = led.db.raw_connection()
    cid = conn.execute("SELECT carrier_id FROM events WHERE kind = 'carrier.issue_to' "
                       "ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    d = browse.carrier_detail(led, cid)
    assert d.carrier_id == cid and d.document.reg_no
    assert any(c.id == cid for c in d.document.carriers)
    whats = [e.what for e in d.events]
    assert "文件登记" in whats and "登记" in whats
    issued = next(e for e in d.events if e.kind == "carrier.issue_to")
    assert issued.what.startswith("分发/领用 → ") and issued.holder_after
    assert issued.what.endswith(issued.holder_after)
    assert (issued.state_before, issued.state_after) == ("在库", "领用")
    assert [e.id for e in d.events] == sorted(e.id for e in d.events)


def test_find_by_label(led: Ledger) -> None:
    row = browse.page(led, BrowseQuery(), 0, 1)[0]
    assert browse.find_by_label(led, row.label_id.lower()) == row.id
    assert browse.find_by_label(led, "C000000000000") is None
    assert browse.find_by_label(led, "  ") is None


@pytest.mark.parametrize("sort", ["newest", "title", "registered", "holder"])
def test_pages_read_from_positions_equal_offset_pages(led: Ledger, sort: str) -> None:
    q = BrowseQuery(sort=sort, states=frozenset({CarrierState.IN_STORE, CarrierState.ARCHIVED}))
    rows = all_rows(led, q)
    total = len(rows)
    index = browse.positions(led, q, total)
    assert list(index.ids) == [r.id for r in rows]
    for pos in (0, 15, 16, 17, 40, total // 2, total - 7):
        assert browse.page(led, q, pos, 9, total=total, positions=index) == rows[pos:pos + 9]
        assert [r.key for r in browse.page(led, q, pos, 9, positions=index)] == [
            r.key for r in rows[pos:pos + 9]]  # keys as the keyset pages need them
    text = BrowseQuery(text="保密")
    trows = all_rows(led, text)
    tindex = browse.positions(led, text)
    assert browse.page(led, text, 12, 6, positions=tindex) == trows[12:18]


_FILTERS = {
    "none": {},
    "state": {"states": frozenset({CarrierState.IN_STORE})},
    "two states": {"states": frozenset({CarrierState.IN_STORE, CarrierState.ARCHIVED})},
    "level": {"levels": frozenset({Classification.SECRET})},
    "register": {"register": Register.PRODUCTION},
    "search": {"text": "保密"},
    "year": {"year": 2025},
    "dates": {"date_from": date(2025, 3, 1), "date_to": date(2025, 6, 30)},
}


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("name", sorted(_FILTERS))
def test_both_plans_read_the_same_pages(led: Ledger, sort: str, name: str) -> None:
    """The order-driven and the filter-driven plan (and the budgeted try of the first)
    give the same pages: forwards, backwards from the end, and by keyset either way."""
    for desc in (False, True):
        q = BrowseQuery(sort=sort, descending=desc, **_FILTERS[name])
        rows = all_rows(led, q)
        ids = [r.id for r in rows]
        total = len(ids)
        for driven in (True, False, None):
            got = browse.page_ids(led, q, 0, total + 5, driven=driven)
            assert [i for i, _k in got] == ids, (driven, desc)
            assert [k for _i, k in got] == [r.key for r in rows]
            backwards = not streams(q)  # a search in registration order reads forwards
            if backwards:
                tail = browse.page_ids(led, q, 0, 7, reverse=True, driven=driven)
                assert [i for i, _k in tail][::-1] == ids[-7:]
            if total > 20:
                after = browse.page_ids(led, q, 0, 9, anchor=rows[9].key, driven=driven)
                assert [i for i, _k in after] == ids[10:19]
                if backwards:
                    before = browse.page_ids(led, q, 0, 9, reverse=True, anchor=rows[19].key,
                                             driven=driven)
                    assert [i for i, _k in before][::-1] == ids[10:19]
                skipped = browse.page_ids(led, q, 13, 5, driven=driven)  # across arms too
                assert [i for i, _k in skipped] == ids[13:18]


@pytest.mark.parametrize("slow", [True, False])
def test_before_the_count_the_faster_plan_gives_the_page(
        led: Ledger, monkeypatch: pytest.MonkeyPatch, slow: bool) -> None:
    """Both plans race; whichever never finishes (here: made to read forever) is stopped
    by its progress handler once the other has the page, and the page is the right one."""
    q = BrowseQuery(sort="title", states=frozenset({CarrierState.IN_STORE}))
    expected = [r.id for r in all_rows(led, q)][:10]
    real = browse._arm_statement
    forever = ("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)"
               " SELECT x, x FROM r WHERE x < 0 LIMIT :lim OFFSET :off")

    def statement(q: BrowseQuery, sql: Any, arm: Any, reverse: bool, anchor: Any,
                  driven: bool, server: bool = False) -> tuple[str, str, dict[str, Any]]:
        stmt, src, params = real(q, sql, arm, reverse, anchor, driven, server)
        return (forever if driven is slow else stmt), src, params

    monkeypatch.setattr(browse, "_arm_statement", statement)
    assert [r.id for r in browse.page(led, q, 0, 10)] == expected


def test_a_plan_that_fails_leaves_the_page_to_the_other(
        led: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter-driven plan failing (here: a statement SQLite refuses) ends the race
    without a page of its own; the order-driven plan then reads the page to its end."""
    q = BrowseQuery(sort="title", states=frozenset({CarrierState.IN_STORE}))
    expected = [r.id for r in all_rows(led, q)][:10]
    real = browse._arm_statement

    def statement(q: BrowseQuery, sql: Any, arm: Any, reverse: bool, anchor: Any,
                  driven: bool, server: bool = False) -> tuple[str, str, dict[str, Any]]:
        stmt, src, params = real(q, sql, arm, reverse, anchor, driven, server)
        return (stmt if driven else "SELECT * FROM no_such_table"), src, params

    monkeypatch.setattr(browse, "HEAD_START", 0.0)
    monkeypatch.setattr(browse, "_arm_statement", statement)
    assert [r.id for r in browse.page(led, q, 0, 10)] == expected


def test_a_race_returns_once_both_plans_have_stopped(
        led: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """No read of a race outlives it (the ledger may be closed right after a page)."""
    running: list[int] = []
    real = browse._ids

    def counted(*args: Any, **kwargs: Any) -> Any:
        running.append(1)
        try:
            return real(*args, **kwargs)
        finally:
            running.pop()

    monkeypatch.setattr(browse, "_ids", counted)
    q = BrowseQuery(sort="unit", levels=frozenset({Classification.SECRET}))
    for _ in range(5):
        assert browse.page(led, q, 0, 10)
        assert running == []


@pytest.mark.parametrize("name", ["none", "state", "level", "register", "search"])
def test_the_order_driven_plan_reads_every_sort_in_index_order(led: Ledger, name: str) -> None:
    """EXPLAIN QUERY PLAN: no sort of the ledger for any column, either direction, and the
    index the column is read by."""
    index = {"carrier_type": "ix_carriers_type", "copy_no": "ix_carriers_copy_no",
             "doc_no": "ix_documents_doc_no", "holder": "ix_people_name",
             "mark": "ix_carriers_level_id", "registered": "ix_carriers_registered",
             "state": "ix_carriers_state_id", "title": "ix_documents_title",
             "unit": "ix_documents_unit", "reg_no": "sqlite_autoindex_documents_1"}
    for sort in sorted(SORTS):
        for desc in (False, True):
            q = BrowseQuery(sort=sort, descending=desc, **_FILTERS[name])
            plans = browse.explain(led, q, driven=True)
            steps = [step for plan in plans for step in plan]
            assert not sorts_the_ledger(steps), (sort, desc, plans)
            expect = index.get(sort)
            if name == "register" and sort in ("reg_no", "doc_no", "unit"):
                expect = f"ix_documents_register_{sort}"  # the register's range of the order
            if expect and not (name == "search" and sort == "newest"):
                assert any(expect in step for step in steps), (sort, plans)
            if sort == "holder":  # the carriers nobody holds, then each person's
                assert len(plans) == 2 and all("ix_carriers_holder" in " ".join(p) for p in plans)


def test_a_filter_on_the_sorted_column_is_a_range_of_its_index(led: Ledger) -> None:
    plans = browse.explain(led, BrowseQuery(sort="registered", year=browse.years(led)[0]),
                           driven=True)
    assert "ix_carriers_registered (registered_at>? AND registered_at<?)" in plans[0][0]
    plans = browse.explain(led, BrowseQuery(sort="holder",
                                            states=frozenset({CarrierState.IN_STORE})),
                           driven=True)
    assert all("ix_carriers_holder_state (holder_id=? AND state=?)" in " ".join(p)
               for p in plans)
    holder = next(h for h, _n in browse.holders(led))
    for desc in (False, True):  # one holder's carriers by state: a range, no sort
        plans = browse.explain(led, BrowseQuery(sort="state", descending=desc,
                                                holder_id=holder), driven=True)
        assert "ix_carriers_holder_state (holder_id=?)" in plans[0][0]
        assert not sorts_the_ledger(plans[0])


@pytest.mark.parametrize("register", [None, Register.RECEIPT])
@pytest.mark.parametrize("sort", ["title", "doc_no", "unit", "reg_no"])
def test_a_year_sorted_by_a_document_column_is_a_range_of_its_year_index(
        led: Ledger, sort: str, register: Register | None) -> None:
    """Titles and 文号 often begin with a year: a year's documents in their order are a
    range of ix_documents_year_<sort> (with a register, its 登记号 prefix for 登记号), never
    a read of the whole order, and the pages agree with plain SQL."""
    year = browse.years(led)[0]
    for desc in (False, True):
        q = BrowseQuery(sort=sort, descending=desc, year=year, register=register)
        steps = [step for plan in browse.explain(led, q, driven=True) for step in plan]
        assert f"ix_documents_year_{sort} (year=?" in steps[0], steps
        assert not sorts_the_ledger(steps), steps
        where = "d.year = ?" + (" AND d.register = ?" if register else "")
        params: tuple[Any, ...] = (year, register.value) if register else (year,)
        terms = ", ".join(t.rstrip("+") + (" DESC" if desc and not t.endswith("+") else "")
                          for t in SORTS[sort])
        expected = sql_ids(led, f"{where} ORDER BY {terms}", params)
        assert expected and [i for i, _k in browse.page_ids(led, q, 0, 10**6)] == expected


@pytest.mark.parametrize("name", ["year", "dates"])
def test_a_registration_range_in_registration_order_starts_at_its_documents(
        led: Ledger, name: str) -> None:
    """Newest first (or last) within a year or dates: the documents' id range read from
    ``ix_documents_received`` bounds the order-driven read, in both directions."""
    for desc in (False, True):
        q = BrowseQuery(sort="newest", descending=desc, **_FILTERS[name])
        steps = " | ".join(step for plan in browse.explain(led, q, driven=True)
                           for step in plan)
        assert "INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in steps, steps
        assert "ix_documents_received" in steps and "TEMP B-TREE" not in steps, steps
        where, params = "c.registered_at >= ? AND c.registered_at < ?", (
            ("2025-01-01", "2026-01-01") if name == "year" else
            (browse.utc_bound(date(2025, 3, 1)), browse.utc_bound(date(2025, 7, 1))))
        expected = sql_ids(led, f"{where} ORDER BY d.id {'DESC' if desc else ''}, c.copy_no",
                           params)
        assert expected and [r.id for r in all_rows(led, q)] == expected


def test_the_filter_driven_plan_sorts_what_the_filters_select(led: Ledger) -> None:
    holder = next(h for h, _n in browse.holders(led))
    plans = browse.explain(led, BrowseQuery(sort="copy_no", holder_id=holder), driven=False)
    steps = " | ".join(plans[0])
    assert "ix_carriers_holder" in steps and "TEMP B-TREE FOR ORDER BY" in steps
