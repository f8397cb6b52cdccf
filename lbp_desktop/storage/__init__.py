"""storage (Qt-free core)."""
