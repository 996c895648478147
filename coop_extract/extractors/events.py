"""Dated events: a trigger word in a sentence plus a date from that sentence (or the frame the
previous sentence set), typed from ``event_triggers.json``."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..extensions import facts, store
from ..normalize import parse_number

_DURATION = re.compile(r"\b(?P<n>\w+)-day\s+(?:trip|visit|tour|mission|event|fair|expo|forum)", re.I)


@cache
def _triggers() -> dict:
    data = resources.event_triggers()

    def compile_group(group: dict[str, list[str]]) -> list[tuple[str, re.Pattern[str]]]:
        return [
            (etype, re.compile(
                r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                   for w in sorted(words, key=len, reverse=True)) + r")\b",
                re.I,
            ))
            for etype, words in group.items()
        ]

    planned = "|".join(re.escape(w) for w in data["planned_markers"])
    return {
        "verbs": compile_group(data["verbs"]),
        "nouns": compile_group(data["nouns"]),
        "priority": data["priority"],
        "planned": re.compile(rf"\b(?:{planned})\b", re.I),
    }


@Language.factory("coop_events")
def make_events(nlp: Language, name: str) -> EventFinder:
    """Build the event finder."""
    return EventFinder()


def _best_trigger(sentence: str) -> tuple[str, re.Match[str], str] | None:
    """Return (type, match, rank) of the strongest trigger: verbs beat nouns, then priority."""
    trig = _triggers()
    order = {t: k for k, t in enumerate(trig["priority"])}
    for rank in ("verbs", "nouns"):
        found = []
        for etype, pattern in trig[rank]:
            m = pattern.search(sentence)
            if m:
                found.append((order.get(etype, 99), etype, m))
        if found:
            found.sort(key=lambda f: (f[0], f[2].start()))
            return found[0][1], found[0][2], rank
    return None


def _within(items: list[dict], start: int, end: int) -> list[dict]:
    return [f for f in items if start <= f["start"] and f["end"] <= end]


def find_events(doc: Doc) -> list[dict]:
    """Return event payloads for ``doc`` (its dates, places and people already found)."""
    text = doc.text
    sentences = store(doc).get("sentences", [])
    dates = facts(doc, "dates")
    places = facts(doc, "places")
    figures = facts(doc, "figures")
    trig = _triggers()
    events: list[dict] = []
    # The frame: the single-day date of the event the previous sentence reported, so that
    # "... held on May 11. The mechanism was formally established." dates the second.
    frame: dict | None = None
    prev_end = -1
    for s, e in sentences:
        sentence = text[s:e]
        own = _within(dates, s, e)
        same_paragraph = prev_end >= 0 and "\n\n" not in text[prev_end:s]
        inherited = frame if same_paragraph else None
        prev_end = e
        frame = None
        best = _best_trigger(sentence)
        if best is None:
            continue
        etype, trigger, _rank = best
        resolved = [d for d in own if d["date"]]
        if own and not resolved:
            continue  # the sentence has a date we cannot place: no guessing
        rule = "event.sentence_date"
        if resolved:
            tpos = s + trigger.start()
            when = min(resolved, key=lambda d: abs(d["start"] - tpos))
        elif inherited is not None and sentence.rstrip().endswith((".", "!", "?")):
            when, rule = inherited, "event.frame_date"
        else:
            continue
        if rule == "event.sentence_date" and when["precision"] == "day" and not when["end_date"]:
            frame = when
        end_date = when["end_date"] if when["precision"] == "day" else None
        duration = _DURATION.search(sentence)
        if duration and not end_date and when["precision"] == "day":
            n = parse_number(duration.group("n"))
            if n and 1 < n <= 31:
                end_date = (date.fromisoformat(when["date"]) + timedelta(days=int(n) - 1)).isoformat()
        planned = bool(trig["planned"].search(sentence[: trigger.end()]))
        location = _location(text, s, e, trigger, etype, _within(places, s, e))
        counts = [
            (f["start"], f["end"]) for f in figures
            if f["kind"] == "agreement_count" and s <= f["start"] < e
        ]
        events.append(
            {
                "type": etype,
                "date": when["date"],
                "end_date": end_date,
                "date_text": when["text"],
                "status": "planned" if planned else "reported",
                "trigger": trigger.group(),
                "participants": [],  # filled from the assembled entities
                "location": location,
                "figures": counts,
                "rule": rule,
                "start": s,
                "end": e,
                "spans": [(s, e)],
            }
        )
    return _merge(events)


def _location(text: str, s: int, e: int, trigger: re.Match[str], etype: str,
              places: list[dict]) -> str | None:
    """The place it happened: 'to X' after a visit trigger, else 'in/at X' in the sentence."""
    tpos = s + trigger.start()
    for p in places:
        lead = text[max(s, p["start"] - 12) : p["start"]]
        if etype == "visit" and p["start"] > tpos and re.search(r"\b(?:to|in)\s+(?:the\s+)?$", lead):
            return p["name"]
    for p in places:
        lead = text[max(s, p["start"] - 8) : p["start"]]
        if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", lead):
            return p["name"]
    return None


def _merge(events: list[dict]) -> list[dict]:
    """One event per happening: same type and date are merged, participants united."""
    merged: list[dict] = []
    for ev in events:
        twin = next(
            (m for m in merged if m["type"] == ev["type"] and m["date"] == ev["date"]), None
        )
        if twin is None:
            merged.append(ev)
            continue
        twin["spans"].extend(ev["spans"])
        twin["figures"] = sorted(set(twin["figures"]) | set(ev["figures"]))
        twin["end_date"] = twin["end_date"] or ev["end_date"]
        twin["location"] = twin["location"] or ev["location"]
    return merged


class EventFinder:
    """Write events to ``doc._.coop["events"]``."""

    def __call__(self, doc: Doc) -> Doc:
        store(doc)["events"] = find_events(doc)
        return doc
