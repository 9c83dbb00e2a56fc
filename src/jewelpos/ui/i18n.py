"""Translation machinery: load the Hindi .qm at run time; `python -m jewelpos.ui.i18n --update` rebuilds it."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jewelpos.ui.paths import translations_dir

CATALOGUE = "jewelpos"
# Language code -> its own name (shown untranslated, so anyone can find their language).
LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी"}
DEFAULT_LANGUAGE = "en"


class Translations:
    """Owns the application's translator; switching language sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def set_language(self, language: str) -> bool:
        """Switch to ``language`` ("en" or "hi"); returns False (and stays put) if it cannot load."""
        if language not in LANGUAGES:
            return False
        if language == self.language and (self._translator is not None or language == "en"):
            return True
        new: QTranslator | None = None
        if language != "en":
            new = QTranslator(self._app)
            if not new.load(f"{CATALOGUE}_{language}", str(translations_dir())):
                return False
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = new
        if new is not None:
            self._app.installTranslator(new)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Hindi if language == "hi" else QLocale.Language.English,
                QLocale.Country.India,
            )
        )
        self.language = language
        from PySide6.QtWidgets import QApplication

        if isinstance(self._app, QApplication):
            from jewelpos.ui.theme import apply_font

            apply_font(self._app, language)
        return True

    def reset(self) -> None:
        self.set_language(DEFAULT_LANGUAGE)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"error: {name} not found (install pyside6-essentials)")
    return found


def source_files() -> list[Path]:
    """Every Python file whose strings are translated: the ui package, the composition root and
    the printing package (context "Printing": labels of slips and A4 documents)."""
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    printing = sorted((package.parent / "printing").glob("*.py"))
    return [*files, package.parent / "app.py", *printing]


def update(languages: list[str], *, release_only: bool = False) -> None:
    """Run lupdate (extract strings into .ts, keeping translations) then lrelease (.ts -> .qm)."""
    out = translations_dir()
    out.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        ts = out / f"{CATALOGUE}_{lang}.ts"
        if not release_only:
            cmd = [
                _tool("pyside6-lupdate"),
                *map(str, source_files()),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ]
            subprocess.run(cmd, check=True)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jewelpos.ui.i18n",
        description="extract and compile the counter's translations",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="re-extract strings from the sources into the .ts files, then compile",
    )
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    if not (args.update or args.release):
        parser.print_help()
        return 2
    update([lang for lang in LANGUAGES if lang != "en"], release_only=not args.update)
    return 0


if __name__ == "__main__":
    sys.exit(main())
