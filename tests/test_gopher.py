"""A Gopher menu (gophermap) read as the text it shows."""

from coop_extract import gopher


def _menu(rows: list[tuple[str, str, str]]) -> str:
    lines = []
    for kind, shown, selector in rows:
        if kind == "i":
            lines.append(f"i{shown}\tfake\t(NULL)\t0")
        else:
            lines.append(f"{kind}{shown}\t{selector}\tgopher.example.cn\t70")
    return "\r\n".join([*lines, "."]) + "\r\n"


MENU = _menu(
    [
        ("i", "Sanmenxia Foreign Affairs Office - news", ""),
        ("i", "", ""),
        ("i", "Updated 24 November 2026", ""),
        ("i", "", ""),
        ("i", "Sanmenxia, the Yellow River city in western Henan known for", ""),
        ("i", "its wintering swans, signed a tourism cooperation agreement", ""),
        ("i", "with the Macao Association of Travel Agents on Saturday at", ""),
        ("i", "the Macao Tourism Activities Centre.", ""),
        ("i", "", ""),
        ("0", "Full text of the agreement (English)", "/notices/agreement.txt"),
        ("1", "Earlier news", "/news/archive"),
    ]
)


def test_gophermap_shows_its_lines_and_link_texts():
    assert gopher.looks_like_gophermap(MENU)
    shown, where = gopher.gophermap_text(MENU)
    # an information line's text as a line; a link's text a line apart; selectors, hosts,
    # ports and the closing "." show nothing
    assert "Updated 24 November 2026\n" in shown
    assert "its wintering swans, signed a tourism cooperation agreement\n" in shown
    assert "\nFull text of the agreement (English)\n" in shown
    assert "gopher.example.cn" not in shown and "fake" not in shown and "\n.\n" not in shown
    at = shown.index("Earlier news")
    assert MENU[slice(*where.span(at, at + 12))] == "Earlier news"


def test_gophermap_needs_its_items():
    # (tab-separated values and a text with a tab are no menu)
    assert not gopher.looks_like_gophermap("name\tcity\tport\nLi\tZhuhai\t70\n" * 3)
    assert not gopher.looks_like_gophermap("iOne line\tfake\t(NULL)\t0\nPlain text\n" * 3)


def test_gophermap_extracted(extractor):
    doc = extractor.extract(MENU)
    # the menu's hand-wrapped lines read as one paragraph
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-21")]
    assert "Macao Association of Travel Agents" in [i.name for i in doc.institutions]
    assert doc.warnings[0].startswith("read as a Gopher menu")
