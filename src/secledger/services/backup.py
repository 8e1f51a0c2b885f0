"""Backups: the still-encrypted database and the key-slot file, copied side by side.

A backup is only useful with a key slot that opens it, so ``keyslots.json`` is copied
with the database under the same time stamp. The copy is taken after a WAL checkpoint
while this process holds the ledger lock (no other writer). The event ``ledger.backed_up``
is appended afterwards, naming the files and the chain head the backup contains.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from secledger.domain.enums import Role
from secledger.domain.errors import LedgerError
from secledger.services.ledger import BACKUPS, DB_NAME, SLOTS_NAME, Ledger
from secledger.services.verify import chain_digest
from secledger.store.migrate import backup_copy


@dataclass(frozen=True, slots=True)
class BackupResult:
    database: Path
    keyslots: Path
    head_id: int
    head_hash: str


def backup_ledger(led: Ledger, *, to: Path | str | None = None) -> BackupResult:
    """Copy the ledger into *to* (default: the ledger's ``backups/`` folder)."""
    led.require(Role.SECURITY_OFFICER, "备份台账")
    folder = Path(to) if to is not None else led.path / BACKUPS
    head_id, head_hash = chain_digest(led)
    try:
        db_copy = backup_copy(led.db.engine, led.path / DB_NAME, folder, "backup")
        slots_copy = db_copy.with_name(db_copy.name.replace("ledger-", "keyslots-", 1)
                                       .removesuffix(".db") + ".json")
        shutil.copy2(led.path / SLOTS_NAME, slots_copy)
    except OSError as exc:
        raise LedgerError("ledger.backup_failed", target=str(folder),
                          detail=exc.strerror or str(exc)) from exc
    with led.db.write() as s:
        led.event(s, "ledger.backed_up", {
            "database": str(db_copy), "keyslots": str(slots_copy),
            "head": f"{head_id}:{head_hash}",
        })
    return BackupResult(db_copy, slots_copy, head_id, head_hash)
