"""Agreement counts: '25 agreements', '193 cooperation projects', 'two memorandums'."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..extensions import add_fact
from ..normalize import clean_float, parse_number
from ._figures import amount_re, qualifier_re, qualifier_value


@cache
def count_pattern() -> re.Pattern[str]:
    """Number, up to N modifier words, then a unit noun from ``agreement_units.json``."""
    data = resources.agreement_units()
    units = sorted(set(data["always"]) | set(data["with_cooperation"]), key=len, reverse=True)
    unit = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in units)
    qual = rf"(?:(?P<qual>{qualifier_re()})\s+)?"
    mods = rf"(?P<mods>(?:[A-Za-z][\w'-]*\s+){{0,{data['max_modifiers']}}}?)"
    return re.compile(rf"(?i:{qual}){amount_re()}\s+{mods}(?P<unit>(?i:{unit}))\b")


@Language.factory("coop_counts")
def make_counts(nlp: Language, name: str) -> CountFinder:
    """Build the agreement-count finder."""
    return CountFinder()


def find_counts(text: str) -> list[dict]:
    """Return agreement-count payloads found in ``text``."""
    data = resources.agreement_units()
    always = {u.lower() for u in data["always"]}
    coop_words = {w.lower() for w in data["cooperation_words"]}
    out: list[dict] = []
    for m in count_pattern().finditer(text):
        num = m.group("num")
        if num.lower() in ("a", "an", "one") and not m.group("qual"):
            continue  # a single agreement is an event, not a count
        value = parse_number(num)
        if value is None or re.fullmatch(r"(?:19|20)\d{2}", num):
            continue
        mods = m.group("mods").lower().split()
        if any(w in ("of", "in", "to", "from", "by", "with", "was", "were") for w in mods):
            continue  # "5 ships from Qinzhou ... agreement": the number counts something else
        unit = re.sub(r"\s+", " ", m.group("unit").lower())
        if unit not in always and not coop_words & set(mods):
            continue
        start = m.start("qual") if m.group("qual") else m.start("num")
        out.append(
            {
                "kind": "agreement_count",
                "value": clean_float(value),
                "unit": " ".join([*mods, unit]),
                "qualifier": qualifier_value(m.group("qual")),
                "start": start,
                "end": m.end(),
                "rule": "count.number_unit",
            }
        )
    return out


class CountFinder:
    """Write agreement counts to ``doc._.coop["figures"]``."""

    def __call__(self, doc: Doc) -> Doc:
        for fact in find_counts(doc.text):
            add_fact(doc, "figures", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc
