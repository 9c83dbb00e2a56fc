"""Alembic migration scripts, shipped inside the package so an installed counter finds them."""
