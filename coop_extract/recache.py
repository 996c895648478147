"""Compile the large patterns once per machine, not once per start.

The title, currency, trigger and well-known-name patterns are prefix trees of hundreds of
words. Python's ``re`` parses and compiles them in pure Python, which cost about a fifth of
a second at every start, before the first document. ``compile`` keeps what ``re``'s
compiler produced (the opcode list and group tables, plain data) in a small cache file,
written with ``marshal`` (data only, never code), and rebuilds a pattern from it with
``_sre.compile``, as ``re`` itself does. The file is keyed by the exact Python build and
the regex engine's magic number; anything unexpected (another Python, a damaged file, an
unwritable folder) falls back to ``re.compile``.

The prefix-tree pattern texts themselves (``textutil.trie_regex``) are kept the same way
(``memo``), keyed by their word lists.

``COOP_EXTRACT_CACHE`` names the folder (default: ``$XDG_CACHE_HOME/coop-extract`` or
``~/.cache/coop-extract``); ``COOP_EXTRACT_CACHE=off`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import _sre

    try:  # Python 3.11+
        from re import _compiler as _sre_compile  # type: ignore[attr-defined]
        from re import _parser as _sre_parse  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _sre_compile  # type: ignore[no-redef]
        import sre_parse as _sre_parse  # type: ignore[no-redef]
except ImportError:  # another Python implementation: plain re.compile, no cache
    _sre = None  # type: ignore[assignment]

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_entries: dict[tuple[str, int], Entry] | None = None
_strings: dict[str, str] = {}
_used: set[tuple[str, int]] = set()  # what this process asked for: all a save keeps
_used_strings: set[str] = set()
_dirty = False
_owner = os.getpid()


def cache_file() -> Path | None:
    """The cache file for this Python, or None when the cache is off."""
    setting = os.environ.get("COOP_EXTRACT_CACHE")
    if setting == "off" or _sre is None:
        return None
    if setting:
        folder = Path(setting)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "coop-extract"
    tag = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}{sys.hexversion:x}"
    return folder / f"regex-{tag}-{_sre.MAGIC}.marshal"


def _load() -> dict[tuple[str, int], Entry]:
    global _entries, _strings
    if _entries is None:
        _entries, _strings = {}, {}
        path = cache_file()
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
                entries = {(p, f): tuple(e) for p, f, *e in data["patterns"]}
                strings = dict(data["strings"])
                _entries, _strings = entries, strings  # type: ignore[assignment]
            except (OSError, ValueError, EOFError, TypeError, KeyError):
                pass  # no cache, or not one this version wrote: start afresh
    return _entries


def memo(key: str, build: Callable[[], str]) -> str:
    """The string ``build()`` returns, kept in the cache under ``key`` (pattern texts
    derived from long word lists, such as ``textutil.trie_regex``'s)."""
    global _dirty
    _load()
    _used_strings.add(key)
    found = _strings.get(key)
    if found is None:
        found = build()
        _strings[key] = found
        _dirty = True
    return found


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this pattern was seen before."""
    global _dirty
    flags = int(flags)
    if _sre is None:
        return re.compile(pattern, flags)
    entries = _load()
    _used.add((pattern, flags))
    entry = entries.get((pattern, flags))
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
            if compiled.pattern == pattern:
                return compiled
        except Exception:
            pass
        entries.pop((pattern, flags), None)
    try:
        parsed = _sre_parse.parse(pattern, flags)
        code = _sre_compile._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (
            int(flags | parsed.state.flags),
            [int(op) for op in code],  # opcodes are int subclasses; marshal wants ints
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled = _sre.compile(pattern, *entry)
    except Exception:
        return re.compile(pattern, flags)
    entries[(pattern, flags)] = entry
    _dirty = True
    return compiled


def save() -> None:
    """Write the cache if this process compiled new patterns (only the first process:
    forked workers inherit the patterns and have nothing new to add). Only the patterns
    this process used are kept: a changed data file leaves its old patterns behind, and
    a cache that kept them all grew to megabytes read at every start."""
    global _dirty
    path = cache_file()
    if not _dirty or _entries is None or path is None or os.getpid() != _owner:
        return
    data: dict[str, Any] = {
        "patterns": [(p, f, *e) for (p, f), e in _entries.items() if (p, f) in _used],
        "strings": {k: v for k, v in _strings.items() if k in _used_strings},
    }
    tmp = None
    try:
        blob = marshal.dumps(data)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)  # whole or not at all, even with two runs at once
        tmp = None
        _dirty = False
    except (OSError, ValueError):
        pass  # a read-only home: the next start compiles again, nothing worse
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


atexit.register(save)
