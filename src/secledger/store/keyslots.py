"""Key slots: the master key wrapped per user (Argon2id → AES-256-GCM), plus a recovery slot.

The file ``keyslots.json`` in the ledger folder holds, per slot, the KDF parameters, salt,
nonce and ciphertext. The associated data binds a slot to the ledger id, the slot type and
the user name, so a slot copied between ledgers or renamed does not open. Writes are atomic
(temporary file, fsync, rename) and the previous file is kept as ``keyslots.json.bak``.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from secledger.domain.errors import AuthError, LedgerError

FORMAT = "secledger-keyslots/1"
RECOVERY = "recovery"
USER = "user"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True, slots=True)
class KdfParams:
    # Argon2id, 64 MiB, 2 passes, 2 lanes: ~0.17 s on the 2-core reference machine, so that
    # unlock-to-first-page stays within 0.5 s (issue 3 benchmark); above OWASP's minimum.
    time_cost: int = 2
    memory_cost: int = 65536  # KiB = 64 MiB
    parallelism: int = 2

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


DEFAULT_KDF = KdfParams()
#: Weak parameters for tests only; never used by the app itself.
TEST_KDF = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def new_master_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_code() -> str:
    """160 random bits as 32 Crockford base-32 characters in groups of four."""
    raw = "".join(secrets.choice(_CROCKFORD) for _ in range(32))
    return "-".join(raw[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


class KeySlotFile:
    """In-memory view of ``keyslots.json`` with atomic save."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    @property
    def ledger_id(self) -> str:
        return str(self.data["ledger_id"])

    @classmethod
    def create(cls, path: Path, ledger_id: str, created_at: str) -> KeySlotFile:
        return cls(path, {"format": FORMAT, "ledger_id": ledger_id, "created_at": created_at, "slots": []})

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise LedgerError("ledger.keyslots_damaged", detail=str(exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT or "slots" not in data:
            raise LedgerError("ledger.keyslots_damaged", detail="unknown format")
        return cls(path, data)

    def save(self) -> None:
        tmp = self.path.with_suffix(".json.tmp")
        text = json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True)
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if self.path.exists():
            bak = self.path.with_suffix(".json.bak")
            bak.write_bytes(self.path.read_bytes())
        os.replace(tmp, self.path)

    # -- slots -------------------------------------------------------------------
    def _aad(self, slot_type: str, name: str) -> bytes:
        return f"secledger|{self.ledger_id}|{slot_type}|{name}".encode()

    def _find(self, slot_type: str, name: str) -> dict[str, Any] | None:
        for slot in self.data["slots"]:
            if slot["type"] == slot_type and slot["name"] == name:
                return dict(slot)
        return None

    def has_user(self, username: str) -> bool:
        return self._find(USER, username) is not None

    def usernames(self) -> list[str]:
        return [s["name"] for s in self.data["slots"] if s["type"] == USER]

    def put(self, slot_type: str, name: str, secret: str, master_key: bytes, kdf: KdfParams) -> None:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kek = kdf.derive(secret, salt)
        ct = AESGCM(kek).encrypt(nonce, master_key, self._aad(slot_type, name))
        slot = {
            "type": slot_type,
            "name": name,
            "kdf": {"name": "argon2id", **asdict(kdf)},
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "ciphertext": _b64(ct),
        }
        self.remove(slot_type, name)
        self.data["slots"].append(slot)

    def remove(self, slot_type: str, name: str) -> None:
        self.data["slots"] = [
            s for s in self.data["slots"] if not (s["type"] == slot_type and s["name"] == name)
        ]

    def kdf_of(self, slot_type: str, name: str) -> KdfParams | None:
        slot = self._find(slot_type, name)
        if slot is None:
            return None
        k = slot["kdf"]
        return KdfParams(k["time_cost"], k["memory_cost"], k["parallelism"])

    def unwrap(self, slot_type: str, name: str, secret: str) -> bytes:
        """Return the master key, or raise AuthError('auth.wrong_password')."""
        slot = self._find(slot_type, name)
        wrong = "auth.bad_recovery_code" if slot_type == RECOVERY else "auth.wrong_password"
        if slot is None:
            # Spend the same time as a real attempt so user names cannot be probed.
            DEFAULT_KDF.derive(secret, b"\0" * 16)
            raise AuthError(wrong)
        k = slot["kdf"]
        kdf = KdfParams(k["time_cost"], k["memory_cost"], k["parallelism"])
        kek = kdf.derive(secret, _unb64(slot["salt"]))
        try:
            return AESGCM(kek).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["ciphertext"]), self._aad(slot_type, name)
            )
        except InvalidTag as exc:
            raise AuthError(wrong) from exc
