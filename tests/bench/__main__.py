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

PARTS = ["bench_startup", "bench_cpu", "bench_latency", "bench_export", "bench_sync"]

# Absolute targets for figures that have no floor beside them (the comparisons carry theirs).
TARGETS = {
    "export_300_notes_s": ("≤", 0.3),
    "export_1000_notes_s": ("≤", 1.0),
    "peak_rss_mb": ("<", 150),
    "startup_peak_rss_mb": ("<", 150),
}


def machine() -> str:
    import os

    return (
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {platform.machine()}"
    )


def print_comparisons(rows: list[dict]) -> None:
    """Each figure beside its floor (measured in the same run) and the ratio to it."""
    if not rows:
        return
    print("\nmåling: værdi | gulv (målt i samme kørsel) | forhold | mål")
    for r in rows:
        unit = f" {r['unit']}" if r.get("unit") else ""
        line = f"- {r['name']}: {r['value']}{unit}"
        if r.get("floor") is not None:
            line += f" | {r.get('floor_name', 'gulv')}: {r['floor']}{unit}"
        if r.get("ratio") is not None:
            line += f" | {r['ratio']}×"
        if "target_ratio" in r and r.get("ratio") is not None:
            ok = r["ratio"] <= r["target_ratio"]
            line += f" | mål ≤ {r['target_ratio']}×  {'OK' if ok else 'OVER'}"
        elif "target" in r:
            ok = r["value"] <= r["target"]
            line += f" | mål ≤ {r['target']}{unit}  {'OK' if ok else 'OVER'}"
        print(line)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--short", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", default=str(Path(__file__).parent / "results" / "latest.json"))
    args = ap.parse_args()
    figures: dict = {"machine": machine(), "short": args.short}
    failed = 0
    rows: list[dict] = []
    for name in args.only or PARTS:
        try:
            mod = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as exc:
            print(f"{name}: skipped ({exc})")
            continue
        try:
            got = mod.run(short=args.short)
        except Exception:  # one broken part must not hide the others' figures
            failed += 1
            print(f"{name}: FAILED")
            traceback.print_exc()
            continue
        rows += got.pop("_rows", [])
        figures.update(got)
    figures["comparisons"] = rows
    print(f"\nMaskine: {figures['machine']}")
    print_comparisons(rows)
    print(f"\n{'måling':44} {'værdi':>10}  mål")
    for key, value in figures.items():
        if key in ("machine", "short", "comparisons"):
            continue
        target = TARGETS.get(key)
        verdict = ""
        if target:
            op, limit = target
            ok = value <= limit if op == "≤" else value < limit
            verdict = f"{op} {limit}  {'OK' if ok else 'OVER'}"
        print(f"{key:44} {str(value):>10}  {verdict}")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"\nJSON: {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
