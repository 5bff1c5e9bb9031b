"""Short random ids for notes, participants, items and phases."""

import uuid


def new_id(prefix: str = "") -> str:
    return prefix + uuid.uuid4().hex[:12]
