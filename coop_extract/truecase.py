"""Shouted lines read in ordinary case: "*SHENZHEN MAYOR QIN WEIZHONG SIGNS PACT" (a wire
flash, a capitalised headline) becomes "*Shenzhen Mayor Qin Weizhong signs Pact" in the
view the extractors read, so that names, places and bodies are found as in any other line.

Only the case of letters changes, one character for one, so offsets stay those of the
input (the records quote every span from the input itself). Known acronyms and names
written in mixed case ("HK", "HKTDC", "JPMorgan") keep their own spelling; the small
words of a title ("of", "and", "the") and verbs are lower case inside a line, so that a
name stops before its verb (vocabulary in ``data/truecase.json``). On lines that do not
shout, a speaker's label in capitals before its colon ("MR CHAN KA-LOK (in Cantonese):")
and a heading's name before a dash ("LEGISLATIVE COUNCIL - 18 November 2026") are read the
same way.
"""

from __future__ import annotations

from functools import cache

from . import recache, resources
from .normalize import MONTHS, WEEKDAYS

# Three capitalised words in a row: the cheap test that lets most texts through untouched.
_HINT = recache.compile(r"[A-Z]{2,}[^A-Za-z\n]{1,4}[A-Z]{2,}[^A-Za-z\n]{1,4}[A-Z]{2,}")
# A line, or a column of one: a party's name in capitals set apart from its role
# ("KWAI CHUNG REEFER HOLDINGS LIMITED        Respondent") shouts on its own
_LINE = recache.compile(r"[^\s](?:[^\S\n\t]{0,2}[^\s])*")
_WORD = recache.compile(r"[^\W\d_]+")  # letters, not only ASCII ones ("CIÊNCIA")
_VOWEL = recache.compile(r"[aeiouy]")
# A speaker's label in capitals opening a line of a record or a transcript, before its
# colon or a bracketed language ("MR CHAN KA-LOK (in Cantonese): President, ..."), or a
# heading's name before a dash ("LEGISLATIVE COUNCIL - 18 November 2026"; not a bar's
# cell: "TV WEEK | Friday 27 November to ...", a masthead, names no week of events)
_LABEL = recache.compile(
    r"(?m)^[ \t]*(?P<label>[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*)+)"
    r"(?=[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?:|[ \t]+[-–—][ \t])"
)
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
    forms.update(resources.titles()["postnominals"])  # "CHAN TAI MAN, SBS, JP"
    out: dict[str, str] = {}
    for form in forms:
        for word in _WORD.findall(form):
            if len(word) > 1 and word != word.capitalize() and word != word.lower():
                out.setdefault(word.lower(), word)
    return out


def _syllable(low: str) -> bool:
    """Could the word after a hyphen be a given name's syllable, lower case ("KWAN-HO")?
    Not a month or a day ("END-MARCH"), nor letters with no vowel ("HK-SZ")."""
    return low not in MONTHS and low not in WEEKDAYS and _VOWEL.search(low) is not None


def _place_at(line: str, start: int) -> bool:
    """A known place's name (four letters or more) begins at ``start`` of a shouted line:
    after a hyphen it keeps its capital ("HONG KONG-MACAO" -> "Hong Kong-Macao"), where a
    syllable of a given name does not ("KWAN-HO" -> "Kwan-ho", "KA-LOK" -> "Ka-lok")."""
    from .extractors.cities import find_places

    rest = line[start : start + 40].title()
    return any(s == 0 and e >= 4 for s, e, _ in find_places(rest))


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


def recase(line: str) -> str:
    """``line`` in ordinary case, letter for letter: known spellings kept, small words and
    verbs lower case inside it ("MAYOR ZHOU SIGNS" -> "Mayor Zhou signs")."""
    spellings, lower = _spellings(), _lower_words()
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        word, low = m.group(), m.group().lower()
        after_apostrophe = m.start() > 0 and line[m.start() - 1] in "'’"
        ordinal = low in ("st", "nd", "rd", "th") and line[max(0, m.start() - 1)].isdigit()
        after_hyphen = (
            m.start() > 1 and line[m.start() - 1] == "-" and line[m.start() - 2].isalpha()
        )
        if low in spellings:
            new = spellings[low]
        elif (
            after_apostrophe
            or ordinal
            or (low in lower and not first)
            or (after_hyphen and _syllable(low) and not _place_at(line, m.start()))
        ):
            # "HK'S" -> "HK's"; "14TH" -> "14th"; "GOVERNMENT OF" -> "... of"; "BAI TAO
            # SIGNS" -> "... signs"; "KA-LOK" -> "Ka-lok", "CROSS-BORDER" -> "Cross-border"
            new = low
        else:
            new = word[0].upper() + word[1:].lower()
        first = False
        if len(new) == len(word):
            out[m.start() : m.end()] = new
    return "".join(out)


def truecase(text: str) -> str:
    """``text`` with its shouted lines in ordinary case (the text itself when none)."""
    if not _HINT.search(text) and not _LABEL.search(text):
        return text
    spans = [m.span() for m in _LINE.finditer(text) if _shouts(m.group())]
    shouted = {start for start, _ in spans}
    spans += [
        m.span("label")
        for m in _LABEL.finditer(text)
        if m.start("label") not in shouted and len(_WORD.findall(m.group("label"))) > 1
    ]
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts.append(text[last:start])
        parts.append(recase(text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)
