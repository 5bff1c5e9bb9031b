"""Child process for test_store_kill: adds notes forever, printing each id once add_note returns.

Usage: python store_kill_child.py STORE_PATH MEETING_ID
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sus_desktop.core.clock import SystemClock
from sus_desktop.core.factory import new_meeting
from sus_desktop.core.run import Runner
from sus_desktop.storage.store import Store


def main() -> None:
    store = Store(Path(sys.argv[1]))
    try:
        meeting = store.load_meeting(sys.argv[2])
    except KeyError:
        meeting = new_meeting("Kill")
        meeting.id = sys.argv[2]
    store.attach(meeting)
    runner = Runner(meeting, SystemClock())  # the facilitator's clock runs meanwhile
    runner.start()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if n % 11 == 0:
            runner.toggle() if n % 33 == 0 else runner.next()
            if runner.finished:
                runner.previous()
            print(f"log {len(meeting.log)}", flush=True)
        note = meeting.add_note(f"note {n} " + "æøå " * (n % 50), created_at=time.time())
        if not store.healthy:
            print("unhealthy", store.problem, flush=True)
            return
        print(note.id, flush=True)
        if n % 7 == 0:
            meeting.update_note(note.id, text=f"rettet {n}")


if __name__ == "__main__":
    main()
