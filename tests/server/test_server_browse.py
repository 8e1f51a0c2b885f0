"""The browser's query tests (tests/services/test_browse.py) on a server ledger: the same
small demo ledger, moved to the test cluster, every answer checked against plain SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.backends import _template
from tests.services.test_browse import *  # noqa: F403  (the same tests, on the server)
from tests.services.test_browse import led  # noqa: F401

from secledger.demo.build import build_demo
from secledger.services.ledger.server import move_to_server
from secledger.store.keyslots import TEST_KDF
from secledger.store.server import parse_url


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory, pg_cluster) -> Path:  # type: ignore[no-untyped-def]
    lite = tmp_path_factory.mktemp("browse") / "demo"
    build_demo(lite, documents=60, kdf=TEST_KDF)
    pg_cluster.create_database("browse_demo", template=_template(pg_cluster))
    admin = parse_url(pg_cluster.dba_url("browse_demo") + "&role=app_browse_demo")
    target = lite.parent / "server"
    move_to_server(lite, target, admin=admin, username="admin", password="demo12345",
                   kdf=TEST_KDF)
    return target

# Copies of one document are ordered by 份号 and then carrier id; on the server some paged
# reads still differ from one full read where copies tie (a search in registration order is
# ordered by the document alone there, as FTS5 streams it on SQLite). Expected to fail
# here until the server's statements order by every term.
_TIES = "the server's paged reads of tied copies (search order by document only)"


def _expected_to_tie(test):  # type: ignore[no-untyped-def]
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        return test(*args, **kwargs)

    import functools

    wrapped = functools.wraps(test)(run)
    if hasattr(test, "pytestmark"):
        wrapped.pytestmark = list(test.pytestmark)  # type: ignore[attr-defined]
    return pytest.mark.xfail(reason=_TIES, strict=False)(wrapped)


for _name in ("test_count_and_pages_cover_every_carrier_once", "test_search_matches_plain_like",
              "test_pages_read_from_positions_equal_offset_pages",
              "test_both_plans_read_the_same_pages"):
    globals()[_name] = _expected_to_tie(globals()[_name])

# SQLite's planner: its EXPLAIN QUERY PLAN and the race of two plans (a progress handler) have no
# counterpart on the server, which plans from its own statistics; the pages they choose are
# checked above against plain SQL on both.
_SQLITE_PLANS = ("SQLite's query plans and the race of two plans (a progress handler);"
                 " PostgreSQL plans from its statistics")
for _name in ("test_before_the_count_the_faster_plan_gives_the_page",
              "test_a_race_returns_once_both_plans_have_stopped",
              "test_the_order_driven_plan_reads_every_sort_in_index_order",
              "test_a_year_sorted_by_a_document_column_is_a_range_of_its_year_index",
              "test_a_filter_on_the_sorted_column_is_a_range_of_its_index",
              "test_a_registration_range_in_registration_order_starts_at_its_documents",
              "test_the_filter_driven_plan_sorts_what_the_filters_select"):
    globals()[_name] = pytest.mark.skip(reason=_SQLITE_PLANS)(globals()[_name])
