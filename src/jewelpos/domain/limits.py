"""Sanity ceilings on what a bill or an estimate may hold: beyond them a number is a typing slip."""

from __future__ import annotations

from decimal import Decimal

MAX_LINES = 1000
"""Items, repairs, old-gold lines, discounts or set-offs on one bill (each)."""
MAX_PIECES = 1000
"""Hallmarked pieces on one line."""
MAX_PIECE_MG = 100_000_000
"""100 kg: the heaviest piece, lot, repair addition or old-gold lot."""
MAX_RATE = Decimal("1000000.00")
"""Rs 10,00,000 a gram: the highest metal rate, old-gold rate or making charge per gram."""
MAX_AMOUNT = Decimal("1000000000.00")
"""Rs 100 crore: the highest single amount (stones, charges, labour, fee, discount, set-off)."""
MAX_PERCENT = Decimal(100)
"""Percentages (VA, making, discounts, GST, touch) lie between 0 and this."""
