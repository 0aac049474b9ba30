"""Performance benchmarks: each prints its measured figures beside their targets."""
