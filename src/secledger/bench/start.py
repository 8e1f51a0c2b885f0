"""How fast the light CLI commands answer: ``secledger --version`` and ``--help``, each run in
a fresh interpreter as the console script runs it (``secledger.launcher.main``), wall time
from starting the process to its exit, the median of *repeat* runs. Beside it, the bare
interpreter start (``python -c pass``), which no command can beat.

    python -m secledger.bench start
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from secledger.bench.figures import Figure

TARGET_MS = 300.0
_RUN = "import sys; from secledger.launcher import main; sys.exit(main({argv!r}))"


def _wall_ms(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t0) * 1000


def run(repeat: int = 5) -> list[Figure]:
    """``--version`` and ``--help`` against the bare interpreter, runs interleaved."""
    bare = [sys.executable, "-c", "pass"]
    figures = []
    for argv in (["--version"], ["--help"]):
        cmd = [sys.executable, "-c", _RUN.format(argv=argv)]
        ours, raws = [], []
        _wall_ms(cmd)  # the first run compiles the bytecode
        for _ in range(max(1, repeat)):
            ours.append(_wall_ms(cmd))
            raws.append(_wall_ms(bare))
        figures.append(Figure(f"secledger {argv[0]} (process start to exit, median of {repeat})",
                              statistics.median(ours), statistics.median(raws), TARGET_MS, 0))
    return figures


def main(argv: list[str] | None = None) -> int:
    figures = run()
    for f in figures:
        print(f"{f.name}: {f.ms:.0f} ms (bare interpreter {f.raw_ms or 0:.0f} ms)")
    return 0 if all(f.ok is not False for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
