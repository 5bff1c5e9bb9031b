"""Extract every UI string into resources/translations/sus_desktop_en.ts (pyside6-lupdate keeps
the translations already there) and build the .qm files the app loads (pyside6-lrelease).

    python -m tests.tools.update_translations          # update .ts, build .qm
    python -m tests.tools.update_translations --check  # exit 1 if the .ts is not current

Danish is the source language: the strings in the code are Danish, and English is a
translation. Run after changing any UI text; tests/test_translations.py fails otherwise.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ["en"]


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sus_desktop").rglob("*.py"))


def lupdate(ts: Path) -> str:
    res = subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            "da",
            "-target-language",
            ts.stem.rsplit("_", 1)[-1],
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return res.stdout + res.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    opts = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for lang in LANGUAGES:
        ts = TS_DIR / f"sus_desktop_{lang}.ts"
        if opts.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                lupdate(copy)
                if not filecmp.cmp(ts, copy, shallow=False):
                    stale.append(ts.name)
            continue
        print(lupdate(ts).strip())
        lrelease(ts, ts.with_suffix(".qm"))
    if stale:
        print("not current (run python -m tests.tools.update_translations):", *stale)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
