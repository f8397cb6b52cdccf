"""security (Qt-free core)."""
