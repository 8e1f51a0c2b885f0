"""``python -m secledger.bench``: the benchmark (see ``secledger.bench.gui``);
``python -m secledger.bench import``: importing a 10,000-row register (``bench.importing``);
``python -m secledger.bench matrix``: the browser's filter × sort matrix (``bench.browse_matrix``);
``python -m secledger.bench verify``: ``verify`` against its raw floor (``bench.verify``);
``python -m secledger.bench yearend --ledger PATH``: a year's statistics (``bench.yearend``);
``python -m secledger.bench start``: how fast ``--version`` and ``--help`` answer (``bench.start``).

Each benchmark is imported by name, only when asked for. The ones that measure the desktop
app drive it through ``secledger.ui.benchmark``, where their Qt code lives: no module of
``secledger.bench`` imports Qt itself.
"""

from __future__ import annotations

import importlib
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["import"]:
        return int(importlib.import_module("secledger.bench.importing").main(args[1:]))
    if args[:1] == ["matrix"]:
        return int(importlib.import_module("secledger.bench.browse_matrix").main(args[1:]))
    if args[:1] == ["verify"]:
        return int(importlib.import_module("secledger.bench.verify").main(args[1:]))
    if args[:1] == ["start"]:
        return int(importlib.import_module("secledger.bench.start").main(args[1:]))
    if args[:1] == ["server"]:
        return int(importlib.import_module("secledger.bench.server").main(args[1:]))
    if args[:1] == ["yearend"]:
        return int(importlib.import_module("secledger.bench.yearend").main(args[1:]))
    return int(importlib.import_module("secledger.bench.gui").main(argv))


if __name__ == "__main__":
    sys.exit(main())
