"""Committed means durable (synchronous=FULL on every connection); only create_ledger makes a
schema, and only in an empty or new folder."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from secledger.domain.errors import LedgerError
from secledger.services.ledger.session import create_ledger
from secledger.store.keyslots import TEST_KDF

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def _sync(conn) -> int:  # type: ignore[no-untyped-def]
    return int(conn.exec_driver_sql("PRAGMA synchronous").scalar())


def test_synchronous_is_full_on_every_connection(make_ledger) -> None:  # type: ignore[no-untyped-def]
    _path, led = make_ledger()
    with led.db.engine.connect() as a, led.db.engine.connect() as b, led.db.engine.connect() as c:
        assert [_sync(x) for x in (a, b, c)] == [FULL] * 3  # several pooled connections
    with led.db.write() as s:
        assert int(s.connection().exec_driver_sql("PRAGMA synchronous").scalar()) == FULL
    seen: list[int] = []

    def other_thread() -> None:
        with led.db.engine.connect() as conn:
            seen.append(_sync(conn))

    t = threading.Thread(target=other_thread)
    t.start()
    t.join()
    assert seen == [FULL]
    script_engine = led.engine  # the read-only engine for scripts
    with script_engine.connect() as conn:
        assert _sync(conn) == FULL
    script_engine.dispose()
    raw = led.db.raw_connection()
    assert int(raw.cursor().execute("PRAGMA synchronous").fetchone()[0]) == FULL
    raw.close()
    led.lock_session()
    led.unlock_session("admin", "Admin1234")  # new connections after an unlock
    with led.db.engine.connect() as conn:
        assert _sync(conn) == FULL


def _create(path: Path):  # type: ignore[no-untyped-def]
    return create_ledger(path, unit_name="x", admin_username="admin",
                         admin_password="Admin1234", kdf=TEST_KDF)


@pytest.mark.parametrize("content", ["notes.txt", "ledger.db", "keyslots.json", "backups/x.db"])
def test_create_ledger_refuses_a_folder_that_is_not_empty(tmp_path: Path, content: str) -> None:
    folder = tmp_path / "l"
    existing = folder / content
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"something of value")
    listing = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    with pytest.raises(LedgerError) as exc:
        _create(folder)
    assert exc.value.code in ("ledger.folder_not_empty", "ledger.exists")
    if content == "notes.txt":
        assert exc.value.code == "ledger.folder_not_empty"
        assert "notes.txt" in exc.value.message("en")
    assert hashlib.sha256(existing.read_bytes()).digest() == hashlib.sha256(
        b"something of value").digest()
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == listing  # nothing added


def test_create_ledger_refuses_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_bytes(b"x")
    with pytest.raises(LedgerError) as exc:
        _create(target)
    assert exc.value.code == "ledger.not_a_folder"
    assert target.read_bytes() == b"x"


@pytest.mark.parametrize("exists", [False, True])
def test_create_ledger_in_a_new_or_empty_folder(tmp_path: Path, exists: bool) -> None:
    folder = tmp_path / "new" / "ledger"
    if exists:
        folder.mkdir(parents=True)
    led, _code = _create(folder)
    led.close()
    assert (folder / "ledger.db").is_file() and (folder / "keyslots.json").is_file()
