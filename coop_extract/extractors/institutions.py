"""Named organisations: capitalised phrases with an organisation head noun, acronyms in
parentheses, well-known institutions from ``institutions.jsonl``, and companies named in
company context ("firms including XtalPi", "companies such as Walmart and Ping An")."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..extensions import add_fact
from ..normalize import MONTH_RE

_CAP = r"(?:[A-Z][\w'’.&-]*[\w'’&]|[A-Z]|\d+(?:st|nd|rd|th))"
_PAREN = r"\((?:[A-Z][a-z]+)\)"  # "(Region)", "(Chongqing)" inside a name
_CONN = r"(?:of|and|for|the|in|on|&|de|du|da)"
_SP = r"[^\S\n]+"  # spaces, never a line break: headlines and bylines stay apart
_SEQ = re.compile(rf"{_CAP}(?:{_SP}(?:(?:{_CONN}){_SP}){{0,2}}(?:{_CAP}|{_PAREN}))*")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")
_WORD = re.compile(r"\S+")


@cache
def _vocab() -> dict:
    data = resources.org_heads()
    heads = {h: kind for kind, words in data["heads"].items() for h in words}
    return {
        "heads": heads,
        "not": [n.lower() for n in data["not_institutions"]],
        "lead_stop": set(data["lead_stop"]),
        "titles": {t.lower() for words in resources.titles()["heads"].values() for t in words},
        "company_cues": data["company_cues"],
        "list_cues": data["list_cues"],
    }


def _head_kind(word: str) -> str | None:
    return _vocab()["heads"].get(word.strip("'’s").rstrip("’'")) or _vocab()["heads"].get(word)


@Language.factory("coop_institutions")
def make_institutions(nlp: Language, name: str) -> InstitutionFinder:
    """Build the institution finder."""
    return InstitutionFinder()


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _trim_leading(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop sentence openers, titles, months and 'X-based' words before the name proper."""
    vocab = _vocab()
    i = 0
    while i < len(words):
        w = text[words[i][0] : words[i][1]]
        low = w.lower()
        if (
            w in vocab["lead_stop"]
            or low in vocab["titles"]
            or re.fullmatch(MONTH_RE, w)
            or low.endswith(("-based", "-funded", "-listed", "-headquartered"))
            or w in ("of", "the", "and", "for", "in", "on", "&")
            or (re.fullmatch(r"[A-Z][a-z]+", w) and low in {"vice", "deputy", "assistant",
                                                           "executive", "chief", "senior"})
        ):
            i += 1
            continue
        break
    return words[i:]


def _split(text: str, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split at 'and the' and at 'and' after a complete name ('X Holdings and Y Ltd')."""
    parts: list[list[tuple[int, int]]] = [[]]
    for k, (s, e) in enumerate(words):
        w = text[s:e]
        nxt = text[words[k + 1][0] : words[k + 1][1]] if k + 1 < len(words) else ""
        if w in ("and", "&") and parts[-1]:
            prev = text[parts[-1][-1][0] : parts[-1][-1][1]]
            if nxt == "the" or _head_kind(prev):
                parts.append([])
                continue
        if w == "the" and not parts[-1]:
            continue
        parts[-1].append((s, e))
    return [p for p in parts if p]


def _strip_possessive_owner(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Suzhou's Southern Jiangsu Center of ...' -> 'Southern Jiangsu Center of ...'."""
    for k, (s, e) in enumerate(words[:-1]):
        if text[s:e].endswith(("'s", "’s")):
            rest = words[k + 1 :]
            if len(rest) >= 3:
                return rest
            return words
    return words


def _trim_trailing(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    while words and text[words[-1][0] : words[-1][1]] in ("of", "the", "and", "for", "in", "on", "&"):
        words = words[:-1]
    return words


def find_institutions(text: str) -> list[dict]:
    """Return institution payloads: name, kind, acronym, and the rule that found them."""
    vocab = _vocab()
    out: list[dict] = []
    taken: list[tuple[int, int]] = []

    def emit(s: int, e: int, kind: str, rule: str, **extra: object) -> None:
        if any(a < e and s < b for a, b in taken):
            return
        name = text[s:e]
        low = name.lower().replace("’", "'")
        if any(low == n or low.endswith(" " + n) for n in vocab["not"]):
            return
        taken.append((s, e))
        out.append({"start": s, "end": e, "name": name, "kind": kind, "rule": rule, **extra})

    # 1. Well-known institutions and their acronyms (whole words, case-sensitive).
    for entry in resources.known_institutions():
        for form in sorted({entry.name, *entry.aliases, *([entry.acronym] if entry.acronym else [])},
                           key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                emit(m.start(), m.end(), entry.kind, "inst.known", canonical=entry.name,
                     acronym=entry.acronym)

    # 2. Capitalised sequences with a head noun.
    for m in _SEQ.finditer(text):
        words = _trim_leading(text, _words(text, m.start(), m.end()))
        for part in _split(text, words):
            part = _trim_trailing(text, _strip_possessive_owner(text, _trim_leading(text, part)))
            heads = [(k, _head_kind(text[s:e])) for k, (s, e) in enumerate(part)]
            heads = [(k, kind) for k, kind in heads if kind]
            if not part or not heads:
                continue
            # The name ends at its last head noun, or runs on only through "of/in X".
            last = heads[-1][0]
            if last + 1 < len(part) and text[part[last + 1][0] : part[last + 1][1]] not in ("of", "in"):
                part = part[: last + 1]
            # A lone head word ("Government", "Bureau") is not a name.
            if len(part) == 1:
                continue
            s, e = part[0][0], part[-1][1]
            kind = heads[-1][1] if heads else "other"
            acr = _ACRONYM_AFTER.match(text, e)
            extra: dict[str, object] = {}
            if acr:
                extra["acronym"] = acr.group("acr")
            # "Queen Mary Hospital of the University of Hong Kong": also the inner body,
            # and the outer body's short form as an alias.
            for k, (ws, we) in enumerate(part):
                if text[ws:we] == "of" and k + 1 < len(part) and k > 0:
                    left_head = _head_kind(text[part[k - 1][0] : part[k - 1][1]])
                    rest = part[k + 1 :]
                    if rest and text[rest[0][0] : rest[0][1]] == "the":
                        rest = rest[1:]
                    if left_head and any(_head_kind(text[a:b]) for a, b in rest) and len(rest) > 1:
                        extra.setdefault("short", text[s : part[k - 1][1]])
                        inner_kind = [kd for kk, kd in heads if kk > k][-1]
                        out.append({"start": rest[0][0], "end": rest[-1][1],
                                    "name": text[rest[0][0] : rest[-1][1]], "kind": inner_kind,
                                    "rule": "inst.inner_body"})
            emit(s, e, _kind_name(kind), "inst.head_noun", **extra)

    # 3. Companies named in company context, and lists after "such as" / "including".
    cues = "|".join(re.escape(c) for c in vocab["company_cues"])
    name = rf"{_CAP}(?:{_SP}(?:{_CAP}))*"
    for m in re.finditer(rf"\b(?:{cues})s?\s+(?P<name>{name})", text):
        emit(m.start("name"), m.end("name"), "company", "inst.company_cue")
    lists = "|".join(re.escape(c) for c in vocab["list_cues"])
    for m in re.finditer(
        rf"\b(?:companies|firms|enterprises|banks|groups|brands|giants|institutions)\s+"
        rf"(?:{lists})\s+(?P<items>{name}(?:\s*,\s*{name})*(?:,?\s+and\s+{name})?)",
        text,
    ):
        for item in re.finditer(name, m.group("items")):
            if item.group() in ("and",):
                continue
            s = m.start("items") + item.start()
            emit(s, s + len(item.group()), "company", "inst.company_list")
    out.sort(key=lambda f: f["start"])
    return out


def _kind_name(kind: str) -> str:
    return kind if kind in ("government", "university", "research", "company", "association") else "other"


class InstitutionFinder:
    """Write institution mentions to ``doc._.coop["institutions"]``."""

    def __call__(self, doc: Doc) -> Doc:
        for fact in find_institutions(doc.text):
            add_fact(doc, "institutions", fact.pop("start"), fact.pop("end"), fact.pop("rule"),
                     **fact)
        return doc
