"""No database sessions or ORM rows in the desktop UI: panes, dialogs and table models get
frozen DTOs from services (ARCHITECTURE.md, "No pane opens a database session").

The rule is read off the syntax tree of every module under ``src/secledger/ui``: no import
of ``sqlalchemy`` or of ``secledger.store.models``, and no call of ``….session(…)``,
``….db.read(…)`` or ``….db.write(…)``. Comments and strings do not count. (``Ledger`` itself
may be imported, for typing or to hand it to a service.)"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "secledger" / "ui"
FORBIDDEN_MODULES = ("sqlalchemy", "secledger.store.models")


def _forbidden_module(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES)


def violations(source: str) -> list[str]:
    """What *source* does that the UI must not: ``line: what`` for each, in line order."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"import {a.name}") for a in node.names
                      if _forbidden_module(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(_forbidden_module(n) for n in names):
                found.append((node.lineno, f"from {node.module} import …"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr, owner = node.func.attr, node.func.value
            if attr == "session":
                found.append((node.lineno, ".session(…)"))
            elif attr in ("read", "write") and isinstance(owner, ast.Attribute) \
                    and owner.attr == "db":
                found.append((node.lineno, f".db.{attr}(…)"))
    return [f"{line}: {what}" for line, what in sorted(found)]


def test_the_checker_sees_each_kind_of_violation() -> None:
    source = (
        "import sqlalchemy\n"
        "from sqlalchemy.orm import Session\n"
        "from secledger.store.models.registry import Carrier\n"
        "from secledger.store import models\n"
        "with led.db.read() as s: pass\n"
        "ctx.ledger.db.write()\n"
        "engine.session()\n"
        "# led.db.read() in a comment is fine\n"
        "text = 'from sqlalchemy import select'\n"
        "self.session.currentData()\n"  # a widget named session is fine
        "from secledger.store.paths import resource\n"
    )
    assert violations(source) == [
        "1: import sqlalchemy", "2: from sqlalchemy.orm import …",
        "3: from secledger.store.models.registry import …",
        "4: from secledger.store import …", "5: .db.read(…)", "6: .db.write(…)",
        "7: .session(…)",
    ]


def test_no_module_under_ui_uses_a_session_or_orm_rows() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 50 and any(f.parent.name == "custody" for f in files)
    bad = {str(f.relative_to(UI)): v for f in files
           if (v := violations(f.read_text(encoding="utf-8")))}
    assert bad == {}
