"""Start-up is unchanged when nothing is shared: the start path (cli.main → ui/app.py) loads
none of the sync code, and the command line parser loads only its argument table."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNC = "('sus_desktop.sync', 'pycrdt', 'websockets', 'spake2', 'cryptography')"


def _loaded(code: str) -> str:
    res = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    return res.stdout.strip()


def test_the_start_path_loads_no_sync_code():
    code = (
        "import sys, sus_desktop.cli, sus_desktop.ui.app\n"
        "sus_desktop.cli._preload_qt_free_modules()\n"
        f"print(sorted(m for m in sys.modules if m.startswith({SYNC})))"
    )
    assert _loaded(code) == "[]"


def test_the_parser_knows_the_sync_commands_without_loading_the_engine():
    code = (
        "import sys, sus_desktop.cli\n"
        "p = sus_desktop.cli.build_parser()\n"
        "a = p.parse_args(['host', 'x.sus.json', '--code', '123456', '--port', '9000'])\n"
        "print(a.command, a.port, sorted(m for m in sys.modules if m.startswith("
        "('pycrdt', 'websockets', 'spake2'))))"
    )
    assert _loaded(code) == "host 9000 []"
