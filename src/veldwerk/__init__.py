"""veldwerk: offline-first, encrypted case records for the first 1000 days."""

__version__ = "0.1.0"
