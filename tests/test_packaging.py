"""resources/ is found from the source checkout and from an installed wheel."""

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import sus_desktop
from sus_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]


def test_resources_from_source_checkout():
    path = resource_path("agendas", "sus2025.json")
    assert path.is_file()
    assert path.resolve().is_relative_to(ROOT / "resources")


def test_version_matches_pyproject():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{sus_desktop.__version__}"' in text


@pytest.mark.slow
def test_resources_from_installed_wheel(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("sus_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "sus_desktop/_resources/agendas/sus2025.json" in names
    assert "sus_desktop/_resources/schema/sus-meeting.schema.json" in names
    assert "sus_desktop/_resources/templates/referat-base.docx" in names
    assert "sus_desktop/_resources/icons/sus-desktop.svg" in names
    assert "sus_desktop/_resources/translations/sus_desktop_en.qm" in names  # English ships
    assert "sus_desktop/_resources/wordlists/da-almindelige-ord.txt" in names  # the name check
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Run from a directory without the checkout, so only the installed copy can be imported.
    code = (
        "import sus_desktop.resources as r; from sus_desktop.core.agenda import builtin_agenda;"
        "info, items = builtin_agenda(); print(r.resources_dir()); print(len(items), sum(i.minutes for i in items))"
    )
    out = subprocess.run(
        [str(py), "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert out[0].endswith(str(Path("sus_desktop") / "_resources"))
    assert "site-packages" in out[0]
    assert out[1] == "7 120"
