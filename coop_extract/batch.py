"""Run the extractor over many inputs: in this process or in worker processes, results in
input order, each yielded as soon as it (and everything before it) is done."""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import shutil
import signal
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import pipeline
from .inputs import Input, load
from .models import Document
from .pipeline import default_extractor
from .render import to_json
from .textutil import word_count

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
    # A long input's record, streamed to a temporary file instead of held in memory (the
    # caller copies it where it belongs, then deletes it).
    json_file: str | None = None
    written: bool = False  # its file under the output folder is already written


def write_output(output_dir: str, result: Result) -> None:
    """Write ``result``'s record as ``output_dir/out_name``: to a temporary name first, then
    renamed, so that a file under its final name is always whole (``--resume`` relies on
    it)."""
    target = Path(output_dir) / result.out_name
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if result.json_file is not None:
        shutil.copyfile(result.json_file, tmp)
        with tmp.open("a", encoding="utf-8") as f:
            f.write("\n")
    else:
        tmp.write_text((result.json or "") + "\n", encoding="utf-8")
    tmp.replace(target)
    result.written = True


def auto_workers(n_items: int) -> int:
    """The default for ``--workers``: one process for a few inputs, else every core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, n_items // MIN_PER_WORKER))


def process(
    item: Item,
    ref_date: str | None = None,
    want_doc: bool = True,
    want_json: bool = False,
    table: bool = False,
    spool_dir: str | None = None,
    output_dir: str | None = None,
) -> Result:
    """Read, decode, extract and (with ``output_dir``) write one input; never raises for a
    bad input.

    Serialising and writing the output file happen here, in the worker: the parent is the
    one process every result goes through, so it only learns that the file is written (a
    record pickled back to it and written there cost the two-worker run a fifth of its
    speed). The document object itself travels back only when ``want_doc``.

    A text longer than one piece is streamed: its record goes to a temporary file
    (``json_file``), and a table gets a short summary, so memory holds one piece at a time.
    """
    source, path, out_name, error, text = item
    if text is not None:
        inp = Input(source, out_name, text=text, encoding="utf-8")
    else:
        inp = load(source, path, out_name, error)
    if inp.error is not None or inp.text is None:
        return Result(source, out_name, error=inp.error or "unreadable")
    if len(inp.text) > pipeline.CHUNK_CHARS:
        wants_file = want_json or output_dir is not None
        result = _process_long(inp, ref_date, want_doc, wants_file, table, spool_dir)
    else:
        try:
            doc = default_extractor().extract(inp.text, source=source, ref_date=ref_date)
        except Exception as exc:  # a bug must not cost the rest of the batch
            return _failed(inp, exc)
        doc.warnings.extend(_decoding(inp))
        result = Result(
            source,
            out_name,
            doc=doc if want_doc else None,
            words=word_count(inp.text),
            json=to_json(doc) if want_json or output_dir else None,
        )
    if output_dir is not None and result.error is None:
        try:
            write_output(output_dir, result)
        except OSError as exc:
            if result.json_file is not None:
                Path(result.json_file).unlink(missing_ok=True)
            return Result(source, out_name, error=f"cannot write output: {exc}")
        result.json = None  # written: nothing more to carry back
        if not want_doc and result.json_file is not None:
            Path(result.json_file).unlink(missing_ok=True)
            result.json_file = None
    return result


def _failed(inp: Input, exc: Exception) -> Result:
    return Result(inp.source, inp.out_name, error=f"extraction failed: {type(exc).__name__}: {exc}")


def _decoding(inp: Input) -> list[str]:
    """The warning for a text that was not UTF-8."""
    return [f"decoded as {inp.encoding}"] if inp.encoding not in (None, "utf-8") else []


def _process_long(
    inp: Input,
    ref_date: str | None,
    want_doc: bool,
    want_json: bool,
    table: bool,
    spool_dir: str | None,
) -> Result:
    assert inp.text is not None
    result = Result(inp.source, inp.out_name, words=word_count(inp.text))
    path = None
    try:
        merger = default_extractor().merge_pieces(inp.text, inp.source, ref_date, spool=True)
        try:
            merger.warnings.extend(_decoding(inp))
            if want_json or (want_doc and not table):
                fd, path = tempfile.mkstemp(prefix="coop-extract-", suffix=".json", dir=spool_dir)
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    merger.write_json(out)
                result.json_file = path
            if want_doc and table:
                result.doc = merger.summary()
        finally:
            merger.close()
    except Exception as exc:  # a bug must not cost the rest of the batch
        if path is not None:
            Path(path).unlink(missing_ok=True)
        return _failed(inp, exc)
    return result


def _worker_signals() -> None:
    # Ctrl-C is handled once, by the parent, which then stops the pool. A forked worker
    # also inherits the CLI's SIGTERM handler, which raises an exception: caught by a
    # document's error handling, it kept the worker alive, and Pool.terminate() then
    # waited for it for ever. A worker dies on SIGTERM, as the pool expects.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run(
    items: list[Item],
    workers: int,
    ref_date: str | None = None,
    want_doc: bool = True,
    want_json: bool = False,
    table: bool = False,
    output_dir: str | None = None,
) -> Iterator[Result]:
    """Yield one Result per item, in order.

    Long texts' records wait in a temporary folder that lives as long as the run: the
    caller deletes each file once written, and whatever an interrupted run leaves is
    removed with the folder.
    """
    with tempfile.TemporaryDirectory(prefix="coop-extract-") as spool_dir:
        work = partial(
            process,
            ref_date=ref_date,
            want_doc=want_doc,
            want_json=want_json,
            table=table,
            spool_dir=spool_dir,
            output_dir=output_dir,
        )
        if workers <= 1 or len(items) <= 1:
            for item in items:
                yield work(item)
            return
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        default_extractor()  # built before forking: every worker inherits the pipeline
        pool = ctx.Pool(workers, initializer=_worker_signals)
        try:
            yield from pool.imap(work, items, chunksize=2)
            pool.close()
        finally:
            pool.terminate()
            pool.join()


def complete_output(path: Path) -> bool:
    """Is ``path`` a finished output file (for ``--resume``)? Files are written whole
    (temporary name, then rename), so a file there that opens and closes as one of our
    records is complete. Only its two ends are read: a long text's record can be large."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
            f.seek(max(0, path.stat().st_size - 64))
            tail = f.read()
    except OSError:
        return False
    opens = re.match(rb'\{\s*"schema_version":\s*"1"', head) is not None
    return opens and tail.rstrip().endswith(b"}")
