"""The documents' Danish formats: the core's one formatting module under the names the export
has always used."""

from sus_desktop.core.danish import (  # noqa: F401 - re-exported names
    MONTHS,
    WEEKDAYS,
    clock_time,
    duration_min,
    minutes as minutes_number,
    parse_date,
    parse_hhmm,
    time_range,
)
from sus_desktop.core.danish import clock as epoch_time  # noqa: F401
from sus_desktop.core.danish import date_text as danish_date  # noqa: F401
from sus_desktop.core.danish import elapsed as duration_mmss  # noqa: F401
from sus_desktop.core.danish import time_text as danish_time  # noqa: F401
