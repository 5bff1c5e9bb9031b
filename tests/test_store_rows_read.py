"""Reading a meeting's rows: what the store wrote reads back exactly (kinds, texts), a row
written by hand with spaces around its JSON is read all the same, and a note of an unknown
kind is skipped and reported."""

from __future__ import annotations

import json
import sqlite3

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.storage.store import Store


def test_rows_read_back_as_written_spaced_or_not_and_a_bad_kind_reported(tmp_path, clock):
    path = tmp_path / "sus.sqlite3"
    s = Store(path)
    m = new_meeting("Sødalskolen", "2025-03-13")
    s.attach(m)
    kinds = [NoteKind.NOTE, NoteKind.DECISION, NoteKind.ACTION, NoteKind.EVALUATION]
    for i, kind in enumerate(kinds * 2):
        m.add_note(f"note {i} «æøå»", item=m.agenda[0].id, kind=kind, created_at=clock.now())
    s.close()
    conn = sqlite3.connect(path)
    spaced, bad = m.notes[1].id, m.notes[2].id
    (text,) = conn.execute("SELECT json FROM rows WHERE row_id=?", (spaced,)).fetchone()
    conn.execute("UPDATE rows SET json=? WHERE row_id=?", ("  " + text + "\n", spaced))
    (text,) = conn.execute("SELECT json FROM rows WHERE row_id=?", (bad,)).fetchone()
    conn.execute(
        "UPDATE rows SET json=? WHERE row_id=?",
        (json.dumps({**json.loads(text), "kind": "x"}), bad),
    )
    conn.commit()
    conn.close()
    back = Store(path).load_meeting(m.id)
    want = [(n.text, n.kind) for k, n in enumerate(m.notes) if k != 2]
    assert [(n.text, n.kind) for n in back.notes] == want
    assert len(back.problems) == 1 and "note" in back.problems[0]
