"""Every Doc update of a shared meeting, on disk before it is acknowledged (issue 15).

A laptop killed at any moment restarts from this log (its Doc, with the engine's own ids, so
that catching up merges instead of duplicating) and from the store (its Meeting). A remote
update is written here first with applied=0, then brought into the Meeting (the store writes
it), then marked applied: a crash between the two leaves applied=0, and the next start brings
the Doc into the Meeting again. Same durability settings as the store: journal_mode=DELETE
(WAL fails on network home folders) and synchronous=FULL.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

COMPACT_AFTER = 2000  # rows per meeting before the log is folded into one snapshot

_SCHEMA = """
CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id TEXT NOT NULL,
    data BLOB NOT NULL,
    applied INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS updates_meeting ON updates(meeting_id, seq);
"""


def default_path() -> Path:
    from sus_desktop import paths

    return paths.data_dir() / "sync.sqlite3"


class UpdateLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))  # private: notes
        self._conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=5.0)
        self._conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.executescript(_SCHEMA)

    def load(self, meeting_id: str) -> list[bytes]:
        rows = self._conn.execute(
            "SELECT data FROM updates WHERE meeting_id=? ORDER BY seq", (meeting_id,)
        ).fetchall()
        return [bytes(r[0]) for r in rows]

    def has_unapplied(self, meeting_id: str) -> bool:
        return (
            self._conn.execute(
                "SELECT 1 FROM updates WHERE meeting_id=? AND applied=0 LIMIT 1", (meeting_id,)
            ).fetchone()
            is not None
        )

    def append(self, meeting_id: str, data: bytes, applied: bool = True) -> None:
        self._conn.execute(
            "INSERT INTO updates(meeting_id, data, applied) VALUES (?, ?, ?)",
            (meeting_id, data, int(applied)),
        )

    def mark_applied(self, meeting_id: str) -> None:
        self._conn.execute(
            "UPDATE updates SET applied=1 WHERE meeting_id=? AND applied=0", (meeting_id,)
        )

    def count(self, meeting_id: str) -> int:
        return self._conn.execute(
            "SELECT count(*) FROM updates WHERE meeting_id=?", (meeting_id,)
        ).fetchone()[0]

    def compact(self, meeting_id: str, snapshot: bytes) -> None:
        """The whole Doc as one update instead of many small ones, in one transaction."""
        c = self._conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM updates WHERE meeting_id=? AND applied=1", (meeting_id,))
            c.execute(
                "INSERT INTO updates(meeting_id, data, applied) VALUES (?, ?, 1)",
                (meeting_id, snapshot),
            )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def forget(self, meeting_id: str) -> None:
        self._conn.execute("DELETE FROM updates WHERE meeting_id=?", (meeting_id,))

    def close(self) -> None:
        self._conn.close()
