"""The complete metadata of the ledger, for Alembic and the migrations/models agreement test.

Every aggregate keeps its tables in its own ``store/models/<aggregate>.py`` on the shared
``Base``; the ``store.models`` package imports them all.
"""

from __future__ import annotations

import secledger.store.models  # noqa: F401  (registers every table)
from secledger.store.models.base import Base

metadata = Base.metadata
