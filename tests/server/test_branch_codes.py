"""Head office refuses branch and counter codes that counters could not put in their document
numbers (1-3 and 1-2 letters or digits), from `jewelpos-server` and from the store alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.server import store
from jewelpos.server.db import make_server_engine, upgrade


def _server_cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jewelpos.server.cli", "--database-url", url, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_branch_add_and_enrol_code_refuse_codes_beyond_the_limits(tmp_path: Path) -> None:
    """`branch add B123` and `enrol-code B12 C12` are exit 2 with the limit in words; B12 and
    C3 are accepted; the store refuses the same codes."""
    url = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    engine = make_server_engine(url)
    try:
        upgrade(engine)
        long_branch = _server_cli(url, "branch", "add", "B123")
        assert long_branch.returncode == 2
        assert long_branch.stderr.strip() == (
            "error: Branch code: use 1 to 3 letters or digits, e.g. B1"
        )
        assert _server_cli(url, "branch", "add", "b12").returncode == 0
        long_counter = _server_cli(url, "enrol-code", "B12", "C12")
        assert long_counter.returncode == 2
        assert long_counter.stderr.strip() == (
            "error: Counter code: use 1 to 2 letters or digits, e.g. C1"
        )
        ok = _server_cli(url, "enrol-code", "B12", "C3")
        assert ok.returncode == 0 and len(ok.stdout.strip()) >= 12
        with pytest.raises(ValidationError):
            store.add_branch(engine, code="B-1")
        with pytest.raises(ValidationError):
            store.make_enrol_code(engine, branch_code="B12", counter_code="C/3")
    finally:
        engine.dispose()
