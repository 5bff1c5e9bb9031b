"""The durable store: every meeting, setting and agenda template in one SQLite file.

Why it looks like this:
- journal_mode=DELETE, synchronous=FULL: school home folders are often network shares, where
  WAL does not work, and FULL keeps the last commits even through a power cut.
- One row per entity (participant, agenda item, phase, note, action, log entry, ...), keyed by
  id, so a typed note costs one small transaction and two writers never erase each other's
  entries (the mapping: meeting_rows.py). Each command's changes go in one transaction.
- A failed write (full disk, read-only folder, locked file) loses nothing: the change stays
  queued as (meeting, kind, id) and is re-read from the live Meeting when `retry()` succeeds;
  a retry reopens the file, so a folder that was read-only at start recovers.
- A corrupt file is never deleted: it is renamed aside and a fresh store is started.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sus_desktop import paths

if TYPE_CHECKING:
    from sus_desktop.core.agenda import AgendaInfo, AgendaItem
    from sus_desktop.core.meeting import Meeting

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: one row per entity (1: lists and the agenda as whole rows)
ALL = "__all__"  # queue kind: write the whole meeting

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meetings (
    id TEXT PRIMARY KEY,
    school TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'ny',
    updated_at REAL NOT NULL,
    info_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rows (
    meeting_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    row_id TEXT NOT NULL,
    position REAL NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (meeting_id, kind, row_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS templates (name TEXT PRIMARY KEY, json TEXT NOT NULL,
                                      updated_at REAL NOT NULL);
"""


class StoreError(Exception):
    """A user-initiated store operation failed; the message is Danish and fit to show."""


@dataclass
class MeetingSummary:
    id: str
    school: str
    date: str
    title: str
    state: str  # ny, i gang, pause, afsluttet
    updated_at: float


HealthListener = Callable[[bool, "str | None"], None]


def _rows():
    """The meeting <-> rows mapping, loaded with the first meeting that is opened or saved:
    opening the store, listing meetings and reading settings (the start screen) need none of
    the core, which keeps start-up short."""
    from sus_desktop.storage import meeting_rows

    return meeting_rows


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _migrate_v1(conn: sqlite3.Connection) -> None:
    """Store schema 1 → 2, inside the caller's transaction: every meeting re-laid as one row
    per entity."""
    rows = _rows()
    for (meeting_id,) in conn.execute("SELECT id FROM meetings").fetchall():
        rows.write_all(conn, rows.load_v1(conn, meeting_id))


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _draft_key(meeting_id: str) -> str:
    return f"draft:{meeting_id}"


def _is_storage_failure(exc: BaseException) -> bool:
    """Failures of the disk or file system, as opposed to bugs in our SQL."""
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError)):
        return False
    return isinstance(exc, (sqlite3.OperationalError, sqlite3.DatabaseError, OSError))


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return "disken er fuld"
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return "mappen eller filen er skrivebeskyttet"
    if "locked" in text or "busy" in text:
        return "filen bruges af et andet program"
    if "unable to open" in text:
        return "filen kan ikke åbnes"
    return str(exc) or exc.__class__.__name__


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.store_path()
        self.healthy = True
        self.problem: str | None = None
        self.notice: str | None = None  # something to tell the user once (a damaged file set aside)
        self.on_health_changed: list[HealthListener] = []  # called with (healthy, problem)
        self._conn: sqlite3.Connection | None = None
        self._read_only = False  # SQLite fell back to read-only when the file was opened
        self._queue: dict[tuple[str, str, str | None], Meeting] = {}
        self._pending_settings: dict[str, str] = {}
        self._attached: dict[str, tuple[Meeting, Callable]] = {}
        try:
            self._conn = self._open()
        except Exception as exc:
            if not _is_storage_failure(exc):
                raise
            self._fail(exc)

    # --- opening --------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise  # locked, no access: not corruption, leave the file alone
            aside = self._move_aside()
            log.warning("corrupt store %s moved to %s: %s", self.path, aside, exc)
            conn = self._connect()
            self.notice = self.problem = self._salvage(aside, conn)
            return conn

    def _salvage(self, aside: Path, conn: sqlite3.Connection) -> str:
        """Copy what is readable from the set-aside file; the Danish notice to show."""
        from sus_desktop.storage.salvage import salvage

        try:
            got = salvage(aside, conn)
            if got.version == 1:  # rows in the first layout: re-lay them as the store does
                conn.execute("BEGIN IMMEDIATE")
                _migrate_v1(conn)
                conn.execute("COMMIT")
        except (sqlite3.Error, ValueError, KeyError) as exc:
            log.warning("salvage of %s failed: %r", aside, exc)
            got = None
        head = (
            f"Datafilen var beskadiget. Den er lagt til side som «{aside.name}» og er ikke slettet."
        )
        if got is None or not got.anything:
            return head + " Intet kunne læses fra den; SUS Desktop er startet med en tom datafil."
        text = (
            f"{head} Det, der kunne læses, er hentet over: {got.meetings} møde(r), "
            f"{got.rows} noter og andre oplysninger, {got.templates} skabelon(er)."
        )
        if got.failed_parts:
            text += (
                " Nogle dele kunne ikke læses; den gamle fil kan stadig gemmes til en IT-kyndig."
            )
        return text

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            # Create it private from the first byte: notes about named people.
            os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        if os.name == "posix":
            try:
                os.chmod(self.path, 0o600)
            except OSError:
                pass
        conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=5.0)
        # A damaged byte in one row must not stop the reading of all others: it is replaced,
        # and the row's JSON then fails to parse and is skipped (and reported) on its own.
        conn.text_factory = _text
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
            conn.execute("PRAGMA synchronous=FULL")
            # Room for the whole file of a long meeting (5,000 notes: ~2.4 MB; SQLite's default
            # is 2 MB): the pages quick_check reads stay for the meeting's rows (~1 ms).
            conn.execute("PRAGMA cache_size=-8192")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                conn.executescript("BEGIN IMMEDIATE;" + _SCHEMA)
                if version == 1:
                    _migrate_v1(conn)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("COMMIT")
            # SQLite opens a file it cannot write read-only, silently; such a connection must
            # be reopened once the folder is writable again (`retry`). Asked of the OS, not
            # with a test write, which would cost a journal and an fsync at every start.
            self._read_only = not (
                os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
            )
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        os.replace(self.path, aside)
        journal = self.path.with_name(self.path.name + "-journal")
        if journal.exists():  # a stale hot journal must not be replayed into the fresh file
            os.replace(journal, aside.with_name(aside.name + "-journal"))
        return aside

    # --- health ---------------------------------------------------------------------
    def _fail(self, exc: BaseException) -> None:
        was = self.healthy
        self.healthy = False
        self.problem = (
            f"Kan ikke gemme i datamappen {self.path.parent} ({_reason(exc)}). "
            "Dine noter er ikke tabt: de gemmes, så snart det igen er muligt."
        )
        log.warning("store write failed: %r", exc)
        if was:
            self._notify()

    def _recovered(self) -> None:
        if not self.healthy:
            self.healthy = True
            self.problem = None
            self._notify()

    def _notify(self) -> None:
        for cb in list(self.on_health_changed):
            cb(self.healthy, self.problem)

    @property
    def pending(self) -> int:
        """Changes held in memory because they could not be written yet."""
        return len(self._queue) + len(self._pending_settings)

    def retry(self) -> bool:
        """Write whatever is queued, in one transaction. True when everything is on disk."""
        if self._conn is None or self._read_only:
            # Reopen: a connection opened while the folder was read-only stays read-only.
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            try:
                self._conn = self._open()
            except Exception as exc:
                if not _is_storage_failure(exc):
                    raise
                self._fail(exc)
                return False
        if self._queue:
            queued = list(self._queue.items())
            try:
                with self._tx() as c:
                    for (_mid, kind, ident), meeting in queued:
                        self._write(c, meeting, kind, ident)
            except Exception as exc:
                if not _is_storage_failure(exc):
                    raise
                self._fail(exc)
                return False
            for key, _ in queued:
                self._queue.pop(key, None)
        if self._pending_settings:
            try:
                with self._tx() as c:
                    c.executemany(
                        "INSERT OR REPLACE INTO settings(key, json) VALUES (?, ?)",
                        list(self._pending_settings.items()),
                    )
            except Exception as exc:
                if not _is_storage_failure(exc):
                    raise
                self._fail(exc)
                return False
            self._pending_settings.clear()
        self._recovered()
        return True

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn is None:
            raise sqlite3.OperationalError("unable to open database file")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise

    def _enqueue(self, meeting: Meeting, kind, ident: str | None) -> None:
        if (meeting.id, ALL, None) in self._queue:
            return  # a pending full write covers it
        self._queue[(meeting.id, kind, ident)] = meeting

    def _persist(self, meeting: Meeting, changes) -> None:
        for change in changes:
            self._enqueue(meeting, change.kind, change.id)
        if self.healthy:  # when sick, only the UI's periodic retry() touches the disk
            self.retry()

    # --- meetings -------------------------------------------------------------------
    def save_meeting(self, meeting: Meeting) -> None:
        """Write the whole meeting in one transaction (queued if the disk refuses)."""
        for key in [k for k in self._queue if k[0] == meeting.id]:
            del self._queue[key]
        self._queue[(meeting.id, ALL, None)] = meeting
        if self.healthy:
            self.retry()

    def has_meeting(self, meeting_id: str) -> bool:
        if self._conn is None:
            return False
        return (
            self._conn.execute("SELECT 1 FROM meetings WHERE id=?", (meeting_id,)).fetchone()
            is not None
        )

    def load_meeting(self, meeting_id: str) -> Meeting:
        return _rows().load(self._read_conn(), meeting_id)

    def list_meetings(self) -> list[MeetingSummary]:
        if self._conn is None:
            return []
        cur = self._conn.execute(
            "SELECT id, school, date, title, state, updated_at FROM meetings "
            "ORDER BY date DESC, updated_at DESC"
        )
        return [MeetingSummary(*row) for row in cur]

    def delete_meeting(self, meeting_id: str) -> None:
        if meeting_id in self._attached:
            self.detach(self._attached[meeting_id][0])
        for key in [k for k in self._queue if k[0] == meeting_id]:
            del self._queue[key]
        self._pending_settings.pop(_draft_key(meeting_id), None)
        try:
            with self._tx() as c:
                c.execute("DELETE FROM rows WHERE meeting_id=?", (meeting_id,))
                c.execute("DELETE FROM meetings WHERE id=?", (meeting_id,))
                c.execute("DELETE FROM settings WHERE key=?", (_draft_key(meeting_id),))
        except Exception as exc:
            if not _is_storage_failure(exc):
                raise
            raise StoreError(f"Mødet kunne ikke slettes ({_reason(exc)}).") from exc

    def attach(self, meeting: Meeting) -> None:
        """Save every change to the meeting as it happens (each command's changes in one
        transaction). A meeting the store already holds is not rewritten: reopening costs
        nothing, and another writer's rows stay."""
        if meeting.id in self._attached:
            return

        def on_change(changes, m: Meeting = meeting) -> None:
            try:
                self._persist(m, changes)
            except Exception as exc:
                log.exception("store listener failed")
                self._fail(exc)

        self._attached[meeting.id] = (meeting, on_change)
        meeting.subscribe(on_change)
        try:
            stored = self.has_meeting(meeting.id)
        except sqlite3.Error:
            stored = False
        if not stored:
            self.save_meeting(meeting)

    def detach(self, meeting: Meeting) -> None:
        entry = self._attached.pop(meeting.id, None)
        if entry is not None:
            meeting.unsubscribe(entry[1])

    def close(self) -> bool:
        """Flush and close. False if changes remain unsaved (the UI should warn)."""
        saved = self.retry() if (self._queue or self._pending_settings) else True
        for meeting, _ in list(self._attached.values()):
            self.detach(meeting)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        return saved

    def _read_conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(self.problem or "Datafilen kan ikke åbnes.")
        return self._conn

    def _write(self, c: sqlite3.Connection, m: Meeting, kind: str, ident: str | None) -> None:
        if kind == ALL:
            _rows().write_all(c, m)
        else:
            _rows().write_change(c, m, kind, ident)

    # --- settings -------------------------------------------------------------------
    def get_setting(self, key: str, default=None):
        """A setting, or `default`: a damaged or unreadable setting never stops the app."""
        try:
            if key in self._pending_settings:
                return json.loads(self._pending_settings[key])
            if self._conn is None:
                return default
            row = self._conn.execute("SELECT json FROM settings WHERE key=?", (key,)).fetchone()
            return default if row is None else json.loads(row[0])
        except (ValueError, TypeError, sqlite3.Error) as exc:
            log.warning("setting %s unreadable: %r", key, exc)
            return default

    def set_setting(self, key: str, value) -> None:
        self._pending_settings[key] = _dumps(value)
        if self.healthy:
            self.retry()

    # --- the note being typed, per meeting (deleted with its meeting) ------------------
    def get_draft(self, meeting_id: str) -> str:
        value = self.get_setting(_draft_key(meeting_id), "")
        return value if isinstance(value, str) else ""

    def set_draft(self, meeting_id: str, text: str) -> None:
        self.set_setting(_draft_key(meeting_id), text)

    # --- agenda templates -----------------------------------------------------------
    def save_template(self, name: str, info: AgendaInfo, items: list[AgendaItem]) -> None:
        from sus_desktop.core.agenda import dump_template  # loaded with the first meeting

        try:
            with self._tx() as c:
                c.execute(
                    "INSERT OR REPLACE INTO templates(name, json, updated_at) VALUES (?, ?, ?)",
                    (name, dump_template(info, items), time.time()),
                )
        except Exception as exc:
            if not _is_storage_failure(exc):
                raise
            raise StoreError(f"Dagsordenen «{name}» kunne ikke gemmes ({_reason(exc)}).") from exc

    def list_templates(self) -> list[str]:
        if self._conn is None:
            return []
        names = [r[0] for r in self._conn.execute("SELECT name FROM templates")]
        return sorted(names, key=str.casefold)

    def load_template(self, name: str) -> tuple[AgendaInfo, list[AgendaItem]]:
        row = (
            self._read_conn().execute("SELECT json FROM templates WHERE name=?", (name,)).fetchone()
        )
        if row is None:
            raise KeyError(name)
        from sus_desktop.core.agenda import load_template

        return load_template(row[0])

    def delete_template(self, name: str) -> None:
        try:
            with self._tx() as c:
                c.execute("DELETE FROM templates WHERE name=?", (name,))
        except Exception as exc:
            if not _is_storage_failure(exc):
                raise
            raise StoreError(f"Dagsordenen «{name}» kunne ikke slettes ({_reason(exc)}).") from exc
