"""A gettext translation file (PO) read as the text it translates (``pofile.po_text``)."""

from __future__ import annotations

import pytest

from coop_extract import pofile

# an English translation of a city portal's news item (original text)
PO = (
    "# English translation of news item 2026-0931.\n"
    "# Translator: Lu Min <lumin@example.cn>, 2026.\n"
    'msgid ""\nmsgstr ""\n"PO-Revision-Date: 2026-11-21 16:40+0800\\n"\n"Language: en\\n"\n\n'
    "#. headline\n#: news/0931.html:3\n"
    'msgid "焦作代表团访问澳门"\nmsgstr "Jiaozuo delegation visits Macao"\n\n'
    "#. dateline\n"
    'msgid "发布时间：2026年11月19日"\nmsgstr "Released: 19 November 2026"\n\n'
    'msgid ""\n"第一句"\nmsgstr ""\n"On November 17, the delegation signed four agreements worth "\n'
    '"0.8 billion yuan at the \\"Jiaozuo Night\\" promotion in Macao."\n\n'
    "#, fuzzy\n"
    'msgid "代表团还拜会了澳门贸易投资促进局。"\nmsgstr "The delegation signed nine deals."\n\n'
    'msgid "双方商定明年再会。"\nmsgstr ""\n\n'
    '#~ msgid "旧标题"\n#~ msgstr "Old headline: 12 agreements signed"\n'
)


def test_po_file_shows_translations_entry_by_entry():
    shown, where, entries = pofile.po_text(PO)
    assert entries == 5
    # the header, comments and obsolete entries show nothing; a fuzzy or an empty
    # translation shows its source; strings are joined and escapes decoded
    assert shown == (
        "Jiaozuo delegation visits Macao\n\n"
        "Released: 19 November 2026\n\n"
        "On November 17, the delegation signed four agreements worth 0.8 billion yuan at the "
        '"Jiaozuo Night" promotion in Macao.\n\n'
        "代表团还拜会了澳门贸易投资促进局。\n\n"
        "双方商定明年再会。\n\n"
    )
    at = shown.index("0.8 billion")
    assert PO[slice(*where.span(at, at + 11))] == "0.8 billion"


def test_po_file_extracted_from_its_translation(extractor):
    doc = extractor.extract(PO)
    assert doc.publication_date == "2026-11-19"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-17")]
    # (the fuzzy draft's "nine deals" and the obsolete "12 agreements" are no counts)
    assert [f.value for f in doc.figures if f.kind == "agreement_count"] == [4]
    assert doc.warnings[-1].startswith("read as a gettext translation file")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PO, True),
        # one entry only; prose that names a msgid
        ('msgid "a"\nmsgstr "b"\n', False),
        ("The msgid field and the msgstr field are strings.", False),
        # a text that quotes a PO file's entries
        ('The file reads:\nmsgid "a"\nmsgstr "b"\nmsgid "c"\nmsgstr "d"\n', False),
    ],
)
def test_only_po_files_are_read_as_such(text, expected):
    assert pofile.looks_like_po(text) is expected
