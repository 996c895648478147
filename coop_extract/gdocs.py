"""A Google Docs document as the Docs API gives it (``documents.get``: its JSON, saved by
a script or an archiving tool) read as its text, every offset mapped back.

The API keeps a document's words in "textRun" pieces, each its "content" string and its
style ('{"textRun": {"content": "Lin Zhiqiang", "textStyle": {"bold": true}}}'), in the
order the document shows them: a paragraph's runs one after the other, its last run ending
with its line break ("...investors.\\n"), a table's cells each a paragraph of their own. The
view writes the document's "title" (unless its first paragraph says the same), then every
run of its body and its footnotes in their order; headers and footers (page furniture),
styles, lists' settings and ids show nothing, nor does a run a suggestion would delete
("suggestedDeletionIds"). Each shown character keeps the span of the input it stands for.

(The generic JSON reading takes each run for an article of its own, a paragraph apart, so
"Vice Mayor " and a bold "Lin Zhiqiang" were two paragraphs and a one-word cell
("78.1%") no text at all.)
"""

from __future__ import annotations

from .markup import JSON_TOKEN, OffsetMap, Shown, json_string, opens_object

# the parts of a document whose runs are its text
_TEXT_PARTS = frozenset({"body", "footnotes"})


def looks_like_gdoc(text: str) -> bool:
    """Is ``text`` a Google Docs document as the API gives it: a JSON object with its
    "documentId", its "body" and text runs?"""
    return (
        opens_object(text) and '"documentId"' in text and '"textRun"' in text and '"body"' in text
    )


def gdoc_text(text: str) -> tuple[str, OffsetMap]:
    """The text of a Google Docs document (see the module's docstring) and the map of its
    characters back to ``text``."""
    tokens = list(JSON_TOKEN.finditer(text))
    path: list[str | None] = []  # the key each open object or array is the value of
    runs: list[tuple[str, list[tuple[int, int]]]] = []
    title: tuple[str, list[tuple[int, int]]] | None = None
    run_at: int | None = None  # the depth of the text run open, if any
    content: tuple[str, list[tuple[int, int]]] | None = None
    deleted = False
    for k, tok in enumerate(tokens):
        t = tok.group()
        if t in ("{", "["):
            key = tokens[k - 2].group()[1:-1] if k > 1 and tokens[k - 1].group() == ":" else None
            path.append(key)
            if key == "textRun":
                run_at, content, deleted = len(path), None, False
        elif t in ("}", "]"):
            if run_at == len(path):
                if content is not None and not deleted:
                    runs.append(content)
                run_at = None
            if path:
                path.pop()
        elif t[:1] == '"' and k + 2 < len(tokens) and tokens[k + 1].group() == ":":
            value = tokens[k + 2]
            if run_at == len(path) and value.group()[:1] == '"' and t == '"content"':
                if _TEXT_PARTS & set(path):
                    content = json_string(text, value.start(), value.end())
            elif run_at == len(path) and t == '"suggestedDeletionIds"':
                deleted = True
            elif len(path) == 1 and t == '"title"' and value.group()[:1] == '"':
                title = json_string(text, value.start(), value.end())
    shown = Shown()
    first = "".join(chars for chars, _ in runs).lstrip().split("\n", 1)[0].strip()
    if title is not None and title[0].strip() and title[0].strip() != first:
        shown.place(*title)
        shown.emit("\n\n", title[1][-1][1], title[1][-1][1])
    for chars, spans in runs:
        shown.place(chars, spans)
    return shown.result()
