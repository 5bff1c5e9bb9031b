"""Where SUS Desktop keeps its data on this machine.

`SUS_DESKTOP_DATA_DIR` overrides the platform's user data folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SUS Desktop"
STORE_NAME = "sus-desktop.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("SUS_DESKTOP_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        # Meeting notes about named people: only the user may read them. Only chmod a folder
        # we created, never one the user pointed us at.
        if os.name == "posix":
            os.chmod(path, 0o700)
    return path


def store_path() -> Path:
    return data_dir() / STORE_NAME
