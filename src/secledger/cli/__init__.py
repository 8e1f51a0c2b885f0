"""Command line: the services for scripts (no Qt)."""
