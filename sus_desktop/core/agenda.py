"""The agenda: items with phases, each phase with a facilitation mode.

An item's phases need not add up to its minutes (the municipal agenda's item 4 has
2 + 25 + 15 + 5 = 47 phase minutes in a 45-minute item). The core reports such mismatches
and never corrects them: the facilitator decides.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field

from sus_desktop.core.danish import minutes
from sus_desktop.core.ids import new_id
from sus_desktop.core.lazy_dataclass import LazyDataclass, lazy_dataclass
from sus_desktop.core.modes import Mode


@dataclass
class Phase:
    title: str
    minutes: float
    mode: Mode = Mode.DIALOGUE
    questions: list[str] = field(default_factory=list)
    optional: bool = False
    id: str = field(default_factory=lambda: new_id("p"))
    warn_minutes: float | None = None  # warning before the end; None: by the phase's length


@dataclass
class QuestionSet:
    title: str
    questions: list[str] = field(default_factory=list)


@dataclass
class AgendaItem:
    number: int
    title: str
    minutes: float
    goal: str = ""
    responsible: str = ""
    process: str = ""
    minutes_prompt: str = ""  # the minutes template's guiding question for this item
    phases: list[Phase] = field(default_factory=list)
    question_sets: list[QuestionSet] = field(default_factory=list)
    fixed: bool = False  # rebalancing leaves fixed items alone
    id: str = field(default_factory=lambda: new_id("i"))

    @property
    def phase_minutes(self) -> float:
        return sum(p.minutes for p in self.phases)

    def phase_mismatch(self) -> float:
        """Phase minutes minus item minutes; 0 when they agree or the item has no phases."""
        return self.phase_minutes - self.minutes if self.phases else 0.0

    def has_mode(self, mode: Mode) -> bool:
        return any(p.mode == mode for p in self.phases)


@dataclass
class AgendaInfo:
    """Texts around the items that the invitation (agenda DOCX) needs."""

    title: str = ""
    theme: str = ""
    purpose: str = ""
    goals: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    minute_taker: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)


@lazy_dataclass
class Mismatch(LazyDataclass):
    item_id: str
    number: int
    title: str
    item_minutes: float
    phase_minutes: float

    def message(self) -> str:
        return (
            f"Punkt {self.number} «{self.title}»: faserne varer {minutes(self.phase_minutes)}"
            f" min., punktet {minutes(self.item_minutes)} min."
        )


def total_minutes(items: list[AgendaItem]) -> float:
    return sum(i.minutes for i in items)


def mismatches(items: list[AgendaItem]) -> list[Mismatch]:
    return [
        Mismatch(i.id, i.number, i.title, i.minutes, i.phase_minutes)
        for i in items
        if abs(i.phase_mismatch()) > 1e-9
    ]


def renumber(items: list[AgendaItem]) -> None:
    for n, item in enumerate(items, start=1):
        item.number = n


# --- dict form (shared by the meeting file, the store and agenda templates) -------------


def phase_to_dict(p: Phase) -> dict:
    return {
        "id": p.id,
        "title": p.title,
        "minutes": p.minutes,
        "mode": p.mode.value,
        "questions": list(p.questions),
        "optional": p.optional,
        **({"warn_minutes": p.warn_minutes} if p.warn_minutes is not None else {}),
    }


def phase_from_dict(d: dict) -> Phase:
    return Phase(
        id=str(d.get("id") or new_id("p")),
        title=str(d.get("title", "")),
        minutes=_minutes(d.get("minutes", 0)),
        mode=Mode(d.get("mode", "dialogue")),
        questions=[str(q) for q in d.get("questions") or []],
        optional=bool(d.get("optional", False)),
        warn_minutes=_warn_minutes(d.get("warn_minutes")),
    )


def _warn_minutes(value) -> float | None:
    """A phase's own warning time; None (the default by length) for anything unusable."""
    try:
        v = float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None
    if v is None or not (0 <= v <= 24 * 60):
        return None
    return int(v) if v.is_integer() else v


def item_to_dict(i: AgendaItem) -> dict:
    return {
        "id": i.id,
        "number": i.number,
        "title": i.title,
        "minutes": i.minutes,
        "goal": i.goal,
        "responsible": i.responsible,
        "process": i.process,
        "minutes_prompt": i.minutes_prompt,
        "fixed": i.fixed,
        "question_sets": [
            {"title": s.title, "questions": list(s.questions)} for s in i.question_sets
        ],
        "phases": [phase_to_dict(p) for p in i.phases],
    }


def item_from_dict(d: dict) -> AgendaItem:
    return AgendaItem(
        id=str(d.get("id") or new_id("i")),
        number=int(d.get("number", 0)),
        title=str(d.get("title", "")),
        minutes=_minutes(d.get("minutes", 0)),
        goal=str(d.get("goal") or ""),
        responsible=str(d.get("responsible") or ""),
        process=str(d.get("process") or ""),
        minutes_prompt=str(d.get("minutes_prompt") or ""),
        fixed=bool(d.get("fixed", False)),
        question_sets=[
            QuestionSet(str(s.get("title", "")), [str(q) for q in s.get("questions") or []])
            for s in d.get("question_sets") or []
        ],
        phases=[phase_from_dict(p) for p in d.get("phases") or []],
    )


def info_to_dict(a: AgendaInfo) -> dict:
    return copy.deepcopy(a.__dict__)


def info_from_dict(d: dict) -> AgendaInfo:
    info = AgendaInfo()
    for key, default in AgendaInfo().__dict__.items():
        if key in d and d[key] is not None:
            value = d[key]
            setattr(info, key, [str(v) for v in value] if isinstance(default, list) else str(value))
    return info


def _minutes(value) -> float:
    m = float(value)
    if not (0 <= m <= 24 * 60):
        raise ValueError(f"minutes out of range: {value!r}")
    return int(m) if m.is_integer() else m


# --- agenda templates --------------------------------------------------------------------


def load_template(text: str) -> tuple[AgendaInfo, list[AgendaItem]]:
    data = json.loads(text)
    if data.get("format") != "sus-agenda":
        raise ValueError("not a sus-agenda file")
    return info_from_dict(data), [item_from_dict(d) for d in data.get("items", [])]


def dump_template(info: AgendaInfo, items: list[AgendaItem]) -> str:
    data = {
        "format": "sus-agenda",
        "version": 1,
        **info_to_dict(info),
        "items": [item_to_dict(i) for i in items],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def builtin_agenda() -> tuple[AgendaInfo, list[AgendaItem]]:
    """The municipal SUS 2025 agenda, fresh copies each call."""
    from sus_desktop.resources import resource_path

    return load_template(resource_path("agendas", "sus2025.json").read_text(encoding="utf-8"))
