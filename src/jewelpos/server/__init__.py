"""jewelpos-server: head office API (FastAPI) on PostgreSQL (or SQLite for one small shop)."""
