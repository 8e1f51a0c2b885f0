"""``secledger`` init / verify / backup and how every failure reads (one line, no traceback)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from secledger.services.ledger.session import open_ledger

from .conftest import ADMIN_PASSWORD

CODE = re.compile(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}")


def one_line(err: str) -> str:
    lines = [x for x in err.splitlines() if x.strip() and not x.startswith("警告：")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from secledger import __version__
    from secledger.launcher import main

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"secledger {__version__}"


def test_python_m_version(cli_proc) -> None:  # type: ignore[no-untyped-def]
    done = cli_proc("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("secledger ")


def test_init_prints_the_recovery_code_once_then_verify_passes(cli, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("verify", ledger_dir)
    assert code == 0, err
    assert "哈希链完整" in out
    head = re.search(r"链头：#(\d+) ([0-9a-f]{64})", out)
    assert head is not None and int(head.group(1)) >= 4
    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD) as led:
        assert led.unit_name == "示范市保密局"


def test_init_output(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("init", tmp_path / "l", "--admin", "boss", "--name", "王保密")
    assert code == 0, err
    assert CODE.search(out) is not None
    assert "保密柜" in out and "只显示这一次" in out
    assert "SECLEDGER_TEST_KDF" in err  # the weak test KDF never goes unnoticed


def test_init_prompts_twice_and_refuses_a_mismatch(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.delenv("SECLEDGER_PASSWORD")
    answers = iter(["Secret123", "Secret124"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="", stream=None: next(answers))
    code, _out, err = cli("init", tmp_path / "l", "--admin", "admin")
    assert code == 3
    assert one_line(err) == "两次输入的密码不一致。"
    assert not (tmp_path / "l" / "ledger.db").exists()


def test_init_prompted_password_works(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SECLEDGER_PASSWORD")
    monkeypatch.setattr("getpass.getpass", lambda prompt="", stream=None: "Secret123")
    assert cli("init", tmp_path / "l", "--admin", "admin")[0] == 0
    assert cli("verify", tmp_path / "l")[0] == 0


def test_init_refuses_weak_password_and_existing_ledger(
    cli, ledger_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    code, _out, err = cli("init", ledger_dir, "--admin", "admin")
    assert code == 3 and "已有台账" in one_line(err)
    monkeypatch.setenv("SECLEDGER_PASSWORD", "short")
    code, _out, err = cli("init", tmp_path / "new", "--admin", "admin")
    assert code == 3 and "密码至少" in one_line(err)


def test_no_password_at_all(cli, ledger_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SECLEDGER_PASSWORD")

    def eof(prompt: str = "", stream: object = None) -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", eof)
    code, _out, err = cli("verify", ledger_dir)
    assert code == 3 and "SECLEDGER_PASSWORD" in one_line(err)


def test_wrong_password_is_one_line(cli_proc, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    done = cli_proc("verify", ledger_dir, password="Wrong12345")
    assert done.returncode == 3
    assert one_line(done.stderr).startswith("用户名或密码错误")
    assert done.stdout == ""


def test_wrong_user(cli, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("verify", ledger_dir, "--user", "nobody")
    assert code == 3 and one_line(err).startswith("用户名或密码错误")


def test_not_a_ledger(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("verify", tmp_path)
    assert code == 3
    assert "不是台账文件夹" in one_line(err)


def test_not_a_ledger_in_english(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("--lang", "en", "backup", tmp_path)
    assert code == 3
    assert "is not a ledger folder" in one_line(err)


def test_ledger_in_use(cli_proc, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD):
        done = cli_proc("verify", ledger_dir)
    assert done.returncode == 3
    assert "正被另一个程序使用" in one_line(done.stderr)


def test_damaged_database(cli_proc, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = ledger_dir / "ledger.db"
    data = bytearray(db.read_bytes())
    for i in range(100, len(data), 997):  # scribble over every page
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    done = cli_proc("verify", ledger_dir)
    assert done.returncode in (1, 3)
    assert "Traceback" not in done.stderr
    line = one_line(done.stderr)
    assert "损坏" in line or "校验" in line


def test_garbage_keyslots(cli, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (ledger_dir / "keyslots.json").write_text("{not json", encoding="utf-8")
    code, _out, err = cli("verify", ledger_dir)
    assert code == 3 and "密钥槽文件损坏" in one_line(err)


def test_tampered_event_is_named(cli, ledger_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD) as led:
        conn = led.db.raw_connection()
        try:
            cur = conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            cur.execute("UPDATE events SET payload = ? WHERE id = 2",
                        (json.dumps({"name": "假名字"}, ensure_ascii=False),))
            cur.execute("COMMIT")
        finally:
            conn.close()
    code, out, err = cli("verify", ledger_dir)
    assert code == 1
    assert "#2" in one_line(err) and "哈希不符" in err
    assert "校验未通过" in out


@pytest.mark.parametrize(("args", "expected"), [
    (("verify",), "缺少参数"),
    (("bogus",), "没有子命令"),
    (("demo", "x", "--documents", "abc"), "--documents"),
    (("init", "x"), "--admin"),
    (("--lang", "fr", "verify", "x"), "--lang"),
    (("verify", "x", "--frobnicate"), "无法识别的参数"),
])
def test_bad_arguments(cli, args: tuple[str, ...], expected: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    line = one_line(err)
    assert line.startswith("参数有误") and expected in line


def test_bad_arguments_in_a_subprocess(cli_proc) -> None:  # type: ignore[no-untyped-def]
    done = cli_proc("verify")
    assert done.returncode == 2
    assert one_line(done.stderr).startswith("参数有误")


def test_backup_copies_database_and_keyslots(cli, ledger_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("backup", ledger_dir)
    assert code == 0, err
    dbs = list((ledger_dir / "backups").glob("ledger-*-backup.db"))
    slots = list((ledger_dir / "backups").glob("keyslots-*-backup.json"))
    assert len(dbs) == 1 and len(slots) == 1
    assert slots[0].read_bytes() == (ledger_dir / "keyslots.json").read_bytes()
    assert dbs[0].name.split("-")[1] == slots[0].name.split("-")[1]  # same time stamp
    code, _out, err = cli("backup", ledger_dir, "--to", tmp_path / "usb")
    assert code == 0, err
    assert len(list((tmp_path / "usb").glob("ledger-*.db"))) == 1
    # a backup is a working ledger: restore it into a folder and verify it
    restore = tmp_path / "restored"
    restore.mkdir()
    (restore / "ledger.db").write_bytes(dbs[0].read_bytes())
    (restore / "keyslots.json").write_bytes(slots[0].read_bytes())
    assert cli("verify", restore)[0] == 0
    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD) as led, \
            led.db.read() as s:
        kinds = [r[0] for r in s.execute(text("SELECT kind FROM events ORDER BY id"))]
    assert kinds.count("ledger.backed_up") == 2


def test_backup_to_an_unwritable_place(cli, ledger_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = cli("backup", ledger_dir, "--to", blocker / "sub")
    assert code == 3
    assert one_line(err).startswith("备份失败")


def test_rekey_prints_the_new_code_once_and_writes_the_sheet(cli, ledger_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from secledger.store.keyslots import RECOVERY, KeySlotFile
    from secledger.store.rekeying import key_opens

    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD) as led:
        old_key = led.master_key
    sheet = tmp_path / "sheet.pdf"
    code, out, err = cli("rekey", ledger_dir, "--sheet", sheet)
    assert code == 0, err
    [new_code] = re.findall(r"(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}", out)
    assert out.count(new_code) == 1 and "admin" in out
    assert not key_opens(ledger_dir / "ledger.db", old_key)
    key = KeySlotFile.load(ledger_dir / "keyslots.json").unwrap(RECOVERY, "recovery", new_code)
    assert key_opens(ledger_dir / "ledger.db", key)
    pdf = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert new_code.split("-")[0] in pdf and "应急恢复密钥" in pdf
    assert cli("verify", ledger_dir)[0] == 0
    with open_ledger(ledger_dir, username="admin", password=ADMIN_PASSWORD) as led, \
            led.db.read() as s:
        kinds = [r[0] for r in s.execute(text("SELECT kind FROM events ORDER BY id"))]
    assert kinds.count("ledger.rekeyed") == 1


def test_rekey_refuses_a_wrong_password(cli, ledger_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SECLEDGER_PASSWORD", "Wrong12345")
    code, out, err = cli("rekey", ledger_dir, "--sheet", ledger_dir.parent / "s.pdf")
    assert code == 3 and "密码错误" in err and "-" not in out
