"""The complete metadata: ``models.py`` plus every ``models_<area>.py`` module.

Workflow areas (circulation, loans, copying, destruction, handover, stocktake …) keep their
tables in their own ``store/models_<area>.py`` on the shared ``Base``; importing this
module registers them all, for Alembic and for the migrations/models agreement test.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData

import secledger.store as _store
from secledger.store.models import Base


def load_all() -> MetaData:
    for info in pkgutil.iter_modules(_store.__path__):
        if info.name.startswith("models_"):
            importlib.import_module(f"secledger.store.{info.name}")
    return Base.metadata


metadata = load_all()
