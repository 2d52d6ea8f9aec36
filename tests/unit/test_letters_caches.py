"""What the renderers keep from one letter to the next (fonts parsed once, font subsets made and
deflated once, the DOCX's base document) never carries one letter's content into the next."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pypdf
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.letters import Addressee, Letter, Letterhead, Signature, fonts, render
from app.resources import resource_path
from tests.unit.test_letters_render import docx_text, pdf_text, unembedded_fonts


def _letter(name: str, body: str, language: str = "kk", **kw) -> Letter:
    head = Letterhead(
        "«Senimkey» ЖШС",
        "ТОО «Senimkey»",
        "БСН",
        "260440029163",
        "Алматы қ., Абай даңғылы, 10",
        language=language,
    )
    return Letter(
        kind="acknowledgement",
        language=language,
        letterhead=head,
        body=body,
        reference_number="ДД-2026/0042",
        reference_date=dt.date(2026, 11, 5),
        addressee=Addressee(name, "Алматы қ., Абай даңғылы, 5"),
        signatures=(Signature("Директор", "А. Б. Басшы"),),
        **kw,
    )


FIRST = _letter(
    "Әлиевке Н. С.", "# Өтініш туралы\n\nСіздің өтінішіңіз **тіркелді**, ҚҰРМЕТТІ Нұрлан.\n"
)
SECOND = _letter(
    "Сергеевой Я. В.",
    "# Об обращении\n\nВаше обращение зарегистрировано, уважаемая Яна Викторовна.\n",
    language="ru",
    out_number="ТЗ-ИСХ-2026/0007",
    out_date=dt.date(2026, 12, 2),
)
# A name with letters outside the ones every PDF codes first (fonts.SEEDED): its subset is
# its own, and the letters after it are as before.
RARE = _letter("Müller J. Ç.", "Ğ, ş, é, ñ және ø: Zoë Ångström.\n")


def _fonts(data: bytes) -> dict[str, bytes]:
    """Each embedded font file by its subset's name."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return found


def test_letters_in_a_row_each_carry_their_own_text():
    texts = {}
    for letter in (FIRST, SECOND, RARE, FIRST, SECOND):
        data = render(letter, "pdf")
        assert unembedded_fonts(data) == []
        texts.setdefault(letter.addressee.name, set()).add(pdf_text(data))
    first, second, rare = (texts[x.addressee.name] for x in (FIRST, SECOND, RARE))
    assert len(first) == len(second) == 1  # the same letter twice: the same text
    (first,), (second,), (rare,) = first, second, rare
    assert "Әлиевке Н. С." in first and "ҚҰРМЕТТІ Нұрлан" in first and "тіркелді" in first
    assert "Сергеевой" not in first and "уважаемая" not in first
    assert "Сергеевой Я. В." in second and "уважаемая Яна Викторовна" in second
    assert "ТЗ-ИСХ-2026/0007" in second and "Әлиевке" not in second and "Нұрлан" not in second
    assert "Müller J. Ç." in rare and "Ğ, ş, é, ñ және ø: Zoë Ångström." in rare
    assert "Нұрлан" not in rare and "Яна" not in rare


def test_a_letter_embeds_the_glyphs_it_uses_whatever_came_before():
    """The subsets of a letter are the seeded ones, made once; a rarer letter's are its own and
    hold its letters; both faces a letter is set in (bold for the heading) are embedded."""
    first = _fonts(render(FIRST, "pdf"))
    rare = _fonts(render(RARE, "pdf"))
    again = _fonts(render(FIRST, "pdf"))
    assert first == again  # the cached subsets are the very files the letter had at first
    assert any("PTSerif-Bold" in name for name in first)
    assert any("PTSerif-Regular" in name or name.endswith("PTSerif") for name in first)
    regular = next(data for name, data in rare.items() if "Bold" not in name)
    assert regular not in first.values()  # Ç, é, ñ … need glyphs the seeded subset lacks


def test_another_font_of_the_same_file_is_made_as_reportlab_makes_it():
    """reportlab hands a font of the same file to anyone who registers one: outside a letter
    it makes its subsets itself (nothing of a letter's, nothing kept)."""
    fonts.register()
    render(FIRST, "pdf")
    kept = dict(pdfmetrics.getFont(fonts.REGULAR).face._made)
    name = "OtherSerif"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", "PTSerif-Regular.ttf"))))
    out = io.BytesIO()
    text = "Құрметті Әсел Серікқызы! Сіздің өтінішіңіз тіркелді."
    SimpleDocTemplate(out).build([Paragraph(text, ParagraphStyle("p", fontName=name))])
    extracted = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert extracted == text
    assert pdfmetrics.getFont(fonts.REGULAR).face._made == kept  # nothing of it kept


@pytest.mark.parametrize("fmt", ["docx"])
def test_docx_letters_in_a_row_each_carry_their_own_text(fmt):
    texts = {}
    for letter in (FIRST, SECOND, FIRST):
        data = render(letter, fmt)
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert [n for n in package.namelist() if n.startswith("word/fonts/")] == [
                "word/fonts/font1.odttf",
                "word/fonts/font2.odttf",
            ]
        texts.setdefault(letter.addressee.name, set()).add(docx_text(data))
    (first,), (second,) = texts[FIRST.addressee.name], texts[SECOND.addressee.name]
    assert "Әлиевке Н. С." in first and "ҚҰРМЕТТІ Нұрлан" in first
    assert "Сергеевой" not in first and "уважаемая" not in first
    assert "Сергеевой Я. В." in second and "уважаемая Яна Викторовна" in second
    assert "Әлиевке" not in second and "Нұрлан" not in second


def test_the_split_shortcut_answers_as_reportlab_does():
    """A letter's text split into subset runs by the shortcut is what reportlab's loop gives,
    for seeded letters, a no-break space, a character without a code yet and an empty string."""
    fonts.register()
    ours = pdfmetrics.getFont(fonts.REGULAR)
    texts = ["Құрметті Әсел!", "ДД-2026/0042\xa0от", "ǅ new ǅ", "", "№ 5 «а» — б"]

    class Doc:  # what a font's state is kept under: one canvas's document each
        pass

    mine, theirs = Doc(), Doc()
    fonts.seed(mine)
    TTFont.splitString(ours, fonts.SEEDED, theirs)  # the same codes, as seed gives them
    for text in texts:
        assert ours.splitString(text, mine) == TTFont.splitString(ours, text, theirs)
    assert ours.state[mine].assignments == ours.state[theirs].assignments
