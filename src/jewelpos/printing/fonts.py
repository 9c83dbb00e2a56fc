"""Find fonts for Latin + rupee sign and for Devanagari on Linux, Windows and macOS; split runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jewelpos.domain.errors import EnvironmentProblem

LATIN = "latin"
DEVANAGARI = "devanagari"

_LATIN_REGULAR = ("NotoSans-Regular.ttf", "DejaVuSans.ttf", "Nirmala.ttf", "arial.ttf")
_LATIN_BOLD = ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "NirmalaB.ttf", "arialbd.ttf")
_DEVA_REGULAR = (
    "NotoSansDevanagari-Regular.ttf",
    "Nirmala.ttf",
    "mangal.ttf",
    "Mangal.ttf",
    "Lohit-Devanagari.ttf",
)
_DEVA_BOLD = ("NotoSansDevanagari-Bold.ttf", "NirmalaB.ttf", "mangalb.ttf")


@dataclass(frozen=True, slots=True)
class FontFiles:
    """The four font files printing uses (bold falls back to regular when missing)."""

    latin: Path
    latin_bold: Path
    devanagari: Path
    devanagari_bold: Path

    def path(self, script: str, *, bold: bool) -> Path:
        """The file for a script run."""
        if script == DEVANAGARI:
            return self.devanagari_bold if bold else self.devanagari
        return self.latin_bold if bold else self.latin


def _search_dirs() -> list[Path]:
    dirs: list[Path] = []
    if env := os.environ.get("JEWELPOS_FONT_DIR"):
        dirs.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "fonts")
    dirs.append(Path(__file__).resolve().parents[3] / "resources" / "fonts")
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        if local := os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/noto"),
            Path("/usr/share/fonts/opentype/noto"),
            Path("/usr/share/fonts/truetype/dejavu"),
            Path("/usr/share/fonts/noto"),
            Path("/usr/share/fonts/dejavu"),
            Path.home() / ".local" / "share" / "fonts",
        ]
    return dirs


def _find(names: tuple[str, ...], dirs: list[Path]) -> Path | None:
    for name in names:
        for folder in dirs:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    if sys.platform.startswith("linux"):
        root = Path("/usr/share/fonts")
        for name in names:
            for found in root.rglob(name):
                return found
    return None


@lru_cache(maxsize=1)
def find_fonts() -> FontFiles:
    """Locate the fonts once; raise EnvironmentProblem with a fix the shop can apply."""
    dirs = _search_dirs()
    latin = _find(_LATIN_REGULAR, dirs)
    deva = _find(_DEVA_REGULAR, dirs)
    if latin is None:
        raise EnvironmentProblem(
            "No font for English text and the rupee sign was found. "
            "Install Noto Sans (fonts-noto-core) or DejaVu Sans.",
            font="latin",
        )
    if deva is None:
        raise EnvironmentProblem(
            "No font for Hindi text was found. Install Noto Sans Devanagari (fonts-noto-core).",
            font="devanagari",
        )
    return FontFiles(
        latin=latin,
        latin_bold=_find(_LATIN_BOLD, dirs) or latin,
        devanagari=deva,
        devanagari_bold=_find(_DEVA_BOLD, dirs) or deva,
    )


def is_devanagari(ch: str) -> bool:
    """Devanagari letters, signs and joiners (ZWJ/ZWNJ shape conjuncts)."""
    cp = ord(ch)
    return (
        0x0900 <= cp <= 0x097F
        or 0xA8E0 <= cp <= 0xA8FF
        or 0x1CD0 <= cp <= 0x1CFF
        or cp
        in (
            0x200C,
            0x200D,
        )
    )


def _is_common(ch: str) -> bool:
    return ch.isspace() or ch.isdigit() or ch in ",.-:;()/%+'\"!?[]*=_|#"


def script_runs(text: str) -> Iterator[tuple[str, str]]:
    """Split text into (script, run) pieces; spaces, digits and punctuation join their neighbour."""
    runs: list[tuple[str, list[str]]] = []
    pending: list[str] = []
    for ch in text:
        if _is_common(ch):
            if runs:
                runs[-1][1].append(ch)
            else:
                pending.append(ch)
            continue
        script = DEVANAGARI if is_devanagari(ch) else LATIN
        if runs and runs[-1][0] == script:
            runs[-1][1].append(ch)
        else:
            runs.append((script, [*pending, ch]))
            pending = []
    if pending:
        runs.append((LATIN, pending))
    for script, chars in runs:
        yield script, "".join(chars)


def needs_raster(text: str) -> bool:
    """True when a thermal or label printer's built-in font cannot print the text."""
    return any(ord(ch) > 126 or (ord(ch) < 32 and ch not in "\n") for ch in text)


def needs_shaping(text: str) -> bool:
    """True when the text holds Devanagari (shaped glyphs need their text kept for extraction)."""
    return any(is_devanagari(ch) for ch in text)
