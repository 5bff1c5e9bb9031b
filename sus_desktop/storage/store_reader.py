"""Read-only access to the store for the command line (IT, backups), safe while the app runs.

Not `Store`: its constructor creates, migrates and may set a damaged file aside. This opens
the SQLite file with `mode=ro`, so nothing here can write to it, and waits briefly while the
running app holds a write lock.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sus_desktop.core.meeting import Meeting

BUSY_TIMEOUT_S = 5.0


class ReaderError(Exception):
    """The store cannot be read; str(error) is a Danish message for the user."""


@dataclass
class StoredMeeting:
    id: str
    school: str
    date: str
    state: str


class StoreReader:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            try:
                self._conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as exc:
                self.close()
                raise ReaderError(f"Datafilen {self.path} kan ikke læses ({exc}).") from exc
        return self._conn

    def meetings(self) -> list[StoredMeeting]:
        """Newest meeting date first, as on the start screen."""
        conn = self._connection()
        try:
            if (
                conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meetings'"
                ).fetchone()
                is None
            ):
                return []  # created but never written to: no meetings yet
            rows = conn.execute(
                "SELECT id, school, date, state FROM meetings ORDER BY date DESC, updated_at DESC"
            ).fetchall()
        except sqlite3.Error as exc:
            raise ReaderError(f"Møderne i datafilen {self.path} kan ikke læses ({exc}).") from exc
        return [StoredMeeting(*row) for row in rows]

    def load(self, meeting_id: str) -> Meeting:
        """The stored meeting; KeyError if there is none with that id, ReaderError if it
        cannot be read."""
        from sus_desktop.storage import meeting_rows

        conn = self._connection()
        try:
            return meeting_rows.load(conn, meeting_id)
        except KeyError:
            raise
        except Exception as exc:
            raise ReaderError(f"Mødet «{meeting_id}» kan ikke læses ({exc}).") from exc

    def setting(self, key: str, default=None):
        """A setting as the app stored it (its JSON decoded), or `default`."""
        import json

        try:
            row = (
                self._connection()
                .execute("SELECT json FROM settings WHERE key=?", (key,))
                .fetchone()
            )
            return default if row is None else json.loads(row[0])
        except (sqlite3.Error, ValueError) as exc:
            raise ReaderError(f"Indstillingen «{key}» kan ikke læses ({exc}).") from exc

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
