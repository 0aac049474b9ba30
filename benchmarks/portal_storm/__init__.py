"""Benchmark: 300 simulated phones storm the portal on 127.0.0.1."""
