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
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)-${1:-app}"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  if [ "${1:-app}" = "test" ]; then
    .venv/bin/python -m pip install --quiet -e ".[test]"
  else
    .venv/bin/python -m pip install --quiet -e .
  fi
  echo "$want" > "$stamp"
fi
.venv/bin/python scripts/build_translations.py
