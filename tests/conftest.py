import os
import sys
from pathlib import Path

# Before any Qt import: no display in CI, and every test gets its own data directory.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from sus_desktop.core.clock import FakeClock  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Keep every test's store out of the real user data directory."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("SUS_DESKTOP_DATA_DIR", str(data))
    return data


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def shots(tmp_path):
    """Where a test saves screenshots to be looked at: SUS_DESKTOP_SHOTS if set (to keep
    them), else the test's own temporary folder. Never a fixed path."""
    folder = Path(os.environ.get("SUS_DESKTOP_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# The assembled window's fixtures (a real store in a temp folder, fake screens and dialogs, the
# main window, a running meeting), for every test file; and the window-level sync tests' shared
# meeting and host process (files that need another define their own, which take precedence).
from sync_support import host, meeting_file  # noqa: E402,F401
from test_ui_support import app_ctl, dialogs, running, screens, store  # noqa: E402,F401
