"""Text hygiene for anything typed or pasted: control characters from other programs must
never reach the store or the DOCX (python-docx refuses XML-invalid characters)."""

from __future__ import annotations

import re
from functools import cache

# XML 1.0 allows \t \n \r, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes.
_INVALID = "[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]"
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n"})
# Anything the two steps below would change; a text without it is returned as it is (the
# common case: a translate over a note costs 8 µs, this search 0.6 µs).
_ANY = "[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ufffe\uffff\ud800-\udfff]"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled at the first text cleaned, not at import (~1 ms at every start)."""
    return re.compile(_ANY), re.compile(_INVALID)


def clean_text(text: str) -> str:
    """Map vertical tab/form feed/Unicode separators to newlines and drop XML-invalid chars."""
    if not text:
        return ""
    any_change, invalid = _patterns()
    if any_change.search(text) is None:
        return text
    text = text.translate(_BREAKS).replace("\r\n", "\n").replace("\r", "\n")
    return invalid.sub("", text)


def clean_line(text: str) -> str:
    """A single-line field (name, title): cleaned, newlines folded to spaces, trimmed."""
    return " ".join(clean_text(text).split())
