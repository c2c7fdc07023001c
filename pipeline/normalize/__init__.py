"""Pure normalizers: numbers, dates and names, with no spaCy state."""
