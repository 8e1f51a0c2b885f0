"""Run a test module's ledger tests on both backends: SQLite (a folder) and PostgreSQL (a
server ledger in the session's throwaway cluster, ``tests/pg_cluster.py``).

A module opts in with ``from tests.backends import ledger_backend  # noqa: F401``; every
test using ``make_ledger`` (or ``clerk_ledger``) then runs twice, ``[sqlite]`` and
``[postgresql]``. Each PostgreSQL ledger gets its own new database and application role.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from typing import Any

import pytest

BACKENDS = ("sqlite", "postgresql")
_names = itertools.count(1)


@pytest.fixture(params=BACKENDS)
def ledger_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


TEMPLATE = "secledger_template"


def _template(cluster: Any) -> str:
    """A database with the schema at head, made once per cluster: each test's database is
    a copy of it (``CREATE DATABASE … TEMPLATE``), so no test runs the migrations again."""
    if getattr(cluster, "template_ready", False):
        return TEMPLATE
    from sqlalchemy import create_engine

    from secledger.store import migrate

    cluster.create_database(TEMPLATE)
    engine = create_engine(cluster.dba_url(TEMPLATE))
    try:
        with engine.begin() as conn:
            migrate.upgrade_on(conn)
    finally:
        engine.dispose()
    cluster.template_ready = True
    return TEMPLATE


def server_creator(cluster: Any) -> Callable[..., Any]:
    """``create_ledger``'s signature, making a server ledger in a new database."""
    from secledger.services.ledger.server import create_server_ledger
    from secledger.store.server import parse_url

    def create(path: Any, **kw: Any) -> Any:
        name = f"svc_{os.getpid()}_{next(_names)}"
        cluster.create_database(name, template=_template(cluster))
        admin = parse_url(cluster.dba_url(name) + f"&role=app_{name}")
        return create_server_ledger(path, admin=admin, **kw)

    return create


def creator_for(backend: str, request: pytest.FixtureRequest) -> Callable[..., Any]:
    """``create_ledger`` itself, or its server twin when *backend* is "postgresql"."""
    if backend == "postgresql":
        return server_creator(request.getfixturevalue("pg_cluster"))
    from secledger.services.ledger.session import create_ledger

    return create_ledger
