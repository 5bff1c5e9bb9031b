"""Back in the shared meeting after a restart (issue 15), whether the app was closed, crashed
or killed: a meeting this laptop shared or joined is remembered in the store with what it
takes to go on (per meeting, on this laptop only: the host's address and join code, or the
code and port it was shared with). Opening that meeting again shares it again, or reopens
it as a referent and reconnects; "Stop deling" and "Forlad mødet" forget it.

Read when any meeting opens, so nothing here loads the sync engine: that happens only when
there is something to rejoin.
"""

from __future__ import annotations

KEY = "sync_resume:"  # + meeting id
HOST, REFERENT_ROLE = "host", "referent"


def pending(store, meeting_id: str) -> dict | None:
    """What to resume for this meeting, or None."""
    try:
        rec = store.get_setting(KEY + meeting_id)
    except Exception:
        return None
    if isinstance(rec, dict) and rec.get("role") in (HOST, REFERENT_ROLE) and rec.get("code"):
        return rec
    return None


def author_for(rec: dict | None):
    """The author a referent's meeting opens with (None: the facilitator)."""
    if rec is None or rec.get("role") != REFERENT_ROLE:
        return None
    from sus_desktop.core.commands import REFERENT, Author

    return Author(str(rec.get("laptop") or ""), REFERENT)


def remember(store, meeting_id: str, **rec) -> None:
    store.set_setting(KEY + meeting_id, rec)


def forget(store, meeting_id: str) -> None:
    store.set_setting(KEY + meeting_id, None)
