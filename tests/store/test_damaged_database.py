"""Nothing is overwritten: a damaged or foreign ledger.db is reported, by kind, and left as it is.

Each kind of damage gives its own LedgerError code; the file is byte-for-byte unchanged, no
``-wal``/``-shm`` appears, the process holds no new file descriptor and the lock is free.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from secledger.domain.errors import AuthError, DatabaseDamaged, LedgerError
from secledger.services.ledger.session import open_ledger, open_with_recovery
from secledger.store import migrate
from secledger.store.engine import make_engine
from secledger.store.keyslots import TEST_KDF
from secledger.store.lock import LedgerLock

PAGE = 4096
FDS = Path("/proc/self/fd")  # this process's open files


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _fds() -> set[str]:
    gc.collect()
    out = set()
    for fd in FDS.iterdir():
        with contextlib.suppress(FileNotFoundError):  # the fd iterdir itself used
            out.add(f"{fd.name}:{os.readlink(fd)}")
    return out


def _keyed_db(path: Path, key: bytes, sql: str = "CREATE TABLE notes(x)") -> None:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(sql)
    conn.commit()
    conn.close()


# -- the kinds of damage: each writes a replacement for ledger.db ---------------------------
def _missing(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.unlink()


def _empty(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.write_bytes(b"")


def _cut_mid_page(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.write_bytes(original[: len(original) // 2 + 1234])


def _cut_at_page(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.write_bytes(original[: (len(original) // PAGE // 2) * PAGE])


def _page_two_scribbled(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    """Page 1 decrypts, the size is right, but a schema page fails its HMAC."""
    data = bytearray(original)
    data[PAGE + 100] ^= 0xFF
    db.write_bytes(bytes(data))


def _plain_sqlite(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE carriers(id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _keyed_without_tables(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.unlink()
    _keyed_db(db, key)


def _blank_schema(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    """What opening an empty file used to make: the full schema under the key, no ledger."""
    db.unlink()
    engine = make_engine(db, key)
    migrate.upgrade(engine, db, tmp / "unused-backups", create=True)
    engine.dispose()


def _other_key(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.unlink()
    _keyed_db(db, os.urandom(32))


def _random(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.write_bytes(os.urandom(len(original)))


def _pdf(db: Path, original: bytes, key: bytes, tmp: Path) -> None:
    db.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 200)


Damage = Callable[[Path, bytes, bytes, Path], None]
KINDS: list[tuple[str, Damage, str, str | None]] = [
    ("missing", _missing, "ledger.db_missing", None),
    ("empty", _empty, "ledger.db_empty", None),
    ("cut mid-page", _cut_mid_page, "ledger.db_truncated", "ledger.why.partial_page"),
    ("cut at a page", _cut_at_page, "ledger.db_truncated", "ledger.why.short"),
    ("page 2 scribbled", _page_two_scribbled, "ledger.db_damaged", None),
    ("plain SQLite", _plain_sqlite, "ledger.db_foreign", "ledger.why.plain_sqlite"),
    ("keyed, no ledger tables", _keyed_without_tables, "ledger.db_foreign", "ledger.why.no_tables"),
    ("blank schema", _blank_schema, "ledger.db_foreign", "ledger.why.no_ledger_id"),
    ("another key", _other_key, "ledger.db_not_database", None),
    ("random bytes", _random, "ledger.db_not_database", None),
    ("a PDF", _pdf, "ledger.db_not_database", None),
]


@pytest.fixture
def closed_ledger(make_ledger, tmp_path):  # type: ignore[no-untyped-def]
    """(folder, original ledger.db bytes, master key) of a closed ledger."""
    path, led = make_ledger()
    key = led.master_key
    led.close()
    return path, (path / "ledger.db").read_bytes(), key


def _assert_left_alone(path: Path, before: str | None, fds: set[str]) -> None:
    db = path / "ledger.db"
    assert _digest(db) == before  # byte for byte (or still absent)
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert _fds() == fds  # no connection, no file handle left open
    lock = LedgerLock(path / "ledger.lock")
    lock.acquire()  # released: would raise ledger.in_use otherwise
    lock.release()


@pytest.mark.parametrize(("name", "damage", "code", "reason"), KINDS, ids=[k[0] for k in KINDS])
def test_each_kind_of_damage_has_its_error_and_the_file_is_left_alone(
    closed_ledger, tmp_path, name, damage, code, reason  # type: ignore[no-untyped-def]
) -> None:
    path, original, key = closed_ledger
    damage(path / "ledger.db", original, key, tmp_path)
    before = _digest(path / "ledger.db")
    fds = _fds()
    with pytest.raises(DatabaseDamaged) as exc:
        open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert exc.value.code == code, exc.value.message("en")
    assert exc.value.params.get("reason") == reason
    assert isinstance(exc.value, LedgerError)
    for lang in ("zh_CN", "en"):
        text = exc.value.message(lang)
        assert "{" not in text and "backups" in text and "\n" not in text
    _assert_left_alone(path, before, fds)


def test_the_recovery_code_meets_the_same_checks(closed_ledger) -> None:  # type: ignore[no-untyped-def]
    path, _original, _key = closed_ledger
    (path / "ledger.db").write_bytes(b"")
    fds = _fds()
    with pytest.raises(DatabaseDamaged) as exc:
        open_with_recovery(path, code="0000-0000-0000-0000-0000-0000-0000-0000",
                           username="admin", new_password="Neu123456", kdf=TEST_KDF)
    assert exc.value.code == "ledger.db_empty"
    _assert_left_alone(path, _digest(path / "ledger.db"), fds)


def test_wrong_password_and_damaged_database_are_told_apart(closed_ledger) -> None:  # type: ignore[no-untyped-def]
    path, original, _key = closed_ledger
    (path / "ledger.db").write_bytes(os.urandom(len(original)))
    with pytest.raises(AuthError) as wrong:  # the key slot does not unwrap
        open_ledger(path, username="admin", password="Wrong1234", kdf=TEST_KDF)
    assert wrong.value.code == "auth.wrong_password"
    with pytest.raises(DatabaseDamaged) as damaged:  # the key unwraps, the file does not open
        open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert damaged.value.code == "ledger.db_not_database"
    assert "密码是正确的" in damaged.value.message("zh_CN")


def test_the_message_names_the_latest_backup(closed_ledger) -> None:  # type: ignore[no-untyped-def]
    path, original, _key = closed_ledger
    backups = path / "backups"
    old, new = backups / "ledger-20260101T000000Z-backup.db", backups / "ledger-20260301T000000Z-backup.db"
    old.write_bytes(original)
    new.write_bytes(original)
    os.utime(old, (1_000_000, 1_000_000))
    (path / "ledger.db").write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as exc:
        open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert exc.value.params["backup"] == new.name
    assert new.name in exc.value.message("zh_CN") and new.name in exc.value.message("en")
    shutil.copyfile(new, path / "ledger.db")  # the advice works
    open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF).close()


def test_a_sound_ledger_still_opens_after_the_checks(closed_ledger) -> None:  # type: ignore[no-untyped-def]
    path, _original, _key = closed_ledger
    fds = _fds()
    led = open_ledger(path, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert led.unit_name == "某某市保密局"
    led.close()
    assert _fds() == fds


def test_migrations_never_create_a_schema_when_opening(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    key = os.urandom(32)
    _keyed_db(db, key)
    engine = make_engine(db, key)
    try:
        with pytest.raises(DatabaseDamaged) as exc:
            migrate.upgrade(engine, db, tmp_path / "backups")
        assert exc.value.code == "ledger.db_foreign"
        with engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert names == {"notes"}
    finally:
        engine.dispose()


def _crash_copy(led, register, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A ledger folder as a power cut leaves it: committed work still only in ``-wal``."""
    path = led.path
    with led.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    register(led, title="断电前登记的文件")
    copy = tmp_path / "after-crash"
    copy.mkdir()
    for name in ("ledger.db", "ledger.db-wal", "keyslots.json"):
        shutil.copyfile(path / name, copy / name)
    (copy / "backups").mkdir()
    led.close()
    assert (copy / "ledger.db-wal").stat().st_size > 0
    return copy


def test_a_crash_left_wal_is_read_and_kept(clerk_ledger, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = _crash_copy(clerk_ledger, register, tmp_path)
    led = open_ledger(copy, username="admin", password="Admin1234", kdf=TEST_KDF)
    with led, led.db.engine.connect() as conn:
        titles = [r[0] for r in conn.exec_driver_sql("SELECT title FROM documents")]
    assert "断电前登记的文件" in titles


def test_a_damaged_database_beside_a_wal_leaves_both_alone(clerk_ledger, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = _crash_copy(clerk_ledger, register, tmp_path)
    db, wal = copy / "ledger.db", copy / "ledger.db-wal"
    db.write_bytes(db.read_bytes()[:10000])
    before = (_digest(db), _digest(wal))
    fds = _fds()
    with pytest.raises(DatabaseDamaged) as exc:
        open_ledger(copy, username="admin", password="Admin1234", kdf=TEST_KDF)
    assert exc.value.code == "ledger.db_truncated"
    assert (_digest(db), _digest(wal)) == before
    assert not Path(f"{db}-shm").exists()
    assert _fds() == fds
