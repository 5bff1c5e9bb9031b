"""A small list of ordinary Danish words (resources/wordlists/da-almindelige-ord.txt).

Danish capitalises few words mid-sentence, so a capitalised word that is neither sentence-
initial nor on this list is most likely a name. The list only has to hold words that start
sentences or headings in notes ("Ifølge", "Enig", "Eleverne"), and words that are also names
("line", "holm"), so that "line" in a note is not taken for a participant called Line.
"""

from __future__ import annotations

from functools import cache

from sus_desktop.resources import resource_path


@cache
def danish_words() -> frozenset[str]:
    try:
        text = resource_path("wordlists", "da-almindelige-ord.txt").read_text("utf-8")
    except OSError:  # a broken install: the checks still run, only less precisely
        return frozenset()
    return frozenset(
        w.strip().casefold() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


def is_ordinary(word: str) -> bool:
    return word.casefold() in danish_words()
