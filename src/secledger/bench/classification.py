"""Timing figures for the classification workflow (not a test):
``python -m secledger.bench.classification --ledger PATH``.

Works on a COPY of the ledger at PATH (a ``secledger demo PATH --documents 200000`` gives
~1M carriers), so the first end-of-period pass can be timed again and again: the copy is
opened (which migrates it, behind its own backup), the pass runs twice (first and idempotent
second), then every worklist's first and next page and its count are timed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from secledger.services.classification import read
from secledger.services.classification.expiry import run_auto_declassification
from secledger.services.classification.worklists import Worklist
from secledger.services.ledger.session import open_ledger


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def run(ledger: Path, user: str, password: str) -> None:
    with tempfile.TemporaryDirectory(prefix="classif-bench-") as tmp:
        copy = Path(tmp) / "ledger"
        shutil.copytree(ledger, copy, ignore=shutil.ignore_patterns("backups", "*.lock"))
        os.sync()  # the copy's write-back would otherwise compete with the pass
        started = time.perf_counter()
        with open_ledger(copy, username=user, password=password) as led:
            print(f"open (and migrate)      {_ms(time.perf_counter() - started)}")
            for label in ("first pass", "second pass"):
                cpu, wall = time.process_time(), time.perf_counter()
                res = run_auto_declassification(led)
                print(f"{label:22}  {_ms(time.perf_counter() - wall)}"
                      f" (cpu {_ms(time.process_time() - cpu).strip()}): {res.documents}"
                      f" documents, {res.carriers_waiting} carriers waiting")
            for which in Worklist:
                wall = time.perf_counter()
                rows = read.page(led, which, limit=200)
                first = time.perf_counter() - wall
                wall = time.perf_counter()
                more = read.page(led, which, limit=200, after=rows[-1].key) if rows else []
                second = time.perf_counter() - wall
                wall = time.perf_counter()
                n = read.count(led, which)
                print(f"{which.value:16} first page {_ms(first)}, next {_ms(second)}"
                      f" ({len(rows)}+{len(more)} rows), count {_ms(time.perf_counter() - wall)}"
                      f" = {n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ledger", required=True, type=Path)
    ap.add_argument("--user", default="demo")
    ap.add_argument("--password", default="demo12345")
    args = ap.parse_args(argv)
    run(args.ledger, args.user, args.password)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
