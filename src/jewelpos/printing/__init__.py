"""Documents to printer bytes: barbell tags (TSPL/ZPL/PDF), ESC/POS slips, A4 GST invoices."""
