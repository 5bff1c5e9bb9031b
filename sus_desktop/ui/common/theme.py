"""Colours for the warning levels. Colour is never the only cue: every level also has a
text badge and an icon (see run_presenter)."""

from __future__ import annotations

from dataclasses import dataclass

from sus_desktop.ui.run.run_presenter import NORMAL, OVER, WARN


@dataclass(frozen=True)
class Colours:
    background: str
    foreground: str
    accent: str  # progress bar, frame


AMBER = "#FFB300"
RED = "#B71C1C"

RUN_VIEW = {
    NORMAL: Colours("#F4F6F8", "#111111", "#1565C0"),
    WARN: Colours(AMBER, "#000000", "#000000"),
    OVER: Colours(RED, "#FFFFFF", "#FFFFFF"),
}

PROJECTOR = {
    "dark": {
        NORMAL: Colours("#000000", "#FFFFFF", "#4FC3F7"),
        WARN: Colours(AMBER, "#000000", "#000000"),
        OVER: Colours(RED, "#FFFFFF", "#FFFFFF"),
    },
    "light": {
        NORMAL: Colours("#FFFFFF", "#000000", "#0D47A1"),
        WARN: Colours(AMBER, "#000000", "#000000"),
        OVER: Colours(RED, "#FFFFFF", "#FFFFFF"),
    },
}


def panel_style(selector: str, c: Colours, border_px: int = 0) -> str:
    border = f"border: {border_px}px solid {c.foreground};" if border_px else "border: none;"
    return (f"{selector} {{ background-color: {c.background}; {border} border-radius: 6px; }}"
            f" {selector} QLabel {{ color: {c.foreground}; background: transparent; border: none; }}")


def progress_style(c: Colours) -> str:
    return (f"QProgressBar {{ border: 2px solid {c.foreground}; border-radius: 4px;"
            f" background: transparent; }} QProgressBar::chunk {{ background-color: {c.accent}; }}")
