"""Short random ids for notes, participants, items and phases."""

import os


def new_id(prefix: str = "") -> str:
    # 48 random bits; os.urandom rather than uuid, whose import costs start-up time.
    return prefix + os.urandom(6).hex()
