"""Note capture: attribution (item, phase, participant, round), search, move, undo."""

from sus_desktop.core.agenda import Mode
from sus_desktop.core.capture import NoteCapture, parse_action, split_mention, split_theme
from sus_desktop.core.commands import ActionsFromNotes, DeleteNote, MoveNote, UndoDeleteNote
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.meeting import NoteKind
from sus_desktop.core.run import Runner
from sus_desktop.core.session import Session
from sus_desktop.core.spiral import SpiralRound


def setup(clock):
    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    for n, role in [
        ("Anna Berg", "Skoleleder"),
        ("Bo", "PUF-konsulent"),
        ("Anders", "MED"),
        ("Søren", "Elevråd"),
    ]:
        m.add_participant(n, role)
    r = Runner(m, clock)
    r.start()
    return m, r


def pid(m, name):
    return next(p.id for p in m.participants if p.name == name)


def goto_spiral(m, r):
    item = next(i for i in m.agenda if i.number == 4)
    phase = next(p for p in item.phases if p.mode == Mode.SPIRAL)
    r.jump(item.id, phase.id)
    return item, phase


def test_item_and_phase_from_runner(clock):
    m, r = setup(clock)
    cap = NoteCapture(m, r, clock)
    n = cap.submit("Velkommen til alle")
    step = r.current_step()
    assert (n.item, n.phase, n.participant, n.round) == (step.item.id, step.phase.id, None, None)
    assert n.created_at == clock.now()


def test_empty_text_is_not_saved(clock):
    m, r = setup(clock)
    cap = NoteCapture(m, r, clock)
    assert cap.submit("") is None and cap.submit("  \n\t ") is None and cap.submit("@Bo   ") is None
    assert m.notes == []


def test_spiral_speaker_and_round(clock):
    m, r = setup(clock)
    item, phase = goto_spiral(m, r)
    sp = SpiralRound(m, clock, r)
    cap = NoteCapture(m, r, clock, sp)
    sp.start_turn()
    n1 = cap.submit("Pauserne er for korte")
    sp.next_turn()
    n2 = cap.submit("Skolegården")
    assert (n1.participant, n1.round, n1.phase) == (pid(m, "Anna Berg"), 1, phase.id)
    assert (n2.participant, n2.round) == (pid(m, "Bo"), 1)
    while sp.next_turn():
        pass
    n3 = cap.submit("Opsamling")  # between rounds: the round stays, nobody speaks
    assert (n3.participant, n3.round) == (None, 1)
    sp.new_round()  # the new round's first turn starts with "Næste taler"
    sp.next_turn()
    n4 = cap.submit("Runde to")
    assert (n4.participant, n4.round) == (pid(m, "Bo"), 2)


def test_mention_overrides_and_is_removed(clock):
    m, r = setup(clock)
    goto_spiral(m, r)
    sp = SpiralRound(m, clock, r)
    cap = NoteCapture(m, r, clock, sp)
    sp.start_turn()
    n = cap.submit("@sø: supplerer med elevrådets syn")
    assert n.participant == pid(m, "Søren") and n.text == "supplerer med elevrådets syn"
    assert n.round == 1
    n = cap.submit("@Anna Berg vil undersøge det")
    assert n.participant == pid(m, "Anna Berg") and n.text == "vil undersøge det"
    n = cap.submit("@An er tvetydig")  # Anna and Anders: not unique, kept as text
    assert n.participant == pid(m, "Anna Berg")  # the spiral speaker
    assert n.text == "@An er tvetydig"


def test_split_mention_unknown_name_keeps_text():
    assert split_mention("@Zorro hej", []) == (None, "@Zorro hej")
    assert split_mention("hej @Bo", []) == (None, "hej @Bo")


def test_pick_is_sticky_within_the_phase(clock):
    m, r = setup(clock)
    cap = NoteCapture(m, r, clock)
    assert cap.pick_by_index(2) == pid(m, "Bo")
    a = cap.submit("første")
    b = cap.submit("anden")
    assert a.participant == b.participant == pid(m, "Bo")
    assert cap.pick_by_index(9) == pid(m, "Bo")  # out of range: unchanged
    r.next()
    c = cap.submit("nyt punkt")
    assert c.participant is None and cap.picked() is None
    cap.pick(pid(m, "Anders"))
    cap.pick(None)
    assert cap.submit("ingen").participant is None


def test_pick_by_index_counts_present_only(clock):
    m, r = setup(clock)
    m.update_participant(pid(m, "Bo"), present=False)
    cap = NoteCapture(m, r, clock)
    assert cap.pick_by_index(2) == pid(m, "Anders")


def test_search_filters_move_and_undo(clock):
    m, r = setup(clock)
    cap = NoteCapture(m, r, clock)
    a = cap.submit("Trivsel i SFO")
    b = cap.submit("Pausernes længde")
    c = cap.submit("@Bo Søde pauser")
    assert [n.id for n in cap.notes(query="PAUSER")] == [b.id, c.id]
    assert [n.id for n in cap.notes(query="sø")] == [c.id]  # diacritics as typed
    assert cap.notes(query="so") == []
    assert [n.id for n in cap.notes(participant=pid(m, "Bo"))] == [c.id]
    item5 = next(i for i in m.agenda if i.number == 5)
    s = Session(m, clock)  # moving and deleting are commands
    s.execute(MoveNote(note_id=a.id, fields={"item": item5.id, "participant": pid(m, "Anders")}))
    assert m.note(a.id).item == item5.id and m.note(a.id).phase is None
    assert m.note(a.id).participant == pid(m, "Anders")
    assert [n.id for n in cap.notes(item=item5.id)] == [a.id]
    s.execute(DeleteNote(note_id=b.id))
    s.execute(DeleteNote(note_id=a.id))
    assert [n.id for n in m.notes] == [c.id]
    s.execute(UndoDeleteNote())
    assert [n.id for n in m.notes] == [a.id, c.id]
    s.execute(UndoDeleteNote())
    assert [n.id for n in m.notes] == [a.id, b.id, c.id]
    assert not s.deleted_notes and s.execute(UndoDeleteNote()) is None


def test_action_notes_become_actions(clock):
    m, r = setup(clock)
    cap = NoteCapture(m, r, clock)
    assert parse_action("Lave pauseplan; Anna; uge 12") == ("Lave pauseplan", "Anna", "uge 12")
    assert parse_action("Bare tekst") == ("Bare tekst", "", "")
    cap.submit("Lave pauseplan; Anna; uge 12", kind=NoteKind.ACTION)
    cap.submit("Noget andet")
    s = Session(m, clock)
    assert s.execute(ActionsFromNotes()) == 1
    assert [(a.what, a.who, a.due) for a in m.actions] == [("Lave pauseplan", "Anna", "uge 12")]
    assert s.execute(ActionsFromNotes()) == 0  # not twice
    # Typed through the command, an action note is parsed at once, and only once.
    s.execute(s.capture.compose("Ring til PPR; Bo; fredag", NoteKind.ACTION))
    assert s.execute(ActionsFromNotes()) == 0
    assert [(a.what, a.who, a.due) for a in m.actions][-1] == ("Ring til PPR", "Bo", "fredag")
    assert len(m.actions) == 2


def test_a_hash_theme_names_the_notes_theme(clock):
    assert split_theme("Pauser #trivsel er vigtige") == ("Pauser trivsel er vigtige", "Trivsel")
    assert split_theme("Ingen tema, #1 og C#") == ("Ingen tema, #1 og C#", "")
    m, r = setup(clock)
    n = NoteCapture(m, r, clock).submit("@Bo #Barrierer Eleverne savner voksne i pausen")
    assert (n.theme, n.text) == ("Barrierer", "Eleverne savner voksne i pausen")
    assert split_theme("For få voksne i gården #Barrierer") == (
        "For få voksne i gården",
        "Barrierer",
    )
