"""Reproducible performance measurements (run benchmarks/run.py)."""
