"""Dataclasses made on first use (core/lazy_dataclass.py) behave as the dataclass would:
fields, repr, equality, hashing, frozenness, errors, signature, docstring and subclass fields
are those `dataclasses.dataclass` gives the same class; made once under threads. A reopened
running meeting leaves the ones its first frame does not use unmade, and does not load the
rebalance module (its clock's target end lives in core/run.py)."""

from __future__ import annotations

import dataclasses
import inspect
import threading
from dataclasses import dataclass, field

import pytest

from sus_desktop.core.lazy_dataclass import LazyDataclass, lazy_dataclass


def _pair(frozen: bool):
    """The same class body, made lazily and made now."""

    def body(base):
        class Item(*base):
            name: str
            count: int = 0
            tags: list[str] = field(default_factory=list)

            def label(self) -> str:
                return f"{self.name} ({self.count})"

        return Item

    lazy = lazy_dataclass(frozen=frozen)(body((LazyDataclass,)))
    eager = dataclass(frozen=frozen)(body(()))
    return lazy, eager


@pytest.mark.parametrize("frozen", [False, True])
def test_a_lazy_dataclass_is_the_dataclass(frozen):
    lazy, eager = _pair(frozen)
    assert lazy.__doc__ == eager.__doc__  # dataclass's "Item(name: 'str', ...)"
    assert str(inspect.signature(lazy)) == str(inspect.signature(eager))
    assert [(f.name, f.default) for f in dataclasses.fields(lazy)] == [
        (f.name, f.default) for f in dataclasses.fields(eager)
    ]
    assert lazy.__match_args__ == eager.__match_args__ == ("name", "count", "tags")
    a, b = lazy("x", 2), lazy("x", 2)
    assert repr(a) == repr(eager("x", 2)).replace(eager.__qualname__, lazy.__qualname__)
    assert a == b and a != lazy("y") and a.label() == "x (2)" and a.tags == []
    assert dataclasses.asdict(a) == {"name": "x", "count": 2, "tags": []}
    assert dataclasses.replace(a, count=3) == lazy("x", 3)
    with pytest.raises(TypeError) as got:
        lazy()
    with pytest.raises(TypeError) as want:
        eager()
    assert str(got.value) == str(want.value)
    if frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.count = 5  # type: ignore[misc]
        tags = ("t",)  # a list field makes the instance unhashable, as in the dataclass
        assert hash(lazy("x", 2, tags)) == hash(eager("x", 2, tags)) == hash(("x", 2, tags))
    else:
        a.count = 5
        assert a.count == 5 and lazy.__hash__ is None


def test_a_subclass_fields_follow_its_base_made_first():
    @lazy_dataclass
    class Base(LazyDataclass):
        a: int = 1

    @lazy_dataclass(kw_only=True)
    class Sub(Base):
        b: int

    assert [f.name for f in dataclasses.fields(Sub)] == ["a", "b"]
    assert Sub(b=2) == Sub(a=1, b=2) and repr(Sub(b=2)) == "test_a_subclass_fields_follow_its_base_made_first.<locals>.Sub(a=1, b=2)"  # fmt: skip
    assert Base() == Base(1)


def test_made_once_when_threads_race():
    @lazy_dataclass
    class Point(LazyDataclass):
        x: int
        y: int = 0

    start, out = threading.Barrier(8), []

    def make():
        start.wait()
        out.append(Point(1))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [Point(1, 0)] * 8


def test_a_class_that_cannot_be_lazy_is_refused():
    with pytest.raises(TypeError, match="LazyDataclass"):

        @lazy_dataclass
        class Plain:
            x: int


def test_the_app_classes_behave_as_dataclasses():
    from sus_desktop.core.changes import Change, ChangeKind
    from sus_desktop.core.meeting import Action
    from sus_desktop.core.mode_state import MinutesSection
    from sus_desktop.storage.store import MeetingSummary

    c = Change(ChangeKind.NOTE, "n1")
    assert c == Change(ChangeKind.NOTE, "n1", False) and c in {Change(ChangeKind.NOTE, "n1")}
    assert repr(c) == "Change(kind=<ChangeKind.NOTE: 'note'>, id='n1', removed=False)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.id = "n2"  # type: ignore[misc]
    a = Action("Ring til PPR", id="a1")
    assert repr(a) == "Action(what='Ring til PPR', who='', due='', item=None, id='a1', source=None)"
    assert MeetingSummary("m", "Skole", "2025-03-13", "SUS", "ny", 1.0).school == "Skole"
    assert dataclasses.is_dataclass(MinutesSection)


# --- a reopen -------------------------------------------------------------------------------

_PROBE = """
import json, sys
from sus_desktop.ui.common import startup_probe

def _report(self, _base=startup_probe.FirstPaintProbe._report):
    from sus_desktop.core import lazy_dataclass
    unmade = sorted(c.__name__ for c in lazy_dataclass._pending if "commands" not in c.__module__)
    with open(sys.argv[1], "w") as f:
        json.dump({"unmade": unmade, "rebalance": "sus_desktop.core.rebalance" in sys.modules}, f)
    _base(self)

startup_probe.FirstPaintProbe._report = _report
from sus_desktop.cli import main
sys.exit(main([]))
"""


def test_a_reopen_leaves_unused_dataclasses_unmade_and_rebalance_unloaded(tmp_path):
    from tests.test_startup_lazy import _loaded_at_reopen

    got = _loaded_at_reopen(tmp_path, _PROBE)
    assert got["rebalance"] is False
    assert {"Mismatch", "Change", "Turn", "SpiralState"} <= set(got["unmade"])
