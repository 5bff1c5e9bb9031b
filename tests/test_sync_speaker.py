"""A referent's notes typed while the link was down, after the facilitator had moved on to
the next speaker (issue 15): two replicas in one process (no network), the link cut and
restored by hand. The facilitator's laptop flags the notes; the referent's notes panel asks;
the answer moves the stored note."""

from __future__ import annotations

import pytest

pytest.importorskip("pycrdt")

from pycrdt import create_update_message

from sus_desktop.core.agenda import Mode
from sus_desktop.core.clock import FakeClock
from sus_desktop.core.commands import (
    FACILITATOR,
    REFERENT,
    SPEAKER_CHECK,
    Author,
    JumpTo,
    SpiralNextTurn,
    StartClock,
)
from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.store import Store

HOST_T = 1_741_870_800.0
SKEW = 30.0  # the referent's clock is 30 s behind the facilitator's


class Link:
    """Two replicas joined as run_sync joins them: step 1 both ways, then every update."""

    def __init__(self, a, b) -> None:
        self.up = False
        self.ends = {id(a): b, id(b): a}
        for r in (a, b):
            r.listeners.append(self._sender(r))

    def _sender(self, r):
        def send(update: bytes, source) -> None:
            if self.up and source is not self:
                self.ends[id(r)].receive(create_update_message(update), source=self)

        return send

    def connect(self, a, b) -> None:
        self.up = True
        for x, y in ((a, b), (b, a)):
            reply = y.receive(x.sync_step1(), source=self)
            if reply is not None:
                x.receive(reply, source=self)


@pytest.fixture
def pair(qapp, tmp_path):
    from sus_desktop.sync.docmap import meeting_from_doc
    from sus_desktop.sync.replica import Replica
    from sus_desktop.sync.updatelog import UpdateLog
    from sus_desktop.ui.session import MeetingSession

    m = new_meeting("Sødalskolen", "2025-03-13", "13:00")
    for name in ("Anna", "Bo", "Cecilie"):
        m.add_participant(name, "Lærer")
    host_store, ref_store = Store(tmp_path / "host.sqlite3"), Store(tmp_path / "ref.sqlite3")
    host_store.save_meeting(m)
    host_clock, ref_clock = FakeClock(HOST_T), FakeClock(HOST_T - SKEW)
    host = MeetingSession(m, host_clock, host_store, author=Author("pc-host", FACILITATOR))
    a = Replica(m, UpdateLog(tmp_path / "host-sync.sqlite3"), host.core)
    rm = meeting_from_doc(a.doc)
    ref_store.save_meeting(rm)
    ref = MeetingSession(rm, ref_clock, ref_store, author=Author("pc-ref", REFERENT))
    b = Replica(rm, UpdateLog(tmp_path / "ref-sync.sqlite3"), ref.core, initial=a.doc.get_update())
    link = Link(a, b)
    link.connect(a, b)
    b.offset = SKEW  # as the join handshake measured it
    yield host, ref, a, b, link, host_clock, ref_clock, host_store, ref_store
    for r in (a, b):
        r.close()
    host.close()
    ref.close()
    host_store.close()
    ref_store.close()


def _pid(m, name):
    return next(p.id for p in m.participants if p.name == name)


def test_notes_typed_after_the_turn_moved_on_are_flagged_and_confirmed(qtbot, pair):
    from sus_desktop.ui.sync.speaker_prompt import SpeakerPrompt

    host, ref, a, b, link, host_clock, ref_clock, host_store, ref_store = pair
    hm, rm = host.meeting, ref.meeting
    item = next(i for i in hm.agenda if i.number == 4)
    phase = next(p for p in item.phases if p.mode == Mode.SPIRAL)
    host.execute(JumpTo(item_id=item.id, phase_id=phase.id))
    host.execute(StartClock())
    host.execute(SpiralNextTurn(phase_id=phase.id))  # Anna (first in order) speaks
    anna, bo = _pid(hm, "Anna"), _pid(hm, "Bo")
    assert rm.spirals[phase.id].current == anna  # mirrored on the referent's laptop

    def typed(text: str):
        return ref.execute(ref.capture.compose(text))

    host_clock.advance(20)
    ref_clock.advance(20)
    in_turn = typed("Anna: trivsel i udskolingen")  # while Anna speaks: stays hers

    link.up = False  # the Wi-Fi drops
    host_clock.advance(40)
    ref_clock.advance(40)
    host.execute(SpiralNextTurn(phase_id=phase.id))  # the facilitator moves on to Bo
    assert hm.spirals[phase.id].current == bo
    late = []
    for text in ("Bo: læsebånd virker", "Bo: flere voksne", "Bo: mere ro"):
        host_clock.advance(10)
        ref_clock.advance(10)
        late.append(typed(text))
    assert all(n.participant == anna and n.round == 1 for n in late)  # as the referent saw it
    on_purpose = typed("@Cecilie har en pointe om skemaet")  # named: never flagged

    link.connect(a, b)  # the link is back
    flagged = {k[len(SPEAKER_CHECK) :] for k in hm.extra if k.startswith(SPEAKER_CHECK)}
    assert flagged == {n.id for n in late}
    assert in_turn.id not in flagged and on_purpose.id not in flagged
    assert {k for k in rm.extra if k.startswith(SPEAKER_CHECK)} == {
        SPEAKER_CHECK + n.id for n in late
    }

    # The referent's notes panel asks, one note at a time, without a dialog.
    prompt = SpeakerPrompt(ref, "pc-ref")
    qtbot.addWidget(prompt)
    prompt.show()
    text = prompt.label.text()
    assert "blev skrevet, da Bo havde ordet, men står under Anna – ret til Bo?" in text
    assert "læsebånd" in text and "(1 af 3)" in text
    assert prompt.accept_button.text() == "Ret til Bo"
    assert SpeakerPrompt(host, "pc-host").isHidden()  # the facilitator's laptop is not asked

    prompt.accept_button.click()  # the first: moved to Bo
    assert "flere voksne" in prompt.label.text() and "(1 af 2)" in prompt.label.text()
    prompt.keep_button.click()  # the second: kept under Anna
    assert "mere ro" in prompt.label.text() and "(1 af" not in prompt.label.text()

    for store, meeting in ((ref_store, rm), (host_store, hm)):
        stored = {n.id: n for n in store.load_meeting(meeting.id).notes}
        assert (stored[late[0].id].participant, stored[late[0].id].round) == (bo, 1)
        assert stored[late[1].id].participant == anna
        assert stored[late[2].id].participant == anna
        assert stored[in_turn.id].participant == anna
    # The answers do not flag again when the notes travel once more.
    link.connect(a, b)
    assert prompt.isVisible() and "mere ro" in prompt.label.text()
    assert hm.extra[SPEAKER_CHECK + late[0].id]["state"] == "accepted"
    assert hm.extra[SPEAKER_CHECK + late[1].id]["state"] == "kept"
