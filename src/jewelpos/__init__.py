"""JewelPOS: counter software for Indian jewellery shops."""

__version__ = "0.1.0"
