"""One owner per key in the assembled window: every QAction and QShortcut, on every tab and
with each mode's panel on the run view, with the keys on the clock and while typing a note.

Two owners of one key sequence whose scopes overlap make Qt fire neither ("ambiguous"), or,
with a window action, the wrong one: Ctrl+1 in a note once switched to the Forberedelse tab
and the next Enter renamed the school leader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from sus_desktop.core.commands import JumpTo
from sus_desktop.core.modes import MODES

Ctx = Qt.ShortcutContext


def _scope(context, widget: QWidget, window: QWidget) -> QWidget:
    return window if context in (Ctx.WindowShortcut, Ctx.ApplicationShortcut) else widget


def _action_widgets(a: QAction) -> list[QWidget]:
    return [o for o in a.associatedObjects() if isinstance(o, QWidget)]


def active_keys(window: QWidget) -> list[tuple[str, object, QWidget, str]]:
    """(key, owner, scope, description) for every key Qt would act on now."""
    out = []
    for a in window.findChildren(QAction):
        if not a.isEnabled() or not a.shortcuts():
            continue
        widgets = [
            w
            for w in _action_widgets(a)
            if w is window or (not isinstance(w, QMenu) and w.isVisible() and w.window() is window)
        ]
        if not widgets:
            continue
        for w in widgets:
            for k in a.shortcuts():
                out.append(
                    (
                        k.toString(),
                        a,
                        _scope(a.shortcutContext(), w, window),
                        f"QAction «{a.text()}»",
                    )
                )
    for s in window.findChildren(QShortcut):
        parent = s.parent() if isinstance(s.parent(), QWidget) else None
        if not s.isEnabled() or parent is None or not parent.isVisible():
            continue
        for k in s.keys():  # noqa: SIM118 - QShortcut.keys(), not a dict
            out.append(
                (
                    k.toString(),
                    s,
                    _scope(s.context(), parent, window),
                    f"QShortcut in {parent.objectName() or type(parent).__name__}",
                )
            )
    return out


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def collisions(window: QWidget) -> list[str]:
    by_key: dict[str, list] = {}
    for key, owner, scope, text in active_keys(window):
        by_key.setdefault(key, []).append((owner, scope, text))
    found = []
    for key, owners in by_key.items():
        for i, (o1, s1, t1) in enumerate(owners):
            for o2, s2, t2 in owners[i + 1 :]:
                if o1 is not o2 and _overlap(s1, s2):
                    found.append(f"{key}: {t1} / {t2}")
    return sorted(set(found))


def states(ctl, qtbot):
    """Yield a name for each state the window can be in while the keys are checked."""
    w = ctl.window
    notes = ctl.current.panels.notes
    for tab in (0, 1):
        ctl._show_tab(tab)
        w.setFocus()
        yield f"tab {tab}, keys on the window"
    session = ctl.current.session
    seen = set()
    for step in session.runner.steps():
        mode = step.phase.mode if step.phase else None
        if mode in seen:
            continue
        seen.add(mode)
        session.execute(
            JumpTo(item_id=step.item.id, phase_id=step.phase.id if step.phase else None)
        )
        w.setFocus()
        yield f"run view, {mode}, keys on the clock"
        notes.edit.setFocus()
        qtbot.waitUntil(notes.edit.hasFocus)
        yield f"run view, {mode}, typing a note"
    assert {m for m in seen if m is not None} == {
        m
        for m in MODES
        if any(s.phase is not None and s.phase.mode == m for s in session.runner.steps())
    }


def _ready(ctl, qtbot):
    m = ctl.new_meeting("")
    for name in ("Mette Kragh", "Jette Holm", "Ali Demir"):
        from sus_desktop.core.commands import AddParticipant

        ctl.current.session.execute(AddParticipant(name=name))
    ctl.window.activateWindow()
    qtbot.waitUntil(ctl.window.isActiveWindow, timeout=2000)
    return m


def test_no_key_has_two_owners_in_any_state(app_ctl, qtbot):
    _ready(app_ctl, qtbot)
    problems = {}
    for state in states(app_ctl, qtbot):
        found = collisions(app_ctl.window)
        if found:
            problems[state] = found
    assert problems == {}


def test_the_check_finds_a_window_key_that_shadows_the_note_panel(app_ctl, qtbot):
    """The check can fail: Ctrl+1 on the window (as the tab switch once was) collides with
    the note panel's Ctrl+1 while the run view shows."""
    _ready(app_ctl, qtbot)
    app_ctl._show_tab(1)
    extra = QAction("Forberedelse", app_ctl.window)
    extra.setShortcuts([QKeySequence("Ctrl+1")])
    app_ctl.window.addAction(extra)
    assert any(c.startswith("Ctrl+1:") for c in collisions(app_ctl.window))
    app_ctl.window.removeAction(extra)
    assert not any(c.startswith("Ctrl+1:") for c in collisions(app_ctl.window))


def test_the_keys_named_in_the_issue_have_their_owners(app_ctl, qtbot):
    _ready(app_ctl, qtbot)
    app_ctl._show_tab(1)
    app_ctl.current.panels.notes.edit.setFocus()
    qtbot.waitUntil(app_ctl.current.panels.notes.edit.hasFocus)
    owners = {k: t for k, _o, _s, t in active_keys(app_ctl.window)}
    w = app_ctl.window
    assert owners["Ctrl+1"].startswith("QAction «Tilskriv deltager 1»")
    assert owners["Ctrl+E"] == "QAction «Næste note er en evaluering»"
    assert owners["Ctrl+Shift+E"] == f"QAction «{w.export_action.text()}»"
    assert owners["Ctrl+PgDown"] == "QAction «Afvikling»"
    # the clicker's keys work while typing; Space and B type
    assert owners["PgDown"] == "QAction «Næste fase»" and owners["PgUp"] == "QAction «Forrige fase»"
    assert "Space" not in owners and "B" not in owners


def test_ctrl_digit_in_the_note_picks_and_never_leaves_the_field(app_ctl, qtbot):
    m = _ready(app_ctl, qtbot)
    app_ctl._show_tab(1)
    notes = app_ctl.current.panels.notes
    notes.edit.setFocus()
    qtbot.waitUntil(notes.edit.hasFocus)
    qtbot.keyClick(notes.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert app_ctl.window.tabs.currentIndex() == 1 and QApplication.focusWidget() is notes.edit
    assert "Jette Holm" in notes.attribution.text()
    qtbot.keyClick(notes.edit, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # nobody
    assert QApplication.focusWidget() is notes.edit
    qtbot.keyClick(notes.edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert app_ctl.dialogs.errors == [] and notes.kind.value == "evaluation"
    assert [p.name for p in m.participants] == ["Mette Kragh", "Jette Holm", "Ali Demir"]
