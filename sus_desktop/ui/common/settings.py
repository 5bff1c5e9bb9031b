"""User settings kept in the store, with defaults, read through one small object."""

from __future__ import annotations

DEFAULT_WARN_SECONDS = 60  # amber this long before a phase ends

WARN_SECONDS = "warn_seconds"
PROJECTOR_THEME = "projector_theme"
PROJECTOR_SCREEN = "projector_screen"
LAST_MEETING = "last_meeting"
RUN_LAYOUT = "run_layout"  # facilitator (clock first) or referent (notes first)

LANGUAGE = "language"  # da, en or system (ui/common/language.py)

DEFAULTS = {
    WARN_SECONDS: DEFAULT_WARN_SECONDS,
    PROJECTOR_THEME: "dark",
    PROJECTOR_SCREEN: "",
    LAST_MEETING: "",
    LANGUAGE: "da",
    RUN_LAYOUT: "facilitator",
}


class Settings:
    def __init__(self, store) -> None:
        self.store = store
        self._cache: dict = {}  # read every second by the clock: no database query each time

    def get(self, key: str):
        if key in self._cache:
            return self._cache[key]
        default = DEFAULTS.get(key)
        try:
            value = self.store.get_setting(key, default)
        except TypeError:  # a store whose get_setting takes no default
            value = self.store.get_setting(key)
        except Exception:
            value = None
        value = default if value is None else value
        self._cache[key] = value
        return value

    def set(self, key: str, value) -> None:
        self._cache[key] = value
        try:
            self.store.set_setting(key, value)
        except Exception:
            pass

    @property
    def warn_seconds(self) -> int:
        try:
            return max(0, int(self.get(WARN_SECONDS)))
        except (TypeError, ValueError):
            return DEFAULT_WARN_SECONDS

    @property
    def run_layout(self) -> str:
        value = self.get(RUN_LAYOUT)
        return value if value in ("facilitator", "referent") else "facilitator"

    @property
    def projector_theme(self) -> str:
        value = self.get(PROJECTOR_THEME)
        return value if value in ("dark", "light") else "dark"
