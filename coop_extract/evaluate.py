"""Score extractor output against gold files (``NAME.gold.json`` beside ``NAME.txt``).

Matching follows ``shared/gold/FORMAT.md``:
- cities: canonical names, case-insensitive; ``required`` must be found, ``optional`` ones
  are neither rewarded nor punished;
- officials / institutions: a prediction matches a gold entry when its name or any alias
  equals the gold name or any gold alias (case-insensitive); missing ``required: false``
  entries are not punished, and predicting them is not an error; a second prediction of
  an already-matched entity is a false positive (one record per real-world entity);
- money: same currency and value within 0.5 %; percentages and agreement counts: same value;
- events: same type and date (and end date where both give one); ``event_dates`` scores
  the date alone;
- titles: of matched officials whose gold title is not null, the share with the same title
  (case, quotes and spacing folded); publication date: exact, null included.
All scores are micro-averaged over documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .models import Document
from .pipeline import Extractor
from .textutil import norm

FIELDS = [
    "cities", "officials", "institutions", "money", "percentages", "agreement_counts",
    "events", "event_dates",
]  # fmt: skip


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Add another field's counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores of a run over a gold folder, in total and per document."""

    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    titles_right: int = 0
    titles_scored: int = 0
    pubdates_right: int = 0
    documents: int = 0
    per_document: dict[str, dict[str, Counts]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """A JSON-ready summary."""
        return {
            "documents": self.documents,
            "fields": {
                name: {
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                }
                for name, c in self.fields.items()
            },
            "title_accuracy": round(self.titles_right / self.titles_scored, 4)
            if self.titles_scored
            else None,
            "titles": {"right": self.titles_right, "scored": self.titles_scored},
            "publication_date_accuracy": round(self.pubdates_right / self.documents, 4)
            if self.documents
            else None,
            "per_document": {
                doc: {name: {"tp": c.tp, "fp": c.fp, "fn": c.fn} for name, c in fields.items()}
                for doc, fields in self.per_document.items()
            },
            "errors": self.misses,
        }


def _forms(name: str, aliases: list[str] | None) -> set[str]:
    return {norm(x) for x in [name, *(aliases or [])] if x}


def _match_entities(
    pred: list[tuple[set[str], object]], gold: list[dict], log: list[str], label: str
) -> tuple[Counts, list[tuple[object, dict]]]:
    counts = Counts()
    pairs: list[tuple[object, dict]] = []
    gold_forms = [_forms(g["name"], g.get("aliases")) for g in gold]
    matched_gold: set[int] = set()
    for forms, record in pred:
        hit = next(
            (k for k, gf in enumerate(gold_forms) if forms & gf and k not in matched_gold), None
        )
        if hit is None:
            if any(forms & gf for gf in gold_forms):
                counts.fp += 1  # a duplicate record of an entity already matched
                log.append(f"{label} duplicate: {sorted(forms)[0]}")
            else:
                counts.fp += 1
                log.append(f"{label} extra: {sorted(forms)[0]}")
            continue
        matched_gold.add(hit)
        if gold[hit].get("required", True):
            counts.tp += 1
            pairs.append((record, gold[hit]))
    for k, g in enumerate(gold):
        if g.get("required", True) and k not in matched_gold:
            counts.fn += 1
            log.append(f"{label} missed: {g['name']}")
    return counts, pairs


def _match_values(pred: list[dict], gold: list[dict], same, log: list[str], label: str) -> Counts:
    counts = Counts()
    left = list(gold)
    for p in pred:
        hit = next((g for g in left if same(p, g)), None)
        if hit is None:
            counts.fp += 1
            log.append(f"{label} extra: {p.get('text') or p}")
        else:
            left.remove(hit)
            counts.tp += 1
    counts.fn = len(left)
    for g in left:
        log.append(f"{label} missed: {g.get('text') or g}")
    return counts


def _close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def score_document(doc: Document, gold: dict) -> tuple[dict[str, Counts], dict, list[str]]:
    """Score one document; returns (field counts, extra tallies, error log)."""
    log: list[str] = []
    out: dict[str, Counts] = {}
    cities_gold = gold.get("cities", {})
    required = {norm(c) for c in cities_gold.get("required", [])}
    optional = {norm(c) for c in cities_gold.get("optional", [])}
    predicted = {norm(c.name) for c in doc.cities}
    out["cities"] = Counts(
        tp=len(predicted & required),
        fp=len(predicted - required - optional),
        fn=len(required - predicted),
    )
    log += [f"city extra: {c}" for c in sorted(predicted - required - optional)]
    log += [f"city missed: {c}" for c in sorted(required - predicted)]

    out["officials"], pairs = _match_entities(
        [(_forms(o.name, o.aliases), o) for o in doc.officials],
        gold.get("officials", []),
        log,
        "official",
    )
    titles_scored = titles_right = 0
    for record, g in pairs:
        if g.get("title"):
            titles_scored += 1
            if record.title and norm(record.title) == norm(g["title"]):
                titles_right += 1
            else:
                log.append(f"title wrong: {g['name']}: {record.title!r} vs {g['title']!r}")
    out["institutions"], _ = _match_entities(
        [
            (_forms(i.name, [*i.aliases, *([i.acronym] if i.acronym else [])]), i)
            for i in doc.institutions
        ],
        gold.get("institutions", []),
        log,
        "institution",
    )
    figs = [f.model_dump() for f in doc.figures]
    out["money"] = _match_values(
        [f for f in figs if f["kind"] == "money"],
        gold.get("money", []),
        lambda p, g: p["currency"] == g["currency"] and _close(p["value"], g["value"], 0.005),
        log,
        "money",
    )
    out["percentages"] = _match_values(
        [f for f in figs if f["kind"] == "percentage"],
        gold.get("percentages", []),
        lambda p, g: _close(p["value"], g["value"], 1e-9),
        log,
        "percentage",
    )
    out["agreement_counts"] = _match_values(
        [f for f in figs if f["kind"] == "agreement_count"],
        gold.get("agreement_counts", []),
        lambda p, g: _close(p["value"], g["value"], 1e-9),
        log,
        "agreement_count",
    )
    events = [e.model_dump() for e in doc.events if e.date]

    def same_dates(p: dict, g: dict) -> bool:
        if p["date"] != g["date"]:
            return False
        return not (g.get("end_date") and p.get("end_date") and p["end_date"] != g["end_date"])

    out["events"] = _match_values(
        [{**e, "text": f"{e['type']} {e['date']}"} for e in events],
        [{**g, "text": f"{g['type']} {g['date']}"} for g in gold.get("events", [])],
        lambda p, g: p["type"] == g["type"] and same_dates(p, g),
        log,
        "event",
    )
    out["event_dates"] = _match_values(
        [{**e, "text": f"{e['type']} {e['date']}"} for e in events],
        [{**g, "text": f"{g['type']} {g['date']}"} for g in gold.get("events", [])],
        same_dates,
        [],
        "event_date",
    )
    pub_right = doc.publication_date == gold.get("publication_date")
    if not pub_right:
        log.append(f"publication date: {doc.publication_date} vs {gold.get('publication_date')}")
    extra = {
        "titles_scored": titles_scored,
        "titles_right": titles_right,
        "pubdate_right": int(pub_right),
    }
    return out, extra, log


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """Return (text, gold) path pairs for every NAME.txt with NAME.gold.json beside it."""
    pairs = []
    for gold in sorted(folder.rglob("*.gold.json")):
        text = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        if text.exists():
            pairs.append((text, gold))
    return pairs


def evaluate(folder: Path, extractor: Extractor | None = None) -> Report:
    """Run the extractor on every gold pair under ``folder`` and score it.

    The extractor sees only the text: no reference date is given, so an article without
    a date of its own leaves relative dates unresolved, as the gold format expects.
    """
    extractor = extractor or Extractor()
    report = Report()
    for text_path, gold_path in gold_pairs(folder):
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = extractor.extract(text, source=str(text_path))
        fields, extra, log = score_document(doc, gold)
        report.documents += 1
        for name, counts in fields.items():
            report.fields[name].add(counts)
        report.titles_scored += extra["titles_scored"]
        report.titles_right += extra["titles_right"]
        report.pubdates_right += extra["pubdate_right"]
        report.per_document[text_path.stem] = fields
        report.misses[text_path.stem] = log
    return report
