"""New meetings."""

from __future__ import annotations

from datetime import date

from sus_desktop.core.agenda import AgendaInfo, AgendaItem, builtin_agenda
from sus_desktop.core.meeting import Meeting, MeetingInfo
from sus_desktop.core.text import clean_line


def new_meeting(school: str = "", day: str | None = None, start_time: str = "13:00",
                agenda: tuple[AgendaInfo, list[AgendaItem]] | None = None) -> Meeting:
    info, items = agenda or builtin_agenda()
    return Meeting(info=MeetingInfo(school=clean_line(school), date=day or date.today().isoformat(),
                                    start_time=start_time, theme=info.theme),
                   agenda_info=info, agenda=items)
