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

try:
    import resource
except ImportError:  # Windows: no getrusage; the CPU figures read 0 there
    resource = None  # type: ignore[assignment]

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


def _child(argv: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one `python ARGV` process; CPU (user + system) from the OS,
    which a busy machine disturbs far less than the wall clock."""

    def used() -> float:
        if resource is None:
            return 0.0
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    before = used()
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    cpu = used() - before
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} failed: {proc.stderr[-2000:]}")
    return wall, cpu


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in samples), statistics.median(c for _, c in samples)


def python_floor(repeats: int) -> tuple[float, float]:
    """(wall, CPU) medians of `python -c pass`: what no command can go below."""
    return _medians([_child(["-c", "pass"]) for _ in range(repeats)])


def cli_export(n_notes: int, repeats: int, tmp: Path, public: bool = False) -> tuple[float, float]:
    """(wall, CPU) medians of the export command on a meeting file with `n_notes` notes."""
    from sus_desktop.storage.meetingfile import export_meeting

    meeting, _ = meeting_with(n_notes)
    src = tmp / f"m{n_notes}.sus.json"
    export_meeting(meeting, src)
    argv = ["-m", "sus_desktop", "export", str(src), "-o", str(tmp / f"r{n_notes}.docx")]
    if public:
        argv.append("--public")
    _child(argv)  # warms the OS file cache and the .pyc files
    return _medians([_child(argv) for _ in range(repeats)])


def cli_figures(short: bool, echo=print) -> dict:
    """CLI export at each size: wall and CPU, each above Python's own start-up, and the
    growth per step (≈ 4 per 4× notes when linear, towards 16 when quadratic)."""
    sizes = [n for n in CLI_SIZES if not (short and n > 16000)]
    repeats = 3 if short else 5
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        floor, floor_cpu = python_floor(repeats * 2)
        out["python_startup_s"] = round(floor, 3)
        out["python_startup_cpu_s"] = round(floor_cpu, 3)
        echo(f"python -c pass (floor): {floor:.3f} s, CPU {floor_cpu:.3f} s")
        prev = None
        for n in sizes:
            t, cpu = cli_export(n, repeats if n <= 16000 else 2, tmp)
            above, above_cpu = t - floor, cpu - floor_cpu
            out[f"export_cli_{n}_notes_s"] = round(t, 3)
            out[f"export_cli_{n}_notes_above_python_s"] = round(above, 3)
            out[f"export_cli_{n}_notes_cpu_s"] = round(cpu, 3)
            out[f"export_cli_{n}_notes_cpu_above_python_s"] = round(above_cpu, 3)
            line = (
                f"{n:6d} notes: {t:.3f} s ({above:.3f} s above Python's start-up), "
                f"CPU {cpu:.3f} s ({above_cpu:.3f} s above)"
            )
            if prev is not None:
                pn, p_above, p_cpu = prev
                growth = above / max(p_above, 1e-3)
                growth_cpu = above_cpu / max(p_cpu, 1e-3)
                out[f"export_cli_growth_{pn}_{n}"] = round(growth, 2)
                out[f"export_cli_cpu_growth_{pn}_{n}"] = round(growth_cpu, 2)
                line += f"  ×{n / pn:.3g} notes → ×{growth:.2f} (CPU ×{growth_cpu:.2f})"
            echo(line)
            prev = (n, above, above_cpu)
    out["_rows"] = _rows(out, sizes)
    return out


def _rows(out: dict, sizes: list[int]) -> list[dict]:
    """The comparisons table: 1,000 notes against Python's start-up, and the last growth
    step (linear: about 4 per 4× notes, never more than 5)."""
    rows = []
    if 1000 in sizes:
        for kind, key, floor in (
            ("tid", "export_cli_1000_notes_s", "python_startup_s"),
            ("CPU", "export_cli_1000_notes_cpu_s", "python_startup_cpu_s"),
        ):
            rows.append(
                {
                    "name": f"referat via kommandolinjen, 1.000 noter ({kind}), over Pythons opstart",
                    "unit": "s",
                    "value": round(out[key] - out[floor], 3),
                    "floor_name": "python -c pass",
                    "floor": out[floor],
                    "target": 0.3,
                }
            )
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        for kind, key in (("tid", "export_cli_growth"), ("CPU", "export_cli_cpu_growth")):
            rows.append(
                {
                    "name": f"referat: vækst {a} → {b} noter ({kind}, over opstart)",
                    "value": out[f"{key}_{a}_{b}"],
                    "target": 5.0,
                }
            )
    return rows


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
