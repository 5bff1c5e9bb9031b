"""Enter to durable, as the referent has it: Return in the note panel of the real window
(run view shown, clock running, 12 participants) to the note's transaction committed
(synchronous=FULL: fsync), and to the list showing it; at 0, 300 and 5,000 notes, with the
list on "Dette punkt" and on "Alle punkter". The floor is the same at 0 notes."""

from __future__ import annotations

import json
import statistics

from tests.bench.common import child_env, run_child

COUNTS = (0, 300, 5000)
FILTERS = (("item", "Dette punkt"), ("all", "Alle punkter"))


def _p95(values: list[float]) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def run(short: bool = False) -> dict:
    samples = 15 if short else 40
    out: dict = {}
    rows = []
    for which, label in FILTERS:
        floor = None
        for n in COUNTS:
            res = run_child(
                ["-m", "tests.bench.latency_child", str(n), which, str(samples)], child_env()
            )
            d = json.loads(res["stdout"].strip().splitlines()[-1])
            key = f"enter_{which}_{n}_notes"
            disk, shown = d["to_disk_ms"], d["to_shown_ms"]
            out[f"{key}_to_disk_median_ms"] = round(statistics.median(disk), 2)
            out[f"{key}_to_disk_p95_ms"] = round(_p95(disk), 2)
            out[f"{key}_to_disk_max_ms"] = round(max(disk), 2)
            out[f"{key}_to_shown_median_ms"] = round(statistics.median(shown), 2)
            out[f"{key}_transactions"] = (
                d["transactions_per_enter"]["notes"] + d["transactions_per_enter"]["settings"]
            )
            if floor is None:
                floor = out[f"{key}_to_disk_median_ms"]
            rows.append(
                {
                    "name": f"Enter → fsync, {n} noter, «{label}» (median; p95 "
                    f"{out[f'{key}_to_disk_p95_ms']}, maks {out[f'{key}_to_disk_max_ms']})",
                    "unit": "ms",
                    "value": out[f"{key}_to_disk_median_ms"],
                    "floor_name": "0 noter",
                    "floor": floor,
                    "ratio": round(out[f"{key}_to_disk_median_ms"] / max(floor, 1e-6), 2),
                    "target": 10.0,
                }
            )
            rows.append(
                {
                    "name": f"Enter → vist i listen, {n} noter, «{label}» (median)",
                    "unit": "ms",
                    "value": out[f"{key}_to_shown_median_ms"],
                }
            )
            rows.append(
                {
                    "name": f"transaktioner pr. Enter, {n} noter, «{label}»",
                    "unit": "",
                    "value": out[f"{key}_transactions"],
                    "target": 1,
                }
            )
    out["_rows"] = rows
    return out


if __name__ == "__main__":
    print(run(short=True))
