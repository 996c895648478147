"""The pattern cache gives patterns that behave exactly as ``re.compile``'s, and never
gets in the way: a damaged file or a cache turned off means compiling as usual."""

from __future__ import annotations

import re

import pytest

from coop_extract import recache
from coop_extract.extractors.money import money_patterns
from coop_extract.textutil import trie_regex

PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|percent)", 0),
    (r"\b(?:more\s+than|nearly)\s+(?P<n>\d+)\b", re.I),
    (trie_regex(["Hong Kong", "Hangzhou", "Macau", "Macao"]), 0),
    (r"(?<![A-Za-z])HK\$\s?(\d+)", 0),
]
TEXT = "Nearly 40 firms from Hong Kong and Macao, up 12.5 percent, raised HK$ 300 in Hangzhou."


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COOP_EXTRACT_CACHE", str(tmp_path))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_strings", {})
    monkeypatch.setattr(recache, "_dirty", False)
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_used_strings", set())
    return tmp_path


def _behaviour(pattern: re.Pattern[str]) -> list:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(TEXT)]


def test_patterns_from_the_cache_match_as_re_compile(fresh_cache, monkeypatch):
    first = [recache.compile(p, f) for p, f in PATTERNS]
    recache.save()
    assert recache.cache_file().exists()
    monkeypatch.setattr(recache, "_entries", None)  # a new process: read the file
    again = [recache.compile(p, f) for p, f in PATTERNS]
    assert len(recache._entries) == len(PATTERNS)
    for (p, f), a, b in zip(PATTERNS, first, again, strict=True):
        plain = re.compile(p, f)
        assert _behaviour(a) == _behaviour(b) == _behaviour(plain)
        assert b.groupindex == plain.groupindex and b.flags == plain.flags
    assert [m.group() for m in again[2].finditer(TEXT)] == ["Hong Kong", "Macao", "Hangzhou"]


def test_trie_text_is_the_same_in_every_process(fresh_cache, monkeypatch):
    words = {"Secretary", "Secretary-General", "Mayor", "Vice Mayor"}
    built = trie_regex(words)
    recache.save()
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_strings", {})
    assert trie_regex(list(reversed(sorted(words)))) == built
    assert re.fullmatch(built, "Vice   Mayor")


def test_damaged_cache_file_is_ignored(fresh_cache):
    recache.cache_file().write_bytes(b"\x00not a cache")
    pattern = recache.compile(r"(?P<y>(?:19|20)\d{2})")
    assert pattern.search("in 2024").group("y") == "2024"
    recache.save()  # replaced by a good one
    assert recache.cache_file().stat().st_size > 20


def test_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv("COOP_EXTRACT_CACHE", "off")
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_dirty", True)
    assert recache.cache_file() is None
    recache.save()
    assert recache.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]


def test_real_money_patterns_round_trip(fresh_cache, monkeypatch):
    rule, full, _ = money_patterns()[0]
    rebuilt = recache.compile(full.pattern, full.flags)
    recache.save()
    monkeypatch.setattr(recache, "_entries", None)
    cached = recache.compile(full.pattern, full.flags)
    text = "investment of more than US$1.2 billion and HK$300m"
    assert [m.group("num") for m in cached.finditer(text)] == ["1.2", "300"]
    assert _behaviour(cached) == _behaviour(rebuilt) and rule == "money.prefix"


def test_a_save_keeps_only_the_patterns_in_use(fresh_cache, monkeypatch):
    old, kept, new = (r"old\d+", 0), (r"kept\d+", 0), (r"new\d+", 0)
    recache.compile(*old)
    recache.compile(*kept)
    recache.save()
    # a later process, after a data file changed: one pattern gone, one new
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_used", set())
    recache.compile(*kept)
    recache.compile(*new)
    recache.save()
    monkeypatch.setattr(recache, "_entries", None)
    assert set(recache._load()) == {kept, new}
