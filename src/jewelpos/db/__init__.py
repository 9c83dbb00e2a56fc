"""Database layer: SQLAlchemy models, engine and pragmas, unit of work, change capture, backup."""
