"""The note field's "@name" completion (built at the first "@"), and which focused widgets
take a bare key as text (the run view's keys are the clock's otherwise)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from test_ui_notes import make_session

from sus_desktop.core.commands import AddParticipant
from sus_desktop.ui.run.notes_panel import NotePanel
from sus_desktop.ui.run.run_actions import is_text_input


def shown_panel(qtbot, clock):
    s = make_session(clock)
    panel = NotePanel(s)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.edit.setFocus()
    return s, panel


def popup_names(panel) -> list[str]:
    popup = panel.completer.popup()
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_at_offers_the_present_participants_and_enter_inserts_the_name(qtbot, clock):
    s, panel = shown_panel(qtbot, clock)
    qtbot.keyClicks(panel.edit, "@c")
    qtbot.waitUntil(lambda: panel.completer.popup().isVisible())
    assert popup_names(panel) == ["Cecilie"]  # "c" anywhere in the name, any case
    qtbot.keyClick(panel.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(panel.completer.popup(), Qt.Key.Key_Return)
    assert panel.edit.toPlainText() == "@Cecilie "
    assert "Cecilie (MED)" in panel.attribution.text()


def test_a_participant_added_later_is_offered_too(qtbot, clock):
    s, panel = shown_panel(qtbot, clock)
    s.execute(AddParticipant(name="Bente Holm", role="Lærer"))  # before the first "@"
    qtbot.keyClicks(panel.edit, "@b")
    qtbot.waitUntil(lambda: panel.completer.popup().isVisible())
    assert popup_names(panel) == ["Bo", "Bente Holm"]
    qtbot.keyClick(panel.completer.popup(), Qt.Key.Key_Escape)
    panel.edit.clear()
    s.execute(AddParticipant(name="Birgit Lund", role="Lærer"))  # after it
    qtbot.keyClicks(panel.edit, "@bi")
    qtbot.waitUntil(lambda: panel.completer.popup().isVisible())
    assert popup_names(panel) == ["Birgit Lund"]


def test_no_popup_for_text_that_is_no_mention(qtbot, clock):
    s, panel = shown_panel(qtbot, clock)
    qtbot.keyClicks(panel.edit, "Bo siger")
    qtbot.wait(50)
    assert panel.edit.toPlainText() == "Bo siger"
    assert not panel.completer.popup().isVisible()


def test_which_focused_widgets_take_a_bare_key_as_text(qtbot):
    def made(w, **setup):
        qtbot.addWidget(w)
        for name, value in setup.items():
            getattr(w, name)(value)
        return w

    assert is_text_input(made(QLineEdit()))
    assert not is_text_input(made(QLineEdit(), setReadOnly=True))
    assert is_text_input(made(QPlainTextEdit()))
    assert not is_text_input(made(QPlainTextEdit(), setReadOnly=True))
    assert not is_text_input(made(QTextBrowser()))  # read-only text: Space is the clock's
    assert is_text_input(made(QSpinBox()))
    assert is_text_input(made(QComboBox(), setEditable=True))
    assert not is_text_input(made(QComboBox()))
    assert is_text_input(made(QTreeView()))  # a list: the arrows move in it
    assert not is_text_input(made(QPushButton("Start")))
    assert not is_text_input(made(QTabBar()))
    assert not is_text_input(None)
    field = made(QLineEdit())
    holder = made(QWidget())
    field.setParent(holder)
    holder.setFocusProxy(field)  # a composite widget whose focus goes to its field
    assert is_text_input(holder)
    assert not is_text_input(made(QWidget()))
