"""Two laptops, one meeting (issue 15): the meeting replicated over the school network with
pycrdt (Yrs), and meeting files merged by id without a network.

Nothing here is imported on the start path (cli.main → ui/app.py): the package loads only
when a meeting is shared, joined or merged, so start-up is unchanged when nothing is shared.

- merge.py, textmerge.py, filemerge.py: two copies of one meeting merged by id (no pycrdt,
  works on every supported Python);
- docmap.py: a Meeting as a pycrdt Doc and back; replica.py: a Doc kept in step with a live
  Meeting and persisted update by update (updatelog.py);
- security.py, transport.py: host and join over WebSocket with TLS, a pinned self-signed
  certificate and a 6-digit code checked with SPAKE2; cli.py: host, join and merge.
"""

from __future__ import annotations

import sys

NEEDS_311 = (
    "To bærbare i samme møde kræver Python 3.11 eller nyere (denne er "
    f"{sys.version_info.major}.{sys.version_info.minor}). Flet i stedet mødefilerne "
    "med «sus-desktop merge» eller Fil → Åbn mødefil…."
)


class SyncUnavailable(RuntimeError):
    """The network sync cannot run here; str(error) is a Danish message for the user."""


def require_network_sync() -> None:
    """Raise SyncUnavailable (in Danish) unless pycrdt, websockets and spake2 can load."""
    if sys.version_info < (3, 11):
        raise SyncUnavailable(NEEDS_311)
    try:
        import pycrdt  # noqa: F401
        import spake2  # noqa: F401
        import websockets  # noqa: F401
    except ImportError as exc:
        raise SyncUnavailable(
            f"Deling af møder kræver pakken «{exc.name}», som ikke er installeret. "
            "Installér SUS Desktop igen (pip install .)."
        ) from exc
