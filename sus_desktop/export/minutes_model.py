"""What the minutes (beslutningsreferat) contain, free of Qt and of python-docx.

`build_minutes(meeting)` turns a meeting into sections in the order of the municipal minutes
template; the DOCX writer and a preview render the same model, so both show the same thing.

What a section says is its text as the referent left it in the Referat tab (stored per
section), or, for a section never edited, the draft assembled from the notes
(core/minutes_draft.py): the editor shows exactly that, and the export renders it as
`Section.body`. The notes stay underneath, unchanged; `groups` and `decisions` keep them as
the meeting recorded them (by phase and round) for whoever needs the record.

Rules (one each, applied everywhere):
- An agenda item with no text is left out, and so is a section switched off in the editor
  ("Med i referatet"); the decision section is otherwise always kept.
- Decisions (kind decision) and actions go to the decision item (the first item with a
  decision-mode phase), evaluation notes to the evaluation item ("Samtale om samtalen"),
  wherever they were typed.
- Within an item, notes are grouped by phase in agenda order; a phase sub-heading is shown
  only when more than one phase has notes; notes with round numbers are grouped by round.
- Public version: no note is attributed to anyone, participants are listed by role (names
  only on request); every form of a participant's name typed into any text becomes their role
  (export/anonymize.py); no time appendix or talk times, no phase or round headings, and
  items 1, 2 and 7 (welcome, framing, closing) are left out unless asked for.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sus_desktop.core import minutes_draft as draft
from sus_desktop.core.agenda import AgendaItem, Mode
from sus_desktop.core.capture import parse_action
from sus_desktop.core.meeting import Action, Meeting, Note, NoteKind, Participant
from sus_desktop.core.run import Runner
from sus_desktop.export.anonymize import Anonymizer
from sus_desktop.export.formatting import (
    danish_date,
    danish_time,
    duration_min,
    duration_mmss,
    epoch_time,
    minutes_number,
    parse_hhmm,
    time_range,
)

TITLE = "BESLUTNINGSREFERAT – SKOLEUDVIKLINGSSAMTALE"
NO_DECISIONS = "Ingen beslutninger registreret."
NO_ROLE = "Deltager"
PUBLIC_LEAVE_OUT = (1, 2, 7)  # welcome, framing, closing: nothing a website reader needs


@dataclass
class Entry:
    text: str
    speaker: str = ""  # "Anna Jensen (Skoleleder)"; always empty in the public version


@dataclass
class Round:
    number: int | None  # None: notes without a round number (shown first, untitled)
    entries: list[Entry] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"Runde {self.number}" if self.number is not None else ""


@dataclass
class PhaseGroup:
    title: str  # empty when the phase is unknown
    rounds: list[Round] = field(default_factory=list)

    @property
    def by_round(self) -> bool:
        return any(r.number is not None for r in self.rounds)

    @property
    def entries(self) -> list[Entry]:
        return [e for r in self.rounds for e in r.entries]


@dataclass
class Block:
    """One paragraph of a section's text (core/minutes_draft.py's format)."""

    kind: str  # draft.HEADING, BULLET, NUMBER or PARA
    text: str
    lead: str = ""  # a bold opening: the speaker ("Anna Jensen (Skoleleder)") or a title
    number: int | None = None
    sep: str = ": "  # between lead and text: ": " after a speaker, " – " after a title


@dataclass
class ActionRow:
    what: str
    who: str = ""
    due: str = ""


@dataclass
class Section:
    heading: str  # "3. Præsentation af data"
    prompt: str = ""  # the template's guiding question, shown in italics
    groups: list[PhaseGroup] = field(default_factory=list)
    show_phase_titles: bool = False
    is_decision: bool = False
    decisions: list[Entry] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    item_id: str | None = None
    key: str = ""  # the editor's section key (core/minutes_draft.py)
    text: str = ""  # the section's text as shown in the editor (public: anonymised)
    body: list[Block] = field(default_factory=list)  # what is rendered
    edited: bool = False

    @property
    def has_content(self) -> bool:
        return bool(self.body or self.actions)

    @property
    def no_decisions_line(self) -> bool:
        """Print NO_DECISIONS? Only under a decision section with no text at all: notes typed
        in the item without Ctrl+B are shown as they are (the check before export offers to
        mark them), never under a line saying there were none."""
        return self.is_decision and not self.body


@dataclass
class TimeRow:
    label: str
    planned: str  # minutes, "25"
    actual: str  # minutes, "27"; "–" when the item never ran


@dataclass
class TalkRow:
    label: str
    time: str  # "12:34"
    share: str  # "23 %"


@dataclass
class Minutes:
    public: bool
    school: str
    date_text: str
    time_text: str
    location: str
    theme: str
    learning_focus: str
    participants: list[str]  # one line per participant (internal, or public with names)
    roles_line: str  # public without names: "Skoleleder, 2 × Ledelsesteam"
    absent: list[str]
    sections: list[Section]
    timing: list[TimeRow]
    timing_total: TimeRow
    run_text: str  # "Mødet begyndte kl. 13.02 og sluttede kl. 15.04." or ""
    talk_time: list[TalkRow]
    title: str = TITLE
    focus: list[Block] = field(default_factory=list)  # the learning focus as paragraphs
    show_focus: bool = True
    # text -> text without participants' names (the public version's header, footer...)
    anonymize: Callable[[str], str] = field(default=lambda t: t, repr=False, compare=False)

    @property
    def header_text(self) -> str:
        return " · ".join(p for p in ("Beslutningsreferat", self.school, self.date_text) if p)

    @property
    def doc_title(self) -> str:
        return " – ".join(p for p in ("Beslutningsreferat", self.school, self.date_text) if p)


class _FixedClock:
    """The core's Clock at one instant: the minutes read the run log, they never log."""

    def __init__(self, t: float) -> None:
        self.t = t

    def now(self) -> float:
        return self.t

    def boot_stamp(self) -> tuple[float | None, str]:
        return None, ""

    def align(self, at: float, boot: float | None, boot_id: str) -> None:
        pass


# --- names ------------------------------------------------------------------------------


def speaker_label(p: Participant) -> str:
    return f"{p.name} ({p.role})" if p.role else p.name


def roles_summary(participants: list[Participant]) -> str:
    """'Skoleleder, Børn og Unge-chef, 2 × Ledelsesteam' in order of first appearance."""
    counts: dict[str, int] = {}
    for p in participants:
        role = p.role or NO_ROLE
        counts[role] = counts.get(role, 0) + 1
    return ", ".join(role if n == 1 else f"{n} × {role}" for role, n in counts.items())


# --- building ---------------------------------------------------------------------------


def _heading(item: AgendaItem) -> str:
    return f"{item.number}. {item.title}".strip()


def _groups(item: AgendaItem | None, notes: list[Note], entry_of) -> list[PhaseGroup]:
    """Notes of one section, grouped by phase (agenda order) and then by round."""
    phase_order = {p.id: n for n, p in enumerate(item.phases)} if item else {}
    titles = {p.id: p.title for p in item.phases} if item else {}
    buckets: dict[str | None, list[Note]] = {}
    for note in notes:
        key = note.phase if note.phase in phase_order else None
        buckets.setdefault(key, []).append(note)
    out: list[PhaseGroup] = []
    for key in sorted(buckets, key=lambda k: -1 if k is None else phase_order[k]):
        rounds: dict[int | None, Round] = {}
        for note in buckets[key]:
            rounds.setdefault(note.round, Round(note.round)).entries.append(entry_of(note))
        ordered = sorted(rounds.values(), key=lambda r: -1 if r.number is None else r.number)
        out.append(PhaseGroup(titles.get(key, "") if key else "", ordered))
    return out


def _same(text: str) -> str:
    return text


def build_minutes(
    meeting: Meeting,
    *,
    public: bool = False,
    names: bool = False,
    now: float | None = None,
    leave_out: Iterable[int] | None = None,
    replace: dict[str, str] | None = None,
) -> Minutes:
    """`leave_out`: agenda item numbers to leave out (public default: 1, 2 and 7; the
    decision item is always kept). `replace`: words the user chose to replace in the public
    version after the check before export ({"Peter": "en lærer"})."""
    now = time.time() if now is None else now
    show_names = not public or names
    scrub: Callable[[str], str] = _same
    if public and not names:
        scrub = Anonymizer(meeting.participants, replace=replace)
    elif public and replace:
        scrub = Anonymizer([], replace=replace, emails=False)
    skip = set(PUBLIC_LEAVE_OUT if leave_out is None and public else leave_out or ())
    people = {p.id: p for p in meeting.participants}

    def entry_of(note: Note) -> Entry:
        p = people.get(note.participant) if note.participant and not public else None
        return Entry(scrub(note.text), speaker_label(p) if p else "")

    agenda = meeting.agenda
    eval_item = draft.find_item(agenda, Mode.EVALUATION, "Samtale om samtalen")
    items_by_id = {i.id: i for i in agenda}

    # Route every note to the section it belongs in (one pass: 1,000 notes stay fast).
    per_item: dict[str | None, list[Note]] = {}
    decisions: list[Entry] = []
    action_notes: list[Note] = []
    for note in meeting.live_notes():
        if not note.text.strip():
            continue
        if note.kind == NoteKind.DECISION:
            decisions.append(entry_of(note))
        elif note.kind == NoteKind.ACTION:
            action_notes.append(note)
        elif (
            note.kind == NoteKind.EVALUATION and eval_item is not None and note.item != eval_item.id
        ):
            eval_phase = next((p.id for p in eval_item.phases if p.mode == Mode.EVALUATION), None)
            per_item.setdefault(eval_item.id, []).append(
                Note(
                    note.text,
                    eval_item.id,
                    eval_phase,
                    note.participant,
                    note.round,
                    note.kind,
                    note.created_at,
                    note.id,
                )
            )
        else:
            target = note.item if note.item in items_by_id else None
            if note.kind == NoteKind.EVALUATION and eval_item is None:
                target = "__evaluation__"
            per_item.setdefault(target, []).append(note)
    actions = [
        ActionRow(scrub(w), scrub(who), scrub(due))
        for w, who, due in _actions(meeting.actions, action_notes)
    ]

    # The sections as the Referat tab shows them: edited text, or the draft from the notes.
    speakers = _speakers(meeting.participants)
    sections: list[Section] = []
    focus = draft.Effective("", False, True, False)
    for ds in draft.sections(meeting):
        eff = _effective(meeting, ds, public)
        if ds.key == draft.FOCUS:
            focus = eff
            continue
        item = ds.item
        if not eff.included or (item is not None and item.number in skip and not ds.is_decision):
            continue
        if not eff.text.strip() and not ds.is_decision:
            continue
        if item is not None:
            sec = Section(
                scrub(_heading(item)),
                scrub(item.minutes_prompt),
                _groups(item, per_item.get(item.id, []), entry_of),
                is_decision=ds.is_decision,
                item_id=item.id,
            )
        else:  # a custom agenda without a decision or evaluation item, notes without one
            legacy = {draft.EVALUATION: "__evaluation__", draft.OTHER: None}
            notes = per_item.get(legacy[ds.key], []) if ds.key in legacy else []
            sec = Section(
                ds.heading,
                groups=_groups(None, notes, entry_of) if notes else [],
                is_decision=ds.is_decision,
            )
        if ds.is_decision:
            sec.decisions, sec.actions = decisions, actions
        sec.key, sec.edited, sec.text = ds.key, eff.edited, scrub(eff.text)
        sec.body = _blocks(eff.text, speakers, public, scrub)
        sections.append(sec)
    for sec in sections:
        if public:  # a reader outside gets the content, not how the meeting was run
            sec.groups = _flat(sec.groups)
        sec.show_phase_titles = sum(1 for g in sec.groups if g.title) > 1

    present = [p for p in meeting.participants if p.present]
    absent = [p for p in meeting.participants if not p.present]
    if show_names:
        participant_lines, roles_line = [speaker_label(p) for p in present], ""
    else:
        participant_lines, roles_line = [], roles_summary(present)

    timing, total, run_text = _timing(meeting, now)
    if public:
        timing, run_text = [], ""
    talk = [] if public else _talk_time(meeting)
    info = meeting.info
    return Minutes(
        public=public,
        school=scrub(info.school),
        date_text=danish_date(info.date),
        time_text=_time_text(meeting),
        location=scrub(info.location),
        theme=scrub(info.theme),
        learning_focus=scrub(focus.text) if focus.included else "",
        focus=_blocks(focus.text, {}, public, scrub),
        show_focus=focus.included,
        participants=participant_lines,
        roles_line=roles_line,
        absent=[speaker_label(p) for p in absent] if not public else [],
        sections=sections,
        timing=timing,
        timing_total=total,
        run_text=run_text,
        talk_time=talk,
        anonymize=scrub,
    )


def _effective(meeting: Meeting, ds: draft.DraftSection, public: bool) -> draft.Effective:
    """The section's text as the editor shows it; the public version's drafts never name
    speakers (an edited text keeps what the referent wrote, anonymised later)."""
    eff = draft.effective(meeting, ds)
    if public and not eff.edited and eff.names:
        eff.text = draft.draft_text(meeting, ds, names=False)
    return eff


def _speakers(participants: list[Participant]) -> dict[str, str]:
    """'Name (Role)' and 'Name' -> the label a line may open with, longest first."""
    out: dict[str, str] = {}
    for p in participants:
        for form in (speaker_label(p), p.name):
            if form.strip():
                out[form] = form
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _blocks(
    text: str, speakers: dict[str, str], public: bool, scrub: Callable[[str], str]
) -> list[Block]:
    """A section's text as paragraphs to render. A bullet or numbered line that opens with a
    participant ("Anna Jensen (Skoleleder): ...") gets the name in bold, and in the public
    version no name at all; a numbered "titel – forklaring" gets its title in bold."""
    out: list[Block] = []
    for line in draft.parse_lines(text):
        body, lead, sep = line.text, "", ": "
        if line.kind in (draft.BULLET, draft.NUMBER):
            who = next((s for s in speakers if body.startswith(s + ":")), "")
            if who:
                body, lead = body[len(who) + 1 :].lstrip(), "" if public else who
            elif line.kind == draft.NUMBER and " – " in body:
                title, rest = body.split(" – ", 1)
                if rest.strip() and len(title) <= 120:
                    body, lead, sep = rest.strip(), title.strip(), " – "
        out.append(Block(line.kind, scrub(body), scrub(lead) if lead else "", line.number, sep))
    return out


def _key(*parts: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()).casefold() for p in parts)


def _actions(actions: list[Action], notes: list[Note]) -> list[tuple[str, str, str]]:
    """The actions table: the meeting's actions, then every action note ("Hvad; Hvem;
    Hvornår", typed after Ctrl+H) not already among them. A note counts as taken when an
    action was made from it (`source`) or has the same what/who/due."""
    rows = [
        (a.what, a.who, a.due) for a in actions if a.what.strip() or a.who.strip() or a.due.strip()
    ]
    taken = {_key(*r) for r in rows}
    sources = {a.source for a in actions if a.source}
    for note in notes:
        what, who, due = parse_action(note.text)
        if note.id in sources or _key(what, who, due) in taken or not (what or who or due):
            continue
        taken.add(_key(what, who, due))
        rows.append((what, who, due))
    return rows


def _flat(groups: list[PhaseGroup]) -> list[PhaseGroup]:
    """All entries of a section in one untitled group, in phase and round order."""
    entries = [e for g in groups for e in g.entries]
    return [PhaseGroup("", [Round(None, entries)])] if entries else []


def _time_text(meeting: Meeting) -> str:
    start = parse_hhmm(meeting.info.start_time)
    if start is None:
        return danish_time(meeting.info.start_time)
    end = parse_hhmm(meeting.info.end_time)
    length = (
        (end - start) if end is not None and end > start else sum(i.minutes for i in meeting.agenda)
    )
    return time_range(start, length) if length else danish_time(meeting.info.start_time)


def _timing(meeting: Meeting, now: float) -> tuple[list[TimeRow], TimeRow, str]:
    runner = Runner(meeting, _FixedClock(now))
    rows: list[TimeRow] = []
    planned_total = used_total = 0.0
    any_run = False
    for item in meeting.agenda:
        planned_total += item.minutes
        if item.id in runner.state.first_entered:
            used = runner.item_elapsed(item, now)
            used_total += used
            any_run = True
            actual = duration_min(used)
        else:
            actual = "–"
        rows.append(TimeRow(_heading(item), minutes_number(item.minutes), actual))
    total = TimeRow(
        "I alt", minutes_number(planned_total), duration_min(used_total) if any_run else "–"
    )
    run_text = ""
    st = runner.state
    if st.started_at is not None:
        run_text = f"Mødet begyndte kl. {epoch_time(st.started_at)}"
        if st.finished_at is not None:
            run_text += f" og sluttede kl. {epoch_time(st.finished_at)}"
        run_text += "."
    return rows, total, run_text


def _talk_time(meeting: Meeting) -> list[TalkRow]:
    seconds = dict(meeting.talk.totals)  # closed segments; typed and validated on load
    if not seconds:
        return []
    total = sum(seconds.values())
    rows = []
    for p in meeting.participants:
        if p.id in seconds:
            s = seconds[p.id]
            share = f"{round(100 * s / total)} %" if total else "0 %"
            rows.append(TalkRow(speaker_label(p), duration_mmss(s), share))
    return rows
