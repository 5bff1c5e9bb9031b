from sus_desktop.core.meeting import Meeting
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict
from sus_desktop.core.talktime import TalkTime


def test_segments_add_up_and_survive_restart(clock):
    m = Meeting()
    a, b = m.add_participant("Anna"), m.add_participant("Bo")
    tt = TalkTime(m)
    tt.speaking(a.id, clock.now())
    clock.advance(40)
    tt.speaking(b.id, clock.now())
    clock.advance(15)
    tt.speaking(b.id, clock.now())  # same speaker: no new segment
    clock.advance(5)
    assert tt.totals(clock.now()) == {a.id: 40, b.id: 20}
    m2 = meeting_from_dict(meeting_to_dict(m))
    clock.advance(10)  # the app was closed; Bo kept talking
    tt2 = TalkTime(m2)
    assert tt2.current() == b.id
    tt2.speaking(None, clock.now())
    clock.advance(100)
    assert tt2.totals(clock.now()) == {a.id: 40, b.id: 30}
    assert m2.talk.totals == {a.id: 40, b.id: 30}
    assert tt2.shares(clock.now())[a.id] == 40 / 70
