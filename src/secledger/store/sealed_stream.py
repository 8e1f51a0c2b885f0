"""A stream sealed with AES-256-GCM in chunks: a server ledger's ``pg_dump`` output is
classified data, so it never touches the disk in the clear.

Layout: ``MAGIC`` (8 bytes), a 16-byte salt, then chunks of ``[4-byte length][ciphertext
with tag]``. The chunk key is HKDF-SHA256 of the ledger's secret with that salt; each
chunk's nonce is its number and its associated data says whether it is the last, so a
file cut short, reordered or edited fails to open. Whoever can open the ledger's key slot
(a user's password or the recovery code) can open the dump.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from typing import IO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"SLDUMP01"
CHUNK = 1 << 20
_INFO = b"secledger server dump"


class SealError(ValueError):
    """The sealed file is damaged, cut short or not opened by this key."""


def _aead(secret: bytes, salt: bytes) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(secret)
    return AESGCM(key)


def _nonce(n: int) -> bytes:
    return n.to_bytes(12, "big")


def seal(source: IO[bytes], target: IO[bytes], secret: bytes) -> int:
    """Copy *source* into *target* sealed; returns the plain bytes copied."""
    salt = os.urandom(16)
    aead = _aead(secret, salt)
    target.write(MAGIC + salt)
    n = total = 0
    block = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if block else b""
        last = not following
        sealed = aead.encrypt(_nonce(n), block, b"L" if last else b"C")
        target.write(struct.pack(">I", len(sealed)) + sealed)
        total += len(block)
        if last:
            return total
        n, block = n + 1, following


def unseal(source: io.BufferedReader, secret: bytes) -> Iterator[bytes]:
    """The plain chunks of a sealed stream; SealError when anything is wrong."""
    head = source.read(len(MAGIC) + 16)
    if len(head) != len(MAGIC) + 16 or not head.startswith(MAGIC):
        raise SealError("not a sealed dump")
    aead = _aead(secret, head[len(MAGIC):])
    n = 0
    while True:
        size = source.read(4)
        if len(size) != 4:
            raise SealError("cut short")
        body = source.read(struct.unpack(">I", size)[0])
        last = not source.peek(1)
        try:
            yield aead.decrypt(_nonce(n), body, b"L" if last else b"C")
        except Exception as exc:
            raise SealError(f"chunk {n} does not open") from exc
        if last:
            return
        n += 1
