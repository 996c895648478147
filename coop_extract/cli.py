"""The ``coop-extract`` command: a click group whose default command is ``extract``, so
``coop-extract FILE`` works as written beside ``coop-extract eval DIR`` and
``coop-extract schema``.

Exit status: 0 when every input succeeded, 1 when some input failed (each failure is one
line on stderr), 2 for usage errors.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click_default_group import DefaultGroup

from . import __version__
from .inputs import expand, load
from .models import json_schema
from .render import OutputFormat

if TYPE_CHECKING:
    from .batch import Result
    from .render import Writer

CONTEXT = {"help_option_names": ["-h", "--help"]}


def _err(message: str) -> None:
    """One plain line on stderr (rich is not loaded for this: start-up time counts)."""
    click.echo(message, err=True)


def _ref_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@click.group(cls=DefaultGroup, default="extract", default_if_no_args=True, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="coop-extract")
def cli() -> None:
    """Extract cities, officials, institutions, dated events and figures from news text."""


class Interrupted(Exception):
    """SIGTERM arrived: stop cleanly, as for Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Interrupted


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    help="Output format. Default: table on a terminal, json when piped.",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the output to FILE instead of standard output.",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False),
    help="Write one JSON file per input under DIR (folder structure kept).",
)
@click.option(
    "--glob", "glob", default="*.txt", show_default=True, help="Which files to take from a folder."
)
@click.option(
    "--ref-date",
    callback=_ref_date,
    help="YYYY-MM-DD to resolve relative dates against when a text has no date.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes; 0 = automatic (1 for a few inputs, else every core).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With --output-dir: skip inputs whose output file is already complete.",
)
def extract(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    output_dir: str | None,
    glob: str,
    ref_date: str | None,
    workers: int,
    resume: bool,
) -> None:
    """Extract from FILE, DIR (every *.txt below it), several paths, or - (stdin).

    \b
    Examples:
      coop-extract article.txt
      cat article.txt | coop-extract - --format json | jq '.figures'
      coop-extract news/ --output-dir out/ --workers 2 --resume
    """
    from .batch import auto_workers, complete_output, run  # keeps `--help` fast

    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give a FILE, a DIR or - (standard input)")
        paths = ("-",)
    if paths.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if resume and output_dir is None:
        raise click.UsageError("--resume needs --output-dir")
    started = time.perf_counter()
    failed = done = skipped = words = 0
    items = []
    for source, path, out_name, error in expand(list(paths), glob):
        if path is None and error is None:  # standard input: read here, not in a worker
            item = load(source, path, out_name, error)
            if item.error is not None:
                failed += 1
                _err(f"coop-extract: error: {source}: {item.error}")
                continue
            items.append((source, None, out_name, None, item.text))
            continue
        if resume and output_dir and error is None and complete_output(Path(output_dir) / out_name):
            skipped += 1
            continue
        items.append((source, path, out_name, error, None))
    several = len(items) + skipped + failed > 1 or any(Path(p).is_dir() for p in paths if p != "-")
    workers = workers or auto_workers(len(items))

    out_stream = None
    writer = None
    if output_dir is None or output or fmt:
        from .render import Writer  # rich, only when something is printed

        chosen = (
            OutputFormat(fmt)
            if fmt
            else (
                OutputFormat.TABLE
                if (output is None and sys.stdout.isatty())
                else OutputFormat.JSON
            )
        )
        out_stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
        writer = Writer(chosen, out_stream, several)
    progress = None
    if several and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        progress.start()
        task = progress.add_task("extracting", total=len(items))
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    interrupted = False
    try:
        results = run(
            items,
            workers,
            ref_date,
            want_doc=writer is not None,
            want_json=output_dir is not None,
            table=writer is not None and writer.fmt is OutputFormat.TABLE,
            output_dir=output_dir,
        )
        for result in results:
            if progress is not None:
                progress.advance(task)
            if result.error is not None:
                failed += 1
                _err(f"coop-extract: error: {result.source}: {result.error}")
                continue
            try:
                _deliver(result, writer, output_dir)
            finally:
                if result.json_file is not None:
                    Path(result.json_file).unlink(missing_ok=True)
            done += 1
            words += result.words
    except (KeyboardInterrupt, Interrupted):
        interrupted = True
    finally:
        signal.signal(signal.SIGTERM, previous)
        if progress is not None:
            progress.stop()
        if writer is not None:
            writer.close()
        if out_stream is not None and out_stream is not sys.stdout:
            out_stream.close()
    seconds = time.perf_counter() - started
    if interrupted:
        _err(
            f"coop-extract: interrupted after {done} documents; every document written "
            "is complete (rerun with --output-dir DIR --resume to go on)"
        )
        sys.exit(130)
    if several or failed or skipped:
        rate = f", {words / seconds:,.0f} words/s" if seconds > 0 and words else ""
        _err(
            f"coop-extract: {done} done, {failed} failed, {skipped} skipped in "
            f"{seconds:.1f} s{rate}"
        )
    if failed:
        sys.exit(1)


def _deliver(result: Result, writer: Writer | None, output_dir: str | None) -> None:
    """Write one result: to the output stream, and as a file under ``output_dir``."""
    if writer is not None:
        if result.doc is not None:
            writer.write(result.doc)
        elif result.json_file is not None:
            writer.write_file(result.json_file)
    if output_dir is not None and not result.written:  # the worker writes it as a rule
        from .batch import write_output

        write_output(output_dir, result)


@cli.command(context_settings=CONTEXT)
def schema() -> None:
    """Print the JSON Schema of one output document (generated from the pydantic models)."""
    click.echo(json.dumps(json_schema(), indent=2))


@cli.command(name="eval", context_settings=CONTEXT)
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss and extra per document.")
def eval_cmd(gold_dir: str, as_json: bool, verbose: bool) -> None:
    """Score extraction on GOLD_DIR (NAME.txt + NAME.gold.json): P/R/F1 per field."""
    from .evaluate import evaluate, gold_pairs

    if not gold_pairs(Path(gold_dir)):
        raise click.UsageError(f"no NAME.txt with NAME.gold.json beside it in {gold_dir}")
    from rich.console import Console
    from rich.table import Table

    report = evaluate(Path(gold_dir))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
        return
    console = Console(highlight=False)
    table = Table(title=f"coop-extract eval: {gold_dir} ({report.documents} documents)")
    for col in ("field", "tp", "fp", "fn", "precision", "recall", "f1"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for name, c in report.fields.items():
        table.add_row(
            name,
            str(c.tp),
            str(c.fp),
            str(c.fn),
            f"{c.precision:.3f}",
            f"{c.recall:.3f}",
            f"{c.f1:.3f}",
        )
    console.print(table)
    if report.titles_scored:
        console.print(
            f"official titles right: {report.titles_right}/{report.titles_scored} "
            f"({report.titles_right / report.titles_scored:.3f})"
        )
    console.print(f"publication dates right: {report.pubdates_right}/{report.documents}")
    if verbose:
        for doc, misses in report.misses.items():
            console.print(f"\n[bold]{doc}[/]")
            for line in misses:
                console.print(f"  {line}")


def main() -> None:
    """Console-script entry point."""
    cli()
