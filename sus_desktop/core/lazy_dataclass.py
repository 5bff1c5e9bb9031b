"""Dataclasses made when first used, not at import.

Making a dataclass costs 0.2–0.5 ms (its __init__, __repr__, __eq__ are generated and
compiled), and a start that reopens a meeting imports dozens it never instantiates before the
first frame (the commands, the summaries of the start screen, the rebalance plan).
`@lazy_dataclass(...)` on a subclass of `LazyDataclass` declares the class; it becomes the
dataclass `dataclass(...)` would have made when an instance is made or when the class is
asked for what dataclass adds (its fields, __init__, __doc__, __match_args__): same fields,
repr, equality, errors and signature. Thread-safe (the sync thread makes commands too).

mypy sees `lazy_dataclass` as `dataclasses.dataclass`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dataclasses import dataclass as lazy_dataclass

    class LazyDataclass:
        pass

else:
    import threading
    from dataclasses import dataclass

    _pending: dict[type, object] = {}  # declared, not yet made: class -> dataclass(...) to apply
    _making: set[type] = set()
    _lock = threading.RLock()
    # What dataclass adds to a class (__init__: so that inspect.signature sees the real one).
    _DATACLASS_NAMES = frozenset(
        {"__dataclass_fields__", "__dataclass_params__", "__match_args__", "__init__", "__doc__"}
    )

    def lazy_dataclass(cls=None, /, **params):
        make = dataclass(**params)

        def declare(cls):
            if not isinstance(cls, _LazyType):
                raise TypeError(f"{cls.__qualname__} must derive from LazyDataclass")
            with _lock:
                _pending[cls] = make
            return cls

        return declare if cls is None else declare(cls)

    def _materialize(cls: type) -> None:
        """`cls` and its bases made dataclasses, bases first (a subclass's fields follow its
        base's). A class leaves `_pending` only once it is made, so another thread that
        finds it there waits on the lock rather than use it half made."""
        with _lock:
            for c in reversed(cls.__mro__):
                make = _pending.get(c)
                if make is not None and c not in _making:
                    _making.add(c)
                    try:
                        make(c)
                    finally:
                        _making.discard(c)
                    del _pending[c]

    class _LazyType(type):
        def __getattribute__(cls, name):
            if _pending and name in _DATACLASS_NAMES:
                _materialize(cls)
            return type.__getattribute__(cls, name)

    class LazyDataclass(metaclass=_LazyType):
        # Here, not on the dataclass: inspect.signature(cls) then still shows its fields.
        def __new__(cls, *args, **kwargs):
            if _pending:
                _materialize(cls)  # before type.__call__ looks up the (new) __init__
            return object.__new__(cls)
