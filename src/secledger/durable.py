"""Durable file writes, shared by every floor that writes a file of the ledger's (key slots,
backups, exports, the failed-attempt file): data fsynced before a rename, the folder fsynced
after it, so a power cut leaves the old file or the new one, never half of either.

It sits below every layer (plain ``os``), so store, reports and services use the same code.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush *path*'s data to the disk (opened for writing: Windows' _commit needs it)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make renames in *folder* durable (POSIX; Windows cannot open a folder, and NTFS
    journals the rename itself)."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_synced(target: Path, data: bytes) -> None:
    """Write *data* to *target* and fsync it (no rename: the caller publishes it)."""
    with open(target, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_atomically(path: Path, text: str) -> None:
    """Write *text* (UTF-8) to ``path.tmp``, fsync it, rename it over *path*, fsync the
    folder. On any failure the temporary is removed and *path* is as it was."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        write_synced(tmp, text.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)
