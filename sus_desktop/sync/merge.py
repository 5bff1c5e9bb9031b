"""Two copies of one meeting merged by id, nothing from either side lost (issue 15, "without
a network"): a meeting file from the other laptop opened here, or `sus-desktop merge`.

The merge works on the file's dict form (serialize.py), so a file from an earlier version
merges once it has been read (meeting_from_dict lifts version 1). `a` is this laptop's copy:
where a single value must be chosen and both sides hold one, `a`'s is kept; texts typed on
both sides are merged word by word (textmerge.py); every entity only one side has is kept.
No pycrdt here: this works on every supported Python.
"""

from __future__ import annotations

from sus_desktop.core.meeting import Meeting
from sus_desktop.core.serialize import meeting_from_dict, meeting_to_dict, note_dict
from sus_desktop.sync.textmerge import merge_texts


class MergeError(ValueError):
    """The two copies are not the same meeting; the message is Danish and fit to show."""


def full_dict(m: Meeting) -> dict:
    """The file form with deleted notes included (a delete is information for a merge)."""
    d = meeting_to_dict(m)
    d["notes"] = [note_dict(n) for n in m.all_notes]
    return d


def merge_meetings(a: Meeting, b: Meeting, *, check_id: bool = True) -> Meeting:
    if check_id and a.id != b.id:
        raise MergeError(
            f"Filerne er ikke det samme møde (id «{a.id}» og «{b.id}»). Kun to "
            "kopier af samme møde kan flettes."
        )
    merged = meeting_from_dict(merge_dicts(full_dict(a), full_dict(b)), keep_id=True)
    merged.problems = list(dict.fromkeys(a.problems + b.problems + merged.problems))
    return merged


def merge_dicts(a: dict, b: dict) -> dict:
    out = dict(a)
    out["meeting"] = _merge_info(a.get("meeting") or {}, b.get("meeting") or {})
    out["participants"] = _union(a.get("participants"), b.get("participants"), _participant)
    out["agenda"] = _union(a.get("agenda"), b.get("agenda"), _item)
    out["notes"] = _notes(a.get("notes") or [], b.get("notes") or [])
    out["actions"] = _actions(a.get("actions") or [], b.get("actions") or [])
    out["log"] = _log(a.get("log") or [], b.get("log") or [])
    out["spiral"] = _keyed(a.get("spiral") or {}, b.get("spiral") or {}, _spiral)
    out["talk_time"] = _talk(a.get("talk_time") or {}, b.get("talk_time") or {})
    out["follow_up"] = _union(a.get("follow_up"), b.get("follow_up"), _follow_up)
    out["minutes"] = _union(a.get("minutes"), b.get("minutes"), _minutes, key="key")
    out["extra"] = {**(b.get("extra") or {}), **(a.get("extra") or {})}
    return out


# --- entities -------------------------------------------------------------------------------


def _union(a: list | None, b: list | None, merge, key: str = "id") -> list:
    """By id, in `a`'s order; what only `b` has goes in after its nearest predecessor in `b`
    that is already placed (so a participant added between two others lands between them)."""
    a, b = list(a or []), list(b or [])
    b_by = {x.get(key): x for x in b}
    out = [merge(x, b_by[x.get(key)]) if x.get(key) in b_by else x for x in a]
    placed = {x.get(key) for x in out}
    for n, x in enumerate(b):
        if x.get(key) in placed:
            continue
        at = 0
        for prev in reversed(b[:n]):
            if prev.get(key) in placed:
                at = next(i for i, y in enumerate(out) if y.get(key) == prev.get(key)) + 1
                break
        out.insert(at, x)
        placed.add(x.get(key))
    return out


def _fill(a: dict, b: dict) -> dict:
    """`a`'s values, with what `a` lacks (missing, None or empty) taken from `b`."""
    out = dict(b)
    out.update({k: v for k, v in a.items() if v not in (None, "", [], {}) or k not in b})
    return out


def _merge_info(a: dict, b: dict) -> dict:
    out = _fill(a, b)
    if a.get("learning_focus") and b.get("learning_focus"):
        out["learning_focus"] = merge_texts(a["learning_focus"], b["learning_focus"])
    return out


def _participant(a: dict, b: dict) -> dict:
    out = _fill(a, b)
    out["present"] = bool(a.get("present", True) or b.get("present", True))
    return out


def _item(a: dict, b: dict) -> dict:
    out = _fill(a, b)
    out["phases"] = _union(a.get("phases"), b.get("phases"), _fill)
    return out


def _notes(a: list[dict], b: list[dict]) -> list[dict]:
    b_by = {n["id"]: n for n in b}
    out = []
    for n in a:
        other = b_by.pop(n["id"], None)
        out.append(n if other is None else _note(n, other))
    out += b_by.values()
    # Creation order across both laptops (stable: ties keep this laptop's order first).
    return sorted(out, key=lambda n: n.get("created_at") or "")


def _note(a: dict, b: dict) -> dict:
    out = _fill(a, b)
    out["text"] = merge_texts(a.get("text") or "", b.get("text") or "")
    da, db = bool(a.get("deleted")), bool(b.get("deleted"))
    # A delete stands unless the other side changed the note meanwhile (that edit is kept).
    changed = (a.get("text") or "") != (b.get("text") or "")
    out["deleted"] = (da and db) or ((da or db) and not changed)
    if not out["deleted"]:
        out.pop("deleted", None)
    return out


def _actions(a: list[dict], b: list[dict]) -> list[dict]:
    # Each laptop parses an action note into an action of its own id: one per source note.
    sources = {x.get("source"): x.get("id") for x in a if x.get("source")}
    b = [x for x in b if not x.get("source") or sources.get(x["source"]) in (None, x.get("id"))]

    def action(x: dict, y: dict) -> dict:
        out = _fill(x, y)
        out["what"] = merge_texts(x.get("what") or "", y.get("what") or "")
        return out

    return _union(a, b, action)


def _log_key(e: dict):
    """Version 1 entries have no id (each read gives a new one): matched by content."""
    return (e.get("at"), e.get("event"), e.get("item"), e.get("phase"), e.get("minutes"))


def _log(a: list[dict], b: list[dict]) -> list[dict]:
    seen_ids = {e.get("id") for e in a}
    seen_keys = {_log_key(e) for e in a}
    out = list(a) + [e for e in b if e.get("id") not in seen_ids and _log_key(e) not in seen_keys]
    from sus_desktop.core.meeting import from_iso

    return sorted(out, key=lambda e: from_iso(e["at"]))  # the clock replays in time order


def _keyed(a: dict, b: dict, merge) -> dict:
    out = {**b, **a}
    for k in a.keys() & b.keys():
        out[k] = merge(a[k], b[k])
    return out


def _spiral(a: dict, b: dict) -> dict:
    """The round that went further (more turns taken) is the facilitator's latest."""
    return a if len(a.get("log") or []) >= len(b.get("log") or []) else b


def _talk(a: dict, b: dict) -> dict:
    total = {
        k: max(v, (b.get("totals") or {}).get(k, 0)) for k, v in (a.get("totals") or {}).items()
    }
    for k, v in (b.get("totals") or {}).items():
        total.setdefault(k, v)
    return {"totals": total, "open": a.get("open") if a.get("open") is not None else b.get("open")}


def _follow_up(a: dict, b: dict) -> dict:
    out = _fill(a, b)
    out["note"] = merge_texts(a.get("note") or "", b.get("note") or "")
    return out


def _minutes(a: dict, b: dict) -> dict:
    out = _fill(a, b)
    out["text"] = merge_texts(a.get("text") or "", b.get("text") or "")
    return out
