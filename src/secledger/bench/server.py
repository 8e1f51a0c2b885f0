"""The browser's figures on a server ledger beside the same ledger on SQLite, in one run.

``python -m secledger.bench server --server URL [--ledger PATH] [--repeat N]``: the demo
ledger (built as ``python -m secledger.bench`` builds it when missing, ~1M carriers) is
moved once into the empty server database named by the DBA's URL (``move-to-server``; the
DBA's password from ``SECLEDGER_DBA_PASSWORD`` or the URL), then the same browser calls
run on both ledgers, logged in as the demo clerk. In the table the "SecLedger" column is
PostgreSQL and "raw / reference" is SQLite; the ratio is PostgreSQL over SQLite.
"""

from __future__ import annotations

import argparse
import os
from functools import partial
from pathlib import Path
from typing import Any

from secledger.bench.common import (
    DEFAULT_LEDGER,
    PASSWORD,
    QUERIES,
    REPEAT,
    USER,
    carrier_count,
    ensure_ledger,
    median_of,
)
from secledger.bench.figures import Figure, table

Measured = list[tuple[str, float, int]]


def measure(led: Any, repeat: int) -> Measured:
    """(name, median ms, rows) of the browser's calls on *led*."""
    from secledger.domain.enums import CarrierState
    from secledger.services.browse import query as browse

    out: Measured = []
    for text in QUERIES:
        q = browse.BrowseQuery(text=text)
        ms, rows = median_of(partial(browse.page, led, q, 0, 100), repeat)
        out.append((f"search “{text}” ({len(text)} char), newest 100", ms, len(rows)))
        ms, n = median_of(partial(browse.count, led, q), 1)
        out.append((f"  count of “{text}” matches", ms, n))
    q = browse.BrowseQuery(states=frozenset({CarrierState.IN_STORE}), sort="title",
                           descending=False)
    ms, total = median_of(partial(browse.count, led, q), 1)
    out.append(("filter 在库 + sort 标题: count", ms, total))
    ms, marks = median_of(partial(browse.positions, led, q, total), 1)
    out.append(("filter 在库 + sort 标题: position index (every id in order)", ms, len(marks)))
    for label, pos in (("first", 0), ("middle", total // 2), ("last", max(0, total - 200))):
        ms, rows = median_of(partial(browse.page, led, q, pos, 200, total=total, positions=marks),
                           repeat)
        out.append((f"filter 在库 + sort 标题: page at {label}", ms, len(rows)))
    ms, rows = median_of(partial(browse.page, led, browse.BrowseQuery(), 0, 200), repeat)
    out.append(("newest 200 carriers", ms, len(rows)))
    return out


def compare(sqlite_path: Path, server_path: Path, *, kdf: Any, repeat: int = REPEAT
            ) -> list[Figure]:
    """The same calls on both ledgers, as figures (PostgreSQL beside SQLite)."""
    from secledger.services.ledger.session import open_ledger

    results = []
    for path in (server_path, sqlite_path):
        led = open_ledger(path, username=USER, password=PASSWORD, kdf=kdf)
        try:
            results.append(measure(led, repeat))
        finally:
            led.close()
    return [Figure(name, pg_ms, lite_ms, None, rows)
            for (name, pg_ms, rows), (_n, lite_ms, _r) in zip(*results, strict=True)]


def _carriers(path: Path) -> int:
    from secledger.store.keyslots import USER as SLOT_USER
    from secledger.store.keyslots import KeySlotFile

    key = KeySlotFile.load(path / "keyslots.json").unwrap(SLOT_USER, USER, PASSWORD)
    return int(carrier_count(path, key))


def main(argv: list[str] | None = None) -> int:
    from secledger.services.ledger.server import move_to_server
    from secledger.services.ledger.session import is_ledger
    from secledger.store.keyslots import DEFAULT_KDF
    from secledger.store.server import AdminUrl, parse_url

    ap = argparse.ArgumentParser(prog="python -m secledger.bench server", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", required=True, help="postgresql://dba@host:port/empty_db")
    ap.add_argument("--ledger", type=Path, default=DEFAULT_LEDGER)
    ap.add_argument("--documents", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=REPEAT)
    args = ap.parse_args(argv)
    ensure_ledger(args.ledger, args.documents, DEFAULT_KDF)
    target = args.ledger.with_name(args.ledger.name + "-server")
    if not is_ledger(target):
        admin = parse_url(args.server)
        admin = AdminUrl(admin.config, admin.user,
                         admin.password or os.environ.get("SECLEDGER_DBA_PASSWORD", ""))
        counts = move_to_server(args.ledger, target, admin=admin, username="admin",
                                password=PASSWORD)
        print(f"moved {counts['carriers']:,} carriers to the server", flush=True)
    figures = compare(args.ledger, target, kdf=DEFAULT_KDF, repeat=args.repeat)
    print("PostgreSQL (SecLedger column) beside SQLite (reference column)")
    print(table(figures, _carriers(args.ledger)))
    return 0
