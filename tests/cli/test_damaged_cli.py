"""``secledger verify`` / ``backup`` on a damaged ledger.db: one line on stderr saying what is
wrong and what to restore, exit code 3, and the file left byte for byte as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from .test_cli import one_line


def _plain(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "missing": (lambda db: db.unlink(), "ledger.db_missing", "没有数据库文件 ledger.db"),
    "empty": (lambda db: db.write_bytes(b""), "ledger.db_empty", "是空文件（0 字节）"),
    "truncated": (lambda db: db.write_bytes(db.read_bytes()[:70000]), "ledger.db_truncated",
                  "不完整"),
    "plain SQLite": (_plain, "ledger.db_foreign", "未加密的普通 SQLite 数据库"),
    "random bytes": (lambda db: db.write_bytes(os.urandom(65536)), "ledger.db_not_database",
                     "无法用本台账的密钥打开"),
    "a PDF": (lambda db: db.write_bytes(b"%PDF-1.4\n" + b"0" * 5000), "ledger.db_not_database",
              "无法用本台账的密钥打开"),
}


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_database_is_one_line_exit_3_and_left_alone(cli, ledger_dir: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    damage, _code, zh = DAMAGE[kind]
    db = ledger_dir / "ledger.db"
    damage(db)
    before = _digest(db)
    code, out, err = cli("verify", ledger_dir)
    assert code == 3 and out == ""
    line = one_line(err)
    assert zh in line and "backups" in line and "报告保密员" in line
    assert _digest(db) == before
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()


def test_in_english_and_naming_the_backup(cli, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("backup", ledger_dir)
    assert code == 0, err
    backup = next((ledger_dir / "backups").glob("ledger-*.db"))
    (ledger_dir / "ledger.db").write_bytes(b"")
    code, _out, err = cli("--lang", "en", "backup", ledger_dir)
    assert code == 3
    line = one_line(err)
    assert line.startswith("The database file") and "is empty (0 bytes)" in line
    assert backup.name in line


def test_a_real_process_exits_3_with_one_line(cli_proc, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = ledger_dir / "ledger.db"
    db.write_bytes(db.read_bytes()[: 4096 * 3])  # cut at a page boundary
    before = _digest(db)
    done = cli_proc("verify", ledger_dir)
    assert done.returncode == 3
    assert "不完整" in one_line(done.stderr) and done.stdout == ""
    assert _digest(db) == before


def test_init_refuses_a_folder_that_is_not_empty(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "l"
    folder.mkdir()
    (folder / "工作记录.txt").write_text("重要", encoding="utf-8")
    code, _out, err = cli("init", folder, "--admin", "admin")
    assert code == 3
    assert "不是空的" in one_line(err) and "工作记录.txt" in err
    assert sorted(p.name for p in folder.iterdir()) == ["工作记录.txt"]
