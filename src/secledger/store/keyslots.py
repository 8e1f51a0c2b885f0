"""Key slots: the master key per user and a recovery slot, in ``keyslots.json``.

A user slot (version 2) holds the user's X25519 key pair: the private key wrapped with
AES-256-GCM under an Argon2id key from the password, and the master key sealed to the public
key with HPKE (RFC 9180: DHKEM-X25519, HKDF-SHA256, AES-256-GCM). So the security officer can
seal a new master key to every account without their passwords (rekey), while only the
password opens it. The public key is bound to the master key (HMAC-SHA256), so a rekey
seals only to key pairs made by someone who held the key. A version-1 user slot (the master
key wrapped directly under the password key) is still read, and replaced by version 2 at
that user's next login. The recovery slot wraps the master key directly under the recovery
code's Argon2id key.

Associated data (and the HPKE info) bind a slot to the ledger id, the slot type and the user
name, so a slot copied between ledgers or renamed does not open. Writes are atomic
(temporary file, fsync, rename, fsync of the folder) and no copy of a superseded slot is kept:
a removed or replaced slot exists in no file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from secledger.domain.errors import AuthError, LedgerError
from secledger.durable import write_atomically

FORMAT = "secledger-keyslots/2"
#: Formats ``load`` accepts (version-1 files hold only version-1 slots).
FORMATS = ("secledger-keyslots/1", FORMAT)
RECOVERY = "recovery"
USER = "user"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
#: The fields of a version-2 user slot that belong to the user's key pair (not the seal).
IDENTITY_FIELDS = ("kdf", "salt", "nonce", "ciphertext", "public_key")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True, slots=True)
class KdfParams:
    # Argon2id, 64 MiB, 2 passes, 2 lanes: ~0.17 s on the 2-core reference machine, so that
    # unlock-to-first-page stays within 0.5 s (the unlock benchmark); above OWASP's minimum.
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



def discard_leftovers(path: Path) -> None:
    """Delete ``keyslots.json.bak`` / ``.tmp`` beside *path*: they may hold revoked slots."""
    for suffix in (".bak", ".tmp"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _slot_kdf(slot: dict[str, Any]) -> KdfParams:
    k = slot["kdf"]
    return KdfParams(k["time_cost"], k["memory_cost"], k["parallelism"])


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
        if not isinstance(data, dict) or data.get("format") not in FORMATS or "slots" not in data:
            raise LedgerError("ledger.keyslots_damaged", detail="unknown format")
        return cls(path, data)

    def save(self) -> None:
        """Replace the file atomically; no copy of the previous slots is kept anywhere."""
        self.data["format"] = FORMAT
        write_atomically(self.path, json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True))

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

    def version_of(self, username: str) -> int:
        """2 for a key-pair slot, 1 for a password-wrapped master key, 0 for no slot."""
        slot = self._find(USER, username)
        return 0 if slot is None else int(slot.get("version", 1))

    def _append(self, slot: dict[str, Any]) -> None:
        self.remove(slot["type"], slot["name"])
        self.data["slots"].append(slot)

    def _wrap(self, slot_type: str, name: str, secret: str, payload: bytes, kdf: KdfParams,
              aad_suffix: str = "") -> dict[str, Any]:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kek = kdf.derive(secret, salt)
        ct = AESGCM(kek).encrypt(nonce, payload, self._aad(slot_type, name) + aad_suffix.encode())
        return {"type": slot_type, "name": name, "kdf": {"name": "argon2id", **asdict(kdf)},
                "salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(ct)}

    def put(self, slot_type: str, name: str, secret: str, master_key: bytes, kdf: KdfParams) -> None:
        """A new slot for *name* opened by *secret* (a user slot gets a new key pair)."""
        if slot_type != USER:
            self._append(self._wrap(slot_type, name, secret, master_key, kdf))
            return
        private = X25519PrivateKey.generate()
        slot = self._wrap(USER, name, secret, private.private_bytes_raw(), kdf, "|identity")
        slot["public_key"] = _b64(private.public_key().public_bytes_raw())
        self.put_sealed(name, slot, master_key)

    def identity(self, username: str, master_key: bytes) -> dict[str, Any] | None:
        """The key-pair fields of a version-2 slot (to seal another master key to it), if
        its public key is bound to *master_key*: a public key planted in the file by someone
        without the master key is not sealed to."""
        slot = self._find(USER, username)
        if slot is None or slot.get("version", 1) != 2:
            return None
        expected = self._binding(username, slot["public_key"], master_key)
        if not hmac.compare_digest(expected, str(slot.get("binding", ""))):
            return None
        return {k: slot[k] for k in IDENTITY_FIELDS}

    def _binding(self, username: str, public_key: str, master_key: bytes) -> str:
        msg = self._aad(USER, username) + b"|public_key|" + _unb64(public_key)
        return _b64(hmac.new(master_key, msg, hashlib.sha256).digest())

    def put_sealed(self, username: str, identity: dict[str, Any], master_key: bytes) -> None:
        """Seal *master_key* to the public key in *identity*; no password needed."""
        public = X25519PublicKey.from_public_bytes(_unb64(identity["public_key"]))
        sealed = _SUITE.encrypt(master_key, public, info=self._aad(USER, username))
        binding = self._binding(username, identity["public_key"], master_key)
        self._append({"type": USER, "name": username, "version": 2, "binding": binding,
                      **{k: identity[k] for k in IDENTITY_FIELDS}, "sealed": _b64(sealed)})

    def remove(self, slot_type: str, name: str) -> None:
        self.data["slots"] = [
            s for s in self.data["slots"] if not (s["type"] == slot_type and s["name"] == name)
        ]

    def kdf_of(self, slot_type: str, name: str) -> KdfParams | None:
        slot = self._find(slot_type, name)
        return None if slot is None else _slot_kdf(slot)

    def _decrypt(self, slot: dict[str, Any], secret: str, wrong: str, aad_suffix: str = "") -> bytes:
        kek = _slot_kdf(slot).derive(secret, _unb64(slot["salt"]))
        aad = self._aad(slot["type"], slot["name"]) + aad_suffix.encode()
        try:
            return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["ciphertext"]), aad)
        except InvalidTag as exc:
            raise AuthError(wrong) from exc

    def unwrap_private(self, username: str, secret: str) -> X25519PrivateKey | None:
        """The private key of a version-2 slot (None for version 1); AuthError if wrong."""
        slot = self._find(USER, username)
        if slot is None or slot.get("version", 1) != 2:
            return None
        raw = self._decrypt(slot, secret, "auth.wrong_password", "|identity")
        return X25519PrivateKey.from_private_bytes(raw)

    def open_sealed(self, username: str, private: X25519PrivateKey) -> bytes | None:
        """The master key sealed in *username*'s slot, if sealed to *private*'s public key."""
        slot = self._find(USER, username)
        mine = _b64(private.public_key().public_bytes_raw())
        if slot is None or slot.get("version", 1) != 2 or slot["public_key"] != mine:
            return None
        try:
            return _SUITE.decrypt(_unb64(slot["sealed"]), private, info=self._aad(USER, username))
        except InvalidTag as exc:
            raise AuthError("auth.wrong_password") from exc

    def unwrap(self, slot_type: str, name: str, secret: str) -> bytes:
        """Return the master key, or raise AuthError('auth.wrong_password')."""
        slot = self._find(slot_type, name)
        wrong = "auth.bad_recovery_code" if slot_type == RECOVERY else "auth.wrong_password"
        if slot is None:
            # Spend the same time as a real attempt so user names cannot be probed.
            DEFAULT_KDF.derive(secret, b"\0" * 16)
            raise AuthError(wrong)
        if slot.get("version", 1) != 2:
            return self._decrypt(slot, secret, wrong)
        private = X25519PrivateKey.from_private_bytes(self._decrypt(slot, secret, wrong, "|identity"))
        key = self.open_sealed(name, private)
        if key is None:
            raise AuthError(wrong)
        return key
