"""The database file holds no plaintext (DESIGN.md security model: SQLCipher, raw key)."""

from __future__ import annotations

import base64
from pathlib import Path

from secledger.domain.enums import Clearance
from secledger.services.people import persons as people

TITLE = "关于绝密工程甲乙丙项目验收安排的请示"
PERSON = "欧阳明珠"


def _files(folder: Path) -> list[Path]:
    names = ["ledger.db", "ledger.db-wal"]
    return [folder / n for n in names if (folder / n).exists()]


def _assert_no_plaintext(folder: Path) -> None:
    files = _files(folder)
    assert files and files[0].name == "ledger.db"
    for f in files:
        data = f.read_bytes()
        assert not data.startswith(b"SQLite format 3"), f.name
        assert b"SQLite format 3" not in data[:4096], f.name
        for needle in (TITLE, PERSON, "省保密局", "CREATE TABLE", "carriers"):
            assert needle.encode("utf-8") not in data, (f.name, needle)


def test_database_and_wal_hold_no_plaintext(make_ledger, register) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    people.create_person(admin, name=PERSON, department_id=None, clearance=Clearance.IMPORTANT)
    admin.close()
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    try:
        for i in range(5):
            register(led, title=f"{TITLE}{i}", copies=2)
        # While open, recent pages sit in the -wal file: check it too.
        assert (path / "ledger.db-wal").exists()
        assert (path / "ledger.db-wal").stat().st_size > 0
        _assert_no_plaintext(path)
        led.db.checkpoint()
        _assert_no_plaintext(path)
    finally:
        led.close()
    _assert_no_plaintext(path)


def test_key_slot_file_holds_no_master_key(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, led = make_ledger()
    key = led.master_key
    text = (path / "keyslots.json").read_bytes()
    assert key not in text
    assert key.hex().encode() not in text
    assert base64.b64encode(key) not in text
    assert led.recovery_code.encode() not in text  # type: ignore[attr-defined]
    assert b"Admin1234" not in text and b"Clerk1234" not in text
