#!/usr/bin/env bash
# Set everything up, build the demo shop if there is no data yet, and open the counter.
#   DATA_DIR=/path scripts/run.sh   use another data folder (default: .demo-shop in this checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
DATA_DIR=${DATA_DIR:-$PWD/.demo-shop}
if [ ! -f "$DATA_DIR/jewelpos.sqlite3" ]; then
  .venv/bin/jewelpos --data-dir "$DATA_DIR" demo --progress
fi
exec .venv/bin/jewelpos --data-dir "$DATA_DIR" gui "$@"
