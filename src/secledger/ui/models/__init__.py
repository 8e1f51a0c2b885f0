"""Table models that page SQL queries (windowed): the ledger browser's carrier model."""
