"""The command line, as a user types it."""

import subprocess
import sys

from sus_desktop import __version__


def run(*args):
    return subprocess.run([sys.executable, "-m", "sus_desktop", *args], capture_output=True,
                          text=True, encoding="utf-8")


def test_version():
    res = run("--version")
    assert res.returncode == 0 and res.stdout.strip() == f"SUS Desktop {__version__}"


def test_agenda_with_clock_times():
    res = run("agenda", "--start", "13:00")
    assert res.returncode == 0
    lines = res.stdout.splitlines()
    assert "13.00–13.05  1. Velkomst og præsentationsrunde (5 min.) – Skoleleder" in lines
    assert any(l.startswith("13.35–14.20  4. Refleksion over data (45 min.)") for l in lines)
    assert any(l.startswith("14.59–15.00  7. Tak for i dag") for l in lines)
    assert "I alt 120 min." in lines
    assert any("faserne varer 47 min., punktet 45 min." in l for l in lines)


def test_agenda_other_start():
    res = run("agenda", "--start", "8.30")
    assert "08.30–08.35  1. Velkomst" in res.stdout
    assert any(l.startswith("10.29–10.30  7.") for l in res.stdout.splitlines())


def test_agenda_bad_start_is_a_danish_message():
    res = run("agenda", "--start", "kl. to")
    assert res.returncode == 2 and "Ugyldigt starttidspunkt" in res.stderr
