"""The portable *.sus.json file: exact bytes, lossless round trips, Danish errors only."""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import LogEntry, NoteKind
from sus_desktop.core.serialize import meeting_to_dict
from sus_desktop.resources import resource_path
from sus_desktop.storage import atomic, meetingfile
from sus_desktop.storage.meetingfile import (
    MeetingFileError,
    dumps_meeting,
    export_meeting,
    import_meeting,
    parse_meeting,
    read_meeting_dict,
    suggested_file_name,
)

T0 = 1_741_870_800.0  # 13 March 2025 13:00 CET


def sample_meeting():
    m = new_meeting("Vestre Skole", "2025-03-13")
    anne = m.add_participant("Anne Hansen", "Skoleleder")
    bo = m.add_participant("Bo Ø. Ærø", "PPR", present=False)
    item4 = m.agenda[3]
    m.add_note(
        "Vi vil styrke «deltagelse».\nAnden linje",
        item=item4.id,
        phase=item4.phases[1].id,
        participant=anne.id,
        round=1,
        created_at=T0 + 61.25,
    )
    m.add_note(
        "Beslutning: to spor", item=m.agenda[4].id, kind=NoteKind.DECISION, created_at=T0 + 3600
    )
    m.add_note("Bo: enig", participant=bo.id, created_at=T0 + 3700.5)
    m.add_action("Send data til PUF", "Anne", "uge 14", item=m.agenda[4].id)
    m.append_log(LogEntry(T0, "start", m.agenda[0].id, None))
    m.append_log(LogEntry(T0 + 300.123, "next", m.agenda[1].id, None))
    m.append_log(LogEntry(T0 + 400, "extend", m.agenda[1].id, None, 2.5))
    m.append_log(LogEntry(T0 + 500, "pause"))
    m.set_extra("followup", {"done": [1, 2.0, "x"], "nested": {"ø": None}})
    return m


# --- writing --------------------------------------------------------------------------------


def test_export_writes_utf8_indented_json_with_the_documented_names(tmp_path):
    path = export_meeting(sample_meeting(), tmp_path / "møde.sus.json")
    raw = path.read_bytes()
    assert "«deltagelse»".encode() in raw  # ensure_ascii=False: readable Danish
    assert b'\n "format": "sus-meeting",\n "version": 2,' in raw  # indent 1
    data = json.loads(raw)
    assert list(data) == [
        "format",
        "version",
        "meeting",
        "participants",
        "agenda",
        "notes",
        "actions",
        "log",
        "spiral",
        "talk_time",
        "follow_up",
        "minutes",
        "extra",
    ]
    assert data["meeting"]["school"] == "Vestre Skole" and data["meeting"]["date"] == "2025-03-13"
    assert set(data["participants"][0]) == {"id", "name", "role", "present"}
    assert set(data["notes"][0]) == {
        "id",
        "item",
        "phase",
        "participant",
        "round",
        "kind",
        "text",
        "created_at",
    }
    assert [e["event"] for e in data["log"]] == ["start", "next", "extend", "pause"]
    assert [i["minutes"] for i in data["agenda"]] == [5, 5, 25, 45, 30, 9, 1]
    assert not list(tmp_path.glob(".*tmp"))  # no temp file left behind


def test_round_trip_is_byte_identical_apart_from_the_meeting_id(tmp_path):
    m = sample_meeting()
    first = export_meeting(m, tmp_path / "a.sus.json").read_text("utf-8")
    imported = import_meeting(tmp_path / "a.sus.json")
    assert imported.id != m.id  # a new meeting on import...
    assert [n.id for n in imported.notes] == [n.id for n in m.notes]  # ...with the same rows
    second = export_meeting(imported, tmp_path / "b.sus.json").read_text("utf-8")
    assert second == first.replace(m.id, imported.id)
    kept = import_meeting(tmp_path / "a.sus.json", keep_id=True)
    assert dumps_meeting(kept) == first


def test_builtin_agenda_with_no_notes_is_a_valid_new_meeting(tmp_path):
    m = new_meeting("Nordskolen", "2025-04-01")
    export_meeting(m, tmp_path / "ny.sus.json")
    data = json.loads((tmp_path / "ny.sus.json").read_text("utf-8"))
    assert data["notes"] == [] and data["log"] == []
    back = import_meeting(tmp_path / "ny.sus.json")
    assert [i.minutes for i in back.agenda] == [5, 5, 25, 45, 30, 9, 1]
    assert back.info.school == "Nordskolen" and back.notes == []


def test_minimal_hand_written_file_is_accepted():
    text = json.dumps(
        {
            "format": "sus-meeting",
            "version": 1,
            "meeting": {"title": "SUS", "school": "X", "date": "", "start_time": "13.00"},
            "agenda": [{"id": "i1", "title": "Velkomst", "minutes": 5}],
            "notes": [
                {"id": "n1", "item": "i1", "text": "hej", "created_at": "2025-03-13T13:05:00+01:00"}
            ],
            "future_field": {"ignored": True},
        }
    )
    m = parse_meeting(text)
    assert m.agenda[0].title == "Velkomst" and m.notes[0].text == "hej"
    assert m.participants == [] and m.log == []


def test_replacing_a_file_that_another_program_holds_retries_then_says_close_it(
    tmp_path, monkeypatch
):
    target = tmp_path / "m.sus.json"
    target.write_text("old", "utf-8")
    real_replace, calls = os.replace, []

    def flaky(src, dst):
        calls.append(1)
        if len(calls) < 3:
            raise PermissionError(13, "WinError 32: used by another process")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.time, "sleep", lambda s: None)
    monkeypatch.setattr(meetingfile.os, "replace", flaky)
    export_meeting(sample_meeting(), target)
    assert len(calls) == 3 and json.loads(target.read_text("utf-8"))["format"] == "sus-meeting"

    def locked(src, dst):
        raise PermissionError(13, "WinError 32")

    monkeypatch.setattr(meetingfile.os, "replace", locked)
    before = target.read_bytes()
    with pytest.raises(MeetingFileError, match="Luk den, og prøv igen"):
        export_meeting(new_meeting("Y"), target)
    assert target.read_bytes() == before  # the old file is whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.sus.json"]  # temp file removed


# --- reading: errors ------------------------------------------------------------------------


def valid_dict():
    return json.loads(dumps_meeting(sample_meeting()))


def error_of(data) -> str:
    text = data if isinstance(data, (str, bytes)) else json.dumps(data)
    with pytest.raises(MeetingFileError) as info:
        read_meeting_dict(text)
    return str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hej",
        "[1, 2]",
        '"sus-meeting"',
        "{}",
        '{"format": "sus-agenda", "version": 1}',
        b"\xff\xfe\x00",
    ],
)
def test_not_a_meeting_file(text):
    assert error_of(text) == "Filen er ikke en SUS-mødefil."


def test_newer_version_asks_for_an_update():
    data = valid_dict()
    data["version"] = 3
    assert error_of(data) == (
        "Filen er lavet med en nyere version af SUS Desktop (version 3). "
        "Opdatér programmet for at åbne den."
    )


def test_truncated_file_says_damaged_with_the_line():
    text = dumps_meeting(sample_meeting())
    msg = error_of(text[: len(text) // 2])
    assert msg.startswith("Filen er beskadiget eller ufuldstændig: teksten er ikke gyldig JSON")
    assert "linje" in msg


def mutate(path, value):
    data = valid_dict()
    *parents, last = path
    target = data
    for p in parents:
        target = target[p]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return error_of(data)


@pytest.mark.parametrize(
    "path, value, expected",
    [
        (["version"], "1", "versionsnummeret mangler"),
        (["version"], 0, "versionsnummeret mangler"),
        (["meeting"], KeyError, "«meeting» mangler"),
        (["meeting", "date"], KeyError, "«meeting.date» mangler"),
        (["meeting", "date"], "13-03-2025", "«meeting.date» er ikke en gyldig dato"),
        (["meeting", "date"], "2025-02-30", "«meeting.date» er ikke en gyldig dato"),
        (["meeting", "start_time"], "25:00", "«meeting.start_time» har et ugyldigt format"),
        (["meeting", "school"], 7, "«meeting.school» har en forkert type (forventet tekst)"),
        (["agenda"], {"a": 1}, "«agenda» har en forkert type (forventet liste)"),
        (["agenda", 0, "minutes"], "5", "«agenda[0].minutes» har en forkert type (forventet tal)"),
        (["agenda", 0, "minutes"], -1, "«agenda[0].minutes» er for lille"),
        (["agenda", 3, "phases", 0, "mode"], "dance", "ukendt værdi «dance»"),
        (["participants", 0, "present"], "ja", "forventet ja/nej"),
        (["notes", 0, "created_at"], "i går", "«notes[0].created_at» er ikke et gyldigt tidspunkt"),
        (["notes", 0, "created_at"], KeyError, "«notes[0].created_at» mangler"),
        (["notes", 0, "kind"], "gossip", "ukendt værdi «gossip»"),
        (["log", 0, "at"], "2025-13-01T00:00:00", "«log[0].at» er ikke et gyldigt tidspunkt"),
        (["notes", 1, "id"], None, "forventet tekst"),
    ],
)
def test_damaged_fields_are_named_in_danish(path, value, expected):
    msg = mutate(path, value)
    assert msg.startswith("Filen er beskadiget eller ufuldstændig: ")
    assert expected in msg


def test_duplicate_note_ids_are_refused():
    data = valid_dict()
    data["notes"][1]["id"] = data["notes"][0]["id"]
    assert "findes to gange" in error_of(data)


def test_nan_and_deep_nesting_are_refused():
    text = dumps_meeting(sample_meeting()).replace('"minutes": 5,', '"minutes": NaN,', 1)
    assert "beskadiget" in error_of(text)
    deep = '{"format": "sus-meeting", "version": 1, "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert "beskadiget" in error_of(deep)


def test_too_large_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.sus.json"
    with open(big, "wb") as f:
        f.truncate(meetingfile.MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(MeetingFileError, match="for stor .*50 MB"):
        import_meeting(big)


def test_unreadable_paths_give_danish_messages(tmp_path):
    with pytest.raises(MeetingFileError, match="findes ikke"):
        import_meeting(tmp_path / "nope.sus.json")
    with pytest.raises(MeetingFileError, match="ikke en SUS-mødefil"):
        import_meeting(tmp_path)


def test_a_folder_is_named_as_a_folder(tmp_path):
    with pytest.raises(MeetingFileError, match="«.*» er en mappe, ikke en SUS-mødefil"):
        import_meeting(tmp_path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_device_is_refused_without_reading():
    with pytest.raises(MeetingFileError, match="ikke en almindelig fil"):
        import_meeting("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path):
    import threading

    fifo = tmp_path / "møde.sus.json"
    os.mkfifo(fifo)
    result = []
    reader = threading.Thread(target=lambda: result.append(_error(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the stuck reader so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO waited for a writer")
    assert "ikke en almindelig fil" in result[0]


def _error(path) -> str:
    try:
        import_meeting(path)
    except MeetingFileError as exc:
        return str(exc)
    return "no error"


def test_a_file_larger_than_its_size_says_is_read_only_up_to_the_limit(monkeypatch, tmp_path):
    # /proc files and files still being written report a size that is not what a read gets.
    path = tmp_path / "big.sus.json"
    path.write_bytes(b"x" * 2000)
    monkeypatch.setattr(meetingfile, "MAX_BYTES", 1000)
    reads = []
    real_fdopen = os.fdopen

    def spying_fdopen(fd, *args, **kw):
        f = real_fdopen(fd, *args, **kw)
        real_read = f.read
        f.read = lambda n=-1: (reads.append(n), real_read(n))[1]
        return f

    monkeypatch.setattr(
        meetingfile.os, "fstat", lambda fd: os.stat_result((0o100644, 0, 0, 1, 0, 0, 10, 0, 0, 0))
    )  # says 10 bytes
    monkeypatch.setattr(meetingfile.os, "fdopen", spying_fdopen)
    with pytest.raises(MeetingFileError, match="for stor"):
        import_meeting(path)
    assert reads == [1001]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_utf8_and_utf16_with_bom_are_read(tmp_path, encoding):
    text = dumps_meeting(sample_meeting())
    raw = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # Notepad's "Unicode" and "Unicode big endian"
        raw = "\ufeff".encode(encoding) + raw
    path = tmp_path / "notepad.sus.json"
    path.write_bytes(raw)
    m = import_meeting(path)
    assert m.info.school == "Vestre Skole"
    assert m.participants[1].name == "Bo Ø. Ærø"


def test_utf16_without_bom_and_utf32_are_not_meeting_files(tmp_path):
    text = dumps_meeting(sample_meeting())
    for raw in (text.encode("utf-16-le"), text.encode("utf-32")):
        path = tmp_path / "x.sus.json"
        path.write_bytes(raw)
        with pytest.raises(MeetingFileError, match="ikke en SUS-mødefil"):
            import_meeting(path)


@pytest.mark.parametrize(
    "school, date, expected",
    [
        ("Vestre Skole", "2025-03-13", "Vestre-Skole-2025-03-13.sus.json"),
        ("../../../etc/CON/NUL\\..\\x", "2025-03-13", "etc-CON-NUL-x-2025-03-13.sus.json"),
        ("NUL", "", "_NUL.sus.json"),
        ("con.txt", "", "_con.txt.sus.json"),
        ("COM1", "2025-03-13", "COM1-2025-03-13.sus.json"),  # not a device name with the date
        ("..", "", "møde.sus.json"),
        ("St. Magleby Skole", "2025-03-13", "St-Magleby-Skole-2025-03-13.sus.json"),
        ("", "", "møde.sus.json"),
        ("Sødal\x00Skole\n\t", "2025-03-13", "Sødal-Skole-2025-03-13.sus.json"),
    ],
)
def test_suggested_file_name_cannot_choose_a_folder_or_a_device(school, date, expected):
    name = suggested_file_name(school, date)
    assert name == expected
    assert "/" not in name and "\\" not in name and ".." not in name


def test_bom_and_control_characters_from_other_programs_are_cleaned():
    data = valid_dict()
    data["notes"][0]["text"] = "a\x00b\x0bc\ud800"
    m = parse_meeting(("\ufeff" + json.dumps(data)).encode("utf-8", "surrogatepass"))
    assert m.notes[0].text == "ab\nc"
    dumps_meeting(m).encode("utf-8")  # writable again


# --- the schema -----------------------------------------------------------------------------


def load_schema():
    return json.loads(resource_path("schema", "sus-meeting.schema.json").read_text("utf-8"))


def test_schema_describes_every_key_the_app_writes():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    missing = []

    def walk(value, sub, path):
        while "$ref" in sub:
            sub = schema["$defs"][sub["$ref"].split("/")[-1]]
        if isinstance(value, dict) and path != ".extra":
            for key, v in value.items():
                if key not in sub.get("properties", {}):
                    missing.append(f"{path}.{key}")
                else:
                    walk(v, sub["properties"][key], f"{path}.{key}")
        elif isinstance(value, list) and "items" in sub:
            for v in value:
                walk(v, sub["items"], path + "[]")

    walk(valid_dict(), schema, "")
    assert missing == []


def test_builtin_meeting_validates_with_jsonschema_if_available():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(load_schema())
    jsonschema.validate(valid_dict(), load_schema())


# --- properties -----------------------------------------------------------------------------

any_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from("\x00\x07\x0b\x0c\r\n\t\u2028\ufffe"),
    max_size=40,
)


@st.composite
def meetings(draw):
    m = new_meeting("", draw(st.dates().map(lambda d: d.isoformat())))
    # (new_meeting(school=...) itself does not clean the name: see the report)
    m.update_info(
        school=draw(any_text),
        title=draw(any_text),
        location=draw(any_text),
        learning_focus=draw(any_text),
    )
    people = [
        m.add_participant(draw(any_text), draw(any_text), draw(st.booleans()))
        for _ in range(draw(st.integers(0, 4)))
    ]
    items = m.agenda
    for _ in range(draw(st.integers(0, 8))):
        item = draw(st.sampled_from(items + [None]))
        phase = draw(st.sampled_from(item.phases + [None])) if item and item.phases else None
        who = draw(st.sampled_from(people + [None])) if people else None
        m.add_note(
            draw(any_text),
            item=item.id if item else None,
            phase=phase.id if phase else None,
            participant=who.id if who else None,
            round=draw(st.none() | st.integers(0, 20)),
            kind=draw(st.sampled_from(list(NoteKind))),
            created_at=draw(st.floats(1e9, 4e9, allow_nan=False)),
        )
    for _ in range(draw(st.integers(0, 3))):
        m.add_action(
            draw(any_text),
            draw(any_text),
            draw(any_text),
            draw(st.sampled_from([i.id for i in items] + [None])),
        )
    for _ in range(draw(st.integers(0, 5))):
        m.append_log(
            LogEntry(
                draw(st.floats(1e9, 4e9)),
                draw(st.sampled_from(["start", "pause", "resume", "next", "extend", "finish"])),
                draw(st.sampled_from([i.id for i in items] + [None])),
                None,
                draw(st.none() | st.floats(-60, 60) | st.integers(-60, 60)),
            )
        )
    return m


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_any_meeting_round_trips_losslessly(m):
    first = dumps_meeting(m)
    back = parse_meeting(first, keep_id=True)
    assert dumps_meeting(back) == first
    assert [n.text for n in back.notes] == [n.text for n in m.notes]
    assert meeting_to_dict(back)["participants"] == meeting_to_dict(m)["participants"]


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_only_ever_raise_meeting_file_error(data):
    try:
        parse_meeting(data)
    except MeetingFileError:
        pass


VALID = dumps_meeting(sample_meeting())


@settings(max_examples=400, deadline=None)
@given(st.integers(0, len(VALID.rstrip()) - 1))
def test_truncated_files_only_raise_meeting_file_error(cut):
    with pytest.raises(MeetingFileError):
        parse_meeting(VALID[:cut])


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | any_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(any_text, children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=1000, deadline=None)
@given(st.data())
def test_mutated_files_only_raise_meeting_file_error(data):
    doc = json.loads(VALID)
    # Walk to a random spot and replace, delete or add something there.
    node = doc
    for _ in range(data.draw(st.integers(0, 4))):
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        children = [(k, v) for k, v in children if isinstance(v, (dict, list)) and v]
        if not children:
            break
        node = data.draw(st.sampled_from(children))[1]
    keys = list(node) if isinstance(node, dict) else list(range(len(node)))
    key = data.draw(st.sampled_from(keys)) if keys else None
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if key is not None and action == "replace":
        node[key] = data.draw(json_values)
    elif key is not None and action == "delete":
        del node[key]
    elif isinstance(node, dict):
        node[data.draw(any_text)] = data.draw(json_values)
    else:
        node.append(data.draw(json_values))
    try:
        m = parse_meeting(json.dumps(doc))
    except MeetingFileError:
        return
    dumps_meeting(m).encode("utf-8")  # whatever was accepted can be written again


def test_a_meeting_whose_participant_was_removed_still_opens(tmp_path):
    """The app lets a participant or item be removed after notes name them; its own file
    must still open, and the notes stay (unattributed in the minutes)."""
    m = sample_meeting()
    p = m.participants[0]
    m.add_note(
        "Sagt af en, der senere blev fjernet",
        item=m.agenda[0].id,
        participant=p.id,
        created_at=1741870800.0,
    )
    m.remove_participant(p.id)
    m.set_agenda(m.agenda[1:])
    export_meeting(m, tmp_path / "m.sus.json")
    back = import_meeting(tmp_path / "m.sus.json")
    assert [n.text for n in back.notes][-1] == "Sagt af en, der senere blev fjernet"
    assert back.notes[-1].participant == p.id
