"""reports (Qt-free core)."""
