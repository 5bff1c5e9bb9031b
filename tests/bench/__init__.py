"""Benchmarks: `python -m tests.bench` (add --short for CI). Not part of the test run."""
