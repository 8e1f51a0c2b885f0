"""Fixtures of the server-ledger tests: a fresh database per test in the session's cluster."""

from __future__ import annotations

import itertools

import pytest

_names = itertools.count(1)


@pytest.fixture
def server_db(pg_cluster):  # type: ignore[no-untyped-def]
    """``(cluster, admin_url)`` for a new empty database of this test."""
    from secledger.store.server import parse_url

    name = f"ledger_{next(_names)}"
    pg_cluster.create_database(name)
    return pg_cluster, parse_url(pg_cluster.dba_url(name) + f"&role=app_{name}")

from tests.cli.conftest import cli, cli_env  # noqa: E402, F401
from tests.services.conftest import register  # noqa: E402, F401  (register a document)
from tests.workflows.conftest import office  # noqa: E402, F401  (people and accounts)
