"""An SQL dump (a news site's database exported by mysqldump, MariaDB's dump, SQLite's
``.dump`` or pg_dump with ``--inserts``) read as the articles its rows hold.

Each row of an ``INSERT INTO ... VALUES (...), (...);`` statement is one article, laid out
as a JSON export's object is (``markup.article_page``): its title, its date as a
"Published:" line, its lead and its body, the columns' roles told by their names (from the
statement's column list or the table's ``CREATE TABLE``; "title", "published_at",
"post_content", ...). A string's escapes are decoded ("\\'" is "'", "\\r\\n" a line break;
"''" is "'"), a body's HTML is read as a page's, and every character is mapped back to the
dump. What is no row's article shows nothing: the dump's comments, settings and table
definitions, ids, slugs, links and rows with no title, lead or body (a table of tags).

(A real SQL parser, sqlglot or sqlparse, would read the statements but gives no offsets
inside a string's decoded value, which every record must quote; a dump's INSERT syntax is
small enough to read here.)
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from . import recache
from .docmarkup import ISO_DAY
from .markup import (
    Field,
    OffsetMap,
    Piece,
    Shown,
    article_page,
    field_role,
    shown_page,
)

# What a dump opens with: a comment, a setting, a table's definition or a statement.
_SQL_OPENS = recache.compile(
    r"\s*(?:--|/\*|#|(?:INSERT|CREATE|DROP|SET|PRAGMA|BEGIN|LOCK|USE|START)\b)", re.I
)
_INSERT = recache.compile(
    r"(?im)^[ \t]*INSERT[ \t]+(?:(?:IGNORE|OR[ \t]+\w+)[ \t]+)?INTO[ \t]+(?P<table>[^\s(]+)"
    r"\s*(?:\((?P<columns>[^()]*)\))?\s*VALUES\s*"
)
_CREATE = recache.compile(
    r"(?im)^[ \t]*CREATE[ \t]+(?:TEMPORARY[ \t]+)?TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?"
    r"(?P<table>[^\s(]+)\s*\("
)
_NAME_QUOTES = '`"[]'
# a table definition's line that is no column: a key, an index, a constraint
_NOT_COLUMN = frozenset(
    {"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext", "spatial"}
)
_BARE = recache.compile(r"[^\s,()']+(?:\([^()']*\))?")
# a string's prefix: a national or a charset introducer, PostgreSQL's escape string
_INTRODUCER = recache.compile(r"(?:[Nn]|_\w+[ \t]*|[Ee])(?=')")
# MySQL's backslash escapes (what they stand for; None: nothing shown)
_ESCAPES = {"n": "\n", "t": "\t", "r": None, "0": None, "b": None, "Z": None}
_EPOCH = recache.compile(r"1\d{9}")
_GAP = recache.compile(r"\s*")
_MYSQL_HINT = recache.compile(r"`|/\*!|-- (?:MySQL|MariaDB) dump", re.I)


def looks_like_sql_dump(text: str) -> bool:
    """Does ``text`` open as an SQL dump and hold an INSERT statement?"""
    return _SQL_OPENS.match(text[:1000]) is not None and _INSERT.search(text) is not None


def _name(raw: str) -> str:
    """A table's or column's name without its quotes and its schema ("`wz`.`cms_article`"
    reads "cms_article")."""
    return raw.strip().split(".")[-1].strip(_NAME_QUOTES)


def _split_top(text: str, start: int) -> list[str]:
    """The parts of a bracketed list opening at ``start`` (past its "("), between commas
    outside brackets and quotes, up to its closing bracket (or the text's end)."""
    parts, depth, quote, last = [], 0, "", start
    for k in range(start, len(text)):
        c = text[k]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif c == ")":
            parts.append(text[last:k])
            return parts
        elif c == "," and depth == 0:
            parts.append(text[last:k])
            last = k + 1
    parts.append(text[last:])
    return parts


def _table_columns(text: str) -> dict[str, list[str]]:
    """Each defined table's column names, in order."""
    tables: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        columns = []
        for part in _split_top(text, m.end()):
            words = part.split()
            if words and words[0].lower() not in _NOT_COLUMN:
                columns.append(_name(words[0]))
        tables[_name(m.group("table"))] = columns
    return tables


def _string(text: str, at: int, backslashes: bool) -> tuple[str, list[tuple[int, int]], int]:
    """The decoded characters of the string literal opening at ``text[at]`` ("'"), the
    input span of each, and where the literal ends."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    k, n = at + 1, len(text)
    while k < n:
        c = text[k]
        if c == "\\" and backslashes and k + 1 < n:
            shown = _ESCAPES.get(text[k + 1], text[k + 1])
            if shown is not None:
                chars.append(shown)
                spans.append((k, k + 2))
            k += 2
        elif c == "'" and text[k + 1 : k + 2] == "'":
            chars.append("'")
            spans.append((k, k + 2))
            k += 2
        elif c == "'":
            return "".join(chars), spans, k + 1
        else:
            chars.append(c)
            spans.append((k, k + 1))
            k += 1
    return "".join(chars), spans, n


# a row's value: its characters as shown, the input span of each, whether it is a string
Value = tuple[str, list[tuple[int, int]], bool]


def _rows(text: str, at: int, backslashes: bool) -> list[list[Value]]:
    """Each row of the VALUES list from ``at``: its values (a string decoded, any other
    value as written)."""
    n = len(text)
    rows: list[list[Value]] = []
    while at < n and text[at] == "(":
        row: list[Value] = []
        at += 1
        while at < n:
            at = _GAP.match(text, at).end()
            intro = _INTRODUCER.match(text, at)
            escape = backslashes or (intro is not None and intro.group() in ("E", "e"))
            at = intro.end() if intro is not None else at
            if at < n and text[at] == "'":
                value, spans, at = _string(text, at, escape)
                row.append((value, spans, True))
            else:
                bare = _BARE.match(text, at)
                if bare is None:
                    break
                row.append((bare.group(), [(k, k + 1) for k in range(*bare.span())], False))
                at = bare.end()
            at = _GAP.match(text, at).end()
            if at < n and text[at] == ",":
                at += 1
                continue
            break
        if at < n and text[at] == ")":
            at += 1
        rows.append(row)
        at = _GAP.match(text, at).end()
        if at < n and text[at] == ",":
            at += 1
            at = _GAP.match(text, at).end()
    return rows


def _date_value(value: str, spans: list[tuple[int, int]], string: bool) -> Piece:
    """A date column's day: "2026-11-10 09:15:00" reads "2026-11-10"; a Unix time
    (1762738500) its day in UTC, standing for the whole number; else the value itself."""
    if string and ISO_DAY.match(value):
        return value[:10], spans[:10]
    if not string and _EPOCH.fullmatch(value):
        day = datetime.fromtimestamp(int(value), UTC).date().isoformat()
        return day, [(spans[0][0], spans[-1][1])] * len(day)
    return value, spans


def sql_text(text: str) -> tuple[str, OffsetMap, int]:
    """The articles an SQL dump's rows stand for, the map of their characters back to
    ``text``, and how many rows show anything."""
    backslashes = _MYSQL_HINT.search(text[:5000]) is not None
    tables = _table_columns(text)
    shown = Shown()
    pages = 0
    for m in _INSERT.finditer(text):
        if m.group("columns") is not None:
            columns = [_name(c) for c in m.group("columns").split(",")]
        else:
            columns = tables.get(_name(m.group("table")), [])
        roles = [field_role(c) for c in columns]
        for row in _rows(text, m.end(), backslashes):
            fields: dict[str, Field] = {}
            for k, (value, spans, string) in enumerate(row):
                role = roles[k] if k < len(roles) else None
                if role is None or role in fields or not value.strip():
                    continue
                if role in ("date", "updated"):
                    value, spans = _date_value(value, spans, string)
                elif not string:
                    continue
                fields[role] = (value, spans, spans[0] if spans else (0, 0))
            page = article_page(fields)
            pages += bool(page)
            for piece, spans in page:
                shown.place(piece, spans)
    # (a body's HTML, read as a page's: "<p>", "&quot;")
    return (*shown_page(shown), pages)
