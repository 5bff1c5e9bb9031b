"""The portable meeting file, `*.sus.json`: export, import and validation.

A file comes from anywhere (a colleague's mail, a USB stick, a hand edit), so reading it
never fails with anything but `MeetingFileError`, whose message is Danish and fit to show.
The structure is checked against `resources/schema/sus-meeting.schema.json` by a small
interpreter of the JSON Schema keywords that file uses (no jsonschema dependency), then
dates and cross-references are checked by hand.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from datetime import date
from functools import cache
from pathlib import Path

from sus_desktop.core.meeting import Meeting, from_iso
from sus_desktop.core.serialize import FORMAT, VERSION, meeting_from_dict, meeting_to_dict
from sus_desktop.core.text import clean_text
from sus_desktop.paths import safe_file_name
from sus_desktop.resources import resource_path
from sus_desktop.storage.atomic import atomic_write

MAX_BYTES = 50 * 1024 * 1024
SUFFIX = ".sus.json"
_REPLACE_TRIES = 20  # × 0.1 s: antivirus, indexer or OneDrive holding the target on Windows
_LAST_EPOCH = 32_503_680_000  # year 3000: anything later cannot be a meeting time

NOT_A_MEETING = "Filen er ikke en SUS-mødefil."


class MeetingFileError(Exception):
    """The file cannot be read or written; str(error) is a Danish message for the user."""


def damaged(detail: str) -> MeetingFileError:
    return MeetingFileError(f"Filen er beskadiget eller ufuldstændig: {detail}")


# --- writing ------------------------------------------------------------------------------


def suggested_file_name(school: str, date: str, prefix: str = "") -> str:
    """'sødalskolen-2025-03-13.sus.json', safe on every file system (see paths)."""
    return safe_file_name([prefix, school, date], SUFFIX)


def dumps_meeting(meeting: Meeting) -> str:
    return json.dumps(_canonical(meeting_to_dict(meeting)), ensure_ascii=False, indent=1) + "\n"


def export_meeting(meeting: Meeting, path: str | os.PathLike) -> Path:
    """Write the meeting atomically: the old file stays whole until the new one is."""
    path = Path(path)
    try:
        atomic_write(path, dumps_meeting(meeting).encode("utf-8"), tries=_REPLACE_TRIES)
    except PermissionError as exc:
        raise MeetingFileError(
            f"Filen «{path.name}» kunne ikke gemmes: adgang nægtet. Er den åben i et andet "
            "program? Luk den, og prøv igen."
        ) from exc
    except FileNotFoundError as exc:
        raise MeetingFileError(
            f"Filen «{path.name}» kunne ikke gemmes: mappen «{path.parent}» findes ikke."
        ) from exc
    except OSError as exc:
        raise MeetingFileError(
            f"Filen «{path.name}» kunne ikke gemmes ({exc.strerror or exc})."
        ) from exc
    return path


def _canonical(value):
    """5.0 → 5, so that export → import → export gives the same bytes."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


# --- reading ------------------------------------------------------------------------------


def import_meeting(path: str | os.PathLike, *, keep_id: bool = False) -> Meeting:
    """Read a meeting file. A new meeting id unless `keep_id`; all other ids are kept."""
    return parse_meeting(read_file_bytes(path), keep_id=keep_id)


def read_file_bytes(path: str | os.PathLike) -> bytes:
    """At most MAX_BYTES of a regular file. A FIFO, a device (/dev/zero) or a folder is
    refused before a byte is read: one would block forever, one never ends."""
    path = Path(path)
    name = path.name or str(path)
    try:
        _refuse_special(os.stat(path).st_mode, name)
        # O_NONBLOCK: if the path became a FIFO since the stat, opening it must not wait for a
        # writer; the fstat below then refuses it.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(path, flags), "rb") as f:
            info = os.fstat(f.fileno())
            _refuse_special(info.st_mode, name)
            if info.st_size > MAX_BYTES:
                raise _too_large()
            data = f.read(MAX_BYTES + 1)  # the size may lie (a file still growing, /proc)
    except FileNotFoundError as exc:
        raise MeetingFileError(f"Filen «{name}» findes ikke.") from exc
    except PermissionError as exc:
        raise MeetingFileError(f"Filen «{name}» kan ikke læses: adgang nægtet.") from exc
    except IsADirectoryError as exc:
        raise MeetingFileError(f"«{name}» er en mappe, ikke en SUS-mødefil.") from exc
    except OSError as exc:
        raise MeetingFileError(f"Filen «{name}» kan ikke læses ({exc.strerror or exc}).") from exc
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def parse_meeting(text: str | bytes, *, keep_id: bool = False) -> Meeting:
    data = read_meeting_dict(text)
    try:
        return meeting_from_dict(data, keep_id=keep_id)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        raise damaged(f"indholdet kan ikke læses ({exc}).") from exc


def read_meeting_dict(text: str | bytes) -> dict:
    """Parse and validate; returns the file's dict with all strings cleaned for the DOCX."""
    try:
        return _read(text)
    except RecursionError as exc:
        raise damaged("strukturen er for dybt indlejret.") from exc


def _refuse_special(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise MeetingFileError(f"«{name}» er en mappe, ikke en SUS-mødefil.")
    if not stat.S_ISREG(mode):
        raise MeetingFileError(
            f"«{name}» er ikke en almindelig fil (men fx en enhed eller en "
            "kanal) og kan ikke åbnes som SUS-mødefil."
        )


def _too_large() -> MeetingFileError:
    return MeetingFileError(
        f"Filen er for stor til at være en SUS-mødefil (over {MAX_BYTES // (1024 * 1024)} MB)."
    )


def _read(text: str | bytes) -> dict:
    if len(text) > MAX_BYTES:
        raise _too_large()
    if isinstance(text, (bytes, bytearray)):
        text = _decode(bytes(text))
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except ValueError as exc:
        if f'"{FORMAT}"' in text[:2000]:
            where = (
                f" (linje {exc.lineno}, kolonne {exc.colno})"
                if isinstance(exc, json.JSONDecodeError)
                else ""
            )
            raise damaged(f"teksten er ikke gyldig JSON{where}.") from exc
        raise MeetingFileError(NOT_A_MEETING) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MeetingFileError(NOT_A_MEETING)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise damaged("versionsnummeret mangler eller er ugyldigt.")
    if version > VERSION:
        raise MeetingFileError(
            f"Filen er lavet med en nyere version af SUS Desktop (version "
            f"{version}). Opdatér programmet for at åbne den."
        )
    data = _clean(data)
    schema = _schema()
    _check(data, schema, schema, "")
    _check_meaning(data)
    return data


def _decode(data: bytes) -> str:
    """UTF-8, with or without BOM, or UTF-16 with BOM (Notepad's "Unicode")."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise MeetingFileError(NOT_A_MEETING)  # FF FE 00 00 would pass for UTF-16
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # the BOM says which byte order
    else:
        encoding = "utf-8-sig"  # Notepad adds a BOM
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise MeetingFileError(NOT_A_MEETING) from exc


def _no_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _clean(value):
    """Control characters from a hand-edited file must not reach the store or the DOCX."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


# --- structure: a small JSON Schema interpreter --------------------------------------------


@cache
def _schema() -> dict:
    return json.loads(resource_path("schema", "sus-meeting.schema.json").read_text("utf-8"))


_TYPE_NAMES = {
    "string": "tekst",
    "number": "tal",
    "integer": "heltal",
    "boolean": "ja/nej",
    "object": "objekt",
    "array": "liste",
    "null": "tom",
}


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _has_type(v, t: str) -> bool:
    return {
        "string": lambda: isinstance(v, str),
        "number": lambda: isinstance(v, (int, float)) and not isinstance(v, bool),
        "integer": lambda: _is_int(v) or (isinstance(v, float) and v.is_integer()),
        "boolean": lambda: isinstance(v, bool),
        "object": lambda: isinstance(v, dict),
        "array": lambda: isinstance(v, list),
        "null": lambda: v is None,
    }[t]()


def _where(path: str) -> str:
    return f"«{path}»" if path else "filen"


def _check(value, schema: dict, root: dict, path: str) -> None:
    """Checks the keywords the meeting schema uses; raises `damaged(...)` in Danish."""
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        _check(value, target, root, path)
    if "anyOf" in schema:
        error: MeetingFileError | None = None
        for alternative in schema["anyOf"]:
            try:
                _check(value, alternative, root, path)
                break
            except MeetingFileError as exc:
                error = exc
        else:
            raise error or damaged(f"{_where(path)} har en ugyldig værdi.")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_has_type(value, t) for t in types):
            wanted = " eller ".join(_TYPE_NAMES[t] for t in types)
            raise damaged(f"{_where(path)} har en forkert type (forventet {wanted}).")
    if "const" in schema and value != schema["const"]:
        raise damaged(f"{_where(path)} har en ugyldig værdi.")
    if "enum" in schema and value not in schema["enum"]:
        raise damaged(f"{_where(path)} har en ukendt værdi «{str(value)[:40]}».")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise damaged(f"{_where(path)} er for lille.")
        if "maximum" in schema and value > schema["maximum"]:
            raise damaged(f"{_where(path)} er for stor.")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise damaged(f"{_where(path)} er tom.")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise damaged(f"{_where(path)} er for lang.")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise damaged(f"{_where(path)} har et ugyldigt format («{value[:20]}»).")
        fmt = schema.get("format")
        if fmt == "date" and value and not _valid_date(value):
            raise damaged(f"{_where(path)} er ikke en gyldig dato («{value[:20]}»).")
        if fmt == "date-time" and not _valid_datetime(value):
            raise damaged(f"{_where(path)} er ikke et gyldigt tidspunkt («{value[:40]}»).")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise damaged(f"{_where(_join(path, key))} mangler.")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _check(value[key], sub, root, _join(path, key))
    if isinstance(value, list) and "items" in schema:
        for n, v in enumerate(value):
            _check(v, schema["items"], root, f"{path}[{n}]")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _valid_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _valid_datetime(text: str) -> bool:
    if not re.fullmatch(
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
        r"(Z|[+-]\d{2}:?\d{2})?",
        text,
    ):
        return False
    try:
        ts = from_iso(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return False
    return 0 <= ts < _LAST_EPOCH  # 0: a note made without a clock reading


# --- meaning: unique ids and references ----------------------------------------------------


def _check_meaning(data: dict) -> None:
    """Ids must be unique. A note or action may point at a participant, item or phase that
    was removed later (the app allows that and the minutes show it unattributed), so such
    references are accepted: refusing them would lock users out of their own files."""
    agenda = data.get("agenda") or []
    _unique("participants", data.get("participants") or [])
    _unique("agenda", agenda)
    _unique("agenda[].phases", [p for item in agenda for p in item.get("phases") or []])
    _unique("notes", data.get("notes") or [])
    _unique("actions", data.get("actions") or [])


def _unique(where: str, rows: list[dict]) -> set:
    seen: set = set()
    for row in rows:
        if row.get("id") in seen:
            raise damaged(f"id «{row['id'][:40]}» findes to gange i «{where}».")
        seen.add(row.get("id"))
    return seen
