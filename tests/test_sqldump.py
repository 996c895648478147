"""An SQL dump read as the articles its rows hold (``sqldump.sql_text``), every character
mapped back to the dump."""

from __future__ import annotations

import pytest

from coop_extract import sqldump

MYSQL = (
    "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB\n"
    "/*!40101 SET NAMES utf8mb4 */;\n"
    "CREATE TABLE `news_item` (\n"
    "  `item_id` int(11) NOT NULL,\n"
    "  `headline` varchar(200) NOT NULL,\n"
    "  `slug` varchar(200) NOT NULL,\n"
    "  `pub_date` datetime NOT NULL,\n"
    "  `content` text,\n"
    "  PRIMARY KEY (`item_id`),\n"
    "  KEY `pub_date` (`pub_date`)\n"
    ") ENGINE=InnoDB;\n"
    "INSERT INTO `news_item` VALUES (88,'Jiaxing and Macao sign tourism pact','jiaxing-macao',"
    "'2026-11-04 10:00:00','<p>Jiaxing\\'s culture bureau and the Macao Government Tourism "
    "Office signed a tourism agreement in Macao on Monday.</p>\\r\\n<p>&quot;A start,&quot; "
    "one official said.</p>'),\n"
    "(89,'Macao week ends in Huzhou','macao-week','2026-11-09 18:30:00',"
    "'The Macao Week in Huzhou closed on Sunday after drawing 30,000 visitors.');\n"
)


def test_mysql_rows_read_as_articles_with_their_escapes_and_html():
    shown, where, rows = sqldump.sql_text(MYSQL)
    assert rows == 2
    # the headline, the day of its stamp, then the body: the slug and id show nothing,
    # "\\'" is an apostrophe, "\\r\\n" a line break, the body's HTML read as a page's
    assert shown.startswith(
        "Jiaxing and Macao sign tourism pact\nPublished: 2026-11-04\n\nJiaxing's culture bureau"
    )
    assert '\n"A start," one official said.\n' in shown
    assert "Macao week ends in Huzhou\nPublished: 2026-11-09\n" in shown
    assert "jiaxing-macao" not in shown and "88" not in shown
    at = shown.index("Jiaxing's")
    assert MYSQL[slice(*where.span(at, at + 9))] == "Jiaxing\\'s"
    at = shown.index("2026-11-09")
    assert MYSQL[slice(*where.span(at, at + 10))] == "2026-11-09"


@pytest.mark.parametrize(
    ("dump", "expected"),
    [
        # SQLite's .dump: a column list in the statement, '' for an apostrophe, a
        # backslash as it is
        (
            "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
            'INSERT INTO "posts" ("id","title","created","body") VALUES(3,'
            "'Weihai''s ferry to Hong Kong','2026-10-30','Sailings start on 1 December "
            "(C:\\ports).');\nCOMMIT;\n",
            "Weihai's ferry to Hong Kong\nPublished: 2026-10-30\nSailings start on 1 December "
            "(C:\\ports).\n\n\n",
        ),
        # a Unix time in a date column: its day (UTC); NULL and numbers show nothing
        (
            "-- dump\nINSERT INTO articles (id, title, published, summary, views) VALUES "
            "(7, 'Yichang delegation visits Macao', 1763510400, 'The delegation met the "
            "Economic Bureau.', NULL);\n",
            "Yichang delegation visits Macao\nPublished: 2025-11-19\nThe delegation met the "
            "Economic Bureau.\n\n\n",
        ),
        # a table with no title, lead or body (tags): nothing
        ("-- dump\nINSERT INTO tags (id, label) VALUES (1,'Hong Kong'),(2,'Macao');\n", ""),
    ],
)
def test_other_dumps_read_row_by_row(dump, expected):
    shown, where, rows = sqldump.sql_text(dump)
    assert shown == expected
    assert rows == (1 if expected else 0)
    for at, char in enumerate(shown):
        if char.isalnum() and not shown.startswith("Published: ", max(0, at - 11)):
            a, b = where.span(at, at + 1)
            assert char in dump[a:b] or dump[a:b].isdigit()


@pytest.mark.parametrize(
    ("text", "dump"),
    [
        (MYSQL, True),
        ("INSERT INTO t VALUES (1);\n", True),
        ("We will insert into the report the following table.\n", False),
        ("-- a list\n- Mayor Li visited Hong Kong.\n", False),
    ],
)
def test_looks_like_sql_dump(text, dump):
    assert sqldump.looks_like_sql_dump(text) is dump


def test_dump_rows_extracted_each_against_its_own_date(extractor):
    doc = extractor.extract(MYSQL)
    # several articles: no date of the dump's own; each row's "on Monday" and "on Sunday"
    # read against that row's stamp
    assert doc.publication_date is None
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-02"),
        ("conference", "2026-11-08"),
    ]
    assert doc.warnings[-1].startswith("read as an SQL dump: each row's")
    signing = doc.events[0]
    assert MYSQL[signing.evidence.start : signing.evidence.end].startswith("Jiaxing\\'s culture")


def test_a_row_without_title_or_date_columns_takes_its_name_and_latest_stamp():
    # a tracker's table: "name" over "description", "updated_at" for want of a date
    dump = (
        "INSERT INTO `cards` (`id`, `name`, `description`, `updated_at`) VALUES "
        "(7,'Quzhou roadshow','Quzhou holds a roadshow in Macao on 9 December.',"
        "'2026-11-24 08:15:22');\n"
    )
    shown, where, rows = sqldump.sql_text(dump)
    assert rows == 1
    assert shown.startswith(
        "Quzhou roadshow\nPublished: 2026-11-24\nQuzhou holds a roadshow in Macao on 9 December."
    )
    at = shown.index("2026-11-24")
    assert dump[slice(*where.span(at, at + 10))] == "2026-11-24"
