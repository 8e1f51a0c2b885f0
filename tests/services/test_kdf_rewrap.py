"""A slot made with other Argon2id parameters is re-wrapped at the next login."""

from __future__ import annotations

from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF, USER, KdfParams


def test_slot_rewrapped_with_current_parameters(make_ledger) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    newer = KdfParams(time_cost=1, memory_cost=2048, parallelism=1)
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=newer)
    try:
        assert led.slots.kdf_of(USER, "clerk") == newer
        assert led.slots.kdf_of(USER, "admin") == TEST_KDF  # others untouched
    finally:
        led.close()
    again = open_ledger(path, username="clerk", password="Clerk1234", kdf=newer)
    again.close()
