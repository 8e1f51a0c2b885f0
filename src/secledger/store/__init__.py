"""Persistence: SQLCipher engine, key slots, models, event log, numbering, migrations."""
