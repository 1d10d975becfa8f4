"""Writing patterns: word n-grams of a text whose topic words are masked.

Text distortion (Stamatatos 2017, "Authorship attribution using text
distortion"): every word that is not a function word or a reporting verb is
replaced by a placeholder that keeps only its shape, and the n-grams of what is
left are counted. What remains is *how* an article is written, never *what* it
is about or *who* published it: no topic words, no names, no outlets.

========== =======================================================
Token      Stands for
========== =======================================================
``<Cap>``  a capitalised word (a name, an outlet, a sentence start)
``<CAPS>`` a word in capitals ("BREAKING", "FBI")
``<w>``    any other word
``<num>``  a number
``<Day>``  a day of the week; ``<Month>`` a month
``<url>``  a web address; ``<@>`` a handle; ``<#>`` a hashtag
========== =======================================================

Function words (``lexicons/function_words.txt``), frequent topic-free words
(``lexicons/common_words.txt``: "first", "people", "made", "Mr"), single-word
reporting verbs (``lexicons/reporting_verbs.txt``), contraction endings ("n't",
"'s") and punctuation are kept, lower-cased. Page chrome
(``lexicons/boilerplate.txt``: "Story continued below", "Featured image via") is
skipped: it marks a site's template, not a way of writing. So "WASHINGTON —
Maria Okafor said on Tuesday that she would not run." becomes
``<CAPS> — <Cap> <Cap> said on <Day> that she would not <w> .`` and its
n-grams include ``<Cap> said on <Day>`` and ``would not <w>``.

Typography
----------
By default punctuation is kept exactly as typed: straight quotes (``"``, ``'``)
and curly ones (``“ ” ’``), ``--``, ``–`` and ``—``, ``...`` and ``…`` are
different tokens. Which ones an article uses is a house habit of its newsroom
and of its publishing tools: wire copy and newsroom systems tend to keep
straight quotes and ``--``, while common blog platforms turn quotes "smart"
as they publish. In the corpora credscore is trained on this habit separates
credible from not-credible articles in every political corpus (see the model
card), but it says more about the tools than about the sourcing, and a text
that was re-typed or cleaned loses it. ``typography=False`` normalises curly
quotes to straight ones, every dash to ``-`` and ``…`` to ``...``, so that only
the words and the punctuation marks themselves count.

:class:`PatternVectorizer` turns texts into TF-IDF weights of these n-grams
(a scikit-learn transformer); :func:`pattern_spans` finds where an n-gram
occurs in a text, so that a report can quote it.

Examples
--------
>>> text = "Okafor said on Tuesday: \u201cWe won't stop.\u201d"
>>> " ".join(t.token for t in pattern_tokens(text))
"<Cap> said on <Day> : \u201c we will n't <w> . \u201d"
>>> " ".join(t.token for t in pattern_tokens(text, typography=False))
'<Cap> said on <Day> : " we will n\\'t <w> . "'
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from functools import cache, partial
from typing import Any, NamedTuple

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from . import lexicons
from ._evidence import Evidence
from .normalize import normalize

__all__ = [
    "PatternToken",
    "PatternVectorizer",
    "pattern_spans",
    "pattern_tokens",
    "plain_typography",
]

# A web address, a handle, a hashtag, a number, a word stem before "n't", a contraction
# ending, a word (letters with inner apostrophes or hyphens), or one other character.
_TOKEN = re.compile(
    r"(?P<url>https?://\S+|www\.\S+)"
    r"|(?P<handle>@\w+)"
    r"|(?P<tag>#[A-Za-z]\w*)"
    r"|(?P<num>\d+(?:[.,:]\d+)*)"
    r"|(?P<stem>[A-Za-z]+(?=n['’]t\b))"
    r"|(?P<clitic>n['’]t\b|['’](?:s|re|ve|ll|d|m)\b)"
    r"|(?P<word>[A-Za-z]+(?:-[A-Za-z]+|['’](?!(?:s|re|ve|ll|d|m)\b)[A-Za-z]+)*)"
    r"|(?P<other>[^\sA-Za-z\d])",
)
_PUNCT = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "…": "..."}
_PLAIN = str.maketrans(_PUNCT)
_FIXED = {"url": "<url>", "handle": "<@>", "tag": "<#>", "num": "<num>"}


class PatternToken(NamedTuple):
    """One token of the masked text and the span of the original it stands for."""

    token: str
    start: int
    end: int


@cache
def kept_words() -> frozenset[str]:
    """Words kept as themselves: function words, common words, single-word reporting verbs."""
    verbs = {v for v in lexicons.load("reporting_verbs") if " " not in v}
    return frozenset(lexicons.load("function_words") | lexicons.load("common_words") | verbs)


@cache
def _boilerplate() -> re.Pattern[str]:
    """Page chrome (``lexicons/boilerplate.txt``): skipped, it says nothing of the writing."""
    phrases = sorted(lexicons.load("boilerplate"), key=len, reverse=True)
    words = (r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@cache
def _calendar() -> tuple[frozenset[str], frozenset[str]]:
    words = sorted(lexicons.load("calendar"))
    days = frozenset(w for w in words if w.endswith("day"))
    return days, frozenset(words) - days


# Stems of contractions whose spelling differs from the full word: "won't", "can't".
_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}


def _mask(word: str, keep: frozenset[str]) -> str:
    low = word.lower().replace("’", "'")
    if word[0].isupper():
        days, months = _calendar()
        if low in days or low in months:
            return "<Day>" if low in days else "<Month>"
    low = _STEMS.get(low, low)
    if low in keep:
        return low
    if len(word) > 1 and word.isupper():
        return "<CAPS>"
    if word[0].isupper():
        return "<Cap>"
    return "<w>"


def plain_typography(text: str) -> str:
    """``text`` as a cleaner or re-typing would leave it: the typography made plain.

    Curly quotes and apostrophes become straight ones, en and em dashes become ``-`` and
    ``…`` becomes ``...``: the map that ``typography=False`` applies to tokens, applied
    to the text itself. ``credscore evaluate`` scores the shipped model on texts so made
    plain, to show how much of its ranking rests on typography (section (d') of
    :mod:`credscore.evaluation.model`). Where an ellipsis was replaced, offsets into the
    result are not offsets into ``text``.

    Examples
    --------
    >>> print(plain_typography("\u201cWe won\u2019t\u201d \u2014 she said\u2026"))
    "We won't" - she said...
    """
    return text.translate(_PLAIN)


def pattern_tokens(text: str, typography: bool = True) -> list[PatternToken]:
    """The masked tokens of ``text`` with the character span each one stands for.

    Parameters
    ----------
    text : str
    typography : bool, default True
        Keep quotes, apostrophes, dashes and ellipses as typed; False normalises them
        (see *Typography* in the module's documentation).

    Returns
    -------
    list of PatternToken
        ``text[t.start:t.end]`` is the original of ``t.token``.
    """
    keep = kept_words()
    skip = [m.span() for m in _boilerplate().finditer(text)]
    out = []
    for m in _TOKEN.finditer(text):
        if skip and any(a <= m.start() < b for a, b in skip):
            continue
        kind = m.lastgroup or "other"
        s = m.group()
        if kind in _FIXED:
            tok = _FIXED[kind]
        elif kind in ("stem", "word"):
            tok = _mask(s, keep)
        elif kind == "clitic":
            tok = s.lower() if typography else s.lower().replace("’", "'")
        else:
            tok = s if typography else _PUNCT.get(s, s)
        out.append(PatternToken(tok, m.start(), m.end()))
    return out


def _analyzer_tokens(text: str, typography: bool = True) -> list[str]:
    """Tokenizer for :class:`~sklearn.feature_extraction.text.TfidfVectorizer` (picklable).

    The text is normalised first (:func:`credscore.normalize.normalize`), like every feature.
    """
    return [t.token for t in pattern_tokens(normalize(text).text, typography)]


def _ngrams(tokens: list[PatternToken], n_min: int, n_max: int) -> Iterator[tuple[str, int, int]]:
    for n in range(n_min, n_max + 1):
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            yield " ".join(t.token for t in window), window[0].start, window[-1].end


def pattern_spans(
    text: str, patterns: Iterable[str], limit: int | None = 3, typography: bool = True
) -> dict[str, list[Evidence]]:
    """Where each of ``patterns`` occurs in ``text``, as ``writing_pattern`` evidence.

    Parameters
    ----------
    text : str
    patterns : iterable of str
        N-grams as named by :meth:`PatternVectorizer.get_feature_names_out`.
    limit : int or None, default 3
        Keep at most this many occurrences per pattern (None: all).
    typography : bool, default True
        As in :func:`pattern_tokens`; use the setting the patterns were found with.

    Returns
    -------
    dict
        Pattern to its occurrences, in text order; a pattern that does not occur maps to
        an empty list.

    Examples
    --------
    >>> text = "Okafor said on Tuesday it was over."
    >>> [e.text for e in pattern_spans(text, ["said on <Day>"])["said on <Day>"]]
    ['said on Tuesday']
    """
    wanted = {p: [] for p in patterns}  # type: dict[str, list[Evidence]]
    if not wanted:
        return wanted
    sizes = [len(p.split(" ")) for p in wanted]
    for gram, start, end in _ngrams(pattern_tokens(text, typography), min(sizes), max(sizes)):
        found = wanted.get(gram)
        if found is not None and (limit is None or len(found) < limit):
            found.append(
                Evidence("writing_pattern", start, end, text[start:end], {"pattern": gram})
            )
    return wanted


class PatternVectorizer(TransformerMixin, BaseEstimator):
    """TF-IDF weights of the writing patterns (masked word n-grams) of each text.

    Parameters
    ----------
    ngram_range : tuple of int, default (1, 4)
        Shortest and longest n-gram.
    min_df : int, default 2
        Keep patterns found in at least this many training texts.
    max_features : int, default 200_000
        Keep at most this many patterns, the most frequent.
    typography : bool, default True
        Keep quotes, dashes and ellipses as typed (straight and curly quotes differ);
        False normalises them. See *Typography* in :mod:`credscore.patterns`.

    Attributes
    ----------
    vectorizer_ : TfidfVectorizer
        Fitted on the masked tokens (sublinear term frequency, L2-normalised rows).

    Examples
    --------
    >>> pv = PatternVectorizer(ngram_range=(1, 2), min_df=1)
    >>> X = pv.fit_transform(["Okafor said on Tuesday.", "You won't BELIEVE this!"])
    >>> "said on" in pv.get_feature_names_out(), X.shape[0]
    (True, 2)
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (1, 4),
        min_df: int = 2,
        max_features: int | None = 200_000,
        typography: bool = True,
    ) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.typography = typography

    def _texts(self, X: Any) -> list[str]:
        if isinstance(X, str):
            raise TypeError("expected a sequence of texts, got a single str; wrap it in a list")
        texts = list(X.tolist() if hasattr(X, "tolist") else X)
        for i, t in enumerate(texts):
            if not isinstance(t, str):
                raise TypeError(f"text {i} is {type(t).__name__}, not str")
        return texts

    def fit(self, X: Iterable[str], y: Any = None) -> PatternVectorizer:
        texts = self._texts(X)
        self.vectorizer_ = TfidfVectorizer(
            tokenizer=partial(_analyzer_tokens, typography=bool(self.typography)),
            token_pattern=None,
            lowercase=False,
            ngram_range=tuple(self.ngram_range),
            min_df=self.min_df,
            max_features=self.max_features,
            sublinear_tf=True,
            dtype=np.float64,
        ).fit(texts)
        self.n_features_in_ = 1
        return self

    def transform(self, X: Iterable[str]) -> Any:
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.transform(self._texts(X))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "vectorizer_")
        return np.asarray(self.vectorizer_.get_feature_names_out(), dtype=object)

    def __getstate__(self) -> dict[str, Any]:
        # TfidfVectorizer remembers ``id(stop_words)``, a memory address that changes from
        # one process to the next, so the same data would pickle to different bytes (and a
        # different model SHA-256). It is only a cache, rebuilt on first use: leave it out.
        state = super().__getstate__()
        vec = state.get("vectorizer_")
        if vec is not None and "_stop_words_id" in vec.__dict__:
            vec = copy.copy(vec)
            del vec._stop_words_id
            state = {**state, "vectorizer_": vec}
        return state
