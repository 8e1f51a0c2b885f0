"""``secledger --version`` and ``--help`` start light: they import no service, no SQLAlchemy,
no Alembic and no Qt (each subcommand's module is imported when it runs), so the answer
comes in a fraction of a second even on a slow machine. Checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "alembic", "sqlcipher3", "PySide6", "openpyxl", "reportlab",
         "secledger.services", "secledger.store", "secledger.cli.commands")

_PROBE = """
import sys
from secledger.launcher import main
try:
    main({argv!r})
except SystemExit:
    pass
heavy = {heavy!r}
print("LOADED:" + ",".join(sorted({{m.split(".")[0] if not m.startswith("secledger") else m
                                   for m in sys.modules
                                   if any(m == h or m.startswith(h + ".") for h in heavy)}})))
"""


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["verify", "--help"],
                                  ["import", "--help"]])
def test_light_commands_import_nothing_heavy(argv: list[str]) -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(argv=argv, heavy=HEAVY)],
                         capture_output=True, text=True, check=True, timeout=120)
    loaded = out.stdout.strip().splitlines()[-1]
    assert loaded == "LOADED:", loaded
