#!/bin/sh
# Refresh the Hindi .ts from the code, list what is left to translate (by context), compile the .qm.
# To fill: write {"English source": "हिंदी", "Context::source": "..."} to a JSON file and run
#   scripts/translations-check.sh that.json
set -e
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD/src"
PY=.venv/bin/python
$PY -m jewelpos.ui.i18n --update
status=0
if [ -n "$1" ]; then
    $PY scripts/translations_todo.py --fill "$1" || status=$?
    $PY -m jewelpos.ui.i18n --update  # tidy the file the way lupdate writes it, then compile
else
    $PY scripts/translations_todo.py || status=$?
fi
exit $status
