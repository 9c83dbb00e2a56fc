"""Where the device token lives: the OS keyring where one works, else a 0600 file in the data dir.

``JEWELPOS_TOKEN_STORE=file`` (or ``keyring``) forces one; the default tries the keyring and
falls back to the file when no usable keyring backend exists (e.g. a headless Linux box).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

ENV_BACKEND = "JEWELPOS_TOKEN_STORE"
SERVICE = "JewelPOS sync"
TOKEN_FILE = "sync-token"


class TokenStore:
    """Saves, loads and forgets one device token for the counter whose data is in ``data_dir``."""

    def __init__(self, data_dir: Path, account: str, *, backend: str | None = None) -> None:
        self.data_dir = data_dir
        self.account = account
        self.backend = backend or os.environ.get(ENV_BACKEND, "auto")

    @property
    def path(self) -> Path:
        return self.data_dir / TOKEN_FILE

    def save(self, token: str) -> str:
        """Store the token; returns where ("keyring" or "file")."""
        if self.backend in ("auto", "keyring"):
            try:
                import keyring

                keyring.set_password(SERVICE, self.account, token)
                if keyring.get_password(SERVICE, self.account) == token:
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    return "keyring"
            except Exception:
                if self.backend == "keyring":
                    raise
        self.data_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, token.encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)
        return "file"

    def load(self) -> str | None:
        if self.backend in ("auto", "keyring"):
            try:
                import keyring

                found = keyring.get_password(SERVICE, self.account)
                if found:
                    return found
            except Exception:
                if self.backend == "keyring":
                    raise
        try:
            return self.path.read_text(encoding="ascii").strip() or None
        except FileNotFoundError:
            return None

    def delete(self) -> None:
        if self.backend in ("auto", "keyring"):
            try:
                import keyring

                keyring.delete_password(SERVICE, self.account)
            except Exception:
                pass
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
