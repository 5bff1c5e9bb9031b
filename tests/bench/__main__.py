"""Run the benchmarks, print a table and write JSON.

    python -m tests.bench            # full run (CPU measured over 60 s)
    python -m tests.bench --short    # CI form (CPU over 10 s, fewer repeats)
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import traceback
from pathlib import Path

PARTS = ["bench_startup", "bench_cpu", "bench_latency", "bench_export"]

TARGETS = {
    "startup_ratio": ("≤", 1.5),
    "cpu_percent_of_core": ("≤", 0.5),
    "cpu_spiral_percent_of_core": ("≤", 0.5),
    "note_durable_p99_ms": ("<", 1000),
    "export_300_notes_s": ("≤", 0.3),
    "export_1000_notes_s": ("≤", 1.0),
    "peak_rss_mb": ("<", 150),
    "startup_peak_rss_mb": ("<", 150),
}


def machine() -> str:
    import os

    return (f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} cores, {platform.machine()}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--short", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", default=str(Path(__file__).parent / "results" / "latest.json"))
    args = ap.parse_args()
    figures: dict = {"machine": machine(), "short": args.short}
    failed = 0
    for name in args.only or PARTS:
        try:
            mod = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as exc:
            print(f"{name}: skipped ({exc})")
            continue
        try:
            figures.update(mod.run(short=args.short))
        except Exception:  # one broken part must not hide the others' figures
            failed += 1
            print(f"{name}: FAILED")
            traceback.print_exc()
    print(f"\nMaskine: {figures['machine']}")
    print(f"{'måling':32} {'værdi':>10}  mål")
    for key, value in figures.items():
        if key in ("machine", "short"):
            continue
        target = TARGETS.get(key)
        verdict = ""
        if target:
            op, limit = target
            ok = value <= limit if op == "≤" else value < limit
            verdict = f"{op} {limit}  {'OK' if ok else 'OVER'}"
        print(f"{key:32} {value:>10}  {verdict}")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"\nJSON: {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
