#!/usr/bin/env bash
# Set up detector on a fresh Debian machine with Python >= 3.11: a virtualenv in .venv with the
# package installed. With --dev, also the test tools: the dev extra, and the Debian packages the
# tests use (redis-server for the shared originals index, chromium for the extension test).
# Safe to run again: every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0
[ "${1:-}" = "--dev" ] && dev=1

if [ "$dev" = 1 ]; then
  need_apt=()
  command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
  [ -x /usr/bin/chromium ] || need_apt+=(chromium chromium-driver)
  if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "setup: installing ${need_apt[*]} from Debian" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
      echo "setup: please install ${need_apt[*]} (sudo apt-get install ${need_apt[*]})" >&2
      exit 1
    fi
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
extra=""
[ "$dev" = 1 ] && extra="[dev]"
stamp=".venv/.detector-installed${extra}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extra}"
  touch "$stamp"
fi
