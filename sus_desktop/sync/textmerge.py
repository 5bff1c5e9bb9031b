"""Two versions of one text with no common ancestor (two files), merged so that nothing from
either is lost: the words both share once, each side's own words kept in place.

Files carry no edit history, so an insertion on one side cannot be told from a deletion on
the other; keeping both is the only merge that never loses what someone typed. (Live sync
keeps the history in the engine's text type and needs none of this.)
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def merge_texts(a: str, b: str) -> str:
    if a == b or not b or b in a:
        return a
    if not a or a in b:
        return b
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            out += ta[i1:i2]
            continue
        mine, theirs = "".join(ta[i1:i2]), "".join(tb[j1:j2])
        if mine and theirs and not mine[-1].isspace() and not theirs[0].isspace():
            mine += " "  # "X" and "Y" in one place: "X Y", not "XY"
        out.append(mine + theirs)
    return "".join(out)
