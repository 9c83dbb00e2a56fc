"""Pure jewellery-shop logic: money, weights, purity, pricing, tax, validation. No I/O."""
