"""Alembic environment. The app passes an open SQLCipher connection in
``config.attributes["connection"]``; developers can autogenerate against a plain
SQLite URL with ``alembic -x url=sqlite:///tmp.db revision --autogenerate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from secledger.store.schema import metadata

config = context.config
target_metadata = metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev-autogen.db")
    with create_engine(url).connect() as conn:
        _run(conn)
