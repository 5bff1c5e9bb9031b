"""Whatever the schema accepts, the window opens: junk in the mode sections is reported and
kept, odd dates and times do not crash the clock (issue 12, item 6)."""

from __future__ import annotations

import json

import pytest

from sus_desktop.core.commands import NextPhase, StartClock
from sus_desktop.storage.meetingfile import dumps_meeting, import_meeting
from tests.sample_meeting import build_sample_meeting

JUNK = {
    "spiral-not-object": ("extra", "spiral", [1, 2]),
    "spiral-order-text": ("extra", "spiral", {"p": {"order": "abc"}}),
    "spiral-round-text": ("extra", "spiral", {"p": {"round": "to", "queue": [None]}}),
    "spiral-log-junk": ("extra", "spiral", {"p": {"log": [{"participant": 1}]}}),
    "talk-text": ("extra", "talk_time", {"u1": "lang"}),
    "talk-list": ("extra", "talk_time", [3]),
    "talk-open-junk": ("extra", "talk_time_open", {"participant": "u1", "since": "igår"}),
    "follow-up-numbers": ("extra", "follow_up", [1, 2]),
    "follow-up-status": ("extra", "follow_up", [{"id": "f", "text": "x", "status": "?"}]),
    "follow-up-dict": ("extra", "follow_up", {"id": "f"}),
    "v2-spiral-junk": (None, "spiral", {"p": 5}),
    "v2-talk-junk": (None, "talk_time", {"totals": {"u": None}}),
}


def crafted(tmp_path, clock, where, key, value, version=None):
    data = json.loads(dumps_meeting(build_sample_meeting(clock)))
    if where == "extra":
        data["version"] = 1  # version 1 kept mode state in `extra`
        for k in ("spiral", "talk_time", "follow_up", "minutes"):
            data.pop(k, None)
        data["extra"][key] = value
    else:
        data[key] = value
    path = tmp_path / "crafted.sus.json"
    path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(JUNK))
def test_junk_in_a_mode_section_is_reported_kept_and_the_window_opens(
    name, running, clock, tmp_path, dialogs, qtbot
):
    where, key, value = JUNK[name]
    path = crafted(tmp_path, clock, where, key, value)
    m = import_meeting(path)
    assert m.problems, name
    assert key in m.extra  # kept as it came, never dropped
    opened = running.import_file(path)
    assert opened is not None and running.current.session.meeting is opened
    s = running.current.session
    s.execute(StartClock())
    for _ in range(3):
        s.execute(NextPhase())
        clock.advance(30)
        s.tick.emit()
    running._show_tab(0)
    running._show_tab(1)
    qtbot.waitUntil(lambda: any("kunne ikke" in t for _, t in dialogs.infos))


@pytest.mark.parametrize(
    "date, start",
    [("0001-01-01", "00:00"), ("9999-12-31", "23:59"), ("", "13.00"), ("1970-01-01", "00:00")],
)
def test_extreme_dates_and_times_open_and_run(date, start, running, clock, tmp_path):
    data = json.loads(dumps_meeting(build_sample_meeting(clock, run=False)))
    data["meeting"]["date"], data["meeting"]["start_time"] = date, start
    path = tmp_path / "dato.sus.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert running.import_file(path) is not None
    s = running.current.session
    s.execute(StartClock())
    clock.advance(61)
    s.tick.emit()
    running._show_tab(0)
    assert running.current.run.display.countdown
