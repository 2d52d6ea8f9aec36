"""The Kazakh and Russian translations: complete, faithful to the source's placeholders and markup,
written in the right alphabet, and actually shown by the window."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.resources import resources_root
from app.ui.application import install_translations

FOLDER = resources_root() / "translations"
LANGUAGES = ("kk", "ru")

# What a translation must carry over unchanged from its source.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
TAG = re.compile(r"<[^<>]+>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+);")
MNEMONIC = re.compile(r"&(?!&)(?![A-Za-z]+;|#\d+;)\w")
WORD = re.compile(r"[^\W\d_]+")
# Latin words a translation may keep, and only where its source has them: the product's name,
# file formats, keys, codes and examples typed as they are (and single capitals: Ctrl+B, 94-V).
# Anything else in Latin letters is an English word left untranslated (or a Latin look-alike of
# a Cyrillic letter).
KEEP_LATIN = frozenset(
    WORD.findall(
        "Derbes eGov PDF DOCX SHA JPEG PNG TIFF SMS Word LibreOffice KZ RU INN Aliyev senimkey "
        "name example mail kz pdf docx doc odt rtf txt html sqlite db jpg jpeg png tif tiff "
        "Ctrl Shift Enter Esc Insert Delete Page Up Down SQLite PostgreSQL postgresql user host derbes zip "
        "PT Serif ParaType Ltd Free Font License Qt PySide Python UTF BOM Windows CSV csv tsv "
        "DE UPU S10 DL C5 XLSX xlsx Excel "
        "Tesseract OCR UB Mannheim Debian Ubuntu apt get install tesseract ocr kaz rus DERBES TESSERACT "
        "exe"
    )
)
# Letters of the Kazakh alphabet that Russian does not have.
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@dataclass(frozen=True)
class Message:
    language: str
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.language} {self.context}: {self.source!r}"


def messages(language: str) -> list[Message]:
    root = ET.parse(FOLDER / f"derbes_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    language,
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    numerus,
                    translation.get("type") is None,
                    forms,
                )
            )
    return found


def plain(text: str) -> str:
    """The text without placeholders, HTML tags and entities: only words meant to be read."""
    return ENTITY.sub(" ", TAG.sub(" ", PLACEHOLDER.sub(" ", text)))


def kept_latin(word: str) -> bool:
    return word in KEEP_LATIN or re.fullmatch("[A-Z]", word) is not None


def script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0]  # LATIN, CYRILLIC, …


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_translation_loads(language):
    translator = QTranslator()
    assert translator.load(f"derbes_{language}", str(FOLDER))
    assert not translator.isEmpty()
    assert translator.language().startswith(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    found = messages(language)
    assert len(found) > 500
    unfinished = [str(m) for m in found if not m.finished]
    assert not unfinished, unfinished
    empty = [str(m) for m in found if not m.forms or not all(f.strip() for f in m.forms)]
    assert not empty, empty


def test_plural_forms_follow_each_language():
    """Russian has three forms (1, 2–4, 5+) and they differ; Kazakh keeps one wording."""
    for m in messages("kk") + messages("ru"):
        if not m.numerus:
            continue
        if m.language == "ru":
            assert len(m.forms) == 3, m
        else:
            assert len(set(m.forms)) == 1, m
    translator = QTranslator()
    translator.load("derbes_ru", str(FOLDER))
    words = {
        n: translator.translate("RequestsScreen", "%Ln requests", "", n) for n in (1, 3, 5, 21)
    }
    assert words == {
        1: "%Ln обращение",
        3: "%Ln обращения",
        5: "%Ln обращений",
        21: "%Ln обращение",
    }


def original(m: Message) -> str:
    """The English text: lupdate reads ``tr = QCoreApplication.translate; tr("Ctx", "text")`` as
    the source "Ctx" with the text as its comment."""
    return m.comment if m.context == "" and m.comment and m.source != m.comment else m.source


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_markup_and_line_breaks_are_kept(language):
    problems = []
    for m in messages(language):
        source = original(m)
        for form in m.forms:
            kept = (
                Counter(PLACEHOLDER.findall(form)) == Counter(PLACEHOLDER.findall(source)),
                TAG.findall(form) == TAG.findall(source),
                Counter(ENTITY.findall(form)) == Counter(ENTITY.findall(source)),
                form.count("\n") == source.count("\n"),
                len(MNEMONIC.findall(form)) == len(MNEMONIC.findall(source)),
            )
            if not all(kept):
                problems.append(f"{m}: {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_are_in_one_alphabet_and_the_right_one(language):
    problems = []
    for m in messages(language):
        source = plain(original(m)).replace("&", "")
        source_words = set(WORD.findall(source))
        for form in m.forms:
            for word in WORD.findall(plain(form).replace("&", "")):
                scripts = {script(ch) for ch in word}
                if len(scripts) > 1:
                    # A word mixing alphabets hides a look-alike (Latin "a" for Cyrillic "а").
                    problems.append(f"{word!r} mixes {sorted(scripts)}: {m}")
                elif scripts != {"CYRILLIC"} and not (word in source_words and kept_latin(word)):
                    # Latin (or IPA "ə", "ɵ" for ә, ө) only as the source writes it: PDF, Derbes…
                    problems.append(f"{word!r} is not Cyrillic: {m}")
            if language == "ru":
                stray = (set(form) & KAZAKH_ONLY) - set(source)
                if stray:
                    problems.append(f"Kazakh letters {sorted(stray)} in Russian: {m}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def kazakh(qapp):
    installed = install_translations(qapp, "kk")
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


def test_the_main_window_speaks_kazakh(kazakh, shell_factory):
    assert any(t.filePath().endswith("derbes_kk.qm") for t in kazakh)
    window = shell_factory()
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Бақылау тақтасы",
        "Өтініштер",
        "Шығыс хаттар",
        "Есептер",
        "Субъектілер",
        "Баптаулар",
    ]
    assert window.windowTitle() == "derbes.sqlite3 — Derbes"  # the database, then Derbes once
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Файл", "&Көрініс", "&Анықтама"]
