"""`pip install` of the built wheel, outside the checkout, gives a working counter: migrations
and resources (Hindi translation, stylesheet) come from inside the installed package."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

# Runs inside the fresh virtualenv, from a folder outside the checkout.
CHECK = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    venv = Path(sys.prefix).resolve()
    import jewelpos
    from jewelpos.db import migrate
    from jewelpos.ui import paths
    assert Path(jewelpos.__file__).resolve().is_relative_to(venv), jewelpos.__file__
    assert migrate.MIGRATIONS_DIR.is_relative_to(venv), migrate.MIGRATIONS_DIR
    assert paths.resources_dir().is_relative_to(venv), paths.resources_dir()
    assert (paths.styles_dir() / "counter.qss").is_file()

    from PySide6.QtCore import QCoreApplication
    from jewelpos.app import build_app
    from jewelpos.config import load_settings

    data = Path(sys.argv[1])
    counter = build_app(load_settings(data), language="hi")
    try:
        assert counter.translations.language == "hi"
        said = QCoreApplication.translate("ApprovalDialog", "Manager approval")
        assert said == sys.argv[2], ascii(said)
        assert counter.app.styleSheet(), "no stylesheet"
        assert migrate.current_revisions(data / "jewelpos.sqlite3") == migrate.SCHEMA_HEADS
    finally:
        counter.close()
    print("ok", migrate.MIGRATIONS_DIR)
    """
)


def _run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False, **kw)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done  # type: ignore[no-any-return]


def test_wheel_in_a_fresh_venv_opens_the_counter_in_hindi(tmp_path: Path) -> None:
    """The wheel installed with pip into a new venv opens the counter offscreen in Hindi,
    styled, and builds a new data folder with the migrations it carries."""
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)])
    (wheel,) = wheels.glob("jewelpos-*.whl")

    # A bare venv (no pip) whose dependencies come from this venv's site-packages as plain path
    # entries (its .pth files, and so the editable checkout, are not read); --ignore-installed
    # because pip sees the shared venv's jewelpos there (and must not uninstall it).
    venv = tmp_path / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", "--without-pip", str(venv)])
    py = venv / "bin" / "python"
    purelib = Path(
        _run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).stdout.strip()
    )
    (purelib / "shared-deps.pth").write_text(
        "\n".join(p for p in site.getsitepackages() if "site-packages" in p) + "\n"
    )
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "-q",
            "--no-deps",
            "--ignore-installed",
            str(wheel),
        ]
    )
    assert (venv / "bin" / "jewelpos").is_file()

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "JEWELPOS_HOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["JEWELPOS_RESOURCES"] = ""
    hindi = "मैनेजर की मंज़ूरी"  # the .ts file's translation of "Manager approval"
    done = _run([str(py), "-c", CHECK, str(tmp_path / "shop"), hindi], cwd=outside, env=env)
    assert done.stdout.startswith("ok")

    # The installed command line migrates a data folder of its own too.
    up = _run([str(venv / "bin" / "jewelpos"), "--data-dir", str(tmp_path / "d2"), "db", "upgrade"],
              cwd=outside, env=env)  # fmt: skip
    assert "latest schema" in up.stdout
