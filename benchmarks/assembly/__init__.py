"""Benchmark: a hall of 1,000 phones votes at once (run with python -m benchmarks.assembly)."""
