"""What kind of letter it is: its language (kk or ru) and its type, from its wording.

Language: the share of Cyrillic words holding a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і),
with the common words of each language to settle a close call. A Russian letter naming a Kazakh
street or person has a few such words; a Kazakh letter has them in most lines.

Type: each request type has phrases in Kazakh and Russian («келісімімді кері қайтарып аламын»,
«отзываю согласие», «претензия», «шағым» …), each with a weight; a phrase that is the letter's
heading («ПРЕТЕНЗИЯ») counts twice. The type with the most weight is proposed, the others that
scored are listed after it; no phrase at all proposes "other", unsure.
"""

from __future__ import annotations

import re

from app.domain.ocr.matching import CYRILLIC_LOWER, KAZAKH_LETTERS, Found, fold, line_span
from app.domain.requests import RequestType

_WORD = re.compile(rf"[{CYRILLIC_LOWER}]+")
_KK_WORDS = frozenset(
    [
        "және",
        "мен",
        "үшін",
        "туралы",
        "бойынша",
        "сұраймын",
        "өтінемін",
        "аламын",
        "берген",
        "маған",
        "менің",
        "сәйкес",
        "жылғы",
        "қаласы",
        "бұл",
        "деректерімді",
        "өтініш",
    ]
)
_RU_WORDS = frozenset(
    [
        "и",
        "в",
        "на",
        "не",
        "что",
        "прошу",
        "моих",
        "мои",
        "данных",
        "года",
        "от",
        "по",
        "для",
        "без",
        "также",
        "прошу",
        "требую",
    ]
)

_GAP = r"(?:\s+\S+){0,3}?\s+"  # up to three words between the parts of a phrase

PHRASES: dict[RequestType, tuple[tuple[str, float], ...]] = {
    RequestType.CONSENT_WITHDRAWAL: (
        (rf"келісім\w*{_GAP}кері\s+қайтар", 4),
        (rf"келісім\w*{_GAP}қайтарып\s+ал", 4),
        (rf"келісім\w*{_GAP}кері\s+шақыр", 4),
        (rf"отзыв\w*{_GAP}согласи", 4),
        (rf"отзыва\w*{_GAP}согласи", 4),
        (rf"отозва\w*{_GAP}согласи", 3),
        (r"отзыв\s+согласия", 4),
    ),
    RequestType.CLAIM: (
        (r"претензи", 3),
        (r"жалоб", 2),
        (r"досудебн", 2),
        (r"шағым", 3),
        (r"наразылық", 2),
        (r"требую", 1),
        (r"талап\s+етемін", 1),
    ),
    RequestType.ACCESS: (
        (rf"предостав\w*{_GAP}(?:сведени|информаци)", 3),
        (r"ознаком", 2),
        (rf"какие{_GAP}персональн", 2),
        (r"доступ\w*\s+к\s+(?:моим\s+)?персональн", 3),
        (rf"мәлімет\w*{_GAP}бер", 2),
        (r"таныс", 2),
        (r"қандай\s+дербес\s+деректер", 3),
        (r"бар-жоғ", 2),
    ),
    RequestType.CORRECTION: (
        (rf"(?:изменить|внести\s+изменени)\w*{_GAP}(?:персональн|данн|сведени)", 3),
        (r"исправ", 2),
        (r"дополн", 1),
        (r"уточн", 1),
        (r"өзгерт", 2),
        (r"түзет", 2),
        (r"толықтыр", 1),
        (r"нақтыла", 1),
    ),
    RequestType.BLOCKING: (
        (r"блокир", 4),
        (r"заблокир", 4),
        (r"бұғатта", 4),
    ),
    RequestType.DESTRUCTION: (
        (r"уничтож", 3),
        (rf"удал\w*{_GAP}(?:персональн|данн)", 2),
        (r"\bжою\w*", 3),
        (r"жойыл", 3),
        (r"жойу", 2),
    ),
    RequestType.ADVERTISING_OBJECTION: (
        (r"реклам", 4),
        (r"рассылк", 2),
        (r"маркетинг", 1),
        (r"жарнам", 4),
        (r"хабарлама\s+тарат", 2),
    ),
}
# OCR reads a space as a dot or a comma now and then («кері.қайтарып»), and «қ» as «к»
# («кайтарып»): a gap may be either, and «қ» matches «к».
_COMPILED = {
    t: [(re.compile(p.replace(r"\s+", r"[\s.,:;]+").replace("қ", "[қк]")), w) for p, w in ps]
    for t, ps in PHRASES.items()
}


def language(text: str, folded: str | None = None) -> Found:
    """``kk`` or ``ru``, with a confidence; no Cyrillic words at all proposes ``ru``, unsure."""
    folded = fold(text) if folded is None else folded
    words = _WORD.findall(folded)
    if not words:
        return Found("ru", 0.2, 0, 0, "no Cyrillic words")
    kazakh = sum(1 for w in words if any(ch in KAZAKH_LETTERS for ch in w))
    share = kazakh / len(words)
    kk_common = sum(1 for w in words if w in _KK_WORDS)
    ru_common = sum(1 for w in words if w in _RU_WORDS)
    score = share + 0.02 * (kk_common - ru_common)  # the common words tip a close call
    code = "kk" if score >= 0.15 else "ru"
    margin = abs(score - 0.15)
    confidence = min(0.99, 0.6 + margin * 2) if len(words) >= 15 else 0.5
    return Found(code, round(confidence, 2), 0, 0, f"{kazakh} of {len(words)} words Kazakh")


def types(text: str, folded: str | None = None) -> list[Found]:
    """The request types the wording suggests, the most likely first (never empty)."""
    folded = fold(text) if folded is None else folded
    scores: dict[RequestType, float] = {}
    spans: dict[RequestType, tuple[int, int]] = {}
    for kind, phrases in _COMPILED.items():
        for pattern, weight in phrases:
            for match in pattern.finditer(folded):
                start, end = line_span(folded, match.start())
                heading = folded[start:end].strip(" .:") == match.group(0).strip()
                heading = heading or text[start:end].strip().isupper()
                scores[kind] = scores.get(kind, 0) + weight * (2 if heading else 1)
                best = spans.get(kind)
                if best is None or heading:
                    spans[kind] = (match.start(), match.end())
    if not scores:
        return [Found(RequestType.OTHER.value, 0.3, 0, 0, "no wording of a type")]
    total = sum(scores.values())
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    out = []
    for kind, score in ranked:
        confidence = min(0.95, 0.35 + 0.6 * score / total) if score >= 3 else 0.3 * score / total
        start, end = spans[kind]
        out.append(Found(kind.value, round(confidence, 2), start, end, f"score {score:g}"))
    return out
