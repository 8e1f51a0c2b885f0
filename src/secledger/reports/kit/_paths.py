"""Where bundled files live, for reports (which may not import ``store``).

Same search order as ``secledger.store.paths``: frozen app (PyInstaller ``_MEIPASS``),
installed wheel (``secledger/_resources``), then the source checkout's ``resources/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parents[2]  # .../secledger


def resources_dir() -> Path:
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "secledger" / "_resources"
    candidates = (frozen, _PKG / "_resources", _PKG.parents[1] / "resources")
    for c in candidates:
        if c.exists():
            return c
    return candidates[-1]


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
