"""What every test area shares: the fixed 'today', the test passphrase, the spec's example case
file and the stored old-schema profiles under ``tests/data/profiles``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 24)
PASSPHRASE = "a long test passphrase 42"
DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLE = DATA / "case-file.example.json"
