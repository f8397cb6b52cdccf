"""sync (Qt-free core)."""
