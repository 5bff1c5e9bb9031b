"""Lists of roles as Danish reads them, for the public minutes: when two participants share a
role, "Anna og Bo" must not become "Ledelsesteam og Ledelsesteam".

A role is named once; a role that names a person rather than a body gets the number and its
plural ("to skoleledere", "tre deltagere"), so the reader still learns how many there were.
A collective role (Ledelsesteam, PPR, Skolebestyrelse, MED...) has no count: the seeds' own
invitation lists "Børn og Unge-chef, ledelsesteamet, PUF-konsulent".
"""

from __future__ import annotations

# Last word's ending -> its plural. Endings, so that compounds follow: "Viceskoleleder",
# "PUF-konsulent", "Børn og Unge-chef", "Tillidsrepræsentant".
_PLURAL_ENDINGS = (
    ("forælder", "forældre"),
    ("medarbejder", "medarbejdere"),
    ("deltager", "deltagere"),
    ("leder", "ledere"),
    ("lærer", "lærere"),
    ("konsulent", "konsulenter"),
    ("repræsentant", "repræsentanter"),
    ("referent", "referenter"),
    ("koordinator", "koordinatorer"),
    ("pædagog", "pædagoger"),
    ("psykolog", "psykologer"),
    ("sekretær", "sekretærer"),
    ("chef", "chefer"),
    ("elev", "elever"),
)
_COUNTS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni"}
_ARTICLES = ("en ", "et ")


def plural(role: str) -> str | None:
    """'Skoleleder' -> 'skoleledere', 'Pædagogisk leder' -> 'pædagogiske ledere',
    'en deltager' -> 'deltagere'; None for a collective role or one not known here."""
    words = role.split(" ")
    if len(words) > 1 and words[0].casefold() in (a.strip() for a in _ARTICLES):
        words = words[1:]
    last = words[-1]
    for singular, many in _PLURAL_ENDINGS:
        if last.casefold().endswith(singular):
            words[-1] = last[: len(last) - len(singular)] + many
            break
    else:
        return None
    # An adjective before the noun takes -e: "pædagogiske ledere".
    words = [
        w + "e" if w.casefold().endswith("isk") and i < len(words) - 1 else w
        for i, w in enumerate(words)
    ]
    first = words[0]
    proper = len(words) > 1 and not first.casefold().endswith("iske")  # "Børn og Unge-chefer"
    if not proper and first[1:2].islower():  # "PUF-konsulenter" keeps its capitals
        words[0] = first[:1].lower() + first[1:]
    return " ".join(words)


def how_many(role: str, count: int) -> str:
    """The role for `count` different people: 'to skoleledere', or the role once."""
    many = plural(role) if count > 1 else None
    if many is None:
        return role
    return f"{_COUNTS.get(count, str(count))} {many}"


def join(phrases: list[str], conjunction: str = "og") -> str:
    """'A', 'A og B', 'A, B og C'."""
    if len(phrases) < 2:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + f" {conjunction} " + phrases[-1]
