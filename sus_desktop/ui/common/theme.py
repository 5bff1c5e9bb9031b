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
    return (
        f"{selector} {{ background-color: {c.background}; {border} border-radius: 6px; }}"
        f" {selector} QLabel {{ color: {c.foreground}; background: transparent; border: none; }}"
    )


def progress_style(c: Colours) -> str:
    return (
        f"QProgressBar {{ border: 2px solid {c.foreground}; border-radius: 4px;"
        f" background: transparent; }} QProgressBar::chunk {{ background-color: {c.accent}; }}"
    )


PAUSED_SHARE = 0.4  # a paused countdown is drawn this far from the background to the text colour
BLANK = "#000000"  # the projector's blank screen, whatever the theme


def mix(foreground: str, background: str, share: float) -> str:
    """The colour `share` of the way from `background` to `foreground` (a dimmed text colour)."""
    f = [int(foreground[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(background[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(bv + (fv - bv) * share):02X}" for fv, bv in zip(f, b))
