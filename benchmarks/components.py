"""Where the time goes: milliseconds per document for each pipeline component, in the real
flow (``Extractor.pipe``), beside spaCy's bare tokenizer on the same texts.

    python benchmarks/components.py             # 1,000 articles
    python benchmarks/components.py --docs 300 --json

For line-level detail, sample the same run with py-spy (``pip install py-spy``):

    py-spy record -f speedscope -o profile.json -- python benchmarks/components.py
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus


def measure(texts: list[str]) -> dict:
    import spacy

    import coop_extract.pipeline as pipeline
    from coop_extract import Extractor

    ex = Extractor()
    ex.extract(texts[0])
    spent: collections.Counter[str] = collections.Counter()

    def timed(name, fn):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start

        return run

    nlp = ex.nlp
    original = list(nlp._components)
    nlp._components = [(name, timed(name, proc)) for name, proc in original]
    assemble, make = pipeline.assemble, pipeline.Extractor._doc
    pipeline.assemble = timed("assemble (records)", assemble)
    pipeline.Extractor._doc = timed("tokenizer (make_doc)", make)
    try:
        tok = spacy.blank("en").tokenizer
        start = time.perf_counter()
        for _ in tok.pipe(texts):
            pass
        bare = time.perf_counter() - start
        start = time.perf_counter()
        for _ in ex.pipe((text, f"doc{k}") for k, text in enumerate(texts)):
            pass
        total = time.perf_counter() - start
    finally:
        nlp._components = original
        pipeline.assemble, pipeline.Extractor._doc = assemble, make
    n = len(texts)
    return {
        "docs": n,
        "ms_per_doc": {k: round(v / n * 1000, 3) for k, v in spent.most_common()},
        "other_ms_per_doc": round((total - sum(spent.values())) / n * 1000, 3),
        "total_ms_per_doc": round(total / n * 1000, 3),
        "bare_tokenizer_ms_per_doc": round(bare / n * 1000, 3),
        "ratio_to_tokenizer": round(bare / total, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    report = measure(make_corpus(args.docs, seed=3))
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, ms in report["ms_per_doc"].items():
        print(f"  {name:28s} {ms:7.3f} ms/doc")
    for key in ("other_ms_per_doc", "total_ms_per_doc", "bare_tokenizer_ms_per_doc"):
        print(f"  {key:28s} {report[key]:7.3f}")
    print(f"  {'ratio_to_tokenizer':28s} {report['ratio_to_tokenizer']:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
