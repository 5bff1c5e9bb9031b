"""Says where the keys go on the run view: to the clock, or into the text field being typed in.

A facilitator who has just typed a note must see at a glance that Space will type a space
(and that Escape gives the keys back to the clock). Text and a symbol, never colour alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from sus_desktop.ui.run.run_actions import CLOCK, TYPING, RunActions


class FocusIndicator(QLabel):
    def __init__(self, actions: RunActions, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("focus_indicator")
        self.setStyleSheet("QLabel { padding: 1px 8px; font-weight: bold; }")
        actions.keys_state_changed.connect(self.show_state)
        self.show_state(actions.keys_state)

    def show_state(self, state: str) -> None:
        if state == CLOCK:
            self.setText("⌨ " + self.tr("Tasterne styrer uret"))
            self.setToolTip(
                self.tr(
                    "Mellemrum starter og pauser, pilene skifter fase."
                    " Klik i et tekstfelt for at skrive."
                )
            )
        elif state == TYPING:
            self.setText("✎ " + self.tr("Du skriver – Esc giver tasterne til uret"))
            self.setToolTip(
                self.tr("Mellemrum og pile skriver i feltet; med Ctrl styrer de stadig uret.")
            )
        else:
            self.setText("")
            self.setToolTip("")
        self.setAccessibleName(self.text() or self.tr("Tastaturets fokus"))
        self.setVisible(bool(state))
