"""Locate the data files in `resources/`, both in a source checkout and in an installed wheel.

The wheel carries the top-level `resources/` folder as `sus_desktop/_resources` (see
pyproject.toml). A source checkout or an editable install imports the package from the
repository, where the folder sits beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if (candidate / "agendas").is_dir():
            return candidate
    raise FileNotFoundError("SUS Desktop's resources folder is missing from the installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
