"""One formatter per output format: a rich table for people, JSON and JSON lines for tools."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, TextIO

from .models import Document

if TYPE_CHECKING:
    from rich.panel import Panel


class OutputFormat(str, enum.Enum):
    """The ``--format`` choices."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def to_json(doc: Document, indent: int | None = 2) -> str:
    """The JSON object of one document (serialised by pydantic's core, with no copy of the
    whole document as Python dicts on the way)."""
    return doc.model_dump_json(indent=indent)


_KIND_LABEL = {"money": "money", "percentage": "percent", "agreement_count": "agreements"}


def _fmt_value(value: float) -> str:
    if value >= 1e9:
        return f"{value / 1e9:,.4g} bn"
    if value >= 1e6:
        return f"{value / 1e6:,.4g} m"
    return f"{value:,.10g}"


def document_table(doc: Document) -> Panel:
    """A panel for one document: entities, events and figures, 80 columns wide."""
    # rich is imported here, not at the top: JSON output should not pay for loading it.
    from rich import box
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table

    parts: list = []
    if doc.cities:
        t = Table(title="Places", box=box.SIMPLE, expand=True, title_justify="left")
        for col in ("name", "kind", "country", "province / parent", "n"):
            t.add_column(col, overflow="fold")
        for c in doc.cities:
            t.add_row(
                c.name, c.kind, c.country or "", c.parent or c.province or "", str(len(c.mentions))
            )
        parts.append(t)
    if doc.officials:
        t = Table(title="Officials", box=box.SIMPLE, expand=True, title_justify="left")
        for col in ("name", "title", "affiliation", "aliases"):
            t.add_column(col, overflow="fold")
        for o in doc.officials:
            t.add_row(o.name, o.title or "", o.affiliation or "", ", ".join(o.aliases))
        parts.append(t)
    if doc.institutions:
        t = Table(title="Institutions", box=box.SIMPLE, expand=True, title_justify="left")
        for col in ("name", "acronym", "kind"):
            t.add_column(col, overflow="fold")
        for i in doc.institutions:
            t.add_row(i.name, i.acronym or "", i.kind)
        parts.append(t)
    if doc.events:
        t = Table(title="Events", box=box.SIMPLE, expand=True, title_justify="left")
        for col in ("date", "type", "where", "who"):
            t.add_column(col, overflow="fold")
        for e in doc.events:
            when = (e.date or "?") + (f"..{e.end_date}" if e.end_date else "")
            kind = e.type + (" (planned)" if e.status == "planned" else "")
            who = ", ".join(e.participants[:4]) + (", ..." if len(e.participants) > 4 else "")
            t.add_row(when, kind, e.location or "", who)
        parts.append(t)
    if doc.figures:
        t = Table(title="Figures", box=box.SIMPLE, expand=True, title_justify="left")
        for col in ("kind", "value", "unit", "text", "subject"):
            t.add_column(col, overflow="fold")
        for f in doc.figures:
            unit = f.currency or f.unit or ""
            t.add_row(_KIND_LABEL[f.kind], _fmt_value(f.value), unit, f.text, f.subject or "")
        parts.append(t)
    if doc.warnings:
        parts.append("\n".join(f"[yellow]warning:[/] {w}" for w in doc.warnings))
    if not parts:
        parts.append("[dim]nothing found[/]")
    subtitle = f"published {doc.publication_date}" if doc.publication_date else "no date"
    return Panel(
        Group(*parts), title=f"[bold]{doc.source}[/]", subtitle=subtitle, title_align="left"
    )


class Writer:
    """Streams documents to a text stream in one format, each as soon as it is done."""

    def __init__(self, fmt: OutputFormat, stream: TextIO, several: bool, width: int | None = None):
        self.fmt = fmt
        self.stream = stream
        self.several = several
        self.count = 0
        self.console = None
        if fmt is OutputFormat.TABLE:
            from rich.console import Console

            self.console = Console(file=stream, width=width)

    def write(self, doc: Document) -> None:
        """Write one document."""
        if self.fmt is OutputFormat.TABLE:
            assert self.console is not None
            self.console.print(document_table(doc))
        elif self.fmt is OutputFormat.JSONL:
            self.stream.write(to_json(doc, indent=None) + "\n")
        elif self.several:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + to_json(doc))
        else:
            self.stream.write(to_json(doc) + "\n")
        self.count += 1
        self.stream.flush()

    def write_file(self, path: str) -> None:
        """Write one document already serialised (compact JSON) in the file at ``path``."""
        from .merge import copy_to

        if self.fmt is OutputFormat.JSON and self.several:
            self.stream.write("[\n" if self.count == 0 else ",\n")
        copy_to(path, self.stream)
        if not (self.fmt is OutputFormat.JSON and self.several):
            self.stream.write("\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        """Finish the output (close the JSON array)."""
        if self.fmt is OutputFormat.JSON and self.several:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
            self.stream.flush()
