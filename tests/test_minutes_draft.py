"""The minutes draft (issue 13 item 1): per section of the municipal template a text from the
live notes, grouped by theme, decisions numbered as "titel – forklaring", names off for
decisions; the first edit stores the text, a rebuild goes back to the draft."""

from __future__ import annotations

from sus_desktop.core import minutes_draft as draft
from sus_desktop.core.commands import EditMinutesSection, MoveNote, RebuildMinutesSection
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.core.mode_state import MinutesSection
from sus_desktop.core.session import Session


def meeting_with_notes(clock):
    m = new_meeting(school="Stensagerskolen", day="2025-03-13")
    m.update_info(learning_focus="Hvordan kan klyngelæringssamtalerne blive et middel?")
    anna = m.add_participant("Anna Berg", "Skoleleder")
    bo = m.add_participant("Bo Dam", "PUF-konsulent")
    m.add_note(
        "Vi har arbejdet med fællesskaber længe", item="i4", phase="i4p2", participant=anna.id
    )
    m.add_note(
        "Hvor ligger barriererne?", item="i4", phase="i4p2", participant=bo.id, theme="barrierer"
    )
    m.add_note(
        "Forældrene kan give nye perspektiver",
        item="i4",
        phase="i4p3",
        participant=anna.id,
        theme="Forældreperspektiv",
    )
    m.add_note(
        "Værktøjer rettes mod klyngen",
        item="i4",
        phase="i4p3",
        participant=anna.id,
        theme="Barrierer",
    )
    m.add_note("Individuel refleksion først", item="i4", phase="i4p1")
    m.add_note(
        "Skærpelse af mål: vi skal være tydelige på tegn på virkning",
        item="i5",
        phase="i5p1",
        participant=anna.id,
        kind=NoteKind.DECISION,
    )
    m.add_note(
        "Prøvehandlinger i hverdagen – mindre, modige skridt",
        item="i4",
        participant=bo.id,
        kind=NoteKind.DECISION,
    )  # typed in item 4: still item 5's
    m.add_note("Opfølgning; Anna; maj", item="i5", kind=NoteKind.ACTION)
    m.add_note("God stemning", item="i3", kind=NoteKind.EVALUATION, participant=bo.id)
    return Session(m, clock), anna, bo


def sec(m, key):
    s = draft.section(m, key)
    assert s is not None, key
    return s


def test_sections_follow_the_template(clock):
    s, *_ = meeting_with_notes(clock)
    secs = draft.sections(s.meeting)
    assert [x.heading for x in secs][:4] == [
        "Samtalens læringsfokus",
        "1. Velkomst og præsentationsrunde",
        "2. Rammesætning af mødet",
        "3. Præsentation af data",
    ]
    item3, item5 = sec(s.meeting, "i3"), sec(s.meeting, "i5")
    assert item3.prompt == "Hvilke data har fået os til at rette fokus mod netop dette område?"
    assert item5.prompt == (
        "Næste skridt – Hvilke konkrete aftaler er der indgået på skoleudviklingssamtalen?"
    )
    assert item5.is_decision and not item5.default_names and sec(s.meeting, "i4").default_names
    assert (
        draft.draft_text(s.meeting, sec(s.meeting, draft.FOCUS))
        == "Hvordan kan klyngelæringssamtalerne blive et middel?"
    )


def test_grouped_by_theme_with_names(clock):
    s, *_ = meeting_with_notes(clock)
    text = draft.draft_text(s.meeting, sec(s.meeting, "i4"))
    assert text == (
        "- Individuel refleksion først\n"
        "- Anna Berg (Skoleleder): Vi har arbejdet med fællesskaber længe\n\n"
        "# Barrierer\n"
        "- Bo Dam (PUF-konsulent): Hvor ligger barriererne?\n"
        "- Anna Berg (Skoleleder): Værktøjer rettes mod klyngen\n\n"
        "# Forældreperspektiv\n"
        "- Anna Berg (Skoleleder): Forældrene kan give nye perspektiver"
    )
    bare = draft.draft_text(s.meeting, sec(s.meeting, "i4"), names=False)
    assert "Anna" not in bare and "- Hvor ligger barriererne?" in bare


def test_decisions_numbered_title_explanation_no_names(clock):
    s, *_ = meeting_with_notes(clock)
    text = draft.draft_text(s.meeting, sec(s.meeting, "i5"))
    assert text == (
        "1. Skærpelse af mål – vi skal være tydelige på tegn på virkning\n"
        "2. Prøvehandlinger i hverdagen – mindre, modige skridt"
    )
    assert "Opfølgning" not in text  # actions go to the actions table
    named = draft.draft_text(s.meeting, sec(s.meeting, "i5"), names=True)
    assert named.startswith("1. Anna Berg (Skoleleder): Skærpelse af mål – vi skal")


def test_evaluation_notes_go_to_item_6(clock):
    s, *_ = meeting_with_notes(clock)
    assert "God stemning" in draft.draft_text(s.meeting, sec(s.meeting, "i6"))
    assert "God stemning" not in draft.draft_text(s.meeting, sec(s.meeting, "i3"))


def test_deleted_notes_never_appear(clock):
    s, *_ = meeting_with_notes(clock)
    note = s.meeting.notes[0]
    s.meeting.remove_note(note.id)
    assert note.text not in draft.draft_text(s.meeting, sec(s.meeting, "i4"))


def test_theme_assigned_afterwards_regroups_the_draft(clock):
    s, *_ = meeting_with_notes(clock)
    first = s.meeting.notes[0]
    s.execute(MoveNote(note_id=first.id, fields={"theme": "Forældreperspektiv"}))
    text = draft.draft_text(s.meeting, sec(s.meeting, "i4"))
    block = text.split("# Forældreperspektiv\n")[1]
    assert "Vi har arbejdet med fællesskaber længe" in block


def test_draft_follows_notes_until_the_first_edit_then_rebuild(clock):
    s, anna, _ = meeting_with_notes(clock)
    m = s.meeting
    s.execute(EditMinutesSection(key="i3", names=False))  # a setting alone: still the draft
    assert m.minutes["i3"].edited is False
    m.add_note("Segregeringsgraden er høj", item="i3", participant=anna.id)
    assert draft.effective(m, sec(m, "i3")).text == "- Segregeringsgraden er høj"
    s.execute(EditMinutesSection(key="i3", text="Data om segregering."))
    m.add_note("Trivslen falder", item="i3")
    eff = draft.effective(m, sec(m, "i3"))
    assert (eff.text, eff.edited, eff.names) == ("Data om segregering.", True, False)
    s.execute(RebuildMinutesSection(key="i3", names=True))
    eff = draft.effective(m, sec(m, "i3"))
    assert not eff.edited and "Anna Berg (Skoleleder): Segregeringsgraden" in eff.text
    assert "- Trivslen falder" in eff.text


def test_section_round_trips_with_its_edited_flag():
    s = MinutesSection("i3", "tekst", names=True, included=False, edited=False)
    assert MinutesSection.from_dict(s.to_dict()) == s
    old_file = {"key": "i3", "text": "tekst"}  # before the flag: a stored text is the user's
    assert MinutesSection.from_dict(old_file).edited is True


def test_parse_lines():
    lines = draft.parse_lines(
        "Indledning\nfortsat\n\n# Tema\n- punkt\n• andet\n1. Titel – forklaring\n2) To\n-\n\nSlut"
    )
    assert [(x.kind, x.text, x.number) for x in lines] == [
        ("para", "Indledning\nfortsat", None),
        ("heading", "Tema", None),
        ("bullet", "punkt", None),
        ("bullet", "andet", None),
        ("number", "Titel – forklaring", 1),
        ("number", "To", 2),
        ("para", "Slut", None),
    ]
