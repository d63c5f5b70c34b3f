#!/usr/bin/env bash
# Creates (or refreshes) the project's own virtual environment in .venv and builds the translations.
# Idempotent: a second run with an unchanged pyproject.toml only rebuilds the translations.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3 python3.13 python3.12 python3.11; do
    if command -v "$cand" >/dev/null 2>&1 \
        && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PY="$cand"; break
    fi
  done
fi
[ -n "$PY" ] || { echo "veldwerk needs Python 3.11 or newer." >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.veldwerk-installed
hash="$(sha256sum pyproject.toml | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
# the test install is a superset of the app's: it serves both
if [ "$have" != "$hash-test" ] && { [ "${1:-app}" = "test" ] || [ "$have" != "$hash-app" ]; }; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>/dev/null || true
  if [ "${1:-app}" = "test" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
    echo "$hash-test" > "$stamp"
  else
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
    echo "$hash-app" > "$stamp"
  fi
fi
.venv/bin/python scripts/build_translations.py
