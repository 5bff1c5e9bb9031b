"""Export speed: the minutes of a meeting with 300 and 1,000 notes, model + DOCX + save.

    python tests/bench/bench_export.py       # prints seconds; targets 0.3 s and 1 s
Also run as part of `python -m tests.bench` (function `run`).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from sample_meeting import build_sample_meeting  # noqa: E402

from sus_desktop.core.clock import FakeClock  # noqa: E402
from sus_desktop.core.meeting import NoteKind  # noqa: E402
from sus_desktop.export.minutes_docx import write_minutes_docx  # noqa: E402

TARGETS = {300: 0.3, 1000: 1.0}


def meeting_with(n_notes: int):
    """The sample meeting topped up with realistic notes spread over items, phases, rounds."""
    clock = FakeClock()
    m = build_sample_meeting(clock)
    people = [p for p in m.participants if p.present]
    slots = [(i, p) for i in m.agenda for p in i.phases]
    k = 0
    while len(m.notes) < n_notes:
        item, phase = slots[k % len(slots)]
        kind = NoteKind.DECISION if k % 97 == 0 else NoteKind.NOTE
        m.add_note(f"Note {k}: Børnene efterspørger voksne, der er til stede i pauserne, og "
                   f"flere organiserede lege – særligt i udskolingen ({k}).",
                   item=item.id, phase=phase.id, participant=people[k % len(people)].id,
                   round=(k // len(slots)) % 4 + 1 if phase.mode.value == "spiral" else None,
                   kind=kind, created_at=clock.now())
        k += 1
    return m, clock.now()


def measure(n_notes: int, repeats: int = 5) -> tuple[float, float]:
    """(cold first run, median of the warm runs) in seconds."""
    meeting, now = meeting_with(n_notes)
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(repeats + 1):
            t0 = time.perf_counter()
            write_minutes_docx(meeting, Path(tmp) / f"r{r}.docx", now=now)
            times.append(time.perf_counter() - t0)
    return times[0], statistics.median(times[1:])


def run(short: bool = False) -> dict:
    out = {}
    for n in TARGETS:
        cold, warm = measure(n, repeats=3 if short else 7)
        out[f"export_{n}_notes_s"] = round(warm, 3)
        out[f"export_{n}_notes_cold_s"] = round(cold, 3)
    return out


def main() -> int:
    over = 0
    for n, target in TARGETS.items():
        cold, warm = measure(n)
        ok = warm <= target
        over += not ok
        print(f"{n:5d} notes: {warm:.3f} s median (first run {cold:.3f} s), target ≤ {target} s"
              f"  {'OK' if ok else 'OVER'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
