"""Documents out of a meeting: the minutes (beslutningsreferat) and the agenda, as DOCX.

Runs headless: nothing here may import PySide6.
"""

from sus_desktop.export.minutes_model import Minutes, build_minutes

__all__ = ["Minutes", "build_minutes", "write_minutes_docx", "write_agenda_docx"]


def write_minutes_docx(*args, **kwargs):
    from sus_desktop.export.minutes_docx import write_minutes_docx as _write

    return _write(*args, **kwargs)


def write_agenda_docx(*args, **kwargs):
    from sus_desktop.export.agenda_docx import write_agenda_docx as _write

    return _write(*args, **kwargs)
