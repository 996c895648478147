"""Speed and memory of coop-extract, measured side by side with its baselines in one run.

    python benchmarks/bench.py                 # 2,000 articles, 10,000 for memory
    python benchmarks/bench.py --docs 500 --memory-docs 2000 --json

Reports (each against a baseline measured in the same run, so ratios hold on a noisy box):
- throughput of the full extraction in one process vs spaCy's bare tokenizer
  (``spacy.blank("en").tokenizer.pipe``) on the same texts: words/s, docs/s, ratio;
- ``coop-extract DIR --workers 2`` vs ``--workers 1`` wall time on the same folder;
- cold start: ``coop-extract one.txt --format json`` vs
  ``python -c "import spacy; spacy.blank('en')"`` (median of several runs), as the
  environment runs them and again with Python's bytecode cache allowed;
- peak memory of one process over a long run and its resident size every 1,000 documents;
- where installed, the time dateparser's ``search_dates`` and Microsoft Recognizers-Text
  take over the same texts (on a subset, reported per document).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus, write_corpus


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bench_throughput(texts: list[str]) -> dict:
    import spacy

    from coop_extract import Extractor

    n_words = words(texts)
    tok = spacy.blank("en").tokenizer
    list(tok.pipe(texts[:20]))
    t = time.perf_counter()
    for _ in tok.pipe(texts):
        pass
    tok_s = time.perf_counter() - t
    ex = Extractor()
    ex.extract(texts[0])
    t = time.perf_counter()
    for _ in ex.pipe((text, f"doc{k}") for k, text in enumerate(texts)):
        pass
    ext_s = time.perf_counter() - t
    return {
        "docs": len(texts),
        "words": n_words,
        "tokenizer_words_per_s": round(n_words / tok_s),
        "extract_words_per_s": round(n_words / ext_s),
        "extract_docs_per_s": round(len(texts) / ext_s, 1),
        "ratio_to_tokenizer": round(tok_s / ext_s, 3),
        "target_ratio": 0.4,
    }


def _cli(*args: str) -> list[str]:
    exe = shutil.which("coop-extract")
    return [exe, *args] if exe else [sys.executable, "-m", "coop_extract", *args]


def bench_workers(folder: Path, tmp: Path) -> dict:
    out = {}
    for n in (1, 2):
        target = tmp / f"out{n}"
        t = time.perf_counter()
        subprocess.run(
            _cli(str(folder), "--output-dir", str(target), "--workers", str(n)),
            check=True,
            capture_output=True,
        )
        out[n] = time.perf_counter() - t
    return {
        "workers_1_s": round(out[1], 2),
        "workers_2_s": round(out[2], 2),
        "speedup": round(out[1] / out[2], 2),
        "target_speedup": 1.7,
    }


def bench_cold_start(article: Path, runs: int, tmp: Path) -> dict:
    """Both commands as this environment runs them, then both again with Python's bytecode
    cache allowed (in a folder of its own under ``tmp``, written by one unmeasured start of
    each): with ``PYTHONDONTWRITEBYTECODE`` set, an editable install compiles the
    package's source at every start, while spaCy's modules keep the bytecode pip wrote."""

    def median(cmd: list[str], env: dict[str, str] | None = None) -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    spacy_cmd = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    ours_cmd = _cli(str(article), "--format", "json")
    base = median(spacy_cmd)
    ours = median(ours_cmd)
    report = {
        "spacy_blank_s": round(base, 3),
        "coop_extract_one_file_s": round(ours, 3),
        "ratio": round(ours / base, 2),
        "target_ratio": 1.3,
        "bytecode_writes_off_here": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    for cmd in (spacy_cmd, ours_cmd):
        subprocess.run(cmd, check=True, capture_output=True, env=cached)
    base_cached = median(spacy_cmd, cached)
    ours_cached = median(ours_cmd, cached)
    report["bytecode_cached_spacy_blank_s"] = round(base_cached, 3)
    report["bytecode_cached_coop_extract_s"] = round(ours_cached, 3)
    report["bytecode_cached_ratio"] = round(ours_cached / base_cached, 2)
    return report


MEMORY_CHILD = """
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from corpus import make_corpus
from coop_extract import Extractor
def rss_mb():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
texts = make_corpus(int(sys.argv[2]), seed=11)
ex = Extractor()
series = []
for k, _ in enumerate(ex.pipe((t, str(i)) for i, t in enumerate(texts)), 1):
    if k % 1000 == 0:
        series.append(round(rss_mb(), 1))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak_mb": round(peak, 1), "rss_every_1000_docs_mb": series}))
"""


def bench_memory(n_docs: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, str(Path(__file__).resolve().parent), str(n_docs)],
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(done.stdout)
    series = data["rss_every_1000_docs_mb"]
    data["docs"] = n_docs
    data["growth_mb_after_first_1000"] = round(series[-1] - series[0], 1) if series else None
    data["target_peak_mb"] = 400
    return data


def bench_peers(texts: list[str]) -> dict:
    out: dict = {}
    subset = texts[:100]
    try:
        from dateparser.search import search_dates

        t = time.perf_counter()
        for text in subset:
            search_dates(text, languages=["en"])
        out["dateparser_search_dates_ms_per_doc"] = round((time.perf_counter() - t) * 10, 1)
    except ImportError:
        out["dateparser"] = "not installed"
    try:
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture

        model = NumberWithUnitRecognizer(Culture.English).get_currency_model()
        t = time.perf_counter()
        for text in subset:
            model.parse(text)
        out["recognizers_text_currency_ms_per_doc"] = round((time.perf_counter() - t) * 10, 1)
    except ImportError:
        out["recognizers_text"] = "not installed"
    from coop_extract import Extractor

    ex = Extractor()
    ex.extract(subset[0])
    t = time.perf_counter()
    for text in subset:
        ex.extract(text)
    out["coop_extract_ms_per_doc"] = round((time.perf_counter() - t) * 10, 1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--memory-docs", type=int, default=10000)
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    texts = make_corpus(args.docs)
    report: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    report["throughput"] = bench_throughput(texts)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        write_corpus(tmp / "corpus", texts)
        report["workers"] = bench_workers(tmp / "corpus", tmp)
        report["cold_start"] = bench_cold_start(tmp / "corpus" / "00000.txt", args.cold_runs, tmp)
    report["memory"] = bench_memory(args.memory_docs)
    report["peers"] = bench_peers(texts)
    report["this_process_peak_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for section, values in report.items():
        print(f"[{section}]")
        if isinstance(values, dict):
            for key, value in values.items():
                print(f"  {key:36s} {value}")
        else:
            print(f"  {values}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
