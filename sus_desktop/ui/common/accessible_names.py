"""Accessible names (what a screen reader says) for the controls that have no label of their
own, by object name, so that every interactive control of the assembled window is named
(tests/test_accessibility.py walks Qt's accessibility tree and fails on one without).

Panels name their own controls where they are built; this table covers the controls of
screens whose layout lives elsewhere, and is applied when a meeting opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def names() -> dict[str, str]:
    return {
        "note_input": QCoreApplication.translate("AccessibleNames", "Ny note"),
        "note_search": QCoreApplication.translate("AccessibleNames", "Søg i noter"),
        "note_filter": QCoreApplication.translate("AccessibleNames", "Vis noter fra"),
        "note_list": QCoreApplication.translate("AccessibleNames", "Noter"),
        "schedule_view": QCoreApplication.translate("AccessibleNames", "Dagsorden med tider"),
        "agenda_tree": QCoreApplication.translate(
            "AccessibleNames", "Dagsordenens punkter og faser"
        ),
        "participants_table": QCoreApplication.translate("AccessibleNames", "Deltagere"),
        "followup_table": QCoreApplication.translate(
            "AccessibleNames", "Opfølgning på sidste samtale"
        ),
        "order_list": QCoreApplication.translate("AccessibleNames", "Talerækkefølge"),
        "actions_table": QCoreApplication.translate("AccessibleNames", "Handlinger"),
        "phase_progress": QCoreApplication.translate("AccessibleNames", "Fasens forbrugte tid"),
    }


def name_controls(root: QWidget) -> int:
    """Give each named control under `root` its accessible name, unless it has one."""
    done = 0
    # One search per name: walking every widget from Python costs a wrapper per widget.
    for object_name, name in names().items():
        for w in root.findChildren(QWidget, object_name):
            if not w.accessibleName():
                w.setAccessibleName(name)
                done += 1
    return done
