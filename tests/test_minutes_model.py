"""The minutes model: what goes where, without Word in the way."""

from __future__ import annotations

from sample_meeting import PEOPLE, build_sample_meeting

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.export.formatting import (
    danish_date,
    danish_time,
    duration_min,
    duration_mmss,
    minutes_number,
    time_range,
)
from sus_desktop.export.minutes_model import NO_DECISIONS, build_minutes, roles_summary


def _section(minutes, heading):
    return next(s for s in minutes.sections if s.heading == heading)


# --- formatting ------------------------------------------------------------------------


def test_danish_dates_and_times_do_not_depend_on_locale():
    assert danish_date("2025-03-13") == "13. marts 2025"
    assert danish_date("2025-05-01", weekday=True) == "torsdag den 1. maj 2025"
    assert danish_date("foråret 2025") == "foråret 2025"
    assert danish_time("13:05") == "13.05"
    assert danish_time("9:00") == "09.00"
    assert time_range(13 * 60, 5) == "13.00–13.05"
    assert time_range(23 * 60 + 50, 20) == "23.50–00.10"
    assert minutes_number(2.5) == "2,5" and minutes_number(25) == "25"
    assert duration_min(0) == "0" and duration_min(20) == "<1" and duration_min(1612) == "27"
    assert duration_mmss(754) == "12:34" and duration_mmss(3754) == "1:02:34"


# --- structure -------------------------------------------------------------------------


def test_sections_follow_the_agenda_and_the_template(clock):
    m = build_minutes(build_sample_meeting(clock), now=clock.now())
    assert m.date_text == "13. marts 2025"
    assert m.time_text == "13.00–15.00"
    assert [s.heading for s in m.sections] == [
        "1. Velkomst og præsentationsrunde",
        "2. Rammesætning af mødet",
        "3. Præsentation af data",
        "4. Refleksion over data",
        "5. Beslutning",
        "6. Samtale om samtalen",
        "7. Tak for i dag",
    ]
    data = _section(m, "3. Præsentation af data")
    assert data.prompt == "Hvilke data har fået os til at rette fokus mod netop dette område?"
    assert data.show_phase_titles
    assert [g.title for g in data.groups] == [
        "Skoleleder fremlægger data",
        "Drøftelse blandt øvrige mødedeltagere – runde blandt alle",
    ]
    assert data.groups[0].entries[0].text.startswith("Kun 16 %")
    # One phase with notes: no phase sub-heading.
    assert not _section(m, "1. Velkomst og præsentationsrunde").show_phase_titles


def test_spiral_notes_are_grouped_by_round(clock):
    m = build_minutes(build_sample_meeting(clock), now=clock.now())
    reflection = _section(m, "4. Refleksion over data")
    spiral = next(g for g in reflection.groups if "spiralsamtale" in g.title)
    assert spiral.by_round
    assert [r.title for r in spiral.rounds] == ["Runde 1", "Runde 2"]
    assert [len(r.entries) for r in spiral.rounds] == [4, 3]
    assert spiral.rounds[0].entries[0].speaker == "Mette Sørensen (Skoleleder)"


def test_decisions_actions_and_evaluation(clock):
    meeting = build_sample_meeting(clock)
    # A decision typed under item 4 and an evaluation typed under item 3 still land right.
    meeting.add_note("Beslutning fra punkt 4", item="i4", phase="i4p3", kind=NoteKind.DECISION)
    meeting.add_note("Godt med data", item="i3", kind=NoteKind.EVALUATION)
    m = build_minutes(meeting, now=clock.now())
    decision = _section(m, "5. Beslutning")
    assert decision.is_decision
    assert len(decision.decisions) == 5
    assert decision.decisions[-1].text == "Beslutning fra punkt 4"
    assert [a.who for a in decision.actions][:2] == ["Mette Sørensen", "Jonas Holm og Line Kragh"]
    assert decision.actions[0].due == "1. maj 2025"
    evaluation = _section(m, "6. Samtale om samtalen")
    assert "Godt med data" in [e.text for e in evaluation.groups[0].entries]
    assert all(
        e.text != "Godt med data"
        for g in _section(m, "3. Præsentation af data").groups
        for e in g.entries
    )


def test_empty_items_are_left_out_but_the_decision_section_stays(clock):
    meeting = new_meeting(school="Testskolen", day="2025-03-13")
    meeting.add_note("Kun en note", item="i3", phase="i3p1")
    m = build_minutes(meeting, now=clock.now())
    assert [s.heading for s in m.sections] == ["3. Præsentation af data", "5. Beslutning"]
    assert not m.sections[1].decisions and not m.sections[1].actions
    assert NO_DECISIONS  # rendered by the writer when decisions are empty


def test_time_table_planned_vs_actual(clock):
    m = build_minutes(build_sample_meeting(clock), now=clock.now())
    rows = {r.label: (r.planned, r.actual) for r in m.timing}
    assert rows["1. Velkomst og præsentationsrunde"] == ("5", "6")
    assert rows["4. Refleksion over data"] == ("45", "46")
    assert rows["5. Beslutning"] == ("30", "31")
    assert (m.timing_total.planned, m.timing_total.actual) == ("120", "124")
    assert m.run_text.startswith("Mødet begyndte kl. ") and "sluttede" in m.run_text


def test_items_never_run_show_a_dash(clock):
    meeting = build_sample_meeting(clock, run=False)
    m = build_minutes(meeting, now=clock.now())
    assert {r.actual for r in m.timing} == {"–"}
    assert m.timing_total.actual == "–" and m.run_text == ""


def test_talk_time_internal_only(clock):
    meeting = build_sample_meeting(clock)
    internal = build_minutes(meeting, now=clock.now())
    assert internal.talk_time[0].label == "Mette Sørensen (Skoleleder)"
    assert internal.talk_time[0].time == "30:34"
    assert build_minutes(meeting, public=True, now=clock.now()).talk_time == []


# --- public version ---------------------------------------------------------------------


def test_public_version_has_no_names(clock):
    meeting = build_sample_meeting(clock)
    meeting.add_note("Mette Sørensen og rasmus vinther følger op.", item="i5", phase="i5p1")
    m = build_minutes(meeting, public=True, now=clock.now())
    assert m.participants == [] and m.absent == []
    assert m.roles_line == (
        "Skoleleder, 2 × Ledelsesteam, Børn og Unge-chef, PUF-konsulent, Referent"
    )
    everything = repr(m)
    for name, _ in PEOPLE:
        assert name not in everything
        assert name.lower() not in everything.lower()
    decision = _section(m, "5. Beslutning")
    assert decision.actions[0].who == "Skoleleder"
    assert decision.actions[1].who == "Ledelsesteam"  # two of them: the role once
    assert all(e.speaker == "" for s in m.sections for g in s.groups for e in g.entries)
    assert "Skoleleder og Børn og Unge-chef følger op." in [
        e.text for g in decision.groups for e in g.entries
    ]


def test_public_with_names_lists_people_but_attributes_nothing(clock):
    m = build_minutes(build_sample_meeting(clock), public=True, names=True, now=clock.now())
    assert "Mette Sørensen (Skoleleder)" in m.participants
    assert all(e.speaker == "" for s in m.sections for g in s.groups for e in g.entries)
    assert _section(m, "5. Beslutning").actions[0].who == "Mette Sørensen"


def test_roles_summary_counts_and_keeps_order():
    from sus_desktop.core.meeting import Participant

    ps = [
        Participant("A", "Skoleleder"),
        Participant("B", "Ledelsesteam"),
        Participant("C", "Ledelsesteam"),
        Participant("D", ""),
    ]
    assert roles_summary(ps) == "Skoleleder, 2 × Ledelsesteam, Deltager"


def test_empty_meeting_has_only_the_decision_section(clock):
    m = build_minutes(new_meeting(), now=clock.now())
    assert [s.heading for s in m.sections] == ["5. Beslutning"]
    assert m.participants == [] and m.talk_time == []
