"""pathway (Qt-free core)."""
