"""The documents' Danish formats: the core's one formatting module under the names the export
has always used."""

from sus_desktop.core.danish import (
    MONTHS,
    WEEKDAYS,
    clock_time,
    duration_min,
    parse_date,
    parse_hhmm,
    time_range,
)
from sus_desktop.core.danish import clock as epoch_time
from sus_desktop.core.danish import date_text as danish_date
from sus_desktop.core.danish import elapsed as duration_mmss
from sus_desktop.core.danish import minutes as minutes_number
from sus_desktop.core.danish import time_text as danish_time

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "clock_time",
    "danish_date",
    "danish_time",
    "duration_min",
    "duration_mmss",
    "epoch_time",
    "minutes_number",
    "parse_date",
    "parse_hhmm",
    "time_range",
]
