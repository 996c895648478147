"""A protocol buffers text-format record read as the article it holds."""

from coop_extract import textproto

RECORD = (
    "# proto-file: newsroom/article.proto\n# proto-message: Article\n\n"
    'article_id: "hz-0093"\nstatus: PUBLISHED\n'
    'headline: "Heze peony growers sign deals in Macau"\n'
    'byline {\n  name: "Lei Ka Man"\n}\n'
    "publish_time {\n  seconds: 1795478400\n  nanos: 0\n}\n"
    "body {\n"
    '  paragraph: "HEZE -- Heze\\\'s growers signed 5 supply contracts in Macau on Monday."\n'
    '  paragraph: "\\"We will be back,\\" said Li. Caf\\303\\251 owners came."\n'
    "}\n"
    'tags: "Heze"\nword_count: 40\n'
)


def test_textproto_record_reads_as_its_article():
    assert textproto.looks_like_textproto(RECORD)
    shown, where = textproto.textproto_text(RECORD)
    # the title, the day of its seconds, then the body's paragraphs; identifiers, the
    # byline's block, tags and counts show nothing; escapes are decoded (an octal run of
    # UTF-8 bytes as its character)
    assert shown == (
        "Heze peony growers sign deals in Macau\n\nPublished: 2026-11-24\n\n"
        "HEZE -- Heze's growers signed 5 supply contracts in Macau on Monday.\n\n"
        '"We will be back," said Li. Café owners came.\n\n'
    )
    at = shown.index("2026-11-24")
    assert RECORD[slice(*where.span(at, at + 10))] == "1795478400"
    at = shown.index("Café")
    assert RECORD[slice(*where.span(at, at + 4))] == "Caf\\303\\251"


def test_textproto_needs_its_shape():
    # (YAML's "key: value" lines, a JSON object and a C block are no record)
    assert not textproto.looks_like_textproto('title: "Heze"\ndate: 2026-11-24\n')
    assert not textproto.looks_like_textproto('{"headline": "Heze"}\n')
    assert not textproto.looks_like_textproto('int main() {\n  printf("hi");\n}\n')


def test_textproto_record_extracted(extractor):
    doc = extractor.extract(RECORD)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-23")]
    assert [(f.kind, f.value, f.text) for f in doc.figures] == [
        ("agreement_count", 5.0, "5 supply contracts")
    ]
    assert doc.warnings[0].startswith("read as a protocol buffers text-format record")
