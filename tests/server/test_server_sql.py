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
])
def test_rewrite(sqlite: str, server: str) -> None:
    assert rewrite(sqlite) == server


def test_qmark_leaves_quoted_text_alone() -> None:
    assert qmark("SELECT '?', \"a?\" FROM t WHERE x = ? AND y LIKE '5%'") == (
        "SELECT '?', \"a?\" FROM t WHERE x = %s AND y LIKE '5%%'")
