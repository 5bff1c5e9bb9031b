"""Typed state of the facilitation modes that keep some: the spiral round, speaking time and the
follow-up on last year's conversation. Each has a plain-dict form for the file and the store;
`from_dict` raises ValueError on anything it cannot use, and the caller keeps such data aside
(reported, never dropped)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sus_desktop.core.lazy_dataclass import LazyDataclass, lazy_dataclass


def _float(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"not a number: {value!r}")
    f = float(value)
    if not math.isfinite(f):
        raise ValueError(f"not finite: {value!r}")
    return f


def _opt_float(value) -> float | None:
    return None if value is None else _float(value)


def _str(value) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not a text: {value!r}")
    return value


def _opt_str(value) -> str | None:
    return None if value is None else _str(value)


def _ids(value) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"not a list: {value!r}")
    return [_str(v) for v in value]


def _int(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


# --- the spiral round ---------------------------------------------------------------------


@lazy_dataclass
class Turn(LazyDataclass):
    participant: str
    round: int
    started_at: float
    ended_at: float
    passed: bool

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d) -> Turn:
        if not isinstance(d, dict):
            raise ValueError("turn is not an object")
        return cls(
            _str(d.get("participant")),
            _int(d.get("round")),
            _float(d.get("started_at")),
            _float(d.get("ended_at")),
            bool(d.get("passed", False)),
        )


@lazy_dataclass
class SpiralState(LazyDataclass):
    """One spiral phase: the facilitator's order, the round in progress and every turn taken."""

    order: list[str] = field(default_factory=list)
    direction: int = 1
    round: int = 0
    round_start: str | None = None
    current: str | None = None
    turn_started_at: float | None = None
    turn_box: float = 0.0
    queue: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    round_complete: bool = False
    log: list[Turn] = field(default_factory=list)
    reverse: bool = False  # option: the next round goes the other way
    same_start: bool = False  # option: the next round starts with the same person

    def to_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k not in ("log", "reverse", "same_start")}
        d["order"], d["queue"], d["done"] = list(self.order), list(self.queue), list(self.done)
        d["log"] = [t.to_dict() for t in self.log]
        d["options"] = {"reverse": self.reverse, "same_start": self.same_start}
        return d

    @classmethod
    def from_dict(cls, d) -> SpiralState:
        if not isinstance(d, dict):
            raise ValueError("spiral state is not an object")
        opts = d.get("options") or {}
        if not isinstance(opts, dict):
            raise ValueError("spiral options are not an object")
        direction = _int(d.get("direction", 1))
        return cls(
            order=_ids(d.get("order", [])),
            direction=-1 if direction < 0 else 1,
            round=max(0, _int(d.get("round", 0))),
            round_start=_opt_str(d.get("round_start")),
            current=_opt_str(d.get("current")),
            turn_started_at=_opt_float(d.get("turn_started_at")),
            turn_box=max(0.0, _float(d.get("turn_box", 0.0))),
            queue=_ids(d.get("queue", [])),
            done=_ids(d.get("done", [])),
            round_complete=bool(d.get("round_complete", False)),
            log=[Turn.from_dict(t) for t in _list(d.get("log", []))],
            reverse=bool(opts.get("reverse", False)),
            same_start=bool(opts.get("same_start", False)),
        )


def _list(value) -> list:
    if not isinstance(value, list):
        raise ValueError(f"not a list: {value!r}")
    return value


# --- speaking time ------------------------------------------------------------------------


@dataclass
class TalkState:
    """Closed speaking time per participant, and who speaks now since when."""

    totals: dict[str, float] = field(default_factory=dict)
    speaker: str | None = None
    since: float | None = None

    def to_dict(self) -> dict:
        return {
            "totals": dict(self.totals),
            "open": {"participant": self.speaker, "since": self.since} if self.speaker else None,
        }

    @classmethod
    def from_dict(cls, d) -> TalkState:
        if not isinstance(d, dict):
            raise ValueError("talk time is not an object")
        totals = d.get("totals") or {}
        if not isinstance(totals, dict):
            raise ValueError("talk totals are not an object")
        state = cls({str(k): max(0.0, _float(v)) for k, v in totals.items()})
        o = d.get("open")
        if isinstance(o, dict) and o.get("participant"):
            state.speaker = _str(o["participant"])
            state.since = _float(o.get("since"))
        return state

    @classmethod
    def from_v1(cls, totals, open_segment) -> TalkState:
        """Version 1 files kept these as two sections of `extra`."""
        return cls.from_dict({"totals": totals or {}, "open": open_segment})


# --- follow-up on the previous conversation -------------------------------------------------

OPEN, DONE, ONGOING, DROPPED = "åben", "done", "ongoing", "dropped"
STATUSES = (OPEN, DONE, ONGOING, DROPPED)


@lazy_dataclass
class FollowUpEntry(LazyDataclass):
    id: str
    source: str  # decision, action or manual
    source_id: str | None
    text: str
    who: str = ""
    due: str = ""
    status: str = OPEN
    note: str = ""
    origin: str = ""  # the previous meeting's date ("from" in the file)

    def to_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "origin"}
        d["from"] = self.origin
        return d

    @classmethod
    def from_dict(cls, d) -> FollowUpEntry:
        if not isinstance(d, dict):
            raise ValueError("follow-up entry is not an object")
        status = d.get("status", OPEN)
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        return cls(
            id=_str(d.get("id")),
            source=str(d.get("source") or "manual"),
            source_id=_opt_str(d.get("source_id")),
            text=_str(d.get("text", "")),
            who=str(d.get("who") or ""),
            due=str(d.get("due") or ""),
            status=status,
            note=str(d.get("note") or ""),
            origin=str(d.get("from") or ""),
        )


# --- the minutes as the referent edits them ------------------------------------------------


@lazy_dataclass
class MinutesSection(LazyDataclass):
    """One section of the beslutningsreferat as edited (the notes stay underneath, unchanged)."""

    key: str  # "focus", an item id, ...
    text: str = ""
    names: bool = False  # speaker names shown in this section
    included: bool = True
    # False: only the settings are stored and the text is still the draft from the notes
    # (core/minutes_draft.py), which follows the notes until the first edit.
    edited: bool = True

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d) -> MinutesSection:
        if not isinstance(d, dict):
            raise ValueError("minutes section is not an object")
        return cls(
            key=_str(d.get("key")),
            text=_str(d.get("text", "")),
            names=bool(d.get("names", False)),
            included=bool(d.get("included", True)),
            edited=bool(d.get("edited", True)),
        )
