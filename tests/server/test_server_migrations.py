"""The one set of Alembic revisions builds on PostgreSQL exactly the schema the models
describe (types included), as it does on SQLite (tests/store/test_migrations.py)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from tests.backends import _template

from secledger.store import migrate
from secledger.store.schema import metadata


def test_the_revisions_build_the_models_on_postgresql(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(pg_cluster.dba_url(_template(pg_cluster)))
    try:
        with engine.connect() as conn:
            assert migrate.current_revision_on(conn) == migrate.head_revision()
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(ctx, metadata) if "doc_search" not in repr(d)]
            assert diffs == []
            search = {c["name"]: str(c["type"]) for c in inspect(conn).get_columns("doc_search")}
            assert search == {"rowid": "BIGINT", "body": "TEXT", "tsv": "TSVECTOR"}
    finally:
        engine.dispose()
