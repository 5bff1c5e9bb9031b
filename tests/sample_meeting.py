"""A realistic, fully run meeting (after Sødalskolen's minutes in seed 002) for export tests,
the visual check and the benchmark."""

from __future__ import annotations

from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import Meeting, NoteKind
from sus_desktop.core.mode_state import TalkState
from sus_desktop.core.run import Runner

PEOPLE = [
    ("Mette Sørensen", "Skoleleder"),
    ("Jonas Holm", "Ledelsesteam"),
    ("Line Kragh", "Ledelsesteam"),
    ("Rasmus Vinther", "Børn og Unge-chef"),
    ("Stefan Lund", "PUF-konsulent"),
    ("Karen Bech", "Referent"),
]
ABSENT = ("Henrik Dahl", "PPR")

# (item id, phase id, participant index or None, round, kind, text)
NOTES = [
    ("i1", "i1p1", 0, None, "note", "Velkomst. Alle præsenterede sig og deres funktion."),
    (
        "i2",
        "i2p1",
        3,
        None,
        "note",
        "Samtalen tager afsæt i omstillingsplanen og de lokale midler til deltagelsesmuligheder "
        "for alle børn. Kompetenceudvikling og investeringer skal bygge på det, vi allerede er i "
        "gang med.",
    ),
    (
        "i3",
        "i3p1",
        0,
        None,
        "note",
        "Kun 16 % af eleverne peger på skolegården som det bedste sted at være.",
    ),
    (
        "i3",
        "i3p1",
        0,
        None,
        "note",
        "Halvdelen af eleverne i udskolingen vurderer deres pauser som “middel”.",
    ),
    (
        "i3",
        "i3p1",
        0,
        None,
        "note",
        "En gruppe elever i udskolingen opholder sig hellere uden for skolens område i pauserne.",
    ),
    ("i3", "i3p2", 3, None, "note", "Opklarende: Hvordan er trivselsmålingen fordelt på årgange?"),
    (
        "i3",
        "i3p2",
        4,
        None,
        "note",
        "Elever, medarbejdere og skolebestyrelse ønsker alle at udvikle praksis omkring pauserne.",
    ),
    (
        "i4",
        "i4p1",
        None,
        None,
        "note",
        "Individuel refleksion: Hvad hæfter du dig særligt ved i data?",
    ),
    (
        "i4",
        "i4p2",
        0,
        1,
        "note",
        "Pausen er et centralt relationsrum – gode frikvarterer skaber deltagelsesmuligheder.",
    ),
    (
        "i4",
        "i4p2",
        1,
        1,
        "note",
        "Børnene efterspørger voksne, der er til stede – ikke kun som tilsyn, men som aktive "
        "understøttere af fællesskaber.",
    ),
    (
        "i4",
        "i4p2",
        2,
        1,
        "note",
        "SFO'ens pædagogiske viden kan bringes mere i spil i skoledelen, særligt i udskolingen.",
    ),
    (
        "i4",
        "i4p2",
        3,
        1,
        "note",
        "Frikvarteret er et øvelsesrum mellem den strukturerede skoleverden og den frie verden.",
    ),
    (
        "i4",
        "i4p2",
        0,
        2,
        "note",
        "Hvordan bevæger vi os fra ydre styring til at understøtte børnenes indre styring?",
    ),
    (
        "i4",
        "i4p2",
        1,
        2,
        "note",
        "De voksnes pauser falder ofte sammen med børnenes – det udfordrer vokseninvolveringen.",
    ),
    ("i4", "i4p2", 4, 2, "note", "Er der sammenhæng mellem evnen til fordybelse og evnen til leg?"),
    (
        "i4",
        "i4p3",
        2,
        None,
        "note",
        "Flere organiserede lege- og bevægelsesinitiativer, fx legepatrulje og samarbejde med "
        "Dansk Skoleidræt.",
    ),
    (
        "i4",
        "i4p3",
        0,
        None,
        "note",
        "Muligheden for en fælles legedag, hvor alle elever lærer de samme lege.",
    ),
    (
        "i4",
        "i4p3",
        3,
        None,
        "note",
        "Kompetenceudvikling i deltagelsesdidaktik, konflikthåndtering og leg som pædagogisk "
        "redskab.",
    ),
    ("i5", "i5p1", 0, None, "note", "Der er bred opbakning til indsatsområdet ”Den gode pause”."),
    (
        "i5",
        "i5p1",
        0,
        None,
        "decision",
        "Skærpelse af mål og tegn på virkning: vi skal være tydelige på, hvad vi konkret ønsker "
        "at se hos børnene.",
    ),
    (
        "i5",
        "i5p1",
        3,
        None,
        "decision",
        "Prøvehandlinger i hverdagen: mindre, modige skridt, hvor vi afprøver nye tiltag og "
        "systematisk indsamler erfaringer.",
    ),
    (
        "i5",
        "i5p1",
        None,
        None,
        "decision",
        "Organisatorisk blik på skoledagen: struktur og voksenressourcer, der understøtter "
        "trygge og meningsfulde pauser.",
    ),
    (
        "i5",
        "i5p1",
        1,
        None,
        "decision",
        "Fortsat inddragelse af børnene – udviklingen sker i dialog med dem.",
    ),
    (
        "i6",
        "i6p1",
        3,
        None,
        "evaluation",
        "Spændende og perspektivrig samtale med en god og tryg stemning.",
    ),
    (
        "i6",
        "i6p1",
        4,
        None,
        "evaluation",
        "Indsatsområdet blev holdt tydeligt i fokus; en klar rød tråd gennem drøftelserne.",
    ),
    ("i6", "i6p1", 1, None, "evaluation", "Vi nåede langt på kort tid, og mødet var velstyret."),
    ("i7", "i7p1", 0, None, "note", "Skolelederen takkede for en god samtale."),
]

ACTIONS = [
    ("Formulere mål og tegn på virkning for den gode pause", "Mette Sørensen", "1. maj 2025"),
    ("Planlægge fælles legedag med Dansk Skoleidræt", "Jonas Holm og Line Kragh", "Uge 22"),
    ("Undersøge forskudte voksenpauser i udskolingen", "Ledelsesteam", "Inden sommerferien"),
    ("Tilbagemelding til Børn og Unge-chefen på sparringsmødet", "Mette Sørensen", "Juni 2025"),
]

# Minutes actually used per step, in agenda order (some over, some under plan).
USED = {
    "i1p1": 6,
    "i2p1": 5,
    "i3p1": 12,
    "i3p2": 15,
    "i4p1": 2,
    "i4p2": 28,
    "i4p3": 12,
    "i4p4": 4,
    "i5p1": 31,
    "i6p1": 8,
    "i7p1": 1,
}


def build_sample_meeting(clock, *, run: bool = True) -> Meeting:
    m = new_meeting(school="Sødalskolen", day="2025-03-13", start_time="13:00")
    m.update_info(
        location="Personalerummet, Sødalskolen",
        learning_focus="Den gode pause – frikvarterer.\nHvordan kan frikvartererne "
        "blive en endnu stærkere del af skolens samlede lærings- og trivselsarbejde?",
    )
    people = [m.add_participant(n, r) for n, r in PEOPLE]
    m.add_participant(*ABSENT, present=False)
    if run:
        runner = Runner(m, clock)
        runner.start()
        steps = runner.steps()
        for step in steps:
            clock.advance(USED[step.phase.id] * 60)
            runner.next()
    for item, phase, who, rnd, kind, text in NOTES:
        m.add_note(
            text,
            item=item,
            phase=phase,
            participant=people[who].id if who is not None else None,
            round=rnd,
            kind=NoteKind(kind),
            created_at=clock.now(),
        )
    for what, who, due in ACTIONS:
        m.add_action(what, who, due, item="i5")
    m.set_talk(
        TalkState(
            {
                people[0].id: 1834,
                people[1].id: 602,
                people[2].id: 545,
                people[3].id: 1210,
                people[4].id: 1480,
            }
        )
    )
    return m
