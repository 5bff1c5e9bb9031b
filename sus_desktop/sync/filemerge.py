"""A meeting file opened on a laptop that already holds that meeting (same id) merges into it
instead of making a duplicate (issue 15); the store keeps one meeting."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from sus_desktop.sync.merge import merge_meetings

if TYPE_CHECKING:
    from sus_desktop.core.meeting import Meeting
    from sus_desktop.storage.store import Store


def merge_into_store(store: Store, incoming: Meeting) -> Meeting:
    """The stored meeting with `incoming` merged in, saved; `incoming` itself when the store
    does not hold its id (then saved as it is, keeping the id so later copies merge)."""
    if store.has_meeting(incoming.id):
        merged = merge_meetings(store.load_meeting(incoming.id), incoming)
    else:
        merged = incoming
    store.save_meeting(merged)
    return merged


def merge_files(a: str | os.PathLike, b: str | os.PathLike) -> Meeting:
    """Two meeting files of one meeting (any version), merged; MeetingFileError or MergeError
    (Danish) when they cannot be."""
    from sus_desktop.storage.meetingfile import import_meeting

    return merge_meetings(import_meeting(a, keep_id=True), import_meeting(b, keep_id=True))
