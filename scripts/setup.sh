#!/usr/bin/env bash
# Set up a JewelPOS checkout: Debian packages (when root), a virtualenv and the Python packages.
#   scripts/setup.sh run    what the counter needs
#   scripts/setup.sh test   what the test suite needs as well
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

run_debs=(fonts-noto-core libpulse0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-cursor0 libglib2.0-0)
test_debs=(zbar-tools libzbar0 poppler-utils postgresql xvfb chromium chromium-driver)

debs=("${run_debs[@]}")
[ "$mode" = test ] && debs+=("${test_debs[@]}")

if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
  debs+=(python3-venv)
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for d in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || missing+=("$d")
  done
  if ((${#missing[@]})); then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
elif [ "$(id -u)" != 0 ]; then
  echo "setup: not root, skipping Debian packages (${debs[*]}): install them yourself if missing" >&2
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi

extras=server
[ "$mode" = test ] && extras=server,test
stamp="$VENV/.installed-$mode-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages ($extras)"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[$extras]"
  touch "$stamp"
fi
