"""Quitting while the store cannot save: retry, then ask; save elsewhere, or an emergency
copy in the temp folder, never a silent loss."""

from __future__ import annotations

import json

import pytest
from test_ui_support import FakeDialogs

from sus_desktop.core.factory import new_meeting
from sus_desktop.storage.meetingfile import import_meeting
from sus_desktop.ui.common.quit_guard import CANCEL, QUIT, SAVE, QuitGuard

T0 = 1_741_870_800.0  # 13 March 2025 13:00 CET


class Dialogs(FakeDialogs):
    """Answers the quit question from a list, in order, and keeps what the user was told."""

    def __init__(self, choices=()) -> None:
        super().__init__()
        self.choices = list(choices)
        self.questions: list[tuple[str, str, bool]] = []
        self.infos: list[tuple[str, str]] = []
        self.save_paths: list = []
        self.suggested: list[str] = []

    def ask_unsaved_quit(self, title, text, can_save):
        self.questions.append((title, text, can_save))
        return self.choices.pop(0) if self.choices else CANCEL

    def save_meeting_path(self, suggested):
        self.suggested.append(suggested)
        return self.save_paths.pop(0) if self.save_paths else None

    def info(self, title, text):
        self.infos.append((title, text))


class SickStore:
    """A store whose disk refuses: `retry()` fails until `fixed`."""

    def __init__(self) -> None:
        self.healthy, self.pending, self.fixed, self.retries = False, 3, False, 0
        self.problem = "Kan ikke gemme i datamappen /x (disken er fuld)."

    def retry(self) -> bool:
        self.retries += 1
        if self.fixed:
            self.healthy, self.pending, self.problem = True, 0, None
        return self.fixed


def meeting():
    m = new_meeting("Vestre Skole", "2025-03-13")
    m.add_note("Ikke gemt endnu", created_at=T0)
    return m


def guard(store, dialogs, tmp_path, m=None):
    m = m if m is not None else meeting()
    return QuitGuard(store, dialogs, lambda: m, temp_dir=lambda: str(tmp_path), now=lambda: T0)


def test_nothing_unsaved_quits_without_a_question(tmp_path):
    store, dialogs = SickStore(), Dialogs()
    store.healthy, store.pending = True, 0
    assert guard(store, dialogs, tmp_path).may_quit()
    assert dialogs.questions == [] and store.retries == 0


def test_a_retry_that_succeeds_quits_without_a_question(tmp_path):
    store, dialogs = SickStore(), Dialogs()
    store.fixed = True
    assert guard(store, dialogs, tmp_path).may_quit()
    assert store.retries == 1 and dialogs.questions == []


def test_cancel_keeps_the_app_open_and_writes_nothing(tmp_path):
    store, dialogs = SickStore(), Dialogs([CANCEL])
    assert not guard(store, dialogs, tmp_path).may_quit()
    title, text, can_save = dialogs.questions[0]
    assert title == "Ikke gemt" and can_save
    assert "ikke gemt" in text and "disken er fuld" in text and "USB-nøgle" in text
    assert list(tmp_path.iterdir()) == []


def test_save_elsewhere_writes_the_meeting_with_what_was_not_stored(tmp_path):
    store, dialogs = SickStore(), Dialogs([SAVE])
    target = tmp_path / "usb" / "møde.sus.json"
    target.parent.mkdir()
    dialogs.save_paths = [target]
    assert guard(store, dialogs, tmp_path).may_quit()
    assert dialogs.suggested == ["Vestre-Skole-2025-03-13.sus.json"]
    assert [n.text for n in import_meeting(target).live_notes()] == ["Ikke gemt endnu"]


def test_save_dialog_cancelled_or_failing_asks_again(tmp_path):
    store, dialogs = SickStore(), Dialogs([SAVE, SAVE, CANCEL])
    dialogs.save_paths = [None, tmp_path / "findes-ikke" / "x.sus.json"]
    assert not guard(store, dialogs, tmp_path).may_quit()
    assert len(dialogs.questions) == 3
    assert dialogs.errors and "kunne ikke gemmes" in dialogs.errors[0][0]


def test_quit_anyway_leaves_an_emergency_copy_and_says_where(tmp_path):
    store, dialogs = SickStore(), Dialogs([QUIT])
    g = guard(store, dialogs, tmp_path)
    assert g.may_quit()
    copies = list(tmp_path.glob("*.sus.json"))
    assert len(copies) == 1 and copies[0] == g.emergency_copy
    name = copies[0].name
    assert name.startswith("sus-nødkopi-20250313-") and "Vestre-Skole-2025-03-13" in name
    assert [n.text for n in import_meeting(copies[0]).live_notes()] == ["Ikke gemt endnu"]
    title, text = dialogs.infos[0]
    assert title == "Nødkopi gemt" and str(copies[0]) in text


def test_two_emergency_copies_in_one_second_do_not_overwrite_each_other(tmp_path):
    store = SickStore()
    first = guard(store, Dialogs([QUIT]), tmp_path)
    first.may_quit()
    second = guard(store, Dialogs([QUIT]), tmp_path)
    second.may_quit()
    assert first.emergency_copy != second.emergency_copy
    assert len(list(tmp_path.glob("*.sus.json"))) == 2


def test_failed_emergency_copy_asks_once_more(tmp_path):
    store, dialogs = SickStore(), Dialogs([QUIT])
    dialogs.answers["confirm"] = False
    assert not guard(store, dialogs, tmp_path / "væk").may_quit()
    assert "nødkopi" in dialogs.confirms[0]
    dialogs.choices = [QUIT]
    dialogs.answers["confirm"] = True
    assert guard(store, dialogs, tmp_path / "væk").may_quit()


def test_without_an_open_meeting_there_is_nothing_to_save_as_a_file(tmp_path):
    store, dialogs = SickStore(), Dialogs([QUIT])
    g = QuitGuard(store, dialogs, lambda: None, temp_dir=lambda: str(tmp_path))
    assert g.may_quit()
    assert (
        dialogs.questions[0][2] is False and "går disse ændringer tabt" in dialogs.questions[0][1]
    )
    assert list(tmp_path.iterdir()) == []


# --- through the real window, with a real full disk -------------------------------------------


@pytest.fixture
def full_disk_window(qtbot, store, clock, screens, tmp_path):
    from sus_desktop.ui.app import build_main_window

    dialogs = Dialogs()
    ctl = build_main_window(store, clock, screens, dialogs=dialogs)
    qtbot.addWidget(ctl.window)
    ctl.window.show()
    m = ctl.new_meeting("")
    m.update_info(school="Vestre Skole")
    temp = tmp_path / "temp"
    temp.mkdir()
    ctl.window.close_guard = QuitGuard.for_controller(ctl, temp_dir=lambda: str(temp)).may_quit
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count={pages}")  # a real SQLITE_FULL from here on
    texts = [f"Note {k} " + "x" * 5000 for k in range(10)]
    for t in texts:
        m.add_note(t, created_at=clock.now())
    assert not store.healthy
    yield ctl, dialogs, temp, texts
    ctl.window.close_guard = None
    ctl.shutdown()


def test_ctrl_q_with_the_disk_full_asks_and_cancel_stays(full_disk_window):
    ctl, dialogs, _, _ = full_disk_window
    dialogs.choices = [CANCEL]
    ctl.window.quit_action.trigger()
    assert ctl.window.isVisible()
    assert len(dialogs.questions) == 1 and "disken er fuld" in dialogs.questions[0][1]


def test_closing_the_window_with_the_disk_full_and_quitting_anyway_keeps_a_copy(full_disk_window):
    ctl, dialogs, temp, texts = full_disk_window
    dialogs.choices = [QUIT]
    ctl.window.close()
    assert not ctl.window.isVisible()
    (copy,) = temp.glob("*.sus.json")
    assert [n.text for n in import_meeting(copy).live_notes()] == texts
    assert json.loads(copy.read_text("utf-8"))["meeting"]["school"] == "Vestre Skole"
    assert str(copy) in dialogs.infos[0][1]


def test_space_freed_before_quitting_saves_and_quits_without_asking(full_disk_window, store):
    ctl, dialogs, temp, texts = full_disk_window
    store._conn.execute("PRAGMA max_page_count=1073741823")
    ctl.window.quit_action.trigger()
    assert not ctl.window.isVisible() and dialogs.questions == []
    assert list(temp.iterdir()) == []
    m = ctl.current.session.meeting
    assert [n.text for n in store.load_meeting(m.id).live_notes()] == texts
