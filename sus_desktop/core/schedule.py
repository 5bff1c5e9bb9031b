"""Planned clock times of an agenda from a start time (for the invitation and the CLI)."""

from __future__ import annotations

from sus_desktop.core.agenda import AgendaItem
from sus_desktop.core.danish import clock_time


def clock_times(items: list[AgendaItem], start_min: int) -> list[tuple[str, str]]:
    out, cursor = [], float(start_min)
    for item in items:
        out.append((clock_time(cursor), clock_time(cursor + item.minutes)))
        cursor += item.minutes
    return out
