"""The built-in SUS 2025 agenda, as the municipality wrote it."""

import json

from sus_desktop.core.agenda import (
    Mode,
    builtin_agenda,
    dump_template,
    load_template,
    mismatches,
    total_minutes,
)


def test_seven_items_with_the_municipal_minutes():
    _, items = builtin_agenda()
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6, 7]
    assert [i.minutes for i in items] == [5, 5, 25, 45, 30, 9, 1]
    assert total_minutes(items) == 120
    assert [i.title for i in items] == [
        "Velkomst og præsentationsrunde",
        "Rammesætning af mødet",
        "Præsentation af data",
        "Refleksion over data",
        "Beslutning",
        "Samtale om samtalen",
        "Tak for i dag",
    ]


def test_goals_and_responsible_verbatim():
    _, items = builtin_agenda()
    assert items[0].goal == (
        "At få viden om, hvem der er til stede, og hvilke funktioner deltagerne varetager."
    )
    assert items[3].goal.startswith("Bedre forståelse af data, så vi kan udvælge")
    assert items[4].goal == "Kvalificere næste skridt"
    assert items[1].responsible == "Børn og Unge-chef"


def test_item3_and_item4_phases():
    _, items = builtin_agenda()
    i3, i4 = items[2], items[3]
    assert [(p.minutes, p.mode) for p in i3.phases] == [(10, Mode.PRESENTATION), (15, Mode.ROUND)]
    assert [(p.minutes, p.mode) for p in i4.phases] == [
        (2, Mode.REFLECTION),
        (25, Mode.SPIRAL),
        (15, Mode.DIALOGUE),
        (5, Mode.DIALOGUE),
    ]
    assert i4.phases[0].questions == [
        "Hvad hæfter du dig særligt ved i det præsenterede data?",
        "Hvad bliver du optaget af?",
    ]
    assert i4.phases[3].optional
    assert [s.title for s in i4.question_sets] == [
        "Mulige refleksionsspørgsmål til deltagelsesmuligheder for alle børn",
        "Mulige refleksionsspørgsmål til kompetenceudvikling",
    ]


def test_guiding_questions_of_the_minutes_template():
    _, items = builtin_agenda()
    assert (
        items[2].minutes_prompt
        == "Hvilke data har fået os til at rette fokus mod netop dette område?"
    )
    assert items[3].minutes_prompt == (
        "Hvilke perspektiver eller fokuspunkter trådte frem i mødets refleksion over data?"
    )
    assert items[4].minutes_prompt.startswith("Næste skridt – Hvilke konkrete aftaler")


def test_decision_and_evaluation_questions():
    _, items = builtin_agenda()
    assert len(items[4].phases[0].questions) == 7
    assert (
        items[4].phases[0].questions[-1]
        == "Hvilken tilbagemelding skal der være til Børn og Unge-chefen?"
    )
    assert items[5].phases[0].questions[:2] == [
        "Hvad fungerede godt?",
        "Hvad kan med fordel justeres?",
    ]


def test_item4_mismatch_is_reported_not_corrected():
    _, items = builtin_agenda()
    found = mismatches(items)
    assert len(found) == 1 and found[0].number == 4
    assert (found[0].item_minutes, found[0].phase_minutes) == (45, 47)
    assert "47 min." in found[0].message() and "45 min." in found[0].message()
    assert items[3].minutes == 45  # untouched


def test_template_round_trip():
    info, items = builtin_agenda()
    text = dump_template(info, items)
    info2, items2 = load_template(text)
    assert dump_template(info2, items2) == text
    assert json.loads(text)["format"] == "sus-agenda"
