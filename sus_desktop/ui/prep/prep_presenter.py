"""Texts of the preparation view: the agenda total against the time available, and each
item's phases against its minutes. Shown live, never corrected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sus_desktop.core import danish
from sus_desktop.core.agenda import mismatches, total_minutes
from sus_desktop.core.meeting import Meeting


def available_minutes(meeting: Meeting) -> int | None:
    start = danish.parse_hhmm(meeting.info.start_time)
    end = danish.parse_hhmm(meeting.info.end_time)
    if start is None or end is None:
        return None
    return (end - start) % (24 * 60)


def total_text(meeting: Meeting) -> tuple[str, bool]:
    """('Dagsorden: 120 min · Tid til rådighed: 13.00–15.00 (120 min)', too_long)."""
    total = total_minutes(meeting.agenda)
    text = QCoreApplication.translate("PrepPresenter", "Dagsorden: %1 min").replace(
        "%1", danish.minutes(total)
    )
    avail = available_minutes(meeting)
    if avail is None:
        start = danish.parse_hhmm(meeting.info.start_time)
        if start is not None:
            text += " · " + QCoreApplication.translate("PrepPresenter", "Slutter kl. %1").replace(
                "%1", danish.clock_time(start + total)
            )
        return text, False
    text += " · " + (
        QCoreApplication.translate("PrepPresenter", "Tid til rådighed: %1–%2 (%3 min)")
        .replace("%1", danish.time_text(meeting.info.start_time))
        .replace("%2", danish.time_text(meeting.info.end_time))
        .replace("%3", str(avail))
    )
    diff = total - avail
    if diff > 1e-9:
        text += " · ⚠ " + QCoreApplication.translate("PrepPresenter", "%n min for meget").replace(
            "%n", danish.minutes(diff)
        )
    elif diff < -1e-9:
        text += " · " + QCoreApplication.translate("PrepPresenter", "%n min luft").replace(
            "%n", danish.minutes(-diff)
        )
    return text, diff > 1e-9


def mismatch_lines(meeting: Meeting) -> list[str]:
    return [text for text, _warning in phase_notes(meeting)]


def optional_explains(item) -> bool:
    """The item's minutes lie between its phases without and with the optional ones: the
    source plans an optional phase (item 4's summary) that fits if time allows. Information,
    not a fault."""
    optional = sum(p.minutes for p in item.phases if p.optional)
    required = item.phase_minutes - optional
    return optional > 0 and required - 1e-9 <= item.minutes <= item.phase_minutes + 1e-9


def phase_notes(meeting: Meeting) -> list[tuple[str, bool]]:
    """(text, is_warning) for each item whose phases do not add up to its minutes."""
    out = []
    for m in mismatches(meeting.agenda):
        item = next(i for i in meeting.agenda if i.id == m.item_id)
        if optional_explains(item):
            optional = sum(p.minutes for p in item.phases if p.optional)
            out.append(
                (
                    "ℹ "
                    + QCoreApplication.translate(
                        "PrepPresenter",
                        "Punkt %1: faserne %2 min uden den valgfri fase, %3 min med"
                        " (punktet har %4 min)",
                    )
                    .replace("%1", str(m.number))
                    .replace("%2", danish.minutes(m.phase_minutes - optional))
                    .replace("%3", danish.minutes(m.phase_minutes))
                    .replace("%4", danish.minutes(m.item_minutes)),
                    False,
                )
            )
        else:
            out.append(
                (
                    "⚠ "
                    + QCoreApplication.translate(
                        "PrepPresenter", "Punkt %1: faserne %2 min mod %3 min"
                    )
                    .replace("%1", str(m.number))
                    .replace("%2", danish.minutes(m.phase_minutes))
                    .replace("%3", danish.minutes(m.item_minutes)),
                    True,
                )
            )
    return out
