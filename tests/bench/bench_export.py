"""Export speed as the user runs it, and in-process.

    python tests/bench/bench_export.py            # CLI at 300/1k/4k/16k/64k notes + in-process
    python tests/bench/bench_export.py --short    # CI form: 64k left out, fewer repeats
Also run as part of `python -m tests.bench` (function `run`).

The CLI figure is a whole process, `python -m sus_desktop export FILE -o out.docx`: start-up,
imports, reading and validating the meeting file, building and saving the DOCX. Beside it the
floor, `python -c pass` (Python's bare start-up), measured in the same run; and the growth
ratio per 4× step in notes, which stays near 4 (or below, because of the fixed start-up cost)
when the export is linear and goes towards 16 when it is quadratic.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
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

TARGETS = {300: 0.3, 1000: 1.0}  # in-process (model + DOCX + save), seconds
CLI_SIZES = [300, 1000, 4000, 16000, 64000]


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
        m.add_note(
            f"Note {k}: Børnene efterspørger voksne, der er til stede i pauserne, og "
            f"flere organiserede lege – særligt i udskolingen ({k}).",
            item=item.id,
            phase=phase.id,
            participant=people[k % len(people)].id,
            round=(k // len(slots)) % 4 + 1 if phase.mode.value == "spiral" else None,
            kind=kind,
            created_at=clock.now(),
        )
        k += 1
    return m, clock.now()


def measure(n_notes: int, repeats: int = 5) -> tuple[float, float]:
    """In-process: (cold first run, median of the warm runs) in seconds."""
    meeting, now = meeting_with(n_notes)
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(repeats + 1):
            t0 = time.perf_counter()
            write_minutes_docx(meeting, Path(tmp) / f"r{r}.docx", now=now)
            times.append(time.perf_counter() - t0)
    return times[0], statistics.median(times[1:])


# --- the CLI process --------------------------------------------------------------------


def _wall(argv: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} failed: {proc.stderr[-2000:]}")
    return wall


def python_floor(repeats: int) -> float:
    """Median wall time of `python -c pass`: what no command can go below."""
    return statistics.median(_wall(["-c", "pass"]) for _ in range(repeats))


def cli_export(n_notes: int, repeats: int, tmp: Path, public: bool = False) -> float:
    """Median wall time of the export command on a meeting file with `n_notes` notes."""
    from sus_desktop.storage.meetingfile import export_meeting

    meeting, _ = meeting_with(n_notes)
    src = tmp / f"m{n_notes}.sus.json"
    export_meeting(meeting, src)
    argv = ["-m", "sus_desktop", "export", str(src), "-o", str(tmp / f"r{n_notes}.docx")]
    if public:
        argv.append("--public")
    _wall(argv)  # warms the OS file cache and the .pyc files
    return statistics.median(_wall(argv) for _ in range(repeats))


def cli_figures(short: bool, echo=print) -> dict:
    sizes = [n for n in CLI_SIZES if not (short and n > 16000)]
    repeats = 3 if short else 5
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        floor = python_floor(repeats * 2)
        out["python_startup_s"] = round(floor, 3)
        echo(f"python -c pass (floor): {floor:.3f} s")
        prev = None
        for n in sizes:
            t = cli_export(n, repeats if n <= 16000 else 2, tmp)
            out[f"export_cli_{n}_notes_s"] = round(t, 3)
            out[f"export_cli_{n}_notes_above_python_s"] = round(t - floor, 3)
            line = f"{n:6d} notes: {t:.3f} s  ({t - floor:.3f} s above Python's start-up)"
            if prev is not None:
                pn, pt = prev
                growth = (t - floor) / max(pt - floor, 1e-3)
                out[f"export_cli_growth_{pn}_{n}"] = round(growth, 2)
                line += f"  ×{n / pn:.3g} notes → ×{growth:.2f} time above start-up"
            echo(line)
            prev = (n, t)
    return out


def run(short: bool = False) -> dict:
    out = {}
    for n in TARGETS:
        cold, warm = measure(n, repeats=3 if short else 7)
        out[f"export_{n}_notes_s"] = round(warm, 3)
        out[f"export_{n}_notes_cold_s"] = round(cold, 3)
    out.update(cli_figures(short, echo=lambda s: print(f"export: {s}")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--short", action="store_true", help="leave out 64k notes, fewer repeats")
    args = ap.parse_args()
    print("As the user runs it: python -m sus_desktop export FILE -o out.docx")
    cli_figures(args.short)
    print("\nIn-process (model + DOCX + save):")
    over = 0
    for n, target in TARGETS.items():
        cold, warm = measure(n, repeats=3 if args.short else 5)
        ok = warm <= target
        over += not ok
        print(
            f"{n:6d} notes: {warm:.3f} s median (first run {cold:.3f} s), target ≤ {target} s"
            f"  {'OK' if ok else 'OVER'}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
