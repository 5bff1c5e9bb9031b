"""Planned clock times of an agenda from a start time (for the invitation and the CLI)."""

from __future__ import annotations

from sus_desktop.core.agenda import AgendaItem


def parse_hhmm(text: str) -> int:
    """'13:00' or '13.00' -> minutes after midnight."""
    parts = text.strip().replace(".", ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    h, m = int(parts[0]), int(parts[1])
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(text)
    return h * 60 + m


def fmt_clock(minutes: float) -> str:
    """Minutes after midnight -> Danish clock notation '13.05' (wraps past midnight)."""
    total = int(round(minutes)) % (24 * 60)
    return f"{total // 60:02d}.{total % 60:02d}"


def clock_times(items: list[AgendaItem], start_min: int) -> list[tuple[str, str]]:
    out, cursor = [], float(start_min)
    for item in items:
        out.append((fmt_clock(cursor), fmt_clock(cursor + item.minutes)))
        cursor += item.minutes
    return out
