"""Alembic revisions (one history for SQLite counters and PostgreSQL head office)."""
