"""The ``secledger`` entry point: the desktop app, or a command-line subcommand.

* ``secledger [--lang en]`` starts the GUI (``secledger.ui.app.run``).
* ``secledger demo`` (no folder) builds a demo ledger in a new temporary folder, says where,
  and starts the GUI logged in as ``demo`` (or ``--user``).
* every other subcommand is the command line (``secledger.cli.main``), which has no Qt.
* ``secledger --self-test [--no-gui] [--keep]`` checks this installation
  (``secledger.selftest``) and exits 0 when it works.

This module sits outside the layer contracts: it imports the GUI only by name, on demand,
so the command line works on a machine without a display.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from secledger.cli.console import Console
from secledger.cli.main import main as cli_main


def start_gui(*, ledger_path: Path | None = None, username: str | None = None,
              password: str | None = None, lang: str | None = None) -> int:
    app = importlib.import_module("secledger.ui.app")
    return int(app.run(ledger_path=ledger_path, username=username, password=password, lang=lang))


def demo_then_gui(args: argparse.Namespace, con: Console) -> int:
    from secledger.cli.commands import build_demo_ledger

    folder = Path(tempfile.mkdtemp(prefix="secledger-demo-"))
    summary = build_demo_ledger(folder, args.documents, args.user, con)
    con.say(f"以 {args.user} 身份打开图形界面……", f"Opening the app as {args.user}…")
    return start_gui(ledger_path=folder, username=args.user, password=summary.password,
                     lang=getattr(args, "lang", None))


def gui(args: argparse.Namespace, con: Console) -> int:
    return start_gui(lang=getattr(args, "lang", None))


def _self_test(argv: list[str]) -> int | None:
    """``--self-test`` anywhere on the line: run it (headless, Qt offscreen) and return its
    exit code; None otherwise."""
    if "--self-test" not in argv:
        return None
    from secledger.selftest import main as self_test

    return self_test([a for a in argv if a != "--self-test"])


#: ``store.chaincheck.CHILD_FLAG``, written out: ``--version`` and ``--help`` import no
#: store module (a test keeps the two equal)
CHAIN_CHECK_FLAG = "--chain-check-child"


def _chain_check(argv: list[str]) -> int | None:
    """The hidden first argument of ``verify``'s chain-check process in a frozen bundle
    (``store.chaincheck``): run it and return its exit code; None otherwise."""
    if argv[:1] != [CHAIN_CHECK_FLAG]:
        return None
    from secledger.store.chaincheck import child_main

    return child_main(argv[1:])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    code = _chain_check(argv)
    if code is None:
        code = _self_test(argv)
    if code is not None:
        return code
    return cli_main(argv, no_command=gui, demo_without_folder=demo_then_gui)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """The ``secledger-gui`` script: the desktop app (``secledger.ui.app.main``), or the
    self-test. Kept here so that the GUI imports no entry point."""
    argv = list(sys.argv[1:] if argv is None else argv)
    code = _chain_check(argv)
    if code is None:
        code = _self_test(argv)
    if code is not None:
        return code
    app = importlib.import_module("secledger.ui.app")
    return int(app.main(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
