#!/usr/bin/env bash
# Install what the tests need, then run every gate: ruff, import-linter, mypy, the pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
BIN=.venv/bin
echo "== ruff";          $BIN/ruff check src tests bench && $BIN/ruff format --check src tests bench
echo "== import-linter"; $BIN/lint-imports
echo "== mypy";          $BIN/mypy
echo "== pytest";        $BIN/python -m pytest -q "$@"
