"""One letter as both renderers see it: the requisites, structured, and the body, as markup.

The service builds a :class:`Letter` from the case; :func:`app.letters.pdf.render_pdf` and
:func:`app.letters.word.render_docx` turn the same value into the two formats, so the PDF that is
finalised and the DOCX the officer edits never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from app.letters import markup, wording

NBSP = "\u00a0"
NON_BREAKING_HYPHEN = "\u2011"
# The words a line never ends with: a number sign, and the abbreviations of an address that
# stand before their number or name (№ 42, д. 5, 5 үй, кв. 3, г. Алматы, ул. Абая, қ. …).
_TIED = re.compile(
    r"(?<![\w.])(№|д\.|үй|кв\.|г\.|ул\.|пр\.|корп\.|п\.|пп\.|ст\.|қ\.|көш\.|даңғ\.) (?=\S)"
)
# A number and the Kazakh address word after it («10 үй», «5 пәтер», «305 кеңсе»).
_TIED_AFTER_NUMBER = re.compile(r"(?<=\d) (?=(?:үй|пәтер|кеңсе)(?!\w))")
# Initials stay with each other and with the surname, on either side («Ә. Қ. Төлеубаева»,
# «Сергеевой Я. В.», «А.-Б. Ким»): the space after an initial before a capital letter, and the
# space between a word and the initial after it.
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_AN_INITIAL = f"[{_UPPER}]\\.(?:-[{_UPPER}]\\.)?"
_AFTER_INITIAL = re.compile(f"(?<![\\w.\\-])({_AN_INITIAL}) (?=[{_UPPER}])")
# (before: only initials that end the name, «Сергеевой Я. В.», not «тұлға Ә. Қ. Төлеубаева»)
_BEFORE_INITIAL = re.compile(
    f"(?<=\\w) (?=(?:{_AN_INITIAL}{NBSP})*{_AN_INITIAL}(?![\\w.\\-])(?!\\s[{_UPPER}]))"
)
# A law's number («94-V», «418-V ҚРЗ»): the hyphen is not a place to break the line.
_LAW_NUMBER = re.compile(r"(?<!\w)(\d+)-([IVXLC]+)(?!\w)")
_NUMBERED = re.compile(f"(№{NBSP})([^\\s)»,;]+)")


def tie(text: str, hyphen: str = "-") -> str:
    """``text`` with a non-breaking space after «№», «д.», «үй», «кв.», «г.», «ул.» and the
    like (and before «үй», «пәтер», «кеңсе» after their number, and around initials: «Ә. Қ.
    Төлеубаева» stays on one line), and the hyphen of a law's
    number («94-V») and of a number after «№» made ``hyphen``: the PDF keeps the plain one
    (reportlab never breaks a line at a hyphen, and the text stays searchable as typed), the
    DOCX a non-breaking one (Word would break there)."""
    text = _TIED.sub(lambda m: m.group(1) + NBSP, text or "")
    text = _TIED_AFTER_NUMBER.sub(NBSP, text)
    text = _AFTER_INITIAL.sub(lambda m: m.group(1) + NBSP, text)
    text = _BEFORE_INITIAL.sub(NBSP, text)
    if hyphen != "-":
        text = _LAW_NUMBER.sub(lambda m: f"{m.group(1)}{hyphen}{m.group(2)}", text)
        # a number after «№» («№ ДД-2026/0042») is not broken at its hyphen either
        text = _NUMBERED.sub(lambda m: m.group(1) + m.group(2).replace("-", hyphen), text)
    return text


def _tie_block(block: markup.Block, hyphen: str) -> markup.Block:
    if isinstance(block, markup.Table):
        rows = tuple(tuple(tie(cell, hyphen) for cell in row) for row in block.rows)
        return dataclasses.replace(block, rows=rows)
    if hasattr(block, "text"):
        return dataclasses.replace(block, text=tie(block.text, hyphen))
    return block


def _one_line(text: str) -> str:
    return ", ".join(line.strip(" ,") for line in (text or "").splitlines() if line.strip())


@dataclass(frozen=True)
class Letterhead:
    """The operator's requisites at the head of the first page, in the letter's language only
    (``language`` kk or ru); a bilingual letter (``bi``) keeps both names side by side and
    both addresses (``address`` the Kazakh half, ``address_ru`` the Russian one)."""

    name_kk: str
    name_ru: str
    reg_label: str  # БСН / БИН / ИНН, in the letter's language(s)
    reg_number: str
    address: str  # in the letter's language; may hold several lines
    phone: str = ""
    email: str = ""
    website: str = ""
    language: str = "bi"
    address_ru: str = ""  # a bilingual letter's Russian half of the address

    def names(self) -> list[str]:
        """The operator's name as the head prints it: one, or both for a bilingual letter."""
        if self.language == "kk":
            return [self.name_kk]
        if self.language == "ru":
            return [self.name_ru]
        return [self.name_kk, self.name_ru]

    def details(self) -> list[str]:
        """The small lines under the names: number, address, phone, e-mail, site."""
        parts = []
        if self.reg_number:
            parts.append(tie(f"{self.reg_label} {self.reg_number}"))
        addresses = [_one_line(self.address)]
        if self.language == "bi" and self.address_ru.strip():
            addresses.append(_one_line(self.address_ru))
        address = " / ".join(a for a in dict.fromkeys(addresses) if a)
        if address:
            parts.append(tie(address))
        contact = []
        if self.phone:
            contact.append(f"тел.: {self.phone}")
        if self.email:
            contact.append(f"e-mail: {self.email}")
        if self.website:
            contact.append(self.website.removeprefix("https://").removeprefix("http://"))
        return [" · ".join(parts), " · ".join(contact)] if contact else [" · ".join(parts)]


@dataclass(frozen=True)
class Addressee:
    name: str
    address: str = ""  # may hold several lines

    def lines(self) -> list[str]:
        return [tie(line.strip()) for line in self.address.splitlines() if line.strip()]

    def name_lines(self) -> list[str]:
        """The name, a line each (a bilingual letter names the person in both languages)."""
        return [line.strip() for line in self.name.splitlines() if line.strip()]


@dataclass(frozen=True)
class Signature:
    role: str  # the signatory's position, or a role in an act; may hold two lines (kk, ru)
    name: str


@dataclass(frozen=True)
class Letter:
    """A letter or an internal act, ready to render."""

    kind: str
    language: str  # kk | ru | bi
    letterhead: Letterhead
    body: str  # markup (see app.letters.markup)
    out_number: str | None = None  # None: a draft, the number is left blank
    out_date: dt.date | None = None
    reference_number: str = ""  # the incoming letter's registration number
    reference_date: dt.date | None = None
    addressee: Addressee | None = None
    attachments: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()
    approval: Signature | None = None  # internal acts: "БЕКІТЕМІН / УТВЕРЖДАЮ"
    executor_name: str = ""
    executor_phone: str = ""
    internal: bool = False
    title: str = ""  # for the file's metadata

    @property
    def draft(self) -> bool:
        return self.out_number is None

    def blocks(self, hyphen: str = "-") -> list[markup.Block]:
        """The body's blocks, their text tied (:func:`tie`) as both renderers print it."""
        return [_tie_block(block, hyphen) for block in markup.parse(self.body)]

    def number_lines(self) -> list[str]:
        """The outgoing number and date, and the reference to the incoming letter (its
        registration number and date: one date), as the lines of a letterhead blank:

        kk «2026 жылғы «2» желтоқсан № ТЗ-ШЫҒ-2026/0042» (a draft: «20__ жылғы «__» _________
        № ________») and «2026 жылғы 5 қарашадағы № ДД-2026/0042 хатқа»;
        ru «02.12.2026 № ТЗ-ИСХ-2026/0042» (a draft: «__________ № ________») and
        «На № ДД-2026/0042 от 05.11.2026»; a bilingual letter both, Kazakh first.
        """
        languages = ("kk", "ru") if self.language == "bi" else (self.language,)
        out = [_outgoing(self.out_number, self.out_date, lang) for lang in languages]
        if self.reference_number:
            out += [
                _reference(self.reference_number, self.reference_date, lang) for lang in languages
            ]
        return [tie(line) for line in out]

    def act_number(self) -> str:
        """The number and date line under an act's heading."""
        number = self.out_number or "____________"
        kk_day = wording.long_date(self.out_date, "kk")
        ru_day = wording.long_date(self.out_date, "ru")
        return {
            "kk": f"{kk_day} № {number}",
            "ru": f"№ {number} от {ru_day}",
        }.get(self.language, f"{kk_day} / {ru_day} № {number}")


def _outgoing(number: str | None, day: dt.date | None, language: str) -> str:
    """The outgoing number line; a draft (no number yet) leaves the date and the number blank:
    both are given when the letter is finalised."""
    if language == "kk":
        if number is None or day is None:
            return "20__ жылғы «__» _________ № ________"
        month = wording.long_date(day, "kk").rsplit(" ", 1)[-1]
        return f"{day.year} жылғы «{day.day}» {month} № {number}"
    if number is None or day is None:
        return "______________ № ________"
    return f"{wording.short_date(day)} № {number}"


def _reference(number: str, day: dt.date | None, language: str) -> str:
    """The line that answers the incoming letter, by its registration number and date."""
    if language == "kk":
        when = wording.attr_date(day, "kk") if day is not None else "20__ жылғы «__» ________"
        return f"{when} № {number} хатқа"
    return f"На № {number} от {wording.short_date(day)}"
