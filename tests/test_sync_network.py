"""Two laptops, one meeting, over 127.0.0.1 only (issue 15): a host and two referents in their
own processes and data folders; a proxy that silently drops one referent's link; edits on both
sides while apart (the same note's text too); kill -9 of each; convergence checked note by
note; a wrong code refused with nothing written. Every process and server here stops by
itself (timeouts, and a kill at the end)."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pycrdt")
pytest.importorskip("websockets")
pytest.importorskip("spake2")

ROOT = Path(__file__).resolve().parents[1]
CODE = "246810"
WAIT_S = 20.0


class Proc:
    """A peer process (sus_desktop.sync.peer) with JSON lines in and out."""

    def __init__(self, args: list[str], data: Path) -> None:
        env = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"}
        self.p = subprocess.Popen(
            [sys.executable, "-m", "sus_desktop.sync.peer", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self.events: queue.Queue = queue.Queue()
        self.seen: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.p.stdout:
            try:
                self.events.put(json.loads(line))
            except ValueError:
                pass

    def send(self, **cmd) -> None:
        self.p.stdin.write(json.dumps(cmd) + "\n")
        self.p.stdin.flush()

    def wait(self, pred, timeout: float = WAIT_S) -> dict:
        for e in self.seen:
            if pred(e):
                self.seen.remove(e)
                return e
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                e = self.events.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if pred(e):
                return e
            self.seen.append(e)
        raise AssertionError(f"timed out; saw {self.seen[-5:]}")

    def notes(self) -> dict:
        self.send(op="dump")
        return self.wait(lambda e: e.get("event") == "dump")["notes"]

    def kill9(self) -> None:
        os.kill(self.p.pid, signal.SIGKILL)
        self.p.wait(timeout=10)

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.kill()
            self.p.wait(timeout=10)


class Proxy:
    """TCP between a referent and the host; `drop()` silently swallows everything (a Wi-Fi
    that vanished), `restore()` lets new connections through again."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.dropped = False
        self.socks: list[socket.socket] = []
        self.srv = socket.socket()
        self.srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.srv.bind(("127.0.0.1", 0))
        self.srv.listen(8)
        self.srv.settimeout(0.2)
        self.port = self.srv.getsockname()[1]
        self.running = True
        self.deadline = time.monotonic() + 300  # stops by itself
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running and time.monotonic() < self.deadline:
            try:
                c, _ = self.srv.accept()
            except OSError:
                continue
            try:
                s = socket.create_connection(("127.0.0.1", self.target), timeout=2)
            except OSError:
                c.close()
                continue
            self.socks += [c, s]
            for a, b in ((c, s), (s, c)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()
        self.srv.close()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        a.settimeout(None)
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                if not self.dropped:
                    b.sendall(data)
        except OSError:
            pass
        for x in (a, b):
            try:
                x.close()
            except OSError:
                pass

    def drop(self) -> None:
        self.dropped = True

    def restore(self) -> None:
        for s in self.socks:  # the old links are dead for their peers already
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.socks = []
        self.dropped = False

    def close(self) -> None:
        self.running = False
        self.restore()


@pytest.fixture
def meeting_file(tmp_path):
    from sus_desktop.core.factory import new_meeting
    from sus_desktop.storage.meetingfile import export_meeting

    m = new_meeting("Sødalskolen")
    m.add_participant("Mette Sørensen", "Skoleleder")
    m.add_note("Velkomst", item="i1", created_at=1_700_000_000)
    return export_meeting(m, tmp_path / "møde.sus.json"), m.id


def _converged(*procs: Proc, timeout: float = WAIT_S) -> dict:
    end = time.monotonic() + timeout
    while True:
        dumps = [p.notes() for p in procs]
        if all(d == dumps[0] for d in dumps):
            return dumps[0]
        if time.monotonic() > end:
            diff = {k for d in dumps for k in d if any(o.get(k) != d[k] for o in dumps)}
            raise AssertionError(f"not converged on notes {sorted(diff)}: {dumps}")
        time.sleep(0.2)


def test_host_two_referents_drop_edits_apart_and_kill9(tmp_path, meeting_file):
    path, mid = meeting_file
    procs: list[Proc] = []
    proxy = None
    try:
        host = Proc(["host", str(path), CODE, "0"], tmp_path / "host")
        procs.append(host)
        port = host.wait(lambda e: e.get("event") == "listening")["port"]
        proxy = Proxy(port)
        r1 = Proc(["join", f"127.0.0.1:{port}", CODE], tmp_path / "r1")
        r2 = Proc(["join", f"127.0.0.1:{proxy.port}", CODE], tmp_path / "r2")
        procs += [r1, r2]
        for r in (r1, r2):
            r.wait(lambda e: e.get("state") == "Forbundet")

        # A note typed on one referent reaches the host and the other referent.
        r1.send(op="note", id="n-r1", text="Pausen er et relationsrum", item="i4")
        host.wait(lambda e: e.get("id") == "n-r1")
        r2.wait(lambda e: e.get("id") == "n-r1")

        # The link drops silently; both sides work on, on the same note too.
        proxy.drop()
        t0 = time.monotonic()
        r2.wait(lambda e: e.get("state", "").startswith("Afbrudt"), timeout=15)
        noticed = time.monotonic() - t0
        host.send(op="append", id="n-r1", text=" (facilitator)")
        r2.send(op="append", id="n-r1", text=" (referent 2)")
        r2.send(op="note", id="n-r2-offline", text="Skrevet uden forbindelse")
        host.send(op="note", id="n-host", text="Facilitatorens note")
        host.wait(lambda e: e.get("id") == "n-host")
        r2.wait(lambda e: e.get("id") == "n-r2-offline")

        # kill -9 of the referent while offline: it restarts from its own store and log.
        r2.kill9()
        r2 = Proc(["join", f"127.0.0.1:{proxy.port}", CODE], tmp_path / "r2")
        procs.append(r2)
        assert "n-r2-offline" in r2.notes()
        proxy.restore()
        r2.wait(lambda e: e.get("state") == "Forbundet")
        notes = _converged(host, r1, r2)
        text = notes["n-r1"]["text"]
        assert "(facilitator)" in text and "(referent 2)" in text, text  # both edits kept
        assert {"n-r1", "n-r2-offline", "n-host"} <= set(notes)

        # kill -9 of the host; a referent works on; the host restarts from its store.
        host.kill9()
        r1.wait(lambda e: e.get("state", "").startswith("Afbrudt"), timeout=15)
        r1.send(op="note", id="n-r1-while-host-down", text="Mens værten var væk")
        r1.send(op="append", id="n-r1", text=" (referent 1)")
        host = Proc(["host", mid, CODE, str(port)], tmp_path / "host")
        procs.append(host)
        host.wait(lambda e: e.get("event") == "listening")
        r1.wait(lambda e: e.get("state") == "Forbundet")
        r2.wait(lambda e: e.get("state") == "Forbundet", timeout=30)
        notes = _converged(host, r1, r2)
        assert "n-r1-while-host-down" in notes
        assert notes["n-r1"]["text"].count("(referent 1)") == 1
        assert noticed < 6.0, noticed  # noticed by keepalive (2 s ping, 2 s timeout)
    finally:
        for p in procs:
            p.stop()
        if proxy is not None:
            proxy.close()


def test_a_wrong_code_is_refused_and_nothing_is_written(tmp_path, meeting_file):
    path, mid = meeting_file
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(tmp_path / "host")}
    host = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sus_desktop",
            "host",
            str(path),
            "--code",
            CODE,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert "deles på 127.0.0.1" in host.stdout.readline()
        renv = {**os.environ, "SUS_DESKTOP_DATA_DIR": str(tmp_path / "ref")}
        out = tmp_path / "hentet.sus.json"
        bad = subprocess.run(
            [
                sys.executable,
                "-m",
                "sus_desktop",
                "join",
                f"127.0.0.1:{port}",
                "--code",
                "135790",
                "--pull",
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=renv,
            timeout=60,
        )
        assert bad.returncode == 2
        assert "Koden er forkert" in bad.stderr
        assert not out.exists()
        good = subprocess.run(
            [
                sys.executable,
                "-m",
                "sus_desktop",
                "join",
                f"127.0.0.1:{port}",
                "--code",
                CODE,
                "--pull",
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=renv,
            timeout=60,
        )
        assert good.returncode == 0, good.stderr
        from sus_desktop.storage.meetingfile import import_meeting

        got = import_meeting(out, keep_id=True)
        assert got.id == mid
        assert [n.text for n in got.notes] == ["Velkomst"]
        assert [p.name for p in got.participants] == ["Mette Sørensen"]
    finally:
        host.send_signal(signal.SIGINT)
        try:
            host.wait(timeout=10)
        except subprocess.TimeoutExpired:
            host.kill()
            host.wait(timeout=10)
    assert host.returncode == 0
