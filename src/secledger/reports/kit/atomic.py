"""Atomic output and cancellable progress for every render/export function.

Every renderer takes ``progress: Callable[[int, int], bool] | None``; it is called now and
then with ``(done, total)`` and returns False to cancel, which raises ``Cancelled``.
Output goes to a temporary file in the target's folder, is fsynced and renamed into place
only on success, then the folder is fsynced: an export reported as written survives a power
cut. On cancel or error the temporary file is removed, so a cancelled export leaves no
half-written file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from secledger.domain.errors import DomainError
from secledger.durable import fsync_file, fsync_folder

Progress = Callable[[int, int], bool]


class Cancelled(DomainError):
    """The user cancelled a print or export; nothing was written."""

    code = "report.cancelled"


class ReportWriteError(DomainError):
    code = "report.write_failed"


class Ticker:
    """Calls *progress* at most every *every* steps (and always at the end)."""

    def __init__(self, progress: Progress | None, total: int, every: int = 1) -> None:
        self.progress = progress
        self.total = max(total, 0)
        self.every = max(every, 1)
        self._last = -1

    def __call__(self, done: int, *, force: bool = False) -> None:
        if self.progress is None:
            return
        if not force and self._last >= 0 and done - self._last < self.every:
            return
        self._last = done
        if self.progress(done, self.total) is False:
            raise Cancelled()


def temp_sibling(path: Path, suffix: str = ".part") -> Path:
    """A hidden, unique temporary name in *path*'s folder (same filesystem: rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{suffix}")


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; rename it to *path* when the block succeeds."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ReportWriteError("report.no_folder", folder=str(target.parent), name=target.name)
    tmp = temp_sibling(target)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        _remove(tmp)
        raise ReportWriteError(path=str(target), detail=_why(exc)) from exc
    except BaseException:
        _remove(tmp)
        raise


def _why(exc: OSError) -> str:
    import errno

    known = {errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限", errno.ENOSPC: "磁盘空间不足",
             errno.EROFS: "磁盘为只读", errno.EBUSY: "文件正被其他程序使用"}
    return known.get(exc.errno or 0, exc.strerror or str(exc))


def _remove(p: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        p.unlink()
