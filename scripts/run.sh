#!/usr/bin/env bash
# Sets everything up (first time only) and opens veldwerk. Arguments go to veldwerk;
# with none, the demo opens: a throwaway profile filled with synthetic families.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
if [ "$#" -eq 0 ]; then set -- --demo; fi
exec .venv/bin/veldwerk "$@"
