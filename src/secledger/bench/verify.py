"""``verify`` against its raw floor on a big ledger: ``python -m secledger.bench verify``.

The floor is what any verification must do: derive the key from the password, check every
page (``PRAGMA cipher_integrity_check``) and recompute the hash chain, written straight on
``sqlcipher3``. ``verify`` does that and replays the log against every carrier and document.
Each run is a fresh process (its peak RSS is the memory figure), floor and verify
alternating so that both meet the same machine load; medians of ``--repeat`` runs.

    python -m secledger.bench verify --ledger /tmp/ledger-1m --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from secledger.bench.figures import ChildPeaks, Figure, peak_rss_mb

USER, PASSWORD = "demo", "demo12345"
MAX_RATIO = 1.2
MAX_RSS_MB = 200.0


def floor(path: Path) -> dict[str, Any]:
    """Key derivation, page check and the hash chain, nothing else (in this process)."""
    from secledger.bench.raw import raw_connect
    from secledger.store.eventlog import GENESIS, chain_hash, row_fields
    from secledger.store.keyslots import USER as SLOT_USER
    from secledger.store.keyslots import KeySlotFile

    t0 = time.perf_counter()
    key = KeySlotFile.load(path / "keyslots.json").unwrap(SLOT_USER, USER, PASSWORD)
    conn = raw_connect(path, key)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        prev, n = GENESIS, 0
        for row in conn.execute("SELECT id, ts, user_id, username, kind, carrier_id,"
                                " document_id, person_id, payload, prev_hash, hash"
                                " FROM events ORDER BY id"):
            fields = row_fields(id=row[0], ts=row[1], user_id=row[2], username=row[3],
                                kind=row[4], carrier_id=row[5], document_id=row[6],
                                person_id=row[7], payload=row[8])
            prev = chain_hash(prev, fields)
            assert prev == row[10]
            n += 1
    finally:
        conn.close()
    return {"seconds": time.perf_counter() - t0, "events": n}


def verify(path: Path) -> dict[str, Any]:
    """Open the ledger (key derivation included) and run ``verify`` (in this process)."""
    from secledger.services.audit.verify import verify as run_verify
    from secledger.services.ledger.session import open_ledger

    t0 = time.perf_counter()
    with ChildPeaks() as children:
        led = open_ledger(path, username=USER, password=PASSWORD)
        try:
            report = run_verify(led)
        finally:
            led.close()
    assert report.ok, report.first
    return {"seconds": time.perf_counter() - t0, "events": report.events,
            "carriers": report.carriers, "child_rss_mb": children.peak_mb}


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the chain check's)."""
    import resource

    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def child(kind: str, path: Path) -> dict[str, Any]:
    """Run *kind* (floor or verify) in a fresh process; its result and peak RSS (MB)."""
    out = subprocess.run([sys.executable, "-m", "secledger.bench.verify", "--child", kind,
                          "--ledger", str(path)], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(path: Path, repeat: int) -> tuple[list[Figure], dict[str, Any]]:
    runs: dict[str, list[dict[str, Any]]] = {"floor": [], "verify": []}
    for i in range(repeat):
        for kind in ("floor", "verify") if i % 2 == 0 else ("verify", "floor"):
            runs[kind].append(child(kind, path))
            r = runs[kind][-1]
            also = f" + chain-check process {r['child_rss_mb']:.0f} MB" if "child_rss_mb" in r else ""
            print(f"  {kind}: {r['seconds']:.1f} s (CPU {r['cpu_seconds']:.1f} s), peak RSS {r['rss_mb']:.0f} MB{also}", flush=True)
    med = {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}
    # both processes at their peaks at once: an upper bound on what verify holds
    rss = max(r["rss_mb"] + r.get("child_rss_mb", 0.0) for r in runs["verify"])
    carriers = runs["verify"][0]["carriers"]
    figures = [
        Figure(f"verify, {runs['verify'][0]['events']:,} events (median of {repeat}; raw floor:"
               " key derivation + page check + hash chain)", med["verify"] * 1000,
               med["floor"] * 1000, None, carriers, max_ratio=MAX_RATIO),
        Figure("verify: peak RSS (MB, its process + the chain-check process)", rss, max(r["rss_mb"] for r in runs["floor"]),
               MAX_RSS_MB, carriers),
    ]
    return figures, runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench verify", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ledger", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, default=Path("bench-results") / "verify.json")
    ap.add_argument("--child", choices=("floor", "verify"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        result = (floor if args.child == "floor" else verify)(args.ledger)
        result["rss_mb"] = peak_rss_mb()
        result["cpu_seconds"] = _cpu_seconds()
        print(json.dumps(result))
        return 0
    load = os.getloadavg()
    figures, runs = run(args.ledger, args.repeat)
    for f in figures:
        print(f"{f.name}: {f.ms:.0f} (raw {f.raw_ms:.0f}), ratio {f.ratio:.2f}, ok {f.ok}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"load_before": load, "load_after": os.getloadavg(),
                                     "runs": runs, "figures": [f.__dict__ for f in figures]},
                                    ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(f.ok is not False for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
