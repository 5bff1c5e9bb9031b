"""CPU while the clock runs with the run view and the projector open, wake-ups per second,
and the peak memory of that process (1,000 notes in the meeting); also in a spiral round."""

from __future__ import annotations

import json

from tests.bench.common import child_env, run_child


def run(short: bool = False) -> dict:
    seconds = 10.0 if short else 60.0
    res = run_child(["-m", "tests.bench.cpu_child", str(seconds)], child_env())
    data = json.loads(res["stdout"].strip().splitlines()[-1])
    spiral_s = str(max(10.0, seconds / 2))
    spiral = json.loads(run_child(["-m", "tests.bench.cpu_child", spiral_s, "spiral"],
                                  child_env())["stdout"].strip().splitlines()[-1])
    return {
        "cpu_run_seconds": round(data["wall_s"], 1),
        "cpu_percent_of_core": round(100 * data["cpu_s"] / data["wall_s"], 2),
        "wakeups_per_s": round(data["wakeups"] / data["wall_s"], 2),
        "peak_rss_mb": round(data["maxrss_kb"] / 1024, 1),
        # The same in item 4's spiral round with a speaker's turn running.
        "cpu_spiral_percent_of_core": round(100 * spiral["cpu_s"] / spiral["wall_s"], 2),
    }


if __name__ == "__main__":
    print(run())
