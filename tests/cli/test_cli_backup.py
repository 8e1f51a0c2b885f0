"""``secledger backup --list``, ``verify-backup`` and ``restore``: output, one-line errors,
exit codes (0 ok, 1 unsound, 2 bad arguments, 3 refused or failed)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import sqlcipher3

from secledger.services.ledger.session import open_ledger
from secledger.store import snapshot

from .conftest import ADMIN_PASSWORD
from .test_cli import one_line


def _backup(cli, ledger_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    code, _out, err = cli("backup", ledger_dir)
    assert code == 0, err
    db, = (ledger_dir / "backups").glob("ledger-*-backup.db")
    return db


def test_list_verify_and_restore(cli, ledger_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = _backup(cli, ledger_dir)
    code, out, err = cli("backup", ledger_dir, "--list")
    assert code == 0, err
    line, = out.strip().splitlines()
    assert "未全面校验" in line and str(db) in line and "#" in line

    code, out, err = cli("verify-backup", db, "--ledger", ledger_dir)
    assert code == 0, err
    assert "备份完整" in out and "链头：#" in out
    code, out, _err = cli("--lang", "en", "backup", ledger_dir, "--list")
    assert code == 0 and " verified " in out

    target = tmp_path / "restored"
    code, out, err = cli("restore", db, target)
    assert code == 0, err
    assert "已恢复到新文件夹" in out
    assert cli("verify", target)[0] == 0
    with open_ledger(target, username="admin", password=ADMIN_PASSWORD):
        pass


def test_restore_with_the_recovery_code(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import re

    code, out, err = cli("init", tmp_path / "l", "--admin", "admin")
    assert code == 0, err
    recovery = re.search(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", out)
    assert recovery is not None
    db = _backup(cli, tmp_path / "l")
    monkeypatch.setenv("SECLEDGER_RECOVERY_CODE", recovery.group(0).lower())
    monkeypatch.delenv("SECLEDGER_PASSWORD")
    code, out, err = cli("restore", db, tmp_path / "new", "--recovery")
    assert code == 0, err


def test_failures_are_one_line_with_the_right_exit_code(cli, ledger_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = _backup(cli, ledger_dir)
    code, _out, err = cli("restore", db, ledger_dir)
    assert code == 3 and one_line(err).startswith("不能恢复到正在使用的台账")
    code, _out, err = cli("verify-backup", tmp_path / "nothing.db")
    assert code == 3 and one_line(err).startswith("找不到备份文件")
    slots = db.with_name(db.name.replace("ledger-", "keyslots-").replace(".db", ".json"))
    moved = slots.rename(tmp_path / "elsewhere.json")
    code, _out, err = cli("verify-backup", db)
    assert code == 3 and "密钥槽文件" in one_line(err)
    code, _out, err = cli("verify-backup", db, "--keyslots", moved)
    assert code == 0, err
    code, _out, err = cli("restore", db)
    assert code == 2 and one_line(err).startswith("参数有误")


def test_an_unsound_backup_exits_1(cli, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = _backup(cli, ledger_dir)
    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD) as led:
        key = led.master_key
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("UPDATE events SET username = 'mallory' WHERE id = 2")
    conn.commit()
    conn.close()
    code, _out, err = cli("verify-backup", db)
    assert code == 1
    assert one_line(err).startswith("备份校验未通过") and "#2" in err


def test_a_full_disk_during_backup_exits_3_and_leaves_nothing(cli, ledger_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(conn, target):  # type: ignore[no-untyped-def]
        target.write_bytes(b"\0" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(snapshot, "vacuum_into", full)
    code, _out, err = cli("backup", ledger_dir)
    assert code == 3 and one_line(err).startswith("备份失败") and "磁盘空间不足" in err
    assert list((ledger_dir / "backups").iterdir()) == []


@pytest.mark.parametrize("args", [("verify-backup",), ("restore", "x.db")])
def test_missing_arguments(cli, args) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli(*args)
    assert code == 2 and one_line(err).startswith("参数有误")


def test_the_list_needs_the_security_officer(cli, ledger_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secledger.domain.enums import Clearance, Role
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD, kdf=TEST_KDF) as led:
        person = people.create_person(led, name="李机要", department_id=None,
                                      clearance=Clearance.GENERAL)
        users.create_user(led, username="clerk", password="Clerk1234", person_id=person.id,
                          roles={Role.CLERK}, must_change_password=False)
    monkeypatch.setenv("SECLEDGER_PASSWORD", "Clerk1234")
    code, _out, err = cli("backup", ledger_dir, "--list", "--user", "clerk")
    assert code == 3 and "权限" in one_line(err)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs resource limits (POSIX)")
def test_a_real_write_failure_midway_leaves_no_file(cli_env, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """No monkeypatching: the backup process may write files of at most half the database's
    size (RLIMIT_FSIZE), so SQLite's own write of the copy fails midway."""
    import os
    import resource
    import signal
    import subprocess
    import sys

    limit = (ledger_dir / "ledger.db").stat().st_size // 2

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src") + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "secledger", "backup", str(ledger_dir)],
                          capture_output=True, text=True, env=env, timeout=120,
                          stdin=subprocess.DEVNULL, preexec_fn=small_files)
    assert done.returncode == 3, done.stderr
    assert one_line(done.stderr).startswith("备份失败"), done.stderr
    assert list((ledger_dir / "backups").iterdir()) == []
