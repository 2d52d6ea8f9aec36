"""reportlab's paragraph whose markup is parsed once per process for the same text and style.

Most of a letter's paragraphs come back letter after letter: the operator's letterhead, its
details, the addressee, the signature, the labels, the preview redrawn as the officer edits.
Parsing a paragraph's XML-ish markup (reportlab's parser on top of ``html.parser``) was about a
sixth of a letter's time. The fragments it yields are kept and each paragraph gets its own copy
(reportlab marks and splits the ones it lays out), so a paragraph is exactly what the parser
would have made.
"""

from __future__ import annotations

from contextlib import suppress

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_KEPT = 2048  # paragraphs: some sixty letters' worth, a few MB at most
_parsed: dict[tuple, tuple] = {}


def _copies(frags):
    return [frag.clone() for frag in frags] if isinstance(frags, list) else frags


class Para(Paragraph):
    """A :class:`reportlab.platypus.Paragraph` (same arguments, same result), parsed once."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - reportlab's names
        if frags is not None or not isinstance(text, str):  # a split's part, or anything odd
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, id(style), self.caseSensitive)  # the bullet's text is not parsed here
        found = _parsed.get(key)
        if found is None or found[1] is not style:
            cleaned = cleaner(text)
            parser = ParaParser()
            parser.caseSensitive = self.caseSensitive
            parsed_style, frags, bullet_frags = parser.parse(cleaned, style)
            if frags is None:
                raise ValueError(
                    f"xml parser error ({parser.errors[0]}) in paragraph beginning\n"
                    f"'{cleaned[: min(30, len(cleaned))]}'"
                )
            textTransformFrags(frags, parsed_style)
            if len(_parsed) >= _KEPT:  # the oldest goes (another thread may too)
                with suppress(RuntimeError):  # another thread changed it meanwhile: next time
                    _parsed.pop(next(iter(_parsed), None), None)
            _parsed[key] = (cleaned, style, parsed_style, _copies(frags), _copies(bullet_frags))
        else:
            cleaned, _style, parsed_style, kept, kept_bullet = found
            frags, bullet_frags = _copies(kept), _copies(kept_bullet)
        if bullet_frags:
            bulletText = bullet_frags  # noqa: N806
        self.text = cleaned
        self.frags = frags
        self.style = parsed_style
        self.bulletText = bulletText
        self.debug = 0
        return None
