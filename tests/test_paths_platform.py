"""The data folder worked out without platformdirs on Linux is the one platformdirs names."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from sus_desktop import paths

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's own lookup")


@linux
@pytest.mark.parametrize(
    "xdg",
    [None, "", "   ", "relative/share", "/abs/xdg", "/abs/xdg/", "/abs/with space/ø"],
)
@pytest.mark.parametrize("home", ["/home/bruger", "/home/bruger/", "/"])
def test_linux_data_folder_is_platformdirs_folder(monkeypatch, xdg, home):
    monkeypatch.delenv("SUS_DESKTOP_DATA_DIR", raising=False)
    monkeypatch.delenv("ANDROID_DATA", raising=False)
    monkeypatch.delenv("ANDROID_ROOT", raising=False)
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    expected = platformdirs.user_data_dir("SUS Desktop", "SUS Desktop")
    assert paths.data_dir(create=False) == Path(expected)
    assert str(paths.data_dir(create=False)).endswith("SUS Desktop")


def test_importing_paths_loads_no_platformdirs_on_linux(tmp_path):
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "SUS_DESKTOP_DATA_DIR"}
    env["XDG_DATA_HOME"] = str(tmp_path)

    code = (
        "import sys, sus_desktop.paths as p; p.data_dir(create=False); "
        "print('platformdirs' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()
    assert out == ("False" if sys.platform.startswith("linux") else out)
