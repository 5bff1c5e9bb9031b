"""Every interactive control of the assembled window has an accessible name (what a screen
reader says), on every tab and with each mode's panel on the run view: Qt's accessibility
tree is walked in process with QAccessible.queryAccessibleInterface. And state is never
shown by colour alone: the run view's states carry words and symbols."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from sus_desktop.core.commands import AddParticipant, JumpTo

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.SpinBox,
    Role.Slider,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ProgressBar,
    Role.ScrollBar,
}
SKIP_CHILDREN = {
    Role.List,
    Role.Table,
    Role.Tree,
    Role.ComboBox,
    Role.MenuBar,
    Role.ScrollBar,
    Role.SpinBox,
}


def unnamed(root) -> list[str]:
    out: list[str] = []

    def walk(iface, path: str, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 60:
            return
        state = iface.state()
        if state.invisible or state.offscreen:
            return
        role = iface.role()
        obj = iface.object()
        where = f"{path}/{getattr(obj, 'objectName', lambda: '')() or type(obj).__name__}"
        if (
            role in INTERACTIVE
            and role != Role.ScrollBar
            and not iface.text(QAccessible.Text.Name).strip()
        ):
            out.append(f"{where} ({role.name})")
        if role in SKIP_CHILDREN:
            return
        for i in range(iface.childCount()):
            walk(iface.child(i), where, depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), "", 0)
    return out


def each_screen(ctl):
    """The start screen, both tabs, and the run view at a phase of each mode."""
    w = ctl.window
    yield "start"
    ctl.new_meeting("")
    s = ctl.current.session
    for n in ("Mette Kragh", "Jette Holm"):
        s.execute(AddParticipant(name=n, role="MED"))
    ctl._show_tab(0)
    yield "Forberedelse"
    ctl._show_tab(1)
    seen = set()
    for step in s.runner.steps():
        mode = step.phase.mode if step.phase else None
        if mode in seen:
            continue
        seen.add(mode)
        s.execute(JumpTo(item_id=step.item.id, phase_id=step.phase.id if step.phase else None))
        w.repaint()
        yield f"Afvikling, {mode}"
    side = w.findChild(type(w.tabs), "notes_tabs")
    side.setCurrentIndex(1)
    yield "Afvikling, opfølgning"


def test_every_control_has_a_name_on_every_screen(app_ctl, qtbot):
    w = app_ctl.window
    w.resize(1366, 768)
    missing = {}
    for screen in each_screen(app_ctl):
        found = unnamed(w)
        if found:
            missing[screen] = found
    assert missing == {}


def test_the_walk_finds_an_unnamed_field(app_ctl, qtbot):
    from PySide6.QtWidgets import QLineEdit

    app_ctl.new_meeting("")
    field = QLineEdit(objectName="nameless")
    app_ctl.current.prep.layout().addWidget(field)
    field.show()
    assert any("nameless" in x for x in unnamed(app_ctl.window))
    field.setAccessibleName("Navnet felt")
    assert not any("nameless" in x for x in unnamed(app_ctl.window))


def test_state_is_said_in_words_not_only_colour(running, clock, qtbot):
    from PySide6.QtCore import Qt
    from test_ui_support import tick

    v = running.current.run_view
    w = running.window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    w.setFocus()
    assert w.focus_indicator.text() == "⌨ Tasterne styrer uret"
    qtbot.keyClick(w, Qt.Key.Key_Space)
    tick(running, clock, 5 * 60 + 3)
    assert v.badge_label.text() == "⚠ Over tid" and v.countdown_label.text() == "+0:03"
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert "❚❚ På pause" in v.state_label.text()
    notes = running.current.panels.notes
    notes.edit.setFocus()
    qtbot.waitUntil(notes.edit.hasFocus)
    assert w.focus_indicator.text().startswith("✎ Du skriver")
