"""Writing style: topic-independent measures of how an article is written.

Not span evidence: whole-text rates per 1,000 words, used as features next to the
sourcing signals. They are about *how* a text is written, never *what* it is
about, so that a model using them transfers across topics and outlets:

* function-word rates (``lexicons/function_words.txt``: pronouns, determiners,
  prepositions, conjunctions, auxiliaries), the classic stylometric measure
  (Mosteller & Wallace 1964; Burrows 1987);
* punctuation and typography: exclamation and question marks, quotation marks,
  dashes, parentheses, colons, ellipses, words in capitals;
* time anchoring: days of the week and months named, the news convention of
  saying when something was said or happened ("said on Tuesday").

Examples
--------
>>> from credscore._text import Doc
>>> f = style_features(Doc("You won't BELIEVE this! Officials said on Tuesday it was fine."))
>>> f["exclamation_per_1k"] > 0, f["weekday_per_1k"] > 0, f["capitals_per_1k"] > 0
(True, True, True)
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from . import lexicons
from ._text import Doc

__all__ = ["STYLE_FEATURES", "function_words", "style_features"]

_PATTERNS: dict[str, tuple[str, str]] = {
    "exclamation_per_1k": (r"!", "exclamation marks per 1,000 words"),
    "question_per_1k": (r"\?", "question marks per 1,000 words"),
    "quote_mark_per_1k": (r"[\"“”]", "quotation marks per 1,000 words"),
    "dash_per_1k": (r"—|–|\s-\s|--", "dashes per 1,000 words"),
    "parenthesis_per_1k": (r"\(", "parentheses per 1,000 words"),
    "colon_per_1k": (r":", "colons per 1,000 words"),
    "ellipsis_per_1k": (r"\.\.\.|…", "ellipses per 1,000 words"),
    "capitals_per_1k": (r"\b[A-Z]{3,}\b", "words in capitals per 1,000 words"),
    "weekday_per_1k": (
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        "days of the week named per 1,000 words",
    ),
    "month_per_1k": (
        r"\b(?:January|February|March|April|June|July|August|September|October|November|"
        r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)",
        "months named per 1,000 words",
    ),
}
_COMPILED = {name: re.compile(p) for name, (p, _d) in _PATTERNS.items()}


@cache
def function_words() -> tuple[str, ...]:
    """The function words whose rates are features, sorted."""
    return tuple(sorted(lexicons.load("function_words")))


def _feature_name(word: str) -> str:
    return f"fw_{word}_per_1k"


#: ``(name, description)`` of every style feature, in column order.
STYLE_FEATURES: tuple[tuple[str, str], ...] = (
    *((name, desc) for name, (_p, desc) in _PATTERNS.items()),
    *((_feature_name(w), f"function word '{w}' per 1,000 words") for w in function_words()),
)


def style_features(doc: Doc) -> dict[str, float]:
    """Style measures of ``doc``, one value per name in :data:`STYLE_FEATURES`.

    Parameters
    ----------
    doc : Doc
        The parsed text.

    Returns
    -------
    dict
        Rates per 1,000 words (0.0 for a text without words).
    """
    text = doc.text
    words = sum(1 for t in doc.tokens if t.text[:1].isalnum())
    per_k = 1000.0 / words if words else 0.0
    out = {name: len(rx.findall(text)) * per_k for name, rx in _COMPILED.items()}
    counts = Counter(t.lower for t in doc.tokens)
    for w in function_words():
        out[_feature_name(w)] = counts.get(w, 0) * per_k
    return out
