"""The minutes draft: for each section of the municipal minutes template (Samtalens
læringsfokus, the agenda items with their guiding questions) a plain text assembled from the
live notes, which the referent edits in the Referat tab. Qt-free.

A section never edited shows (and exports) its draft, rebuilt from the notes whenever they
change; the first edit stores the text (core/mode_state.MinutesSection), and from then on the
notes no longer change it. The notes themselves are never changed here.

The text format, read the same way by the editor and by the export (`parse_lines`):
- "# Tema" on a line of its own: a sub-heading (a theme),
- "- tekst" (or "• ", "* "): a bullet,
- "1. tekst" (or "1) "): a numbered line; a decision reads "titel – forklaring",
- any other line: a paragraph; blank lines only separate.

Routing (the same rules as export/minutes_model.py): decisions go to the decision item (the
first item with a decision-mode phase), evaluation notes to the evaluation item, action notes
to the actions table (not into any text), notes without an item to "Øvrige noter".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sus_desktop.core.agenda import AgendaItem
from sus_desktop.core.meeting import Meeting, Note, NoteKind, Participant
from sus_desktop.core.mode_state import MinutesSection
from sus_desktop.core.modes import Mode

FOCUS = "focus"  # Samtalens læringsfokus
DECISIONS = "decisions"  # a custom agenda without a decision item still gets this section
EVALUATION = "evaluation"  # evaluation notes when the agenda has no evaluation item
OTHER = "other"  # notes without an agenda item
FOCUS_HEADING = "Samtalens læringsfokus"
DECISIONS_HEADING = "Beslutninger"


@dataclass
class DraftSection:
    key: str  # FOCUS, an item id, DECISIONS, EVALUATION or OTHER
    heading: str  # "3. Præsentation af data"
    prompt: str = ""  # the item's guiding question (minutes_prompt)
    item: AgendaItem | None = None
    is_decision: bool = False
    notes: list[Note] = field(default_factory=list)  # discussion notes, in agenda order
    decisions: list[Note] = field(default_factory=list)

    @property
    def number(self) -> int | None:
        return self.item.number if self.item is not None else None

    @property
    def default_names(self) -> bool:
        """Speaker names start on for a discussion, off for decisions (the meeting's, not a
        person's) and for the learning focus (no speakers)."""
        return not self.is_decision and self.key != FOCUS

    @property
    def all_notes(self) -> list[Note]:
        return self.notes + self.decisions


@dataclass
class Effective:
    """What a section shows and exports: its stored text, or the draft."""

    text: str
    names: bool
    included: bool
    edited: bool


def label(p: Participant) -> str:
    """'Anna Jensen (Skoleleder)', as the minutes attribute a statement."""
    return f"{p.name} ({p.role})" if p.role else p.name


# --- the sections ----------------------------------------------------------------------------


def find_item(agenda: list[AgendaItem], mode: Mode, fallback_title: str) -> AgendaItem | None:
    """The first item with a phase of `mode`, else the item titled `fallback_title`."""
    for item in agenda:
        if item.has_mode(mode):
            return item
    for item in agenda:
        if item.title.strip().lower() == fallback_title.lower():
            return item
    return None


def sections(meeting: Meeting) -> list[DraftSection]:
    """Every section of the template, in order, each with the live notes routed to it."""
    agenda = meeting.agenda
    decision_item = find_item(agenda, Mode.DECISION, "Beslutning")
    eval_item = find_item(agenda, Mode.EVALUATION, "Samtale om samtalen")
    out = [DraftSection(FOCUS, FOCUS_HEADING)]
    by_key: dict[str, DraftSection] = {}
    for item in agenda:
        sec = DraftSection(
            item.id,
            f"{item.number}. {item.title}".strip(),
            item.minutes_prompt,
            item,
            is_decision=decision_item is not None and item.id == decision_item.id,
        )
        by_key[item.id] = sec
        out.append(sec)
    extra = {
        DECISIONS: DraftSection(DECISIONS, "Beslutninger og aftaler", is_decision=True),
        EVALUATION: DraftSection(EVALUATION, "Samtale om samtalen"),
        OTHER: DraftSection(OTHER, "Øvrige noter"),
    }
    decisions = by_key[decision_item.id] if decision_item is not None else extra[DECISIONS]
    for note in meeting.live_notes():
        if not note.text.strip() or note.kind == NoteKind.ACTION:
            continue
        if note.kind == NoteKind.DECISION:
            decisions.decisions.append(note)
        elif note.kind == NoteKind.EVALUATION:
            (by_key[eval_item.id] if eval_item is not None else extra[EVALUATION]).notes.append(
                note
            )
        else:
            by_key.get(note.item or "", extra[OTHER]).notes.append(note)
    for sec in by_key.values():  # agenda order within the item: phase by phase
        order = {p.id: n for n, p in enumerate(sec.item.phases)} if sec.item else {}
        sec.notes.sort(key=lambda n: order.get(n.phase or "", -1))
    if decision_item is None:
        out.append(extra[DECISIONS])
    kept = meeting.minutes  # a section edited once stays, even if its notes moved away
    out += [
        extra[k]
        for k in (EVALUATION, OTHER)
        if extra[k].notes or (k in kept and kept[k].edited and kept[k].text.strip())
    ]
    return out


def section(meeting: Meeting, key: str) -> DraftSection | None:
    return next((s for s in sections(meeting) if s.key == key), None)


# --- the draft text --------------------------------------------------------------------------

_TITLE_SPLIT = re.compile(r"\s*(?::|\s[–—])\s+")


def decision_line(text: str) -> str:
    """'Titel: forklaring' -> 'Titel – forklaring' (the numbered list of seed 002)."""
    one = " ".join(text.split())
    parts = _TITLE_SPLIT.split(one, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1] and len(parts[0]) <= 120:
        return f"{parts[0]} – {parts[1]}"
    return one


def _theme_heading(theme: str) -> str:
    t = " ".join(theme.split())
    return t[:1].upper() + t[1:]


def _bullets(notes: list[Note], who) -> list[str]:
    """Notes without a theme first, then one '# Tema' block per theme (first seen first)."""
    plain = [n for n in notes if not n.theme.strip()]
    themes: dict[str, list[Note]] = {}
    for n in notes:
        if n.theme.strip():
            themes.setdefault(_theme_heading(n.theme).casefold(), []).append(n)
    blocks: list[list[str]] = []
    if plain:
        blocks.append([f"- {who(n)}{' '.join(n.text.split())}" for n in plain])
    for group in themes.values():
        blocks.append(
            [f"# {_theme_heading(group[0].theme)}"]
            + [f"- {who(n)}{' '.join(n.text.split())}" for n in group]
        )
    return ["\n".join(b) for b in blocks]


def draft_text(meeting: Meeting, sec: DraftSection, names: bool | None = None) -> str:
    """The section assembled from its notes; `names`: speaker names before each line
    (None: the section's default)."""
    if sec.key == FOCUS:
        return meeting.info.learning_focus.strip()
    names = sec.default_names if names is None else names
    people = {p.id: p for p in meeting.participants}

    def who(note: Note) -> str:
        p = people.get(note.participant or "") if names else None
        return f"{label(p)}: " if p is not None else ""

    blocks = _bullets(sec.notes, who)
    if sec.decisions:
        numbered = [
            f"{n}. {who(d)}{decision_line(d.text)}" for n, d in enumerate(sec.decisions, start=1)
        ]
        # A sub-heading only when discussion bullets come first; under "5. Beslutning"
        # alone the numbered list needs none.
        blocks.append("\n".join(([f"# {DECISIONS_HEADING}"] if sec.notes else []) + numbered))
    return "\n\n".join(blocks)


def effective(meeting: Meeting, sec: DraftSection) -> Effective:
    """The section as shown and exported: the stored text when edited, else the draft (with
    the stored names/included settings, or the section's defaults)."""
    stored: MinutesSection | None = meeting.minutes.get(sec.key)
    if stored is None:
        return Effective(draft_text(meeting, sec), sec.default_names, True, False)
    if stored.edited:
        return Effective(stored.text, stored.names, stored.included, True)
    return Effective(draft_text(meeting, sec, stored.names), stored.names, stored.included, False)


# --- reading the text ------------------------------------------------------------------------

HEADING, BULLET, NUMBER, PARA = "heading", "bullet", "number", "para"
_LINE = re.compile(
    r"^(?:(?P<h>#+)\s*|(?P<b>[-•*])(?:\s+|$)|(?P<n>\d{1,3})[.)](?:\s+|$))?"
    r"(?P<text>.*)$"
)


@dataclass
class Line:
    kind: str  # HEADING, BULLET, NUMBER or PARA
    text: str
    number: int | None = None


def parse_lines(text: str) -> list[Line]:
    """The section text as headings, bullets, numbered lines and paragraphs; consecutive
    prose lines are one paragraph (their line breaks kept), a blank line starts the next; a
    lone "-" or "#" with nothing after it is dropped."""
    out: list[Line] = []
    prose = False  # the previous line was prose: a prose line continues its paragraph
    for raw in (text or "").split("\n"):
        line = raw.strip()
        if not line:
            prose = False
            continue
        m = _LINE.match(line)
        assert m is not None  # the pattern matches any line
        body = m.group("text").strip()
        if m.group("h"):
            kind, num = HEADING, None
        elif m.group("b"):
            kind, num = BULLET, None
        elif m.group("n"):
            kind, num = NUMBER, int(m.group("n"))
        else:
            if prose:
                out[-1].text += "\n" + line
                continue
            kind, num, body = PARA, None, line
        prose = kind == PARA
        if body:
            out.append(Line(kind, body, num))
    return out
