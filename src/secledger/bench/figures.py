"""A benchmark figure (one measurement beside its raw reference and its target) and the
table ``python -m secledger.bench`` prints of them; every benchmark module reports in it."""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    name: str
    ms: float
    raw_ms: float | None
    target_ms: float | None
    rows: int
    max_ratio: float | None = None  # a target on ms / raw_ms instead of on ms

    @property
    def ratio(self) -> float | None:
        return self.ms / self.raw_ms if self.raw_ms else None

    @property
    def ok(self) -> bool | None:
        if self.max_ratio is not None and self.ratio is not None:
            return self.ratio <= self.max_ratio
        return None if self.target_ms is None else self.ms <= self.target_ms


def table(figures: list[Figure], carriers: int) -> str:
    lines = [f"SecLedger benchmark — {carriers:,} carriers, {os.cpu_count()} CPU(s)", "",
             "| measurement | SecLedger | raw / reference | ratio | target | ok |",
             "|---|---:|---:|---:|---:|:-:|"]
    for f in figures:
        unit = " MB" if "RSS" in f.name else " ms"
        raw = f"{f.raw_ms:.1f}{unit}" if f.raw_ms is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        target = (f"≤ {f.max_ratio:g}×" if f.max_ratio is not None
                  else f"≤ {f.target_ms:g}{unit}" if f.target_ms is not None else "—")
        ok = "—" if f.ok is None else ("yes" if f.ok else "NO")
        lines.append(f"| {f.name} | {f.ms:.1f}{unit} | {raw} | {ratio} | {target} | {ok} |")
    return "\n".join(lines)


class ChildPeaks:
    """The peak resident memory (MB, ``VmHWM``) of this process's child processes while it
    runs, sampled every 20 ms from ``/proc`` (Linux; 0 elsewhere): ``verify`` hashes the
    chain in a child of its own, whose memory is part of verify's."""

    def __init__(self) -> None:
        import threading

        self.peak_mb = 0.0
        self._seen: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self._seen.values(), default=0.0)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            for pid in _children():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        mb = int(line.split()[1]) / 1024
                        self._seen[pid] = max(self._seen.get(pid, 0.0), mb)


def _children() -> list[str]:
    try:
        tasks = list(Path("/proc/self/task").iterdir())
    except OSError:
        return []
    out: list[str] = []
    for task in tasks:
        try:
            out += (task / "children").read_text().split()
        except OSError:
            continue
    return out


def peak_rss_mb() -> float:
    """This process's peak resident memory (MB): ``VmHWM`` where Linux has it, since
    ``ru_maxrss`` keeps the peak of the process that started this one (fork, then exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

