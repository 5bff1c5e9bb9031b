"""Command classes become dataclasses when first used, not at import (the start is shorter),
and behave exactly as dataclasses declared at import: fields in order (a subclass's after its
base's, also when the class is asked before it is made), defaults, keyword-only arguments,
repr, the errors a wrong call gives, subclassing, and first use from several threads at once.
Each check that needs classes not yet used runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import fields, is_dataclass

import pytest

from sus_desktop.core import commands as c


def run_fresh(code: str) -> str:
    res = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_import_makes_no_command_a_dataclass_and_first_use_makes_only_what_it_needs():
    out = run_fresh(
        """
        from sus_desktop.core import commands as c
        classes = [v for v in vars(c).values() if isinstance(v, type) and issubclass(v, c.Command)]
        made = lambda: sorted(k.__name__ for k in classes if "__dataclass_fields__" in vars(k))
        print(len(classes), made())
        c.StartClock()
        print(made())
        """
    )
    before, after = out.splitlines()
    assert int(before.split()[0]) > 40 and before.endswith(" []")
    assert after == "['Command', 'RunCommand', 'StartClock']"


def test_fields_asked_of_a_class_not_yet_made_are_its_own_not_its_bases():
    out = run_fresh(
        """
        from dataclasses import fields, is_dataclass
        from sus_desktop.core import commands as c
        c.Command()  # the base is made; SpiralNewRound and SpiralCommand are not
        print([f.name for f in fields(c.SpiralNewRound)], is_dataclass(c.SetInfo))
        print([f.name for f in fields(c.SetInfo)])
        """
    )
    assert out.splitlines() == [
        "['id', 'author', 'at', 'phase_id', 'reverse', 'same_start'] True",
        "['id', 'author', 'at', 'fields']",
    ]


def test_first_use_from_many_threads_at_once_makes_each_class_once():
    out = run_fresh(
        """
        import sys, threading
        sys.setswitchinterval(1e-6)  # switch threads as often as possible
        from sus_desktop.core import commands as c
        made, errors, start = [], [], threading.Barrier(8)
        def use(k):
            start.wait()
            try:
                cls = [c.AddNote, c.SpiralNewRound, c.ExtendPhase, c.MoveNote][k % 4]
                kw = {"AddNote": {"text": "x"}, "SpiralNewRound": {"phase_id": "p"},
                      "ExtendPhase": {"minutes": 2.0}, "MoveNote": {"note_id": "n", "fields": {}}}
                made.append(repr(cls(**kw[cls.__name__], id="c", at=1.0)))
            except Exception as exc:
                errors.append(repr(exc))
        threads = [threading.Thread(target=use, args=(k,)) for k in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(len(made), errors)
        print(sorted(set(made))[0])
        """
    )
    count, first = out.splitlines()
    assert count == "8 []"
    assert first == (
        "AddNote(id='c', author=None, at=1.0, text='x', kind=<NoteKind.NOTE: 'note'>, "
        "item=None, phase=None, participant=None, round=None, theme='', note_id=None)"
    )


def test_a_command_made_on_first_use_is_a_keyword_only_dataclass_with_defaults():
    cmd = c.ExtendPhase(minutes=5.0, id="c1", at=2.0)
    assert repr(cmd) == (
        "ExtendPhase(id='c1', author=None, at=2.0, minutes=5.0, item_id=None, phase_id=None)"
    )
    assert is_dataclass(cmd) and isinstance(cmd, c.RunCommand) and isinstance(cmd, c.Command)
    assert [f.name for f in fields(c.ExtendPhase)] == [
        "id",
        "author",
        "at",
        "minutes",
        "item_id",
        "phase_id",
    ]
    assert c.AddNote(text="x").id != c.AddNote(text="x").id  # each its own id
    assert c.AddNote(text="x") != c.AddNote(text="x")  # compared by identity
    with pytest.raises(TypeError, match="takes 1 positional argument but 3 were given"):
        c.EditNote("n1", "tekst")  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'text'"):
        c.EditNote(note_id="n1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'txt'"):
        c.AddNote(text="x", txt="y")  # type: ignore[call-arg]
    assert c.TakeClock.__doc__.startswith("The hosting")
    assert c.StartClock.__doc__ == "StartClock"


def test_a_command_declared_elsewhere_on_an_unused_base_is_made_with_it():
    @c.command
    class Shout(c.SpiralCommand):
        loud: bool = True

        def run(self, sp):
            return "!" if self.loud else "."

    cmd = Shout(phase_id="p1", id="c9", at=0.5)
    assert repr(cmd).endswith(".Shout(id='c9', author=None, at=0.5, phase_id='p1', loud=True)")
    assert cmd.run(None) == "!"
    assert [f.name for f in fields(Shout)][-2:] == ["phase_id", "loud"]
