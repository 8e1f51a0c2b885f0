"""Try a secret against every slot of every key-slot file anywhere under a folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from secledger.domain.errors import AuthError
from secledger.store.keyslots import KeySlotFile
from secledger.store.rekeying import key_opens


def _slot_lists(data: dict[str, Any]) -> list[list[dict[str, Any]]]:
    lists = [data.get("slots") or []]
    if isinstance(data.get("next"), dict):
        lists.append(data["next"].get("slots") or [])
    return lists


def key_slot_files(folder: Path) -> list[Path]:
    """Every file under *folder* that parses as JSON with slots (whatever its name)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        if isinstance(data, dict) and "slots" in data:
            found.append(path)
    return found


def slots_opened_by(folder: Path, secret: str) -> list[str]:
    """``file:type:name`` of every slot anywhere under *folder* that *secret* unwraps."""
    opened = []
    for path in key_slot_files(folder):
        data = json.loads(path.read_text(encoding="utf-8"))
        for slots in _slot_lists(data):
            for slot in slots:
                f = KeySlotFile(path, {**data, "slots": [slot]})
                try:
                    f.unwrap(slot["type"], slot["name"], secret)
                except AuthError:
                    continue
                opened.append(f"{path.relative_to(folder)}:{slot['type']}:{slot['name']}")
    return opened


def backup_opens(slots_file: Path, slot_type: str, name: str, secret: str) -> bool:
    """True when *secret* unwraps a key from *slots_file* that opens its backup database."""
    key = KeySlotFile.load(slots_file).unwrap(slot_type, name, secret)
    db = slots_file.with_name(slots_file.name.replace("keyslots-", "ledger-", 1)
                              .removesuffix(".json") + ".db")
    return key_opens(db, key)
