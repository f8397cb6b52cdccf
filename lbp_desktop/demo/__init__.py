"""demo (Qt-free core)."""
