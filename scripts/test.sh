#!/usr/bin/env bash
# Sets everything up (first time only) and runs every test, offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# The coordinator's PostgreSQL path is tested against a real server started on loopback by the
# tests themselves; install Debian's server where it is missing and we may (CI runs as root).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null \
      || echo "PostgreSQL could not be installed; its tests will be skipped." >&2
  fi
fi
# The screen reader test (tests/accessibility) reads the app through AT-SPI on a virtual X
# screen: Debian's Xvfb, D-Bus, the accessibility bus and pyatspi for the system's python3, and
# the libraries Qt's X11 platform plugin loads.
if ! command -v Xvfb >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1 \
   || [ ! -x /usr/libexec/at-spi-bus-launcher ] \
   || ! ldconfig -p 2>/dev/null | grep libxcb-cursor.so.0 >/dev/null \
   || ! /usr/bin/python3 -c "import pyatspi" >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      xvfb dbus at-spi2-core python3-pyatspi libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 \
      libxcb-keysyms1 libxcb-render-util0 libxcb-image0) >/dev/null \
      || echo "The AT-SPI packages could not be installed; the screen reader test will be skipped." >&2
  fi
fi
export QT_QPA_PLATFORM=offscreen
# Cached bytecode (in the ignored __pycache__ folders): without it every test worker and every
# process a test starts compiles veldwerk again, and pytest rewrites every test module's asserts
# anew (about 4 s a worker).
unset PYTHONDONTWRITEBYTECODE
.venv/bin/ruff check -q src tests benchmarks scripts
.venv/bin/ruff format --check -q src tests benchmarks scripts
.venv/bin/mypy
.venv/bin/lint-imports --no-cache
# One worker per processor (2 here); each test file stays on one worker, so a file's fixtures are
# made once. VELDWERK_TEST_WORKERS=0 runs everything in this process (for debugging).
exec .venv/bin/python -m pytest -n "${VELDWERK_TEST_WORKERS:-auto}" --dist loadfile "$@"
