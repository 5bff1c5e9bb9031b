"""The shared meeting of the window-level sync tests (test_sync_window, test_sync_rejoin): a
meeting file, and a real host process (sus_desktop.sync.peer) sharing it on 127.0.0.1."""

from __future__ import annotations

import pytest


@pytest.fixture
def meeting_file(tmp_path):
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.meetingfile import export_meeting

    m = new_meeting("Sødalskolen")
    m.add_participant("Mette Sørensen", "Skoleleder")
    m.add_note("Velkomst", item="i1", created_at=1_700_000_000)
    return export_meeting(m, tmp_path / "møde.sus.json"), m


@pytest.fixture
def host(tmp_path, meeting_file):
    from test_sync_network import CODE, Proc  # skips where the sync engine is not installed

    p = Proc(["host", str(meeting_file[0]), CODE, "0"], tmp_path / "host")
    p.port = p.wait(lambda e: e.get("event") == "listening")["port"]
    yield p
    p.stop()
