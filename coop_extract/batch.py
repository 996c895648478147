"""Run the extractor over many inputs: in this process or in worker processes, results in
input order, each yielded as soon as it (and everything before it) is done."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .inputs import Input, load
from .models import Document
from .pipeline import default_extractor
from .render import to_json

# (source, path, out_name, error, text): text is set for standard input, read up front.
Item = tuple[str, Path | None, str, str | None, str | None]
# Below this many inputs, starting workers costs more than it saves.
MIN_PER_WORKER = 8


@dataclass
class Result:
    """What became of one input."""

    source: str
    out_name: str
    doc: Document | None = None
    error: str | None = None
    words: int = 0
    json: str | None = None  # the document serialised, when the caller asked for it


def auto_workers(n_items: int) -> int:
    """The default for ``--workers``: one process for a few inputs, else every core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, n_items // MIN_PER_WORKER))


def process(
    item: Item, ref_date: str | None = None, want_doc: bool = True, want_json: bool = False
) -> Result:
    """Read, decode and extract one input; never raises for a bad input.

    Serialising happens here, in the worker, when ``want_json``; the document object
    itself travels back only when ``want_doc`` (a worker's result is pickled to the parent,
    and the parent is the one process every result goes through).
    """
    source, path, out_name, error, text = item
    if text is not None:
        inp = Input(source, out_name, text=text, encoding="utf-8")
    else:
        inp = load(source, path, out_name, error)
    if inp.error is not None or inp.text is None:
        return Result(source, out_name, error=inp.error or "unreadable")
    try:
        doc = default_extractor().extract(inp.text, source=source, ref_date=ref_date)
    except Exception as exc:  # a bug must not cost the rest of the batch
        return Result(source, out_name, error=f"extraction failed: {type(exc).__name__}: {exc}")
    if inp.encoding not in (None, "utf-8"):
        doc.warnings.append(f"decoded as {inp.encoding}")
    return Result(
        source,
        out_name,
        doc=doc if want_doc else None,
        words=len(inp.text.split()),
        json=to_json(doc) if want_json else None,
    )


def _ignore_sigint() -> None:
    # Ctrl-C is handled once, by the parent, which then stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(
    items: list[Item],
    workers: int,
    ref_date: str | None = None,
    want_doc: bool = True,
    want_json: bool = False,
) -> Iterator[Result]:
    """Yield one Result per item, in order."""
    work = partial(process, ref_date=ref_date, want_doc=want_doc, want_json=want_json)
    if workers <= 1 or len(items) <= 1:
        for item in items:
            yield work(item)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    default_extractor()  # built before forking: every worker inherits the pipeline
    pool = ctx.Pool(workers, initializer=_ignore_sigint)
    try:
        yield from pool.imap(work, items, chunksize=2)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def complete_output(path: Path) -> bool:
    """Is ``path`` a finished output file (for ``--resume``)? Files are written whole
    (temporary name, then rename), so a parsable document there is complete."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("schema_version") == "1"
