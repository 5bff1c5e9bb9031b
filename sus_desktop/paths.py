"""Where SUS Desktop keeps its data on this machine, and file names safe on every system.

`SUS_DESKTOP_DATA_DIR` overrides the platform's user data folder (tests, portable installs).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

APP_NAME = "SUS Desktop"
STORE_NAME = "sus-desktop.sqlite3"

# Names Windows reserves for devices, with any extension ("NUL.docx" opens the null device).
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{dev}{n}" for dev in ("COM", "LPT") for n in "123456789¹²³"),
}
_MAX_STEM = 100  # well inside every file system's 255, with room for a suffix and "-2"


def data_dir(create: bool = True) -> Path:
    """The data folder; `create=False` for readers that must not touch the disk."""
    override = os.environ.get("SUS_DESKTOP_DATA_DIR")
    path = Path(override) if override else Path(_platform_data_dir())
    if create and not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        # Meeting notes about named people: only the user may read them. Only chmod a folder
        # we created, never one the user pointed us at.
        if os.name == "posix":
            os.chmod(path, 0o700)
    return path


def _platform_data_dir() -> str:
    """The platform's user data folder for the app, as platformdirs names it.

    On Linux the folder is worked out here, the way platformdirs' Unix class does it
    ($XDG_DATA_HOME if absolute, else ~/.local/share), because importing platformdirs costs
    ~6 ms (tempfile and its random source) at every start. Anything else (Windows, macOS,
    Android, a relative or missing HOME) asks platformdirs itself."""
    if sys.platform.startswith("linux") and not _maybe_android():
        xdg = os.environ.get("XDG_DATA_HOME", "")
        if os.path.isabs(xdg):
            return os.path.join(xdg, APP_NAME)
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):
            return os.path.join(os.path.expanduser("~/.local/share"), APP_NAME)
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME, APP_NAME)


def _maybe_android() -> bool:
    return hasattr(sys, "getandroidapilevel") or bool(
        os.environ.get("ANDROID_DATA") or os.environ.get("ANDROID_ROOT")
    )


def store_path(create: bool = True) -> Path:
    return data_dir(create) / STORE_NAME


def safe_file_name(parts, suffix: str, fallback: str = "møde") -> str:
    """A file name from free text (school, date): 'referat-sødalskolen-2025-03-13.docx'.

    The text comes from the user or from a meeting file, so nothing in it may choose the
    folder or the device: path separators, '..', control characters and every other sign
    but letters, digits, '-', '_' and '.' become '-'; leading and trailing dots and dashes
    go; Windows' device names (CON, NUL, COM1, ...) get a '_' in front."""
    name = "-".join(p for p in (unicodedata.normalize("NFC", str(p)) for p in parts) if p)
    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    name = re.sub(r"\.{2,}", ".", re.sub(r"[-.]*-[-.]*", "-", name))  # "/../" -> "-"
    name = name[:_MAX_STEM].strip("-. ")
    if not name:
        name = fallback
    if name.split(".", 1)[0].upper() in _RESERVED:
        name = "_" + name
    return name + suffix
