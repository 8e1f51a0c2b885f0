"""Use cases: one transaction each; the public Python API (see README "Scripting")."""
