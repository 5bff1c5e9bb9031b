"""Danish formatting and parsing, in one place, for the screens and the documents alike.

Times of day are "13.05", dates "13. marts 2025", durations "24:59" (and "1:02:05" past an
hour, everywhere), minutes "2,5". Spelled out here rather than taken from the OS locale: the
export runs headless and on machines set to English. Values are formatted from data, and
data is never parsed back from a displayed string (`hhmm` gives the stored "13:05" form).
"""

from __future__ import annotations

import math
from datetime import date, datetime

MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
EPS = 1e-6  # a reading a hair before a second boundary shows that second


# --- durations -------------------------------------------------------------------------------


def _hms(s: int) -> str:
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def countdown(seconds: float) -> str:
    """Remaining time, rounded up: a fresh 25-minute phase shows 25:00, then 24:59."""
    return _hms(max(0, int(math.ceil(seconds - EPS))))


def elapsed(seconds: float) -> str:
    """Used time, rounded down (talk time, meeting time, a turn): 89.9 s is 1:29 everywhere."""
    return _hms(max(0, int(math.floor(seconds + EPS))))


def overrun(seconds: float) -> str:
    """Time past the budget, counting up: '+2:13'."""
    return "+" + elapsed(seconds)


def duration_min(seconds: float) -> str:
    """Used time in whole minutes for the time table: 0 -> '0', 20 s -> '<1', 1,612 s -> '27'."""
    if seconds <= 0:
        return "0"
    if seconds < 30:
        return "<1"
    return str(int(seconds / 60 + 0.5))


def minutes(m: float) -> str:
    """25 -> '25', 2.5 -> '2,5' (Danish decimal comma)."""
    m = float(m)
    return str(int(m)) if m.is_integer() else f"{m:.1f}".replace(".", ",")


# --- times of day ----------------------------------------------------------------------------


def parse_hhmm(text: str) -> int | None:
    """'13:05' or '13.05' -> minutes after midnight; None when not a time."""
    parts = (text or "").strip().replace(".", ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    hh, mm = int(parts[0]), int(parts[1])
    return hh * 60 + mm if 0 <= hh < 24 and 0 <= mm < 60 else None


def clock_time(minutes_after_midnight: float) -> str:
    """600.0 -> '10.00' (wraps past midnight)."""
    total = int(round(minutes_after_midnight)) % (24 * 60)
    return f"{total // 60:02d}.{total % 60:02d}"


def hhmm_of_minutes(minutes_after_midnight: float) -> str:
    """600.0 -> '10:00', the stored form of a time (the meeting file's start_time/end_time)."""
    total = int(round(minutes_after_midnight)) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def _local(epoch: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(epoch)
    except (ValueError, OverflowError, OSError):  # a date far outside any meeting's
        return None


def clock(epoch: float) -> str:
    """Local time of day of an epoch, '13.05' ('–' for a time no clock can show)."""
    dt = _local(epoch)
    return f"{dt.hour:02d}.{dt.minute:02d}" if dt else "–"


def hhmm(epoch: float) -> str:
    """Local time of day of an epoch in the stored form, '13:05'."""
    dt = _local(epoch)
    return f"{dt.hour:02d}:{dt.minute:02d}" if dt else ""


def iso_date(epoch: float) -> str:
    """The local date of an epoch in the stored form, '2025-03-13'."""
    dt = _local(epoch)
    return dt.date().isoformat() if dt else ""


def time_text(text: str) -> str:
    """A stored time as shown: '13:05' -> '13.05'; text that is not a time comes back trimmed."""
    m = parse_hhmm(text)
    return clock_time(m) if m is not None else (text or "").strip()


def time_range(start_minutes: float, length_minutes: float) -> str:
    """(780, 5) -> '13.00–13.05'."""
    return f"{clock_time(start_minutes)}–{clock_time(start_minutes + length_minutes)}"


# --- dates -----------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def date_text(text: str, weekday: bool = False) -> str:
    """'2025-03-13' -> '13. marts 2025' (or 'torsdag den 13. marts 2025'); other text as it is."""
    d = parse_date(text)
    if d is None:
        return (text or "").strip()
    out = f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{WEEKDAYS[d.weekday()]} den {out}" if weekday else out
