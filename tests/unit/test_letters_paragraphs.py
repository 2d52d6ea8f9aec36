"""A paragraph parsed once per process is the paragraph reportlab's parser makes, every time."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.letters import fonts
from app.letters.paragraphs import Para

TEXT = (
    "Құрметті <b>Әсел Серікқызы</b>! Сіздің өтінішіңіз тіркелді &amp; қаралуда.<br/>"
    '<span backColor="#ffe98a">ұ ү һ і ғ қ ң ө</span> — «№ 12»'
)


def _style(name: str = "para-test") -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.register(), fontSize=12, leading=15)


def _frags(paragraph) -> list[dict]:
    return [dict(vars(frag)) for frag in paragraph.frags]


def test_the_fragments_are_the_parsers_and_each_paragraph_has_its_own():
    style = _style()
    first, second = Para(TEXT, style), Para(TEXT, style)
    plain = Paragraph(TEXT, style)
    assert _frags(first) == _frags(plain) == _frags(second)
    assert first.text == plain.text and first.style is plain.style
    assert first.frags is not second.frags
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}


def test_laying_one_out_leaves_the_next_as_parsed():
    style = _style()
    changed = Para(TEXT * 6, style)
    for frag in changed.frags:  # what reportlab may do to a paragraph's own fragments
        frag.text = "changed"
    used = Para(TEXT * 6, style)
    used.wrap(200, 1000)
    parts = used.split(200, 60)
    assert len(parts) == 2
    for part in parts:
        part.wrap(200, 1000)
    assert _frags(Para(TEXT * 6, style)) == _frags(Paragraph(TEXT * 6, style))


def test_another_style_of_the_same_name_is_parsed_for_itself():
    bold = _style("para-test-same-name")
    bold.fontName = fonts.BOLD
    assert Para(TEXT, _style("para-test-same-name")).frags[0].fontName == fonts.REGULAR
    assert Para(TEXT, bold).frags[0].fontName == fonts.BOLD


def _document(kind) -> bytes:
    style = _style()
    out = io.BytesIO()
    story = [kind(TEXT * 30, style) for _ in range(4)]  # more than a page: split as well
    SimpleDocTemplate(out, invariant=1).build(story)
    return out.getvalue()


def test_a_document_is_byte_for_byte_reportlabs():
    expected = _document(Paragraph)
    assert _document(Para) == expected
    assert _document(Para) == expected  # again, from what was kept
