"""interop (Qt-free core)."""
