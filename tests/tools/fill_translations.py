"""Fill unfinished English translations in sus_desktop_en.ts from a small table, as lupdate
writes the file (the format is kept: only the <translation> elements change).

    python -m tests.tools.fill_translations CONTEXT 'Danish=English' ...
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "sus_desktop_en.ts"


def fill(context: str, table: dict[str, str]) -> int:
    text = TS.read_text(encoding="utf-8")
    done = 0

    def in_context(m: re.Match) -> str:
        nonlocal done
        block = m.group(0)
        for src, dst in table.items():
            pattern = (
                r"(<source>"
                + re.escape(html.escape(src, quote=False))
                + r"</source>\s*)<translation type=\"unfinished\"></translation>"
            )
            block, n = re.subn(
                pattern,
                lambda x, dst=dst: (
                    x.group(1) + "<translation>" + html.escape(dst, quote=False) + "</translation>"
                ),
                block,
            )
            done += n
        return block

    text = re.sub(
        r"<context>\s*<name>" + re.escape(context) + r"</name>.*?</context>",
        in_context,
        text,
        flags=re.S,
    )
    TS.write_text(text, encoding="utf-8")
    return done


if __name__ == "__main__":
    ctx, pairs = sys.argv[1], dict(a.split("=", 1) for a in sys.argv[2:])
    print(fill(ctx, pairs), "filled")
