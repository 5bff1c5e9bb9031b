"""Danish dates, times and durations for documents, independent of the OS locale.

The export runs headless and on machines set to English, so month names and the
"13.05" time style are spelled out here rather than taken from `locale`.
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def danish_date(text: str, weekday: bool = False) -> str:
    """'2025-03-13' -> '13. marts 2025' (or 'torsdag den 13. marts 2025'); other text unchanged."""
    d = parse_date(text)
    if d is None:
        return (text or "").strip()
    out = f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{WEEKDAYS[d.weekday()]} den {out}" if weekday else out


def parse_hhmm(text: str) -> int | None:
    """'13:05' or '13.05' -> minutes after midnight; None when not a time."""
    try:
        hh, mm = (int(x) for x in (text or "").strip().replace(".", ":").split(":"))
    except ValueError:
        return None
    if 0 <= hh < 24 and 0 <= mm < 60:
        return hh * 60 + mm
    return None


def clock_time(minutes_after_midnight: float) -> str:
    """600.0 -> '10.00' (Danish style, wraps past midnight)."""
    total = int(round(minutes_after_midnight)) % (24 * 60)
    return f"{total // 60:02d}.{total % 60:02d}"


def danish_time(text: str) -> str:
    """'13:05' -> '13.05'; text that is not a time is returned trimmed."""
    m = parse_hhmm(text)
    return clock_time(m) if m is not None else (text or "").strip()


def time_range(start_minutes: float, length_minutes: float) -> str:
    """(780, 5) -> '13.00–13.05'."""
    return f"{clock_time(start_minutes)}–{clock_time(start_minutes + length_minutes)}"


def epoch_time(ts: float) -> str:
    """Local wall-clock time of an epoch, '13.05'."""
    dt = datetime.fromtimestamp(ts)
    return f"{dt.hour:02d}.{dt.minute:02d}"


def minutes_number(m: float) -> str:
    """25 -> '25', 2.5 -> '2,5' (Danish decimal comma)."""
    m = float(m)
    return str(int(m)) if m.is_integer() else f"{m:.1f}".replace(".", ",")


def duration_min(seconds: float) -> str:
    """Used time in whole minutes for the time table: 0 -> '0', 20 s -> '<1', 1,612 s -> '27'."""
    if seconds <= 0:
        return "0"
    if seconds < 30:
        return "<1"
    return str(int(seconds / 60 + 0.5))


def duration_mmss(seconds: float) -> str:
    """Talk time: 754 s -> '12:34'; an hour or more -> '1:02:34'."""
    s = int(round(max(0.0, seconds)))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
