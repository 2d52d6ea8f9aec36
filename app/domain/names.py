"""Transliteration-aware matching of personal names (Kazakh Cyrillic, Russian Cyrillic, Latin).

The same person is written "Нұрлан Әлиев" in a Kazakh letter, "Нурлан Алиев" in a Russian one and
"NURLAN ALIYEV" in a passport. Search must find all of them from any of them, so every word is
reduced to a *name key*, a rough phonetic skeleton in lowercase ASCII, and keys are compared.

How :func:`name_key` builds a key (each step works on the output of the one before):

1. Unicode NFC, then ``str.casefold``.
2. Cyrillic to Latin, letter by letter, with the passport table used by :func:`to_latin`:

   ===========  =====  ===========  =====  ===========  =====  ===========  =====
   Cyrillic     Latin  Cyrillic     Latin  Cyrillic     Latin  Cyrillic     Latin
   ===========  =====  ===========  =====  ===========  =====  ===========  =====
   а ә          a      ж            zh     о ө          o      ч            ch
   б            b      з            z      п            p      ш            sh
   в            v      и і          i      р            r      щ            shch
   г ғ          g      й            y      с            s      ъ ь          (none)
   д            d      к қ          k      т            t      ы            y
   е            e [1]  л            l      у ұ ү        u      э            e
   ё            yo     м            m      ф            f      ю            yu
                       н ң          n      х            kh     я            ya
                                           һ            h      ц            ts
   ===========  =====  ===========  =====  ===========  =====  ===========  =====

   [1] ``ye`` at the start of a word (Ерлан -> Yerlan), ``e`` elsewhere.
3. Latin letters that carry their own sound are spelled out: ``ş ś š s'`` -> sh,
   ``ç ć č c'`` -> ch, ``ž`` -> zh, ``y'`` -> u (Kazakh Latin 2017/2018), ``ı`` -> i,
   ``ə`` -> a, ``ß`` -> ss, ``æ`` -> ae, ``œ`` -> oe, ``ø`` -> o, ``đ`` -> d, ``ł`` -> l.
4. Every other diacritic is dropped (Unicode NFD, combining marks removed): this folds the
   Kazakh Latin 2021 letters ``ä ğ ñ ö ū ü`` and ``i̇`` (from a casefolded ``İ``) to
   ``a g n o u u i``.
5. Anything that is not a letter or a digit is dropped (apostrophes, hyphens, dots, ...).
6. One left-to-right pass, longest match first:

   =================================  =========  ===============================
   spelling                           key        example
   =================================  =========  ===============================
   shch, sch                          sh         Shcherbakov = Sherbakov
   dzh, dj, zh, j                     j          Zhanar = Janar, Dzhamila = Jamila
   kh                                 h          Khassen = Hasen
   ts                                 c          Tsoy = Цой
   ch, sh                             ch, sh     (kept as units)
   ye, ie at the start of the word    e          Yerlan = Erlan
   ye after a vowel                   e          Sergeyev = Сергеев, Aliyev = Алиев
   yo after a consonant               e          Pyotr = Пётр = Петр
   x                                  ks         Alexey = Aleksey
   q                                  k          Qasymov = Kasymov
   w                                  v
   y                                  i          Sergey = Sergei, Yuliya = Iuliia
   =================================  =========  ===============================
7. Runs of the same letter collapse to one (Kassymov = Kasymov, Iuliia = Iulia).

Step 6 runs between two collapses (so "kkh" is "kh", i.e. "h") and steps 6-7 repeat until the
key no longer changes, so a key is its own key: ``name_key(name_key(w)) == name_key(w)``.

Kazakh and Russian vowels that Latin spells alike collapse too (ы, и, і -> i; ә, а -> a; ө, о
-> o; ұ, ү, у -> u): the key finds candidates, a person confirms. Keys are deterministic and
contain only characters from step 6 (plus any letter outside these alphabets, left alone).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

__all__ = ["name_key", "name_keys", "name_matches", "to_latin"]

# Cyrillic (lowercase) -> passport Latin (lowercase). "е" is special-cased at word start.
_CYR_TO_LAT: dict[str, str] = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "й": "y",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}

_APOSTROPHES = "'’ʼ‘`´"
# Step 3: Latin letters spelled out before diacritics are dropped (NFD would turn ş into s).
_LATIN_SPECIAL: dict[str, str] = {
    "ş": "sh",
    "ś": "sh",
    "š": "sh",
    "ç": "ch",
    "ć": "ch",
    "č": "ch",
    "ž": "zh",
    "ı": "i",
    "ə": "a",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "đ": "d",
    "ł": "l",
}
_APOSTROPHE_LETTERS = re.compile(f"([scy])[{_APOSTROPHES}]")
_APOSTROPHE_LETTER_MAP = {"s": "sh", "c": "ch", "y": "u"}

# Step 6: multi-letter spellings, longest first.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ts", "c"),
    ("ch", "ch"),
    ("sh", "sh"),
)
_SINGLE: dict[str, str] = {"x": "ks", "q": "k", "w": "v", "y": "i"}
_VOWELS = frozenset("aeiou")


def _is_word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalpha()


def _cyrillic_to_latin(text: str) -> str:
    """Lowercase Cyrillic -> lowercase passport Latin; other characters unchanged."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "е" and _is_word_start(text, i):
            out.append("ye")
        else:
            out.append(_CYR_TO_LAT.get(ch, ch))
    return "".join(out)


def _fold_latin(text: str) -> str:
    """Steps 3 to 5: spell out special Latin letters, drop diacritics and punctuation."""
    text = _APOSTROPHE_LETTERS.sub(lambda m: _APOSTROPHE_LETTER_MAP[m.group(1)], text)
    text = "".join(_LATIN_SPECIAL.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFD", text)
    kept = (ch for ch in decomposed if not unicodedata.category(ch).startswith("M"))
    return "".join(ch for ch in kept if ch.isalnum())


def _skeleton(text: str) -> str:
    """Step 6: the left-to-right pass over digraphs and contextual y-spellings."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        for spelling, key in _DIGRAPHS:
            if text.startswith(spelling, i):
                out.append(key)
                i += len(spelling)
                break
        else:
            pair = text[i : i + 2]
            prev = out[-1][-1] if out else ""
            if (
                (i == 0 and pair in ("ye", "ie"))
                or (pair == "ye" and prev in _VOWELS)
                or pair == "yo"
                and prev.isalpha()
                and prev not in _VOWELS
            ):
                out.append("e")
                i += 2
            else:
                out.append(_SINGLE.get(text[i], text[i]))
                i += 1
    return "".join(out)


@lru_cache(maxsize=8192)
def name_key(token: str) -> str:
    """The phonetic skeleton of one word of a name (see the module docstring for the table).

    >>> name_key("Нұрлан"), name_key("NURLAN"), name_key("Қасымов"), name_key("Kassymov")
    ('nurlan', 'nurlan', 'kasimov', 'kasimov')
    """
    text = unicodedata.normalize("NFC", token).casefold()
    text = _fold_latin(_cyrillic_to_latin(text))
    previous = None
    while text != previous:  # every rewrite after the first pass shortens the text
        previous = text
        text = _collapse(_skeleton(_collapse(text)))
    return text


def _collapse(text: str) -> str:
    """Step 7: runs of the same character become one."""
    return "".join(letter for letter, _ in groupby(text))


def _tokens(text: str) -> list[str]:
    """Split on everything that is not part of a word (spaces, hyphens, commas, dots, ...)."""
    text = unicodedata.normalize("NFC", text)
    tokens: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch.isalnum() or ch in _APOSTROPHES or unicodedata.category(ch).startswith("M"):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def name_keys(text: str) -> list[str]:
    """Keys of the words of a full name, in order; words with an empty key are dropped.

    Words are separated by whitespace, hyphens, commas and any other punctuation except
    apostrophes (which belong to the word: "O'Neil", Kazakh Latin 2017 "s'").
    """
    keys = (name_key(token) for token in _tokens(text))
    return [key for key in keys if key]


def _assign(query: list[str], name: list[str]) -> bool:
    """Can every query key be the prefix of a different name key? (bipartite matching)"""
    owner: dict[int, int] = {}  # name index -> query index

    def place(q: int, seen: set[int]) -> bool:
        for j, key in enumerate(name):
            if j in seen or not key.startswith(query[q]):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = q
                return True
        return False

    return all(place(q, set()) for q in range(len(query)))


def name_matches(query: str, full_name: str) -> bool:
    """True when every word of ``query`` starts a different word of ``full_name``.

    Words are compared by :func:`name_key`, in any order: "Алиев Н" finds "Нурлан Алиев" and
    "Nurlan Aliyev". A query without words matches nothing.
    """
    query_keys = name_keys(query)
    if not query_keys:
        return False
    full_keys = name_keys(full_name)
    if len(query_keys) > len(full_keys):
        return False
    return _assign(query_keys, full_keys)


def _cased(latin: str, source: str, i: int) -> str:
    """Case for the Latin spelling of ``source[i]``: Title case in, Title case out."""
    ch = source[i]
    if not latin or not ch.isupper():
        return latin
    if len(latin) == 1:
        return latin.upper()
    nxt = source[i + 1] if i + 1 < len(source) else ""
    if nxt.isalpha():
        upper_word = nxt.isupper()
    else:
        prev = source[i - 1] if i > 0 else ""
        upper_word = prev.isalpha() and prev.isupper()
    return latin.upper() if upper_word else latin.capitalize()


def to_latin(text: str) -> str:
    """The Latin spelling a Kazakh passport gives a Cyrillic name; other characters unchanged.

    Ә->A, Ғ->G, Қ->K, Ң->N, Ө->O, Ұ->U, Ү->U, Һ->H, І->I, Ы->Y, Й->Y, Ж->ZH, Ш->SH, Ч->CH,
    Щ->SHCH, Х->KH, Ц->TS, Ю->YU, Я->YA, Ё->YO, Е->YE at the start of a word and E elsewhere,
    Ь and Ъ dropped. Capitalisation is kept: "Жанар" -> "Zhanar", "ЖАНАР" -> "ZHANAR".
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for i, ch in enumerate(text):
        lower = ch.lower()
        if lower not in _CYR_TO_LAT:
            out.append(ch)
            continue
        latin = "ye" if lower == "е" and _is_word_start(text, i) else _CYR_TO_LAT[lower]
        out.append(_cased(latin, text, i))
    return "".join(out)
