"""The check before export, the actions parse and a decision section that never contradicts
itself (issue 13, items 2–4)."""

from __future__ import annotations

import docx

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.export.checks import (
    CPR,
    DECISIONS,
    EMAIL,
    NAME,
    PHONE,
    check_before_export,
)
from sus_desktop.export.minutes_docx import write_minutes_docx
from sus_desktop.export.minutes_model import NO_DECISIONS, build_minutes


def meeting():
    m = new_meeting(school="Sødalskolen", day="2025-03-13")
    m.add_participant("Søren Lund", "PUF-konsulent")
    return m


def texts(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


# --- personal data in the public text ----------------------------------------------------


def test_lists_what_looks_like_a_person_or_personal_data_with_context(clock):
    m = meeting()
    m.add_note("Vi talte med Peter om pauserne, og Søren var enig.", item="i4", phase="i4p2")
    m.add_note(
        "Ring til kontoret på 12 34 56 78 eller skriv til info@sodal.dk.", item="i4", phase="i4p2"
    )
    m.add_note("Et barn med CPR 010203-1234 nævnt ved en fejl.", item="i3", phase="i3p1")
    m.add_note("Eleverne og SFO'en peger på Den gode pause.", item="i3", phase="i3p1")
    findings = check_before_export(m)
    got = {(f.kind, f.text) for f in findings}
    # The e-mail address itself is already gone from the public text.
    assert got == {(NAME, "Peter"), (PHONE, "12 34 56 78"), (CPR, "010203-1234")}
    peter = next(f for f in findings if f.text == "Peter")
    assert peter.context == "Vi talte med Peter om pauserne, og PUF-konsulent var enig."
    assert peter.where == "4. Refleksion over data"
    assert "Ligner et navn «Peter»" in peter.message
    assert next(f for f in findings if f.kind == CPR).message.startswith(
        "3. Præsentation af data: Ligner et CPR-nummer «010203-1234»"
    )


def test_kept_words_are_not_listed_again_and_the_meetings_own_words_never(clock):
    m = meeting()
    m.add_note(
        "Samarbejde med Dansk Skoleidræt om Den gode pause på Sødalskolen.", item="i4", phase="i4p2"
    )
    m.add_note(
        "Tilbagemelding til Børn og Unge-chefen og PUF-konsulentens team.", item="i4", phase="i4p2"
    )
    assert {f.text for f in check_before_export(m)} == {"Dansk", "Skoleidræt"}
    assert check_before_export(m, keep=["Dansk", "Skoleidræt"]) == []


def test_a_finding_replaced_is_gone_from_the_check_and_the_export(clock, tmp_path):
    m = meeting()
    m.add_note(
        "Vi talte med Peter Hansen om pauserne. Peters idé var god.", item="i4", phase="i4p2"
    )
    assert [f.text for f in check_before_export(m)] == ["Peter", "Hansen"]  # not "Peters" first
    replace = {"Peter Hansen": "en lærer", "Peter": "læreren"}
    assert check_before_export(m, replace=replace) == []
    t = texts(
        write_minutes_docx(m, tmp_path / "o.docx", public=True, replace=replace, now=clock.now())
    )
    assert "Vi talte med en lærer om pauserne. Lærerens idé var god." in t
    # The internal version is never changed by the check.
    t = texts(write_minutes_docx(m, tmp_path / "i.docx", replace=replace, now=clock.now()))
    assert "Vi talte med Peter Hansen om pauserne. Peters idé var god." in t


def test_names_shown_on_purpose_are_not_findings(clock):
    m = meeting()
    m.add_note("Søren Lund viste data.", item="i3", phase="i3p1")
    m.add_note("Enig, sagde Søren Lund.", item="i3", phase="i3p1")
    assert check_before_export(m, names=True) == []


def test_an_e_mail_in_the_public_text_when_names_are_on(clock):
    m = meeting()
    m.add_note("Spørgsmål til soren@sodal.dk.", item="i3", phase="i3p1")
    assert [f.kind for f in check_before_export(m, names=True)] == [EMAIL]
    assert [f.kind for f in check_before_export(m)] == []  # replaced by the role


# --- decisions ----------------------------------------------------------------------------


def test_decision_item_with_notes_but_no_decisions_asks(clock, tmp_path):
    m = meeting()
    m.add_note("Vi vil skærpe mål og tegn på virkning.", item="i5", phase="i5p1")
    first = check_before_export(m)[0]
    assert first.kind == DECISIONS
    assert first.message == "Punkt 5 har noter, men ingen beslutninger – markér dem?"
    assert check_before_export(m, public=False)[0].message == first.message
    # The page never says there were no decisions under notes that read like them.
    for public in (False, True):
        t = texts(
            write_minutes_docx(m, tmp_path / f"r{public}.docx", public=public, now=clock.now())
        )
        assert NO_DECISIONS not in t
        assert "Vi vil skærpe mål og tegn på virkning." in t
    m.add_note("Skærpede mål.", item="i5", phase="i5p1", kind=NoteKind.DECISION)
    assert not [f for f in check_before_export(m) if f.kind == DECISIONS]


def test_no_question_and_the_plain_line_when_item_5_is_empty(clock, tmp_path):
    m = meeting()
    assert check_before_export(m) == []
    t = texts(write_minutes_docx(m, tmp_path / "r.docx", now=clock.now()))
    assert NO_DECISIONS in t


# --- actions --------------------------------------------------------------------------------


def test_an_action_note_becomes_what_who_when(clock, tmp_path):
    m = meeting()
    m.add_note(
        "Plan for legepatrulje; Søren Lund; 1. maj", item="i5", phase="i5p1", kind=NoteKind.ACTION
    )
    decision = next(s for s in build_minutes(m, now=clock.now()).sections if s.is_decision)
    assert [(a.what, a.who, a.due) for a in decision.actions] == [
        ("Plan for legepatrulje", "Søren Lund", "1. maj")
    ]
    path = write_minutes_docx(m, tmp_path / "o.docx", public=True, now=clock.now())
    rows = [[c.text for c in r.cells] for r in docx.Document(str(path)).tables[0].rows]
    assert rows == [
        ["Hvad", "Hvem", "Hvornår"],
        ["Plan for legepatrulje", "PUF-konsulent", "1. maj"],
    ]


def test_an_action_note_and_the_action_made_from_it_appear_once(clock):
    m = meeting()
    note = m.add_note(
        "Plan for legepatrulje; Søren Lund; 1. maj", item="i5", phase="i5p1", kind=NoteKind.ACTION
    )
    m.add_note(
        "Tal med eleverne ;  søren lund ; Uge 22", item="i5", phase="i5p1", kind=NoteKind.ACTION
    )
    m.add_action("Plan for legepatrulje", "Søren Lund", "1. maj", item="i5")  # same what/who/due
    m.add_action("Tal med eleverne", "Søren  Lund", "uge 22", item="i5")  # spacing, case
    m.add_note("Noget helt tredje; ; ", item="i5", phase="i5p1", kind=NoteKind.ACTION)
    decision = next(s for s in build_minutes(m, now=clock.now()).sections if s.is_decision)
    assert [(a.what, a.who, a.due) for a in decision.actions] == [
        ("Plan for legepatrulje", "Søren Lund", "1. maj"),
        ("Tal med eleverne", "Søren Lund", "uge 22"),
        ("Noget helt tredje", "", ""),
    ]
    # An action made from the note and edited afterwards still stands for that note.
    m.actions[0].source = note.id
    m.actions[0].due = "2. maj"
    decision = next(s for s in build_minutes(m, now=clock.now()).sections if s.is_decision)
    assert [a.due for a in decision.actions] == ["2. maj", "uge 22", ""]
