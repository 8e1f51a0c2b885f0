"""SQLAlchemy 2.x typed models, one module per aggregate, all on the shared ``Base``.

Importing any model imports this package, which imports every model module, so the mapper
registry and ``Base.metadata`` are always complete (relationships and foreign keys between
aggregates resolve by name).
"""

from secledger.store.models import (  # noqa: F401  (registers every table)
    approvals,
    base,
    browse,
    carry_out,
    circulation,
    classification,
    copying,
    departures,
    destruction,
    events,
    handover,
    importing,
    ledger,
    loans,
    loss,
    media,
    meetings,
    people,
    recall,
    registration,
    registry,
    stocktake,
    yearend,
)
