"""Contact cards read card by card (``vcard.vcard_text``), every character mapped back to the
file."""

from __future__ import annotations

from coop_extract import vcard

CARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 18.1//EN\r\n"
    "N:Lam;Grace;;;\r\n"
    "FN:Grace Lam\r\n"
    "ORG:Macao Chamber of Commerce;Young Entrepreneurs Committee\r\n"
    "TITLE:Vice Chairwoman\r\n"
    "TEL;type=WORK:+853 2800 0000\r\n"
    "item1.ADR;type=WORK:;;Rua de Xangai 175\\, 5/F;Macao;;;\r\n"
    "item1.X-ABLabel:work\r\n"
    "NOTE:Met at the chamber on Monday with Vice Mayor Yue Lin (Baoding)\\; she w\r\n"
    " ill lead 20 members to Baoding on 9 December.\r\n"
    "CATEGORIES:Baoding trip\r\n"
    "REV:2026-11-20T02:14:36Z\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "N:Fong;Derek;;;\r\n"
    "ROLE:Director\r\n"
    "ORG:Macao Logistics Association\r\n"
    "NOTE:Signed a warehousing memorandum with Baoding on Tuesday.\r\n"
    "REV:20261126T080000Z\r\n"
    "END:VCARD\r\n"
)


def test_cards_laid_out_as_directory_entries():
    shown, where, cards = vcard.vcard_text(CARDS)
    assert cards == 2
    # name, role and organisation (its department left out) over the revision day, the
    # address's parts, the note unfolded and unescaped; phones, labels, categories and
    # the product id show nothing; a card with no FN is named by N
    assert shown == (
        "Grace Lam, Vice Chairwoman, Macao Chamber of Commerce\nPublished: 2026-11-20\n"
        "Address: Rua de Xangai 175, 5/F, Macao\n\n"
        "Met at the chamber on Monday with Vice Mayor Yue Lin (Baoding); she will lead 20 "
        "members to Baoding on 9 December.\n\n"
        "Derek Fong, Director, Macao Logistics Association\nPublished: 2026-11-26\n\n"
        "Signed a warehousing memorandum with Baoding on Tuesday.\n\n"
    )
    at = shown.index("she will")
    assert CARDS[slice(*where.span(at, at + 8))] == "she w\r\n ill"
    at = shown.index("175, 5/F")
    assert CARDS[slice(*where.span(at, at + 8))] == "175\\, 5/F"
    at = shown.index("2026-11-26")
    assert CARDS[slice(*where.span(at, at + 10))] == "20261126"


def test_cards_extracted_each_note_against_its_own_day(extractor):
    doc = extractor.extract(CARDS)
    # the first card's day is the page's; "on Tuesday" reads against the second card's
    assert doc.publication_date == "2026-11-20"
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == [
        ("Grace Lam", "Vice Chairwoman", "Macao Chamber of Commerce"),
        ("Yue Lin", "Vice Mayor", "Baoding"),
        ("Derek Fong", "Director", "Macao Logistics Association"),
    ]
    assert [(e.type, e.date) for e in doc.events] == [
        ("meeting", "2026-11-16"),
        ("visit", "2026-12-09"),
        ("signing", "2026-11-24"),
    ]
    assert doc.warnings[-1].startswith("read as contact cards (vCard)")


def test_only_a_file_that_opens_with_a_card_is_read_as_cards():
    assert vcard.looks_like_vcard("BEGIN:VCARD\nFN:A B\nEND:VCARD\n")
    assert not vcard.looks_like_vcard("Minutes\n\nBEGIN:VCARD was pasted here.\n")
    assert not vcard.looks_like_vcard("BEGIN:VCARD\nFN:A B\n")  # never closed


# A card from an old phone (vCard 2.1, original): its note quoted-printable, soft-broken.
OLD_CARD = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ho;Connie\r\nTITLE:Deputy Director\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tongchuan Municipal Bureau of Comme=\r\nrce\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Leads 12 firms to Macao=E2=80=99s food fair on 3 De=\r\n"
    "cember.\r\nEND:VCARD\r\n"
)


def test_version_two_one_card_quoted_printable_decoded():
    shown, where, cards = vcard.vcard_text(OLD_CARD)
    assert cards == 1
    assert shown == (
        "Connie Ho, Deputy Director, Tongchuan Municipal Bureau of Commerce\n\n"
        "Leads 12 firms to Macao’s food fair on 3 December.\n\n"
    )
    at = shown.index("3 December")
    assert OLD_CARD[slice(*where.span(at, at + 10))] == "3 De=\r\ncember"
