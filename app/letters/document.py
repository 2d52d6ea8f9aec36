"""One letter as both renderers see it: the requisites, structured, and the body, as markup.

The service builds a :class:`Letter` from the case; :func:`app.letters.pdf.render_pdf` and
:func:`app.letters.word.render_docx` turn the same value into the two formats, so the PDF that is
finalised and the DOCX the officer edits never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.letters import markup, wording


@dataclass(frozen=True)
class Letterhead:
    name_kk: str
    name_ru: str
    reg_label: str  # БСН / БИН / ИНН, in the letter's language(s)
    reg_number: str
    address: str  # may hold several lines
    phone: str = ""
    email: str = ""
    website: str = ""

    def details(self) -> list[str]:
        """The small lines under the names: number, address, phone, e-mail, site."""
        parts = []
        if self.reg_number:
            parts.append(f"{self.reg_label} {self.reg_number}")
        address = ", ".join(line.strip(" ,") for line in self.address.splitlines() if line.strip())
        if address:
            parts.append(address)
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
        return [line.strip() for line in self.address.splitlines() if line.strip()]


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

    def blocks(self) -> list[markup.Block]:
        return markup.parse(self.body)

    def number_lines(self) -> list[str]:
        """The outgoing number and date, and the reference to the incoming letter."""
        number = self.out_number or "____________"
        day = wording.short_date(self.out_date)
        lang = self.language
        lines = {
            "kk": f"{day} ж. № {number}",
            "ru": f"№ {number} от {day}",
        }.get(lang, f"№ {number}, {day}")
        out = [lines]
        if self.reference_number:
            ref = self.reference_number
            ref_day = wording.short_date(self.reference_date)
            out.append(
                {
                    "kk": f"{ref_day} ж. № {ref} кіріс хатқа",
                    "ru": f"на вх. № {ref} от {ref_day}",
                }.get(lang, f"кіріс / вх. № {ref}, {ref_day}")
            )
        return out

    def act_number(self) -> str:
        """The number and date line under an act's heading."""
        number = self.out_number or "____________"
        kk_day = wording.long_date(self.out_date, "kk")
        ru_day = wording.long_date(self.out_date, "ru")
        return {
            "kk": f"{kk_day} № {number}",
            "ru": f"№ {number} от {ru_day}",
        }.get(self.language, f"{kk_day} / {ru_day} № {number}")
