"""The check before export: what in the public minutes still looks like a person or personal
data, and a decision item with notes but no decisions. Qt-free; the UI lists the findings
(each with its context) and lets the user replace or keep each one.

What is flagged in the public text (after participants' names became roles):
- a capitalised word that is not at the start of a sentence, not an ordinary Danish word
  (resources/wordlists), not an abbreviation, and not a word of the meeting's own vocabulary
  (school, agenda titles, roles): most likely a name;
- e-mail addresses, phone numbers (8 digits, optionally +45, in any grouping), CPR-like
  numbers (ddmmyy-xxxx).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sus_desktop.core.agenda import Mode
from sus_desktop.core.meeting import ROLES, Meeting, NoteKind
from sus_desktop.export.anonymize import sentence_start
from sus_desktop.export.danish_words import is_ordinary
from sus_desktop.export.minutes_model import Minutes, build_minutes

NAME, EMAIL, PHONE, CPR, DECISIONS = "navn", "e-mail", "telefon", "cpr", "beslutninger"
_KIND_LABEL = {
    NAME: "Ligner et navn",
    EMAIL: "E-mailadresse",
    PHONE: "Telefonnummer",
    CPR: "Ligner et CPR-nummer",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CPR = re.compile(r"(?<![\d-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?\d{4}(?![\d-])")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+45[ .-]?|0045[ .-]?)?\d{2}(?:[ .-]?\d{2}){3}(?![\d])"
    r"|(?<![\w+])(?:\+45[ .-]?)?\d{4}[ .-]\d{4}(?!\d)"
)
_CAPITALISED = re.compile(r"(?<![\w@.-])[^\W\d_a-zæøå][\w'’-]*")
CONTEXT = 40


@dataclass(frozen=True)
class Finding:
    kind: str  # NAME, EMAIL, PHONE, CPR or DECISIONS
    text: str  # what was found: "Peter", "12 34 56 78"; empty for DECISIONS
    context: str  # "… talte med Peter om …"
    where: str  # "4. Refleksion over data", "Læringsfokus", "Aftaler"
    message: str  # one Danish line for the list

    def __str__(self) -> str:
        return self.message


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    snippet = " ".join(text[a:b].split())
    return ("…" if a else "") + snippet + ("…" if b < len(text) else "")


def _vocabulary(meeting: Meeting) -> set[str]:
    """Capitalised words the meeting itself uses: not names of people."""
    texts = [meeting.info.school, meeting.info.title, meeting.info.theme, *ROLES]
    texts += [p.role for p in meeting.participants]
    for item in meeting.agenda:
        texts += [item.title, item.minutes_prompt]
        texts += [ph.title for ph in item.phases]
    return {w.casefold() for t in texts if t for w in re.findall(r"[\w'’-]+", t)}


def _texts(m: Minutes) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a reader of the public minutes sees."""
    for where, text in (
        ("Sted", m.location),
        ("Tema", m.theme),
        ("Samtalens læringsfokus", m.learning_focus),
    ):
        if text:
            yield where, text
    for s in m.sections:
        for b in s.body:  # the text as exported: edited in the Referat tab, or the draft
            yield s.heading, f"{b.lead}{b.sep}{b.text}" if b.lead else b.text
        for a in s.actions:
            for text in (a.what, a.who, a.due):
                if text:
                    yield f"{s.heading} – aftaler", text


def scan_text(
    text: str, where: str, known: set[str] | frozenset[str] = frozenset()
) -> list[Finding]:
    """Findings in one text, in order."""
    found: list[tuple[int, Finding]] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        hit = text[start:end]
        ctx = _context(text, start, end)
        found.append(
            (start, Finding(kind, hit, ctx, where, f"{where}: {_KIND_LABEL[kind]} «{hit}» – {ctx}"))
        )

    for rx, kind in ((_EMAIL, EMAIL), (_CPR, CPR), (_PHONE, PHONE)):
        for m in rx.finditer(text):
            add(kind, *m.span())
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).rstrip("'’-")
        bare = re.sub(r"(['’]s|['’])$", "", word)
        if (
            len(bare) < 2
            or bare.isupper()
            or sentence_start(text, m.start())
            or is_ordinary(bare)
            or bare.casefold() in known
            or word.casefold() in known
        ):
            continue
        if _inflected(bare, known):
            continue  # "Skoleleders", "Unge-chefen": a known word with an ending
        add(NAME, m.start(), m.start() + len(word))
    return [f for _, f in sorted(found, key=lambda x: x[0])]


_ENDINGS = ("ernes", "erne", "enes", "ene", "ens", "ets", "ers", "en", "et", "er", "e", "s")


def _inflected(word: str, known: set[str] | frozenset[str]) -> bool:
    """A word of the meeting's own vocabulary with an ending ("Unge-chefen"), or an ordinary
    word's genitive ("Skoleleders"); never a -sen surname ("Hansen" is not "hans" + "en")."""
    if word.casefold().endswith("sen"):
        return False
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        if stem.casefold() in known or (ending == "s" and is_ordinary(stem)):
            return True
    return False


def decision_item_number(meeting: Meeting) -> int | None:
    """The number of the decision item (the item with a phase of mode "decision")."""
    return next((item.number for item in meeting.agenda if item.has_mode(Mode.DECISION)), None)


def undecided_prompt(meeting: Meeting) -> str | None:
    """'Punkt 5 har noter, men ingen beslutninger – markér dem?' when it is so."""
    number = decision_item_number(meeting)
    if number is None:
        return None
    item = next(i for i in meeting.agenda if i.number == number)
    notes = [n for n in meeting.live_notes() if n.text.strip()]
    if any(n.kind == NoteKind.DECISION for n in notes):
        return None
    if not any(n.item == item.id and n.kind == NoteKind.NOTE for n in notes):
        return None
    return f"Punkt {number} har noter, men ingen beslutninger – markér dem?"


def check_before_export(
    meeting: Meeting,
    *,
    public: bool = True,
    names: bool = False,
    leave_out: Iterable[int] | None = None,
    keep: Iterable[str] = (),
    replace: dict[str, str] | None = None,
) -> list[Finding]:
    """Everything to show the user before the export, decisions question first. `keep`:
    words the user chose to keep (not listed again); `replace`: words the user chose to
    replace (pass the same to the export), which then are gone from the text checked."""
    findings: list[Finding] = []
    prompt = undecided_prompt(meeting)
    if prompt:
        findings.append(
            Finding(DECISIONS, "", "", f"Punkt {decision_item_number(meeting)}", prompt)
        )
    if not public:
        return findings
    m = build_minutes(
        meeting, public=True, names=names, leave_out=leave_out, now=0.0, replace=replace
    )
    known = _vocabulary(meeting) | {k.casefold() for k in keep}
    if names:  # the user chose to show participants' names
        known |= {w.casefold() for p in meeting.participants for w in p.name.split()}
    for where, text in _texts(m):
        findings.extend(scan_text(text, where, known))
    return findings
