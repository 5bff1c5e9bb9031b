"""What can be read from a damaged store file, row by row, into a fresh one.

A damaged file is never deleted (the store sets it aside); this copies out whatever SQLite can
still read: meetings, their rows, settings and agenda templates. A header with damaged bytes
is mended in a temporary copy first (the 16-byte magic string is the part most often hit),
and each table, and each meeting's rows, is read on its own, so one unreadable page costs only
what is on it. Row contents are copied as stored; rows whose JSON is damaged are skipped when
the meeting is opened, and reported there.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"SQLite format 3\x00"


@dataclass
class Salvaged:
    meetings: int = 0
    rows: int = 0
    settings: int = 0
    templates: int = 0
    failed_parts: int = 0  # tables or meetings that could not be read at all
    version: int = 0  # the damaged file's store schema (its rows are in that layout)

    @property
    def anything(self) -> bool:
        return bool(self.meetings or self.settings or self.templates)


def _open_copy(damaged: Path, tmp: Path) -> sqlite3.Connection | None:
    copy = tmp / "copy.sqlite3"
    shutil.copyfile(damaged, copy)
    with open(copy, "r+b") as f:
        head = f.read(len(MAGIC))
        if head != MAGIC and len(head) == len(MAGIC):
            f.seek(0)
            f.write(MAGIC)
    try:
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        return None


def _all(conn: sqlite3.Connection, sql: str, args=()) -> list | None:
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.Error:
        return None


def salvage(damaged: Path, into: sqlite3.Connection) -> Salvaged:
    """Copy what is readable from `damaged` into the open store `into` (one transaction)."""
    out = Salvaged()
    with tempfile.TemporaryDirectory() as tmp:
        src = _open_copy(damaged, Path(tmp))
        if src is None:
            out.failed_parts += 1
            return out
        try:
            into.execute("BEGIN IMMEDIATE")
            meetings = _all(
                src, "SELECT id, school, date, title, state, updated_at, info_json FROM meetings"
            )
            if meetings is None:
                out.failed_parts += 1
                meetings = []
            for row in meetings:
                into.execute(
                    "INSERT OR IGNORE INTO meetings(id, school, date, title, state, "
                    "updated_at, info_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                out.meetings += 1
                rows = _all(
                    src,
                    "SELECT meeting_id, kind, row_id, position, json FROM rows WHERE meeting_id=?",
                    (row[0],),
                )
                if rows is None:
                    rows = _rows_by_kind(src, row[0], out)
                into.executemany(
                    "INSERT OR IGNORE INTO rows(meeting_id, kind, row_id, position, "
                    "json) VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
                out.rows += len(rows)
            settings = _all(src, "SELECT key, json FROM settings") or []
            into.executemany("INSERT OR IGNORE INTO settings(key, json) VALUES (?, ?)", settings)
            out.settings = len(settings)
            templates = _all(src, "SELECT name, json, updated_at FROM templates") or []
            into.executemany(
                "INSERT OR IGNORE INTO templates(name, json, updated_at) VALUES (?, ?, ?)",
                templates,
            )
            out.templates = len(templates)
            version = _all(src, "PRAGMA user_version")
            out.version = version[0][0] if version else 0
            into.execute("COMMIT")
        except BaseException:
            if into.in_transaction:
                into.execute("ROLLBACK")
            raise
        finally:
            src.close()
    return out


def _rows_by_kind(src: sqlite3.Connection, meeting_id: str, out: Salvaged) -> list:
    """The meeting's rows one kind at a time, when reading them all at once failed."""
    kinds = [
        "participant",
        "item",
        "phase",
        "note",
        "action",
        "log",
        "spiral",
        "talk",
        "follow_up",
        "minutes",
        "extra",
    ]
    rows: list = []
    for kind in kinds:
        part = _all(
            src,
            "SELECT meeting_id, kind, row_id, position, json FROM rows "
            "WHERE meeting_id=? AND kind=?",
            (meeting_id, kind),
        )
        if part is None:
            out.failed_parts += 1
        else:
            rows += part
    return rows
