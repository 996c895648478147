"""An XML spreadsheet (Excel's SpreadsheetML) read as the text its sheets show
(``spreadsheet.spreadsheet_text``)."""

from __future__ import annotations

import pytest

from coop_extract import spreadsheet

WORKBOOK = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>Hu Jing</Author>
  <Created>2026-11-19T02:00:00Z</Created>
  <Version>16.00</Version>
 </DocumentProperties>
 <Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>
 <Worksheet ss:Name="Schedule">
  <Table>
   <Row><Cell><Data ss:Type="String">Xiaogan &amp; Macao: schedule</Data></Cell></Row>
   <Row>
    <Cell><Data ss:Type="String">Day</Data></Cell>
    <Cell><Data ss:Type="String">Item</Data></Cell>
    <Cell><Data ss:Type="String">Venue</Data></Cell>
   </Row>
   <Row>
    <Cell ss:StyleID="d"><Data ss:Type="DateTime">2026-12-03T00:00:00.000</Data></Cell>
    <Cell ss:Index="3"><Data ss:Type="String">Macao Tower</Data></Cell>
   </Row>
   <Row>
    <Cell ss:StyleID="d"><Data ss:Type="DateTime">2026-12-04T00:00:00.000</Data></Cell>
    <Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Signing</B> of 3 contracts</ss:Data></Cell>
    <Cell/>
   </Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
 </Worksheet>
</Workbook>
"""


def test_sheets_show_properties_and_rows_of_cells():
    shown, where, rows = spreadsheet.spreadsheet_text(WORKBOOK)
    assert rows == 4
    assert shown.startswith("Author: Hu Jing\nCreated: 2026-11-19T02:00:00Z\n")
    assert "16.00" not in shown and "Short Date" not in shown
    assert "\nSchedule\n\nXiaogan & Macao: schedule\n| Day | Item | Venue |\n" in shown
    # a skipped column is an empty cell; a date cell's midnight is left out
    assert "| 2026-12-03 |  | Macao Tower |\n" in shown
    # a rich cell's tags are left out; an empty last cell is no cell
    assert "| 2026-12-04 | Signing of 3 contracts |\n" in shown
    at = shown.index("&")
    assert WORKBOOK[slice(*where.span(at, at + 1))] == "&amp;"
    at = shown.index("2026-12-04")
    assert WORKBOOK[slice(*where.span(at, at + 10))] == "2026-12-04"


def test_spreadsheet_extraction(extractor):
    doc = extractor.extract(WORKBOOK)
    assert doc.publication_date == "2026-11-19"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-04")]
    assert [(f.kind, f.value) for f in doc.figures] == [("agreement_count", 3)]
    assert doc.warnings[-1].startswith("read as an XML spreadsheet")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WORKBOOK, True),
        ('<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"></kml>\n', False),
        ("The Workbook of urn:schemas-microsoft-com:office:word is a manual.", False),
    ],
)
def test_only_an_xml_spreadsheet_is_read_as_one(text, expected):
    assert spreadsheet.looks_like_spreadsheet(text) is expected


# a tracker's values as the Google Sheets API gives them (original)
SHEET_VALUES = (
    '{\n  "range": "\'Trips 2026\'!A1:C3",\n  "majorDimension": "ROWS",\n  "values": [\n'
    '    ["Date", "Activity", "Deals"],\n'
    '    ["2026-11-16", "Investment promotion conference at the Hong Kong Convention and'
    ' Exhibition Centre", "8 projects signed, HK$2.6 billion"],\n'
    '    ["2026-11-17", "Meeting with the Hong Kong General Chamber of Commerce"],\n'
    '    ["", "", ""]\n  ]\n}\n'
)


def test_sheet_values_read_as_table_rows():
    assert spreadsheet.looks_like_sheet_values(SHEET_VALUES)
    assert not spreadsheet.looks_like_sheet_values('{"title": "x", "values": [1, 2]}')
    shown, where, rows = spreadsheet.sheet_values_text(SHEET_VALUES)
    assert rows == 3
    assert shown.split("\n")[:5] == [
        "Trips 2026",
        "",
        "| Date | Activity | Deals |",
        "| 2026-11-16 | Investment promotion conference at the Hong Kong Convention and"
        " Exhibition Centre | 8 projects signed, HK$2.6 billion |",
        "| 2026-11-17 | Meeting with the Hong Kong General Chamber of Commerce |",
    ]
    at = shown.index("HK$2.6")
    assert SHEET_VALUES[slice(*where.span(at, at + 6))] == "HK$2.6"


def test_sheet_values_extraction(extractor):
    doc = extractor.extract(SHEET_VALUES)
    # (a row's gathering in one cell and its signing in another: both, on the row's day)
    assert [(e.type, e.date) for e in doc.events] == [
        ("conference", "2026-11-16"),
        ("signing", "2026-11-16"),
        ("meeting", "2026-11-17"),
    ]
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 8.0),
        ("money", 2600000000.0),
    ]
