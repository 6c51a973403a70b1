"""Persistence: the data dir and its SQLite database (one owning thread)."""
