"""Where bundled files live: installed wheel, frozen app, or a source checkout."""

from __future__ import annotations

import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parents[1]  # .../secledger


def _first_existing(*candidates: Path) -> Path:
    for c in candidates:
        if c.exists():
            return c
    return candidates[-1]


def resources_dir() -> Path:
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "secledger" / "_resources"
    return _first_existing(frozen, _PKG / "_resources", _PKG.parents[1] / "resources")


def migrations_dir() -> Path:
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "secledger" / "_migrations"
    return _first_existing(frozen, _PKG / "_migrations", _PKG.parents[1] / "migrations")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
