"""Regenerate migrations/versions/0001_initial_schema.py from the models.

Until the first release no ledger exists in the field, so the initial schema is kept as
one migration generated from ``secledger.store.models`` (plus the hand-written FTS5
table). After the first release, add a new revision instead of running this.
Run: ``python tools/regen_initial_migration.py``; tests/store/test_migrations.py checks
that models and migrations agree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "migrations" / "versions" / "0001_initial_schema.py"
FTS = '''
    # Full-text index over title, 文号 and unit. Text is stored one character per token
    # (CJK unigrams), so a query of any length is a phrase query of consecutive tokens:
    # 1- and 2-character Chinese queries work, which a trigram index cannot serve.
    op.execute(
        "CREATE VIRTUAL TABLE doc_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')"
    )
'''


def main() -> int:
    db = ROOT / "dev-autogen.db"
    db.unlink(missing_ok=True)
    TARGET.unlink(missing_ok=True)
    alembic = Path(sys.executable).with_name("alembic")
    subprocess.run(
        [str(alembic), "-x", f"url=sqlite:///{db}", "revision", "--autogenerate",
         "-m", "initial schema", "--rev-id", "0001"],
        cwd=ROOT, check=True,
    )
    db.unlink(missing_ok=True)
    text = TARGET.read_text(encoding="utf-8")
    marker = "    # ### end Alembic commands ###\n"
    first = text.index(marker) + len(marker)
    text = text[:first] + FTS + text[first:]
    text = text.replace(
        "def downgrade() -> None:\n",
        'def downgrade() -> None:\n    op.execute("DROP TABLE IF EXISTS doc_search")\n',
        1,
    )
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
