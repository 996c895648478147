"""Raw e-mail messages (MIME) read as their header and text, offsets kept in the input."""

import pytest

from coop_extract import mime

HEAD = (
    "Date: Wed, 18 Nov 2026 09:15:02 +0800\n"
    'From: "Press Desk" <press@example.mo>\n'
    "Message-ID: <x1@example.mo>\n"
    "MIME-Version: 1.0\n"
)


def _message(kind: str, body: str, encoding: str = "quoted-printable") -> str:
    return (
        f"{HEAD}Subject: Release\nContent-Type: {kind}\n"
        f"Content-Transfer-Encoding: {encoding}\n\n{body}"
    )


# fmt: off
SHOWN = [
    # quoted-printable: a soft break joins a word, escapes are UTF-8 bytes
    (_message("text/plain; charset=utf-8", "Ms Winni=\ne Tsang said Macao=E2=80=99s trade =\nrose 5%.\n"),
     "Ms Winnie Tsang said Macao\u2019s trade rose 5%.\n"),
    # a Latin-1 part's escapes are that charset's bytes
    (_message("text/plain; charset=iso-8859-1", "Jos=E9 Lopes visited Zhuhai.\n"),
     "Jos\u00e9 Lopes visited Zhuhai.\n"),
    # base64 (a line of its own each 76 characters)
    (_message("text/plain; charset=utf-8", "SGVuZ3FpbiDigJMgTWFjYW8=\n", "base64"),
     "Hengqin \u2013 Macao\n"),
    # plain 8-bit text is itself
    (_message("text/plain; charset=utf-8", "Signed on 17 November.\n", "8bit"),
     "Signed on 17 November.\n"),
    # an HTML-only message is read as its page's shown text
    (_message("text/html; charset=utf-8", "<p>Zhuhai and Macao =\nsigned a pact.</p>\n"),
     "\nZhuhai and Macao signed a pact.\n\n"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), SHOWN)
def test_message_shows_its_header_and_decoded_text(text, body):
    assert mime.looks_like_mime(text)
    header = 'Date: Wed, 18 Nov 2026 09:15:02 +0800\nFrom: "Press Desk" <press@example.mo>\n'
    assert mime.mime_text(text)[0] == header + "Subject: Release\n\n" + body


def test_alternatives_show_the_plain_part_once_and_attachments_none():
    text = (
        f'{HEAD}Subject: Pact\nContent-Type: multipart/mixed; boundary="OUT"\n\n'
        "--OUT\nContent-Type: multipart/alternative; boundary=IN\n\n"
        "--IN\nContent-Type: text/plain; charset=utf-8\n\nSeven agreements were signed.\n"
        "--IN\nContent-Type: text/html; charset=utf-8\n\n<p>Seven agreements were signed.</p>\n"
        "--IN--\n"
        "--OUT\nContent-Type: text/csv; name=deals.csv\nContent-Disposition: attachment\n\n"
        "deal,value\nA,12 agreements\n"
        "--OUT--\n"
    )
    shown = mime.mime_text(text)[0]
    assert shown.count("Seven agreements were signed.") == 1
    assert "<p>" not in shown and "12 agreements" not in shown


def test_encoded_subject_words_are_decoded_and_folds_joined():
    text = (
        f"{HEAD}Subject: Hong Kong and Chongqing sign pacts\n =?utf-8?b?4oCT?= mission\n"
        " =?utf-8?q?wraps_up?= =?utf-8?q?_today?=\nContent-Type: text/plain\n\nText.\n"
    )
    shown = mime.mime_text(text)[0]
    assert "Subject: Hong Kong and Chongqing sign pacts \u2013 mission wraps up today\n" in shown


def test_message_maps_every_shown_character_back():
    text = _message("text/plain; charset=utf-8", "Ms Winni=\ne Tsang met Macao=E2=80=99s envoy.\n")
    shown, where = mime.mime_text(text)
    k = shown.index("Winnie")
    assert text[slice(*where.span(k, k + 6))] == "Winni=\ne"
    k = shown.index("\u2019")
    assert text[slice(*where.span(k, k + 1))] == "=E2=80=99"
    k = shown.index("Date: ")
    assert text[slice(*where.span(k, k + 10))] == "Date: Wed,"


@pytest.mark.parametrize(
    "text",
    [
        # a pasted e-mail's header lines with no MIME declaration are plain text
        "From: Press Desk\nSent: Wednesday, 18 November 2026 09:15\nSubject: Pact\n\nText.\n",
        # nor is a story that opens with a labelled line
        "Content-Type: the kind of news we cover\nThe two sides met.\n",
        "Zhuhai and Macao signed a pact.\nMIME-Version: 1.0\n",
    ],
)
def test_only_mime_messages_are_read_as_mime(text):
    assert not mime.looks_like_mime(text)


def test_mime_message_extracted_with_offsets_in_the_input(extractor):
    text = (
        "Date: Thu, 19 Nov 2026 16:42:07 +0800\n"
        'From: "Zhuhai Media Office" <media@example.cn>\n'
        "Subject: =?utf-8?q?Zhuhai_and_Macao_sign_logistics_pacts?=\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Vice Mayor Ou Jiaming led a delegation to Macao on Tuesday (November 17). The =\n"
        "two sides signed nine cooperation agreements worth MOP 320 million, Macao=E2=80=\n"
        "=99s trade bureau said.\n"
        "--b1\nContent-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "<p>Vice Mayor Ou Jiaming led a delegation to Macao on Tuesday (November 17). The =\n"
        "two sides signed nine cooperation agreements worth MOP 320 million.</p>\n"
        "--b1--\n"
    )
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-11-19"
    # (the HTML alternative tells it all again: read once)
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-17"),
        ("signing", "2026-11-17"),
    ]
    assert [(f.kind, f.value, f.currency, f.text) for f in doc.figures] == [
        ("agreement_count", 9.0, None, "nine cooperation agreements"),
        ("money", 320000000.0, "MOP", "MOP 320 million"),
    ]
    for f in doc.figures:
        assert text[f.start : f.end] == f.text
    for e in doc.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
    assert [(o.name, o.title) for o in doc.officials] == [("Ou Jiaming", "Vice Mayor")]
    assert any(w.startswith("read as an e-mail message") for w in doc.warnings)


# a browser's saved page (MHTML): its header's date is the saving's, its style sheet no text
SNAPSHOT = (
    "From: <Saved by Blink>\n"
    "Snapshot-Content-Location: https://news.example.org/2026/11/23/huangshan\n"
    "Subject: Huangshan courts Macao tour firms\n"
    "Date: Wed, 25 Nov 2026 09:00:00 +0800\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/related; type="text/html"; boundary="--B--"\n\n'
    "----B--\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
    "<h1>Huangshan courts Macao tour firms</h1><p>Published: 23 November 2026</p>"
    "<p>Huangshan held a tourism promotion conference in Macao on Mond=\nay.</p>\n"
    "----B--\nContent-Type: text/css\n\nbody { margin: 0; }\n"
    "----B----\n"
)


def test_saved_page_shows_its_root_and_not_the_saving_day():
    shown, _ = mime.mime_text(SNAPSHOT)
    assert "Date:" not in shown and "margin" not in shown
    assert "Huangshan held a tourism promotion conference in Macao on Monday." in shown


def test_saved_page_dated_by_the_page(extractor):
    doc = extractor.extract(SNAPSHOT)
    assert doc.publication_date == "2026-11-23"
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-11-23")]


EMLX_MESSAGE = (
    "Date: Wed, 25 Nov 2026 09:12:31 +0800\nFrom: Zeng Xiaohui <zeng@example.cn>\n"
    "Subject: Loudi delegation\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n\n"
    "We signed a memorandum with Hong Kong Metallurgy Testing Ltd on Tuesday, worth 1=\n"
    ".35 billion yuan.\n"
)
EMLX = (
    f"{len(EMLX_MESSAGE.encode())}        \n{EMLX_MESSAGE}"
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"'
    ' "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
    "\t<key>date-received</key>\n\t<integer>1795569160</integer>\n</dict>\n</plist>\n"
)


def test_apple_mail_emlx_file_reads_as_its_message(extractor):
    # the byte count before the message and the mailbox's property list after it are no
    # part of the message; its quoted-printable text is decoded
    assert mime.looks_like_mime(EMLX)
    shown, _ = mime.mime_text(EMLX)
    assert "worth 1.35 billion yuan." in shown
    assert "plist" not in shown and "1795569160" not in shown
    doc = extractor.extract(EMLX)
    assert doc.publication_date == "2026-11-25"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-24")]
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [("money", 1350000000.0, "CNY")]
