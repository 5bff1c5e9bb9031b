"""New meetings."""

from __future__ import annotations

from datetime import date

from sus_desktop.core.agenda import AgendaInfo, AgendaItem, builtin_agenda, total_minutes
from sus_desktop.core.danish import hhmm_of_minutes, parse_hhmm
from sus_desktop.core.meeting import Meeting, MeetingInfo
from sus_desktop.core.text import clean_line


def new_meeting(
    school: str = "",
    day: str | None = None,
    start_time: str = "13:00",
    agenda: tuple[AgendaInfo, list[AgendaItem]] | None = None,
    with_end: bool = False,
) -> Meeting:
    """A meeting on the built-in agenda (or `agenda`); `with_end` also fills in the time
    available as start + the agenda's total, as a new meeting in the app starts out."""
    info, items = agenda or builtin_agenda()
    end = ""
    if with_end:
        start = parse_hhmm(start_time)
        end = hhmm_of_minutes((13 * 60 if start is None else start) + total_minutes(items))
    return Meeting(
        info=MeetingInfo(
            school=clean_line(school),
            date=day or date.today().isoformat(),
            start_time=start_time,
            end_time=end,
            theme=info.theme,
        ),
        agenda_info=info,
        agenda=items,
    )
