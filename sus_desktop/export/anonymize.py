"""Participants' names out of a text, for the public minutes: each mention becomes the
person's role.

Forms that are replaced (case-insensitively, whatever whitespace or line breaks sit inside a
name): the full name, first + last name without the middle names, an initial + surname
("S. Lund", "L. B. Jensen"), a first, middle or last name alone, "@Søren" (and "@Sø", as the
note field's mention accepts it), and e-mail addresses (every address goes: a participant's
becomes the role, any other "(e-mail fjernet)").

The replacement is the role as written in the participant list ("Skoleleder", "PUF-konsulent"),
or "en deltager" when a person has no role (or "Andet"). A possessive keeps its ending in the
role's form: "Louise Bøgh Jensens forslag" -> "Skoleleders forslag", "Lars' idé" -> "PPR's idé"
("'s" after an abbreviation, "'" after s/x/z); at the start of a sentence the role starts with
a capital ("En deltager bød velkommen").

Other people are left alone: a match must stand as a whole word, hyphens included, so neither
"Kjærgaard-Hansen" nor "Anne-Mette" inside "Anne-Mette Kjærgaard-Hansen" is taken for
participants called Hansen or Mette; and a single name right next to another capitalised word
that is neither a participant's name nor an ordinary Danish word ("Anne-Mette Kjærgaard-Hansen"
when a participant is called Anne-Mette Holm, "Peter Lund" when one is Stefan Lund) is taken to
belong to someone else. A name that is also an ordinary word ("Line", "Holm") is only matched
with its capital letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sus_desktop.core.meeting import ROLES, Participant
from sus_desktop.export.danish_words import is_ordinary
from sus_desktop.export.role_lists import how_many, join

NO_ROLE = "en deltager"
EMAIL_REMOVED = "(e-mail fjernet)"
_UNSPECIFIC = {"", "andet", "deltager"}
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_SENTENCE_END = set('.!?:;•*–—-("“”«»[')
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
# What may stand between two names of one list: "A, B og C", "A/B", "A & B", "A eller B".
_LIST_SEP = re.compile(
    r"[ \t]*,[ \t]*(?:(?:og|eller)[ \t]+)?|[ \t]+(?:og|eller|samt)[ \t]+|[ \t]*[&/+][ \t]*"
)


def role_of(p: Participant) -> str:
    role = " ".join((p.role or "").split())
    return NO_ROLE if role.casefold() in _UNSPECIFIC else role


def genitive(phrase: str) -> str:
    """'Skoleleder' -> 'Skoleleders', 'PPR' -> 'PPR's', 'Lars' -> 'Lars''."""
    last = phrase.split()[-1] if phrase.split() else phrase
    if len(last) > 1 and last.isupper():
        return phrase + "'s"
    if phrase[-1:].lower() in ("s", "x", "z"):
        return phrase + "'"
    return phrase + "s"


def _tokens(name: str) -> list[str]:
    out = []
    for raw in name.split():
        tok = raw.strip(".,;:()[]\"'“”«»")
        if sum(ch.isalpha() for ch in tok) >= 2:
            out.append(tok)
    return out


def _folds(s: str) -> set[str]:
    s = s.casefold()
    return {
        s,
        s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("é", "e"),
        s.replace("æ", "a").replace("ø", "o").replace("å", "a").replace("é", "e"),
    }


def _token_re(tok: str) -> str:
    # A name that is also an ordinary word ("Line", "Holm") only with its capital letter.
    if is_ordinary(tok):
        return re.escape(tok[:1].upper() + tok[1:])
    return "(?i:" + re.escape(tok) + ")"


@dataclass
class _Alt:
    kind: str  # "email", "extra", "full", "token", "mention"
    people: tuple[int, ...]  # indices into Anonymizer.people


class Anonymizer:
    """Callable: text -> the same text with every participant replaced by their role.

    `replace`: more words to replace, as the user chose them in the check before export
    ({"Peter": "en lærer"}; whole words, possessives follow). `emails`: remove e-mail
    addresses (off when the user chose to show names).
    """

    def __init__(
        self,
        participants: list[Participant],
        *,
        replace: dict[str, str] | None = None,
        emails: bool = True,
    ) -> None:
        self._extra = [(w.strip(), r) for w, r in (replace or {}).items() if w.strip()]
        self._emails = emails
        self.people = [p for p in participants if _tokens(p.name)]
        self.roles = [role_of(p) for p in self.people]
        tokens = [_tokens(p.name) for p in self.people]
        self._all_tokens = {t.casefold() for ts in tokens for t in ts}
        self._role_words = {
            w.casefold() for r in list(ROLES) + self.roles for w in re.split(r"[\s-]+", r) if w
        }
        self._email_forms = [set().union(*(_folds(t) for t in ts)) for ts in tokens]
        alts: list[tuple[str, _Alt]] = [(_EMAIL, _Alt("email", ()))]
        for k, (word, _) in sorted(enumerate(self._extra), key=lambda x: -len(x[1][0])):
            rx = r"\s+".join(re.escape(w) for w in word.split())
            alts.append((rx, _Alt("extra", (k,))))
        full: list[tuple[str, int]] = []
        single: dict[str, set[int]] = {}
        for i, ts in enumerate(tokens):
            if len(ts) >= 2:
                first, *middle, last = ts
                mids = "".join(rf"(?:\s+(?:{re.escape(m)}|{re.escape(m[0])}\.))?" for m in middle)
                full.append((rf"(?i:{re.escape(first)}{mids}\s+{re.escape(last)})", i))
                inits = "".join(rf"(?:\s*(?:{re.escape(m)}|{re.escape(m[0])}\.))?" for m in middle)
                full.append((rf"(?i:{re.escape(first[0])}\.{inits}\s*{re.escape(last)})", i))
            for t in ts:
                single.setdefault(t, set()).add(i)
            if len(ts) >= 2 and "-" in ts[-1]:  # "Kjærgaard-Hansen" may be called "Hansen"
                for part in ts[-1].split("-"):
                    if sum(ch.isalpha() for ch in part) >= 3:
                        single.setdefault(part, set()).add(i)
        # Longest first: "Anna Marie Jensen" before "Anna Marie", "Jensen" before "Jens".
        for rx, i in sorted(full, key=lambda x: -len(x[0])):
            alts.append((rx, _Alt("full", (i,))))
        merged: dict[str, set[int]] = {}
        for t, who in single.items():
            merged.setdefault(t.casefold(), set()).update(who)
        for t in sorted(single, key=len, reverse=True):
            key = t.casefold()
            if key in merged:
                alts.append((_token_re(t), _Alt("token", tuple(sorted(merged.pop(key))))))
        alts.append((r"@[^\W\d_][\w-]*", _Alt("mention", ())))
        self._alts = [a for _, a in alts]
        body = "|".join(f"({rx})" for rx, _ in alts)
        self._re = re.compile(rf"(?<![\w@-])@?(?:{body})(s|['’]s)?(?![\w-])")
        self._gen_group = len(alts) + 1

    # --- replacement ------------------------------------------------------------------
    def _role(self, people) -> str:
        roles = {self.roles[i] for i in people}
        return roles.pop() if len(roles) == 1 else NO_ROLE

    def _email_people(self, address: str) -> tuple[int, ...]:
        local = address.split("@", 1)[0]
        parts = {f for part in re.split(r"[._+-]+", local) if len(part) >= 2 for f in _folds(part)}
        return tuple(i for i, forms in enumerate(self._email_forms) if parts & forms)

    def _mention(self, word: str) -> tuple[int, ...]:
        q = word.casefold()
        return tuple(
            i
            for i, p in enumerate(self.people)
            if p.name.casefold().startswith(q)
            or any(t.casefold().startswith(q) for t in _tokens(p.name))
        )

    def _is_other_name(self, word: str) -> bool:
        """A capitalised neighbour that makes a single name someone else's full name."""
        return (
            word[:1].isupper()
            and not word.isupper()
            and word.casefold() not in self._all_tokens
            and word.casefold() not in self._role_words
            and not is_ordinary(word)
        )

    def __call__(self, text: str) -> str:
        if not text or not self.people and not self._extra and "@" not in text:
            return text
        out: list[str | _Rep] = []
        pos = 0
        for m in self._re.finditer(text):
            start, end = m.span()
            if start < pos:
                continue
            li = m.lastindex  # names' patterns have no groups of their own
            alt = self._alts[li - 1 if li and li != self._gen_group else self._alt_index(m)]
            gen = bool(m.group(self._gen_group))
            matched = m.group(0)
            who: object
            if alt.kind == "email":
                if not self._emails:
                    continue
                hits = self._email_people(matched)
                repl, who = (self._role(hits), frozenset(hits)) if hits else (EMAIL_REMOVED, None)
            elif alt.kind == "extra":
                repl, who = self._extra[alt.people[0]][1], ("extra", alt.people[0])
            elif alt.kind == "mention":
                word = matched.lstrip("@")
                if gen:
                    word = re.sub(r"['’]?s$", "", word)
                hits = self._mention(word)
                if not hits:
                    continue
                repl, who = self._role(hits), frozenset(hits)
            else:
                if alt.kind == "token" and self._belongs_to_someone_else(text, start, end, gen):
                    continue
                repl, who = self._role(alt.people), frozenset(alt.people)
            if (
                not gen
                and alt.kind != "email"
                and text[end : end + 1] in ("'", "’")
                and matched[-1:].lower() in ("s", "x", "z")
                and not text[end + 1 : end + 2].isalpha()
            ):
                gen, end = True, end + 1  # "Lars' forslag"
            pending = text[pos:start]
            said = _role_before(pending, repl)
            if said is not None:  # "skoleleder Louise Jensen" -> "skoleleder", not twice
                out.append(pending[:said])
                if gen:
                    word = pending[:said]
                    out.append(genitive(word)[len(word) :])
                pos = end
                continue
            out.append(text[pos:start])
            out.append(_Rep(repl, who, gen, _sentence_start(text, start)))
            pos = end
        if not out:
            return text
        out.append(text[pos:])
        return "".join(_render(out))

    def _alt_index(self, m: re.Match) -> int:
        for n in range(1, self._gen_group):
            if m.group(n) is not None:
                return n - 1
        raise AssertionError("no alternative matched")

    def _belongs_to_someone_else(self, text: str, start: int, end: int, gen: bool) -> bool:
        # Sentence-initial or not: "Peter Lund sagde" is someone else at either place, and
        # an ordinary word that starts a sentence ("Ifølge Lund") is on the word list.
        before = _WORD_BEFORE.search(text, max(0, start - 80), start)
        if before and self._is_other_name(before.group(1)):
            return True
        if not gen:
            after = _WORD_AFTER.match(text, end)
            if after and self._is_other_name(after.group(1)):
                return True
        return False

    def who(self, text: str) -> str:
        """The actions' "Hvem" column: names become roles."""
        return self(text)


@dataclass
class _Rep:
    """One name replaced: its role, whom it stands for (None: no one known), possessive,
    sentence-initial."""

    role: str
    who: object
    gen: bool
    cap: bool

    def text(self) -> str:
        return _finish(self.role, self.gen, self.cap)


def _finish(phrase: str, gen: bool, cap: bool) -> str:
    if gen:
        phrase = genitive(phrase)
    return phrase[:1].upper() + phrase[1:] if cap else phrase


def _render(out: list[str | _Rep]) -> list[str]:
    """Text pieces and replacements as text. Replacements that form one list ("Anna, Bo og
    Karl") name each role once: "Ledelsesteam og PPR", "to skoleledere" (role_lists.py);
    a list without a repeated role keeps its words as typed."""
    result: list[str] = []
    i = 0
    while i < len(out):
        piece = out[i]
        if isinstance(piece, str):
            result.append(piece)
            i += 1
            continue
        run: list[_Rep] = [piece]
        seps: list[str] = []
        j = i + 1
        while j + 1 < len(out):
            sep, nxt = out[j], out[j + 1]
            if not (isinstance(sep, str) and isinstance(nxt, _Rep) and _LIST_SEP.fullmatch(sep)):
                break
            if run[-1].gen and not nxt.gen:  # a possessive ends a list, unless "Annas og Bos"
                break
            seps.append(sep)
            run.append(nxt)
            j += 2
        result.append(_list_text(run, seps))
        i = j
    return result


def _list_text(run: list[_Rep], seps: list[str]) -> str:
    roles = [r.role.casefold() for r in run if r.who is not None]
    if len(roles) == len(set(roles)):
        return "".join(part for r, sep in zip(run, seps + [""]) for part in (r.text(), sep))
    groups: dict[str, tuple[str, set]] = {}
    for r in run:
        key = r.role.casefold() if r.who is not None else f"\0{id(r)}"
        groups.setdefault(key, (r.role, set()))[1].add(r.who if r.who is not None else id(r))
    conj = "eller" if any("eller" in s for s in seps) else "og"
    phrase = join([how_many(role, len(who)) for role, who in groups.values()], conj)
    return _finish(phrase, run[-1].gen, run[0].cap)


def _role_before(pending: str, role: str) -> int | None:
    """Where the role ends when `pending` ends with it as a title ("skoleleder "), else None."""
    stripped = pending.rstrip(" \t\u00a0")
    if stripped == pending or role == NO_ROLE:
        return None
    if not stripped.casefold().endswith(role.casefold()):
        return None
    before = stripped[: len(stripped) - len(role)]
    if before and (before[-1].isalnum() or before[-1] == "-"):
        return None
    return len(stripped)


def sentence_start(text: str, pos: int) -> bool:
    """Does `pos` start a sentence (start of text or line, after . ! ? : ; a bullet...)?"""
    return _sentence_start(text, pos)


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] in "\n\r":
        return True
    return text[i] in _SENTENCE_END and (text[i] not in "-–" or i == 0 or text[i - 1] in " \t\n")
