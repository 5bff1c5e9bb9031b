"""The Qt-free core: agenda, meeting, clock and run state. No PySide6 import here, ever."""
