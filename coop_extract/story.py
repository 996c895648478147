"""An InDesign or InCopy story (an IDML package's ``Stories/Story_*.xml``, an InCopy
``.icml`` file) read as the text it lays out, every offset mapped back.

A page laid out in InDesign keeps each story's words in "<Content>" elements, a paragraph
split into runs by character style ('<CharacterStyleRange AppliedCharacterStyle=
"CharacterStyle/Bold"><Content>Xu Weiping</Content>'), ended by "<Br />" or by its
"<ParagraphStyleRange>"'s close. The space between tags is the file's layout, no text (a
run's close is no word's end: "Vice Mayor </Content> ... <Content>Xu Weiping"), and so
are a run's properties ('<Properties><Leading type="unit">12</Leading>'), an editor's
note ("<Note>"), text deleted under tracked changes ('<Change ChangeType="DeletedText">')
and a special character's instruction ("<?ACE 18?>", a page number). The view writes each
run's words (entities decoded) one after the other, and a line break for each paragraph's
end. Each shown character keeps the span of the input it stands for.

(A generic XML reading puts each element standing apart from running text on a line of
its own, which splits a story's every run; lxml would parse the story but gives no
character offsets, and every record must quote its input by offsets.)
"""

from __future__ import annotations

import re

from . import recache
from .markup import XML_PROLOGUE, OffsetMap, Shown

# the root of a story: an IDML package's "<idPkg:Story>", an InCopy document's
# "<Document>" (after its '<?aid ...?>' instruction) or a bare "<Story>"
_ROOT = recache.compile(XML_PROLOGUE + r"<(?:idPkg:Story|Document|Story)\b")
_TOKEN = recache.compile(
    # what shows nothing, however much it holds (a change that kept its text, an insertion
    # or a move, is no token: its runs are the story's)
    r"(?P<drop><(?P<name>Properties|Note)\b[^<>]*(?<!/)>.*?</(?P=name)\s*>"
    r'|<Change\b[^<>]*\bChangeType="DeletedText"[^<>]*(?<!/)>.*?</Change\s*>)'
    r"|<Content\s*>(?P<content>.*?)</Content\s*>"
    r"|(?P<end><Br\s*/>|</ParagraphStyleRange\s*>)",
    re.DOTALL,
)


def looks_like_story(text: str) -> bool:
    """Is ``text`` an InDesign or InCopy story: its root a story's or an InCopy
    document's, and paragraphs of "<Content>" runs?"""
    return _ROOT.match(text) is not None and "<ParagraphStyleRange" in text and "<Content>" in text


def story_text(text: str) -> tuple[str, OffsetMap]:
    """The words an InDesign or InCopy story lays out and the map of its characters back
    to ``text`` (see the module's docstring)."""
    shown = Shown()
    ended = True  # (nothing shown since the last paragraph's end)
    for m in _TOKEN.finditer(text):
        if m.group("drop") is not None:
            continue
        if m.group("end") is not None:
            if not ended:
                shown.emit("\n", m.start(), m.end())
                ended = True
            continue
        a, b = m.span("content")
        if a == b:
            continue
        shown.copy_unescaped(text, a, b)
        ended = False
    return shown.result()
