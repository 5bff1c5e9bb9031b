"""Two copies of one meeting merged by id (issue 15, without a network): nothing from either
side lost, files from the first format version too, and the store keeps one meeting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict
from sus_desktop.storage.meetingfile import export_meeting, import_meeting
from sus_desktop.storage.store import Store
from sus_desktop.sync.filemerge import merge_into_store
from sus_desktop.sync.merge import merge_meetings
from sus_desktop.sync.textmerge import merge_texts

ROOT = Path(__file__).resolve().parents[1]


def _copy(m):
    return meeting_from_dict(json.loads(json.dumps(meeting_to_dict(m))))


def _two_laptops():
    a = new_meeting("Sødalskolen")
    mette = a.add_participant("Mette Sørensen", "Skoleleder")
    shared = a.add_note(
        "Vi aftaler en legedag", item="i4", participant=mette.id, created_at=1_700_000_000
    )
    b = _copy(a)
    a.update_note(shared.id, text="Vi aftaler en legedag i maj")
    b.update_note(shared.id, text="Vi aftaler en fælles legedag")
    a.add_note("Kun på facilitatorens bærbar", created_at=1_700_000_010)
    b.add_note("Kun på referentens bærbar", created_at=1_700_000_005)
    b.add_participant("Karen Bech", "Referent")
    b.add_action("Planlæg legedag", "Jonas", "1. maj")
    return a, b, shared.id


def test_text_merge_keeps_both_sides_words():
    assert merge_texts("Vi aftaler X", "Vi aftaler X") == "Vi aftaler X"
    assert merge_texts("Vi aftaler", "Vi aftaler X") == "Vi aftaler X"
    merged = merge_texts("Vi aftaler en legedag i maj", "Vi aftaler en fælles legedag")
    for word in ("fælles", "legedag", "maj"):
        assert word in merged


def test_merge_keeps_everything_from_both(tmp_path):
    a, b, shared = _two_laptops()
    export_meeting(a, tmp_path / "a.sus.json")
    export_meeting(b, tmp_path / "b.sus.json")
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "sus_desktop",
            "merge",
            str(tmp_path / "a.sus.json"),
            str(tmp_path / "b.sus.json"),
            "-o",
            str(tmp_path / "c.sus.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    c = import_meeting(tmp_path / "c.sus.json", keep_id=True)
    assert c.id == a.id
    texts = {n.text for n in c.notes}
    assert "Kun på facilitatorens bærbar" in texts and "Kun på referentens bærbar" in texts
    both = c.note(shared).text
    assert "maj" in both and "fælles" in both
    assert [p.name for p in c.participants] == ["Mette Sørensen", "Karen Bech"]
    assert [x.what for x in c.actions] == ["Planlæg legedag"]
    assert len(c.agenda) == len(a.agenda)  # one agenda, not two


def test_merge_of_two_different_meetings_is_refused_in_danish(tmp_path):
    export_meeting(new_meeting("A"), tmp_path / "a.sus.json")
    export_meeting(new_meeting("B"), tmp_path / "b.sus.json")
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "sus_desktop",
            "merge",
            str(tmp_path / "a.sus.json"),
            str(tmp_path / "b.sus.json"),
            "-o",
            str(tmp_path / "c.sus.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert res.returncode == 2
    assert "ikke det samme møde" in res.stderr
    assert not (tmp_path / "c.sus.json").exists()


def test_a_version_1_file_merges_by_id(tmp_path):
    """Version 1 kept log entries without ids and mode state in `extra`: the log is matched
    by content, so merging a v1 file twice doubles nothing."""
    a = new_meeting("Sødalskolen")
    a.add_note("Ny note", created_at=1_700_000_100)
    v1 = {
        "format": "sus-meeting",
        "version": 1,
        "meeting": {
            "id": a.id,
            "title": "Skoleudviklingssamtale",
            "school": "Sødalskolen",
            "date": a.info.date,
            "start_time": "13:00",
        },
        "participants": [{"id": "u1", "name": "Mette"}],
        "agenda": [
            {"id": i.id, "number": i.number, "title": i.title, "minutes": i.minutes}
            for i in a.agenda
        ],
        "notes": [
            {
                "id": "gammel",
                "item": None,
                "phase": None,
                "participant": "u1",
                "round": None,
                "kind": "note",
                "text": "Gammel note",
                "created_at": "2023-11-14T22:13:20+00:00",
            }
        ],
        "actions": [],
        "log": [
            {
                "at": "2023-11-14T22:13:20+00:00",
                "event": "start",
                "item": None,
                "phase": None,
                "minutes": None,
            }
        ],
        "extra": {"spiral": {}},
    }
    path = tmp_path / "gammel.sus.json"
    path.write_text(json.dumps(v1), encoding="utf-8")
    old = import_meeting(path, keep_id=True)
    once = merge_meetings(a, old)
    twice = merge_meetings(once, import_meeting(path, keep_id=True))
    assert {n.text for n in twice.notes} == {"Ny note", "Gammel note"}
    assert [e.event for e in twice.log] == ["start"]
    assert [p.name for p in twice.participants] == ["Mette"]


def test_opening_a_stored_meetings_file_merges_instead_of_duplicating(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    a, b, shared = _two_laptops()
    store.save_meeting(a)
    export_meeting(b, tmp_path / "b.sus.json")
    merged = merge_into_store(store, import_meeting(tmp_path / "b.sus.json", keep_id=True))
    assert [m.id for m in store.list_meetings()] == [a.id]
    stored = store.load_meeting(a.id)
    assert {n.text for n in stored.notes} == {n.text for n in merged.notes}
    assert "Kun på referentens bærbar" in {n.text for n in stored.notes}
    assert "fælles" in stored.note(shared).text and "maj" in stored.note(shared).text
    store.close()


def test_a_delete_stands_unless_the_other_side_edited_the_note():
    a = new_meeting("S")
    n1 = a.add_note("Slettes", created_at=1)
    n2 = a.add_note("Slettes, men rettes andetsteds", created_at=2)
    b = _copy(a)
    a.remove_note(n1.id)
    a.remove_note(n2.id)
    b.update_note(n2.id, text="Slettes, men rettes andetsteds – vigtigt")
    m = merge_meetings(a, b)
    assert [n.text for n in m.notes] == ["Slettes, men rettes andetsteds – vigtigt"]


def test_a_late_joiner_lists_the_notes_in_the_order_they_were_typed():
    """The Doc hands its notes back in hash order; a referent who joins after 40 notes must
    see them (and the minutes must list them) as typed on the facilitator's laptop."""
    import pytest

    pytest.importorskip("pycrdt")
    from pycrdt import Doc

    from sus_desktop.sync.docmap import meeting_from_doc, write_meeting

    host = new_meeting("Sødalskolen", "2025-03-13")
    item = host.agenda[3].id
    for k in range(40):
        host.add_note(f"note {k}", item=item, created_at=1_741_870_800.0 + k)
    doc = Doc()
    write_meeting(doc, host)
    joined = meeting_from_doc(doc)
    assert [n.text for n in joined.notes] == [f"note {k}" for k in range(40)]
