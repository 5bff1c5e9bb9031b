"""Texts of the preparation view: the agenda total against the time available, and each
item's phases against its minutes. Shown live, never corrected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sus_desktop.core.agenda import mismatches, total_minutes
from sus_desktop.core.meeting import Meeting
from sus_desktop.core.schedule import fmt_clock, parse_hhmm
from sus_desktop.ui.common import fmt


def tr(text: str) -> str:
    return QCoreApplication.translate("PrepPresenter", text)


def available_minutes(meeting: Meeting) -> int | None:
    try:
        start = parse_hhmm(meeting.info.start_time)
        end = parse_hhmm(meeting.info.end_time)
    except ValueError:
        return None
    return (end - start) % (24 * 60)


def total_text(meeting: Meeting) -> tuple[str, bool]:
    """('Dagsorden: 120 min · Tid til rådighed: 13.00–15.00 (120 min)', too_long)."""
    total = total_minutes(meeting.agenda)
    text = tr("Dagsorden: %1 min").replace("%1", fmt.minutes(total))
    avail = available_minutes(meeting)
    if avail is None:
        try:
            start = parse_hhmm(meeting.info.start_time)
            text += " · " + tr("Slutter kl. %1").replace("%1", fmt_clock(start + total))
        except ValueError:
            pass
        return text, False
    text += " · " + (tr("Tid til rådighed: %1–%2 (%3 min)")
                     .replace("%1", fmt.hhmm(meeting.info.start_time))
                     .replace("%2", fmt.hhmm(meeting.info.end_time)).replace("%3", str(avail)))
    diff = total - avail
    if diff > 1e-9:
        text += " · ⚠ " + tr("%n min for meget").replace("%n", fmt.minutes(diff))
    elif diff < -1e-9:
        text += " · " + tr("%n min luft").replace("%n", fmt.minutes(-diff))
    return text, diff > 1e-9


def mismatch_lines(meeting: Meeting) -> list[str]:
    return ["⚠ " + tr("Punkt %1: faserne %2 min mod %3 min").replace("%1", str(m.number))
            .replace("%2", fmt.minutes(m.phase_minutes)).replace("%3", fmt.minutes(m.item_minutes))
            for m in mismatches(meeting.agenda)]
