"""Pure rules of the ledger: no I/O, no SQLAlchemy, no Qt."""
