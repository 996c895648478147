"""Long texts: every piece is assembled on its own, then the pieces become one record.

A text longer than one piece (``pipeline.CHUNK_CHARS``) is read piece by piece. Each piece
becomes a small ``Document`` with offsets into the whole input; ``PieceMerger`` folds them
into one record:

- places, officials and institutions are merged by their canonical name, their mentions
  kept as compact offset arrays (24 bytes a mention, not a pydantic object);
- events and figures are appended, their figure indexes moved past the earlier pieces';
  with ``spool=True`` they go to temporary files instead of memory.

``document()`` builds the full ``Document`` (the library's ``extract``); ``write_json``
streams the same record as compact JSON, so the CLI holds one piece's facts at a time,
whatever the size of the input. Both give the same record: a test checks it.
"""

from __future__ import annotations

import shutil
import tempfile
from array import array
from collections.abc import Callable
from itertools import islice
from typing import TextIO

from pydantic_core import to_json

from .assemble import NO_PUBDATE, publication_info
from .models import City, Document, Event, Figure, Institution, Mention, Official

Entity = City | Official | Institution


def shift(doc: Document, offset: int) -> Document:
    """Move every offset of ``doc`` (assembled from one piece) by ``offset``, in place."""
    if not offset:
        return doc
    for q in doc.quoted():
        q.start += offset
        q.end += offset
    return doc


def remap(doc: Document, span: Callable[[int, int], tuple[int, int]], original: str) -> Document:
    """Carry every offset of ``doc`` (extracted from a derived text, such as the text an
    HTML page shows) back to ``original`` through ``span`` and quote ``original`` there,
    in place."""
    for q in doc.quoted():
        q.start, q.end = span(q.start, q.end)
        q.text = original[q.start : q.end]
    info = doc.publication_date_info
    if info is not None and info.start is not None and info.end is not None:
        info.start, info.end = span(info.start, info.end)
        info.text = original[info.start : info.end]
    return doc


class _Mentions:
    """Mentions of one entity as parallel arrays; the text is cut from the input on output."""

    __slots__ = ("ends", "rules", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.rules: list[str] = []

    def add(self, mentions: list[Mention]) -> None:
        for m in mentions:
            self.starts.append(m.start)
            self.ends.append(m.end)
            self.rules.append(m.rule)

    def __len__(self) -> int:
        return len(self.starts)


def _key(entity: Entity) -> tuple:
    if isinstance(entity, City):
        return (entity.name, entity.kind, entity.country, entity.province)
    if isinstance(entity, Institution):
        return (entity.name.lower(),)
    return (entity.name,)


class PieceMerger:
    """Fold the Documents of consecutive pieces into one record."""

    def __init__(
        self,
        text: str,
        source: str,
        pubdate: dict | None,
        warnings: list[str] | None = None,
        spool: bool = False,
    ):
        self.text = text  # the whole input: mention texts are cut from it
        self.source = source
        self.pubdate = pubdate
        self.warnings: list[str] = list(warnings or [])
        self.heads: dict[str, dict[tuple, Entity]] = {
            "cities": {},
            "officials": {},
            "institutions": {},
        }
        self.mentions: dict[tuple, _Mentions] = {}
        self.n_figures = 0
        self.n_events = 0
        self.spool = spool
        self.figures: list[Figure] = []
        self.events: list[Event] = []
        self._files: dict[str, TextIO] = {}

    # -- adding pieces ---------------------------------------------------------------------

    def add(self, part: Document) -> None:
        """Add the Document of the next piece (offsets already into the whole input)."""
        for group in ("cities", "officials", "institutions"):
            for entity in getattr(part, group):
                self._add_entity(group, entity)
        base = self.n_figures
        for f in part.figures:
            if f.equivalent_of is not None:
                f.equivalent_of += base
            if f.leads_to is not None:
                f.leads_to += base
            self._put("figures", f)
        for e in part.events:
            e.figures = [k + base for k in e.figures]
            self._put("events", e)
        self.n_figures += len(part.figures)
        self.n_events += len(part.events)
        for w in part.warnings:
            if w not in self.warnings and w != NO_PUBDATE:
                self.warnings.append(w)

    def _add_entity(self, group: str, entity: Entity) -> None:
        key = (group, *_key(entity))
        head = self.heads[group].get(key)
        if head is None:
            head = entity.model_copy(update={"mentions": []})
            self.heads[group][key] = head
            self.mentions[key] = _Mentions()
        else:
            _fill(head, entity)
        self.mentions[key].add(entity.mentions)

    def _put(self, kind: str, record: Figure | Event) -> None:
        if not self.spool:
            getattr(self, kind).append(record)
            return
        out = self._files.get(kind)
        if out is None:
            out = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
            self._files[kind] = out
        out.write(record.model_dump_json() + "\n")

    # -- output ----------------------------------------------------------------------------

    def _all_warnings(self) -> list[str]:
        warnings = list(self.warnings)
        if self.pubdate is None and self.text.strip():
            warnings.append(NO_PUBDATE)
        return warnings

    def _mention_list(self, key: tuple, limit: int | None = None) -> list[Mention]:
        ms = self.mentions[key]
        rows = islice(zip(ms.starts, ms.ends, ms.rules, strict=True), limit)
        return [Mention(text=self.text[a:b], start=a, end=b, rule=r) for a, b, r in rows]

    def _records(self, kind: str, model: type[Event] | type[Figure], limit: int | None) -> list:
        """The first ``limit`` events or figures (all with None), from memory or the spool."""
        if not self.spool:
            records = getattr(self, kind)
            return records if limit is None else records[:limit]
        out = self._files.get(kind)
        if out is None:
            return []
        out.seek(0)
        return [model.model_validate_json(line) for line in islice(out, limit)]

    def _document(self, limit: int | None) -> Document:
        groups = {
            group: [
                head.model_copy(update={"mentions": self._mention_list(key, limit)})
                for key, head in heads.items()
            ]
            for group, heads in self.heads.items()
        }
        return Document(
            source=self.source,
            publication_date=self.pubdate["date"] if self.pubdate else None,
            publication_date_info=publication_info(self.pubdate),
            events=self._records("events", Event, limit),
            figures=self._records("figures", Figure, limit),
            warnings=self._all_warnings(),
            **groups,
        )

    def document(self) -> Document:
        """The merged record as one ``Document`` (every mention as an object)."""
        return self._document(None)

    def write_json(self, stream: TextIO) -> None:
        """Write the merged record as compact JSON, the same as
        ``document().model_dump_json()``, holding at most one entity's mentions at a time."""
        info = publication_info(self.pubdate)

        def key(name: str) -> str:
            return to_json(name).decode()

        stream.write('{"schema_version":"1","source":' + key(self.source))
        stream.write(',"publication_date":' + key(self.pubdate["date"] if self.pubdate else None))
        stream.write(',"publication_date_info":')
        stream.write(info.model_dump_json() if info else "null")
        for group, heads in self.heads.items():
            stream.write(f',"{group}":[')
            for n, (k, head) in enumerate(heads.items()):
                body = head.model_dump_json(exclude={"mentions"})
                stream.write(("," if n else "") + body[:-1] + ',"mentions":[')
                ms = self.mentions[k]
                for j, (a, b, r) in enumerate(zip(ms.starts, ms.ends, ms.rules, strict=True)):
                    item = {"text": self.text[a:b], "start": a, "end": b, "rule": r}
                    stream.write(("," if j else "") + to_json(item).decode())
                stream.write("]}")
            stream.write("]")
        for kind in ("events", "figures"):
            stream.write(f',"{kind}":[')
            if self.spool:
                self._copy(kind, stream)
            else:
                records = getattr(self, kind)
                stream.write(",".join(r.model_dump_json() for r in records))
            stream.write("]")
        stream.write(',"warnings":' + to_json(self._all_warnings()).decode() + "}")

    def _copy(self, kind: str, stream: TextIO) -> None:
        out = self._files.get(kind)
        if out is None:
            return
        out.seek(0)
        first = True
        for line in out:
            stream.write(("" if first else ",") + line.rstrip("\n"))
            first = False

    def summary(self, limit: int = 200) -> Document:
        """A short Document for the table view: the first ``limit`` events and figures and
        at most ``limit`` mentions per entity, with a warning saying so."""
        doc = self._document(limit)
        doc.warnings.append(
            f"long text: the table shows {len(doc.events)} of {self.n_events} events and "
            f"{len(doc.figures)} of {self.n_figures} figures; --format json gives everything"
        )
        return doc

    def close(self) -> None:
        """Drop the temporary files."""
        for out in self._files.values():
            out.close()
        self._files.clear()


def _fill(head: Entity, other: Entity) -> None:
    """What a later piece knows and the first did not: a title, an acronym, aliases."""
    if isinstance(head, Official) and isinstance(other, Official) and head.title is None:
        head.title, head.affiliation, head.rule = other.title, other.affiliation, other.rule
    if isinstance(head, Institution) and isinstance(other, Institution):
        if head.acronym is None and other.acronym is not None:
            head.acronym = other.acronym
        if head.kind == "other" and other.kind != "other":
            head.kind = other.kind
    if isinstance(head, Official | Institution) and isinstance(other, Official | Institution):
        for alias in other.aliases:
            if alias not in head.aliases:
                head.aliases.append(alias)


def copy_to(path: str, stream: TextIO) -> None:
    """Copy a written record file to ``stream``."""
    with open(path, encoding="utf-8") as src:
        shutil.copyfileobj(src, stream)
