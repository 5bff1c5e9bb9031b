"""Shows the minutes text format (core/minutes_draft.py) as it will come out: "# " lines as
sub-headings, list markers in colour, a numbered decision's title in bold."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

_HEADING = re.compile(r"^\s*#+\s*\S.*$")
_MARKER = re.compile(r"^\s*(?:[-•*]|\d{1,3}[.)])(?=\s)")
_TITLE = re.compile(r"^\s*\d{1,3}[.)]\s+(.+?\s–)\s")


class MinutesHighlighter(QSyntaxHighlighter):
    def __init__(self, document) -> None:
        super().__init__(document)
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)
        self.heading.setForeground(QColor("#1F3864"))
        self.marker = QTextCharFormat()
        self.marker.setForeground(QColor("#2F5496"))
        self.marker.setFontWeight(QFont.Weight.Bold)
        self.title = QTextCharFormat()
        self.title.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        if _HEADING.match(text):
            self.setFormat(0, len(text), self.heading)
            return
        m = _MARKER.match(text)
        if m:
            self.setFormat(0, m.end(), self.marker)
        t = _TITLE.match(text)
        if t:
            self.setFormat(t.start(1), t.end(1) - t.start(1), self.title)
