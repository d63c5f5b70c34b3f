#!/usr/bin/env bash
# Sets everything up (first time only) and runs every test, offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports --no-cache
exec .venv/bin/python -m pytest "$@"
