"""Benchmarks and accuracy evaluation for quotewire."""
