"""Pure normalisation functions: numbers, number words, scale words, months."""

from __future__ import annotations

import re
from functools import cache

from . import resources

# Digits with optional thousands separators and decimals; never starts or ends inside a
# longer number ("13,6 million" gives no 6 and no 13,6).
# A number in digits, not glued to a word before it ("A380", "COVID19") nor after a
# number's comma (a CSV field's comma after a word is none: '"Join?",Yes,61%')...
NUMBER_RE = r"(?<![\w.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|[.,]\d)"
# ... except where what stands before it is matched on purpose: a currency code ("RMB48.2bn").
NUMBER_AFTER_CODE_RE = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|[.,]\d)"

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
# (also in capitals, as a log or a report's stamp writes them: "1100 HKT 16 NOV")
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)
# Portuguese months, as a Macao release's header writes its date ("23 de Novembro de 2026")
PT_MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip
PT_DATE_RE = (
    r"(?P<pd>\d{1,2})[^\S\n]+de[^\S\n]+(?P<pmon>(?i:" + "|".join(PT_MONTHS) + r"))"
    r"[^\S\n]+de[^\S\n]+(?P<py>(?:19|20)\d{2})"
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# a weekday written short ("Wed", "Thurs", "Tues")
SHORT_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"


def weekday_index(wd: str) -> int:
    """0-6 for a weekday's name, written whole or short ('Saturday', 'Sat', 'Thurs')."""
    return next(k for k, name in enumerate(WEEKDAYS) if name.startswith(wd.lower()[:3]))


def month_number(word: str) -> int:
    """Return 1-12 for a month name or abbreviation."""
    low = word.lower().rstrip(".")
    return MONTHS[low] if low in MONTHS else PT_MONTHS[low]


def parse_digits(text: str) -> float:
    """Parse '1,234.5' (thousands separators allowed) into a float."""
    return float(text.replace(",", ""))


@cache
def _word_tables() -> tuple[dict[str, float], dict[str, float]]:
    data = resources.numbers()
    return data["units"], data["scales"]


@cache
def number_words_re() -> str:
    """A regex for a number written in words ('twenty-five', 'two hundred', 'a')."""
    units, _ = _word_tables()
    from .textutil import trie_regex

    words = {w for w in units if w not in ("a", "an", "half", "dozens")}
    one = trie_regex(words)
    # the first word may be capitalised: a count may open a sentence ("Five agreements were
    # signed", "Twenty-two projects"); listed, not (?i:), which is slower on every text
    first = trie_regex(words | {w.capitalize() for w in words})
    return rf"(?:{first}(?:[\s-]+(?:and[\s-]+)?{one})*)"


def parse_number_words(text: str) -> float | None:
    """Return the value of a number in words ('twenty-five' -> 25), or None."""
    units, scales = _word_tables()
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word == "and" or not word:
            continue
        if word in ("hundred",):
            current = (current or 1) * 100
        elif word in scales and word not in ("m", "b", "k"):
            total += (current or 1) * scales[word]
            current = 0
        elif word in units:
            current += units[word]
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """Parse digits or number words."""
    text = text.strip()
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        return parse_digits(text)
    return parse_number_words(text)


def scale_value(word: str | None) -> float:
    """Return the multiplier of a scale word ('billion', 'bn', 'm'); 1 for none."""
    if not word:
        return 1.0
    _, scales = _word_tables()
    return float(scales.get(re.sub(r"\s+", " ", word.lower().strip()), 1.0))


def clean_float(value: float) -> float | int:
    """Return ints for whole numbers (28.0 -> 28), rounding float noise."""
    value = round(value, 6)
    return int(value) if value == int(value) else value
