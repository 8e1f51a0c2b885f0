"""Search of one or two Chinese characters through the same API on both backends; on
PostgreSQL the index answers it (a phrase over the tsvector's GIN index, no scan)."""

from __future__ import annotations

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)
from tests.services.conftest import doc_input

from secledger.services.browse import query as browse
from secledger.services.browse.query import BrowseQuery

TITLES = ("关于加强保密工作的通知", "档案保管制度", "会议纪要", "保密 Checklist 2026")


@pytest.fixture
def searchable(clerk_ledger):  # type: ignore[no-untyped-def]
    from secledger.services.registration.register import register_document

    for i, title in enumerate(TITLES):
        register_document(clerk_ledger, doc_input(title, copies=2, doc_no=f"测〔2026〕{i + 1}号",
                                                unit="市档案馆"))
    return clerk_ledger


@pytest.mark.parametrize(("text", "titles"), [
    ("保", {TITLES[0], TITLES[1], TITLES[3]}),
    ("保密", {TITLES[0], TITLES[3]}),
    ("纪要", {TITLES[2]}),
    ("checklist", {TITLES[3]}),
    ("密工作", {TITLES[0]}),
    ("没有", set()),
])
def test_search_by_characters(searchable, text: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    q = BrowseQuery(text=text)
    total = browse.count(searchable, q)
    rows = browse.page(searchable, q, 0, 50, total=total)
    assert total == len(rows) == 2 * len(titles)
    assert {r.title for r in rows} == titles


def test_the_index_answers_on_postgresql(searchable, ledger_backend: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    if ledger_backend != "postgresql":
        pytest.skip("SQLite's FTS5 table is the index itself")
    from sqlalchemy import text

    with searchable.db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(s.execute(text(
            "EXPLAIN SELECT rowid FROM doc_search WHERE doc_search MATCH :m"),
            {"m": '"保 密"'}).scalars())
    assert "ix_doc_search_tsv" in plan, plan


def test_the_carrier_lookup_finds_by_two_characters(searchable) -> None:  # type: ignore[no-untyped-def]
    from secledger.services.carriers.lookup import find

    found = find(searchable, "纪要")
    assert {i.title for i in found.items} == {TITLES[2]} and len(found.items) == 2
