"""Shouted lines read in ordinary case: "*SHENZHEN MAYOR QIN WEIZHONG SIGNS PACT" (a wire
flash, a capitalised headline) becomes "*Shenzhen Mayor Qin Weizhong signs Pact" in the
view the extractors read, so that names, places and bodies are found as in any other line.

Only the case of letters changes, one character for one, so offsets stay those of the
input (the records quote every span from the input itself). Known acronyms and names
written in mixed case ("HK", "HKTDC", "JPMorgan") keep their own spelling; the small
words of a title ("of", "and", "the") and verbs are lower case inside a line, so that a
name stops before its verb (vocabulary in ``data/truecase.json``).
"""

from __future__ import annotations

from functools import cache

from . import recache, resources

# Three capitalised words in a row: the cheap test that lets most texts through untouched.
_HINT = recache.compile(r"[A-Z]{2,}[^A-Za-z\n]{1,4}[A-Z]{2,}[^A-Za-z\n]{1,4}[A-Z]{2,}")
# A line, or a column of one: a party's name in capitals set apart from its role
# ("KWAI CHUNG REEFER HOLDINGS LIMITED        Respondent") shouts on its own
_LINE = recache.compile(r"[^\s](?:[^\S\n\t]{0,2}[^\s])*")
_WORD = recache.compile(r"[^\W\d_]+")  # letters, not only ASCII ones ("CIÊNCIA")
# A line shouts when at least this share of its letters are capitals ...
_SHOUT_SHARE = 0.85
# ... it has at least this many letters and this many words (not "HKTDC PRESS RELEASE").
_SHOUT_LETTERS = 12
_SHOUT_WORDS = 3


@cache
def _lower_words() -> frozenset[str]:
    """Words that stay lower case inside a line: small words and verbs."""
    data = resources.read_json("truecase.json")
    triggers = resources.event_triggers()
    phrases = [
        *(w for words in triggers["verbs"].values() for w in words),
        *triggers["object_verbs"],
        *triggers["begin_verbs"],
        *triggers["end_verbs"],
        *triggers["close_verbs"],
        *resources.titles()["person_verbs"],
    ]
    verbs = {p.lower() for p in phrases if " " not in p and "*" not in p}
    return frozenset({*resources.small_words(), *data["headline_verbs"], *verbs})


@cache
def third_person_verbs() -> frozenset[str]:
    """The verbs a headline writes with an -s ("Signs", "Affirms"), lower case: inside a
    capitalised run one ends the name before it."""
    small = resources.small_words()
    return frozenset(w for w in _lower_words() if w.endswith("s") and w not in small)


@cache
def _spellings() -> dict[str, str]:
    """Lower-cased word -> its own spelling, for words that are not plain capitalised
    words: acronyms and mixed-case names of known places and bodies ("HK", "GBA",
    "JPMorgan")."""
    from .extractors.cities import gazetteer

    forms: set[str] = set(gazetteer()[1])
    for entry in resources.known_institutions():
        forms.update(entry.forms)
    out: dict[str, str] = {}
    for form in forms:
        for word in _WORD.findall(form):
            if len(word) > 1 and word != word.capitalize() and word != word.lower():
                out.setdefault(word.lower(), word)
    return out


def _shouts(line: str) -> bool:
    letters = upper = 0
    for c in line:
        if c.isalpha():
            letters += 1
            upper += c.isupper()
    return (
        letters >= _SHOUT_LETTERS
        and upper >= _SHOUT_SHARE * letters
        and len(_WORD.findall(line)) >= _SHOUT_WORDS
    )


def _recase(line: str) -> str:
    spellings, lower = _spellings(), _lower_words()
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        word, low = m.group(), m.group().lower()
        after_apostrophe = m.start() > 0 and line[m.start() - 1] in "'’"
        ordinal = low in ("st", "nd", "rd", "th") and line[max(0, m.start() - 1)].isdigit()
        if low in spellings:
            new = spellings[low]
        elif after_apostrophe or ordinal or (low in lower and not first):
            # "HK'S" -> "HK's"; "14TH" -> "14th"; "GOVERNMENT OF" -> "... of"; "BAI TAO
            # SIGNS" -> "... signs"
            new = low
        else:
            new = word[0].upper() + word[1:].lower()
        first = False
        if len(new) == len(word):
            out[m.start() : m.end()] = new
    return "".join(out)


def truecase(text: str) -> str:
    """``text`` with its shouted lines in ordinary case (the text itself when none)."""
    if not _HINT.search(text):
        return text
    parts: list[str] = []
    last = 0
    for m in _LINE.finditer(text):
        if _shouts(m.group()):
            parts.append(text[last : m.start()])
            parts.append(_recase(m.group()))
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
