"""SQLite's spellings as the server gets them (``store/server_sql.rewrite``), and SQLite's
``?`` placeholders for psycopg (``store/dialect.qmark``): plain text in, text out."""

from __future__ import annotations

import pytest

from secledger.store.dialect import qmark
from secledger.store.server_sql import rewrite


@pytest.mark.parametrize(("sqlite", "server"), [
    ("SELECT x FROM documents d INDEXED BY ix_documents_title WHERE d.id = 1",
     "SELECT x FROM documents d WHERE d.id = 1"),
    ("SELECT 1 FROM doc_search s CROSS JOIN carriers c ON c.document_id = s.rowid",
     "SELECT 1 FROM doc_search s JOIN carriers c ON c.document_id = s.rowid"),
    ("SELECT a + b FROM t WHERE x = 1 AND +c.state = 'in_store'",
     "SELECT a + b FROM t WHERE x = 1 AND c.state = 'in_store'"),
    ("SELECT * FROM (SELECT id FROM e LIMIT 5) UNION ALL SELECT * FROM (SELECT id FROM f)"
     " ORDER BY id",
     "SELECT * FROM (SELECT id FROM e LIMIT 5) AS _sub1 UNION ALL SELECT * FROM"
     " (SELECT id FROM f) AS _sub2 ORDER BY id"),
    ("SELECT count(*) FROM (SELECT a FROM t) AS r", "SELECT count(*) FROM (SELECT a FROM t) AS r"),
    ("SELECT rowid FROM doc_search WHERE doc_search MATCH %(m)s",
     "SELECT rowid FROM doc_search WHERE rowid IN (SELECT z.rowid FROM doc_search z"
     " WHERE z.tsv @@ phraseto_tsquery('simple'::regconfig, %(m)s))"),
    ("SELECT d.id FROM documents d ORDER BY +d.title, d.id",
     "SELECT d.id FROM documents d ORDER BY d.title, d.id"),
    # whole days truncated as SQLite's CAST does; a parameter given to julianday is a moment
    ("SELECT CAST(julianday(%(cut)s) - julianday(date(o.due_at)) AS INTEGER) FROM o"
     " WHERE o.due_on < %(cut)s",
     "SELECT CAST(trunc(julianday(%(cut)s::timestamp) - julianday(date(o.due_at))) AS INTEGER)"
     " FROM o WHERE o.due_on < %(cut)s"),
])
def test_rewrite(sqlite: str, server: str) -> None:
    assert rewrite(sqlite) == server


def test_named_parameters_as_psycopg_takes_them() -> None:
    from secledger.store.dialect import named

    assert named("SELECT ':x', a FROM t WHERE b = :b AND c LIKE '5%' AND d = :d_2") == (
        "SELECT ':x', a FROM t WHERE b = %(b)s AND c LIKE '5%%' AND d = %(d_2)s")


def test_qmark_leaves_quoted_text_alone() -> None:
    assert qmark("SELECT '?', \"a?\" FROM t WHERE x = ? AND y LIKE '5%'") == (
        "SELECT '?', \"a?\" FROM t WHERE x = %s AND y LIKE '5%%'")
