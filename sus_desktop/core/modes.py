"""The facilitation modes, each declared once: its name, Danish label, typed state, the
facilitator's panel, what the projector shows and whom a note is credited to.

The meeting file's schema, the labels, the panels and the projector all read this table
(tests/test_architecture.py fails if the schema's mode enum disagrees). Adding a mode means
adding a member and its `ModeSpec` here, the value to the schema's enum, and a translation;
a mode that needs a panel of its own also names it in ui/modes/mode_widgets.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sus_desktop.core.mode_state import SpiralState, TalkState


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a Danish label for translation (pyside6-lupdate extracts it under `context`); the
    UI translates it with QCoreApplication.translate(context, text). The core stays Qt-free."""
    return text


class Mode(str, Enum):
    PRESENTATION = "presentation"
    ROUND = "round"
    PAIRS = "pairs"  # makkersnak: talk in pairs for a few minutes, then a round
    REFLECTION = "reflection"
    SPIRAL = "spiral"
    DIALOGUE = "dialogue"
    DECISION = "decision"
    EVALUATION = "evaluation"
    BREAK = "break"


class Panel(str, Enum):
    """The facilitator's panel under the clock (ui/modes/mode_widgets.py builds each)."""

    NONE = "none"
    TALK = "talk"  # who speaks now, speaking time per person
    REFLECTION = "reflection"  # silent minutes: a calm disk, the questions
    SPIRAL = "spiral"  # turn after turn, round after round
    DECISION = "decision"  # the questions and the actions table
    EVALUATION = "evaluation"  # the questions about the conversation


class Projection(str, Enum):
    """What the room sees on the projector besides the item and phase."""

    COUNTDOWN = "countdown"  # the phase's countdown, amber and red near and past the end
    QUESTIONS = "questions"  # the countdown and the phase's questions
    CALM = "calm"  # the questions and a calm disk: no numbers, no alarm colours
    SPEAKERS = "speakers"  # the countdown, who speaks now and who is next


class Credit(str, Enum):
    """Whom a note typed in this mode is credited to, when no "@Navn" says otherwise."""

    PICK = "pick"  # the participant the referent picked (sticky within the phase)
    SPEAKER = "speaker"  # the speaker of the turn that is running
    NOBODY = "nobody"  # decisions belong to the meeting, not to a person


@dataclass(frozen=True)
class ModeSpec:
    mode: Mode
    label: str
    context: str  # the translation context of `label`
    state: type | None  # the typed state the mode keeps in the meeting, if any
    panel: Panel
    projection: Projection
    credit: Credit
    hint: str = ""  # a line for the projector (untranslated Danish, translated like label)


_C = "modes"
MODES: dict[Mode, ModeSpec] = {
    s.mode: s
    for s in (
        ModeSpec(
            Mode.PRESENTATION,
            QT_TRANSLATE_NOOP("modes", "Oplæg"),
            _C,
            None,
            Panel.NONE,
            Projection.COUNTDOWN,
            Credit.PICK,
        ),
        ModeSpec(
            Mode.ROUND,
            QT_TRANSLATE_NOOP("modes", "Runde"),
            _C,
            TalkState,
            Panel.TALK,
            Projection.QUESTIONS,
            Credit.PICK,
        ),
        ModeSpec(
            Mode.PAIRS,
            QT_TRANSLATE_NOOP("modes", "Makkersnak"),
            _C,
            TalkState,
            Panel.TALK,
            Projection.QUESTIONS,
            Credit.PICK,
            hint=QT_TRANSLATE_NOOP("modes", "Tal sammen to og to – bagefter en runde"),
        ),
        ModeSpec(
            Mode.REFLECTION,
            QT_TRANSLATE_NOOP("modes", "Individuel refleksion"),
            _C,
            None,
            Panel.REFLECTION,
            Projection.CALM,
            Credit.PICK,
        ),
        ModeSpec(
            Mode.SPIRAL,
            QT_TRANSLATE_NOOP("modes", "Spiralsamtale"),
            _C,
            SpiralState,
            Panel.SPIRAL,
            Projection.SPEAKERS,
            Credit.SPEAKER,
        ),
        ModeSpec(
            Mode.DIALOGUE,
            QT_TRANSLATE_NOOP("modes", "Dialog"),
            _C,
            TalkState,
            Panel.TALK,
            Projection.QUESTIONS,
            Credit.PICK,
        ),
        ModeSpec(
            Mode.DECISION,
            QT_TRANSLATE_NOOP("modes", "Beslutning"),
            _C,
            None,
            Panel.DECISION,
            Projection.QUESTIONS,
            Credit.NOBODY,
        ),
        ModeSpec(
            Mode.EVALUATION,
            QT_TRANSLATE_NOOP("modes", "Evaluering"),
            _C,
            None,
            Panel.EVALUATION,
            Projection.QUESTIONS,
            Credit.PICK,
        ),
        ModeSpec(
            Mode.BREAK,
            QT_TRANSLATE_NOOP("modes", "Pause"),
            _C,
            None,
            Panel.NONE,
            Projection.COUNTDOWN,
            Credit.PICK,
        ),
    )
}


def spec(mode: Mode | str | None) -> ModeSpec | None:
    if mode is None:
        return None
    try:
        return MODES[Mode(mode)]
    except ValueError:
        return None
