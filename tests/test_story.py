"""An InDesign or InCopy story read as the text it lays out (``story.story_text``)."""

from __future__ import annotations

from coop_extract import story

# an original story, as an IDML package's Stories/Story_u1f4.xml holds it
IDML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<idPkg:Story xmlns:idPkg="http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging">\n'
    '\t<Story Self="u1f4" TrackChanges="true">\n'
    '\t\t<StoryPreference OpticalMarginAlignment="false" />\n'
    '\t\t<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Headline">\n'
    '\t\t\t<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]">\n'
    "\t\t\t\t<Content>Shaoguan signs deals in Macao</Content>\n"
    "\t\t\t</CharacterStyleRange>\n"
    "\t\t</ParagraphStyleRange>\n"
    '\t\t<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Body">\n'
    '\t\t\t<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]">\n'
    "\t\t\t\t<Content>Led by Mayor </Content>\n"
    "\t\t\t</CharacterStyleRange>\n"
    '\t\t\t<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/Bold">\n'
    '\t\t\t\t<Properties><Leading type="unit">12</Leading></Properties>\n'
    "\t\t\t\t<Content>Lin Haoran</Content>\n"
    "\t\t\t</CharacterStyleRange>\n"
    '\t\t\t<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]">\n'
    "\t\t\t\t<Content>, the city signed </Content>\n"
    '\t\t\t\t<Change ChangeType="DeletedText"><Content>five</Content></Change>\n'
    '\t\t\t\t<Change ChangeType="InsertedText"><Content>six</Content></Change>\n'
    "\t\t\t\t<Content> agreements in Macao on 3 November 2026 &amp; met IPIM.</Content>\n"
    "\t\t\t\t<Note><ParagraphStyleRange><CharacterStyleRange><Content>check the count"
    "</Content></CharacterStyleRange></ParagraphStyleRange></Note>\n"
    "\t\t\t\t<Br />\n"
    "\t\t\t\t<Content>Exports rose 8.5%.</Content><?ACE 18?>\n"
    "\t\t\t</CharacterStyleRange>\n"
    "\t\t</ParagraphStyleRange>\n"
    "\t</Story>\n"
    "</idPkg:Story>\n"
)
# an InCopy document (.icml): its styles first, then its story
ICML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<?aid style="50" type="snippet" readerVersion="6.0" featureSet="513" product="18.0" ?>\n'
    '<Document DOMVersion="18.0" Self="d">\n'
    '<RootCharacterStyleGroup Self="u7d"><CharacterStyle Self="c" Name="Bold" />'
    "</RootCharacterStyleGroup>\n"
    '<Story Self="u12b"><ParagraphStyleRange><CharacterStyleRange>'
    "<Content>Zhaoqing&#8217;s fair opens on 9 December 2026.</Content>"
    "</CharacterStyleRange></ParagraphStyleRange></Story>\n"
    "</Document>\n"
)


def test_story_is_known_by_its_root_and_runs():
    assert story.looks_like_story(IDML)
    assert story.looks_like_story(ICML)
    assert not story.looks_like_story("<kml><Document><name>Trip</name></Document></kml>")
    assert not story.looks_like_story("<p>A page about <Content> elements.</p>")


def test_story_shows_its_runs_joined_with_their_offsets():
    shown, where = story.story_text(IDML)
    assert shown == (
        "Shaoguan signs deals in Macao\n"
        "Led by Mayor Lin Haoran, the city signed six agreements in Macao on 3 November 2026"
        " & met IPIM.\n"
        "Exports rose 8.5%.\n"
    )
    at = shown.index("Lin Haoran")
    assert IDML[slice(*where.span(at, at + 10))] == "Lin Haoran"
    at = shown.index("&")
    assert IDML[slice(*where.span(at, at + 1))] == "&amp;"
    assert story.story_text(ICML)[0] == "Zhaoqing\u2019s fair opens on 9 December 2026.\n"


def test_story_extraction(extractor):
    doc = extractor.extract(IDML, ref_date="2026-11-05")
    assert [(o.name, o.title) for o in doc.officials] == [("Lin Haoran", "Mayor")]
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 6.0),
        ("percentage", 8.5),
    ]
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-03"),
        ("meeting", "2026-11-03"),
    ]
    assert any("InDesign" in w for w in doc.warnings)
