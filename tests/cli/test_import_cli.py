"""``secledger import`` and ``secledger export``: all or nothing with every problem listed by
its source row, --dry-run, --exclude-rows, the one-line refusals (.et, encrypted), and an
export that imports back into an empty ledger."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.services.import_helpers import FIXTURES, entry, write_xlsx

from secledger.domain.enums import Clearance, Role
from secledger.services.ledger.session import open_ledger

from .conftest import ADMIN_PASSWORD


def _add_clerk(path: Path) -> None:
    """A clerk 李机要 whose password is the one the CLI tests give (SECLEDGER_PASSWORD)."""
    from secledger.services.people import accounts, persons

    with open_ledger(path, username="admin", password=ADMIN_PASSWORD) as led:
        dept = persons.create_department(led, name="办公室")
        p = persons.create_person(led, name="李机要", department_id=dept.id,
                                  clearance=Clearance.CORE)
        accounts.create_user(led, username="clerk", password=ADMIN_PASSWORD, person_id=p.id,
                             roles={Role.CLERK, Role.ARCHIVIST}, must_change_password=False)


@pytest.fixture
def office_dir(ledger_dir: Path) -> Path:
    _add_clerk(ledger_dir)
    return ledger_dir


def _import(cli, ledger: Path, file: Path, *more: str):  # type: ignore[no-untyped-def]
    return cli("import", file, "--ledger", ledger, "--register", "收文", "--user", "clerk", *more)


def _documents(ledger: Path) -> int:
    from sqlalchemy import text

    with open_ledger(ledger, username="admin", password=ADMIN_PASSWORD) as led, \
            led.db.read() as s:
        return int(s.execute(text("SELECT count(*) FROM documents")).scalar() or 0)


def test_a_refused_import_lists_every_problem_by_row_and_writes_nothing(
        cli, office_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2, 文件标题=""), entry(3),
                                            entry(4, 收文日期="2024.2.30"),
                                            entry(5, 密级及保密期限="内部")])
    code, out, err = _import(cli, office_dir, path)
    assert code == 3
    lines = [x for x in err.splitlines() if x.strip() and not x.startswith("警告：")]
    assert lines[0].startswith("第 5 行 E 列（文件标题）：没有标题。")
    assert lines[1].startswith("第 7 行 B 列（收文日期）：日期“2024.2.30”不存在")
    assert "未导入任何内容" in lines[-1] and "--exclude-rows" in lines[-1]
    assert "不导入第 8 行" in out and "不是国家秘密" in out
    assert "Traceback" not in err
    assert _documents(office_dir) == 0

    code, out, err = _import(cli, office_dir, path, "--exclude-rows", "5,7", "--dry-run")
    assert code == 0, err
    assert "可导入 2 件文件、4 份载体" in out and _documents(office_dir) == 0

    code, out, err = _import(cli, office_dir, path, "--exclude-rows", "5,7")
    assert code == 0, err
    assert "收2024-00001 至 收2024-00002" in out and "导入记录 #1" in out
    assert _documents(office_dir) == 2
    code, out, _err = cli("verify", office_dir)
    assert code == 0 and "哈希链完整" in out


def test_english_problems(cli, office_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1, 文件标题="")])
    code, _out, err = _import(cli, office_dir, path, "--lang", "en")
    assert code == 3
    assert "Row 4, column E (文件标题): The title is missing." in err
    assert "nothing was imported" in err


@pytest.mark.parametrize("name, code_word", [("r.et", "另存为"), ("enc.xlsx", "密码"),
                                             ("bad.xlsx", "损坏")])
def test_files_that_cannot_be_imported_give_one_line(cli, office_dir: Path, tmp_path: Path,
                                                     name: str, code_word: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    if name == "enc.xlsx":
        path.write_bytes((FIXTURES / "encrypted_password_Secret123.xlsx").read_bytes())
    else:
        path.write_bytes(b"PK\x03\x04 broken" * 10)
    code, _out, err = _import(cli, office_dir, path)
    lines = [x for x in err.splitlines() if x.strip() and not x.startswith("警告：")]
    assert code == 3 and len(lines) == 1 and code_word in lines[0]
    assert _documents(office_dir) == 0


def test_bad_arguments(cli, office_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1)])
    code, _o, err = cli("import", path, "--ledger", office_dir, "--register", "借阅",
                        "--user", "clerk")
    assert code == 3 and "收文" in err
    code, _o, err = _import(cli, office_dir, path, "--exclude-rows", "x")
    assert code == 3 and "5,8,12" in err
    code, _o, err = _import(cli, office_dir, path, "--exclude-rows", "99")
    assert code == 3 and "第 99 行" in err
    code, _o, err = cli("import", path, "--ledger", office_dir, "--register", "收文",
                        "--user", "admin")
    assert code == 3 and "机要员" in err


def test_export_then_import_into_another_ledger(cli, office_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "r.xlsx", [entry(1), entry(2, 处理情况="归档", 密级及保密期限="绝密★长期")])
    assert _import(cli, office_dir, path)[0] == 0
    out_file = tmp_path / "收文2024.xlsx"
    code, out, err = cli("export", out_file, "--ledger", office_dir, "--register", "收文",
                         "--year", "2024")
    assert code == 0, err
    assert out_file.is_file() and "最高密级" in out
    code, _o, err = cli("export", tmp_path / "x.pdf", "--ledger", office_dir, "--register",
                        "收文", "--year", "2024")
    assert code == 3 and ".xlsx" in err

    other = tmp_path / "other"
    assert cli("init", other, "--admin", "admin", "--unit", "示范市保密局")[0] == 0
    _add_clerk(other)
    code, out, err = _import(cli, other, out_file)
    assert code == 0, err
    assert re.search(r"2 件文件、4 份载体", out)
    assert cli("verify", other)[0] == 0
