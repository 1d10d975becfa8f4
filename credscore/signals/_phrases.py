"""Find the phrases of a lexicon in a text, as whole tokens, case-insensitively.

Matching walks the document's tokens once and looks each token up in an index
of the phrases' first words, so it takes time linear in the text whatever the
lexicon's size (a regular-expression alternation of hundreds of phrases is
several times slower). Phrases match across any white space but never across
punctuation; curly apostrophes match straight ones.
"""

from __future__ import annotations

from functools import cache

from .. import lexicons
from .._text import _TOKEN_RE, Doc

__all__ = ["find_phrase_spans"]


@cache
def _index(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the lexicon's phrases (as token tuples) starting with it, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicons.load(name):
        words = tuple(m.group().replace("’", "'") for m in _TOKEN_RE.finditer(phrase.lower()))
        if words:
            index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in index.items()}


def _lows(doc: Doc) -> tuple[str, ...]:
    """The lowercase form of every token of ``doc``, computed once per document."""
    cached = doc.__dict__.get("_token_lows")
    if cached is None:
        cached = tuple(tok.lower for tok in doc.tokens)
        doc.__dict__["_token_lows"] = cached
    return cached


def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token positions of every lowercase word of ``doc``, computed once per document."""
    cached = doc.__dict__.get("_word_positions")
    if cached is None:
        cached = {}
        for k, tok in enumerate(doc.tokens):
            cached.setdefault(tok.lower, []).append(k)
        doc.__dict__["_word_positions"] = cached
    return cached


def find_phrase_spans(name: str, doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the non-overlapping matches of lexicon ``name`` in ``doc``.

    At each token the longest phrase wins; matches are taken left to right.

    >>> doc = Doc("It is clearly, Indeed, true.")
    >>> [doc.text[s:e] for s, e in find_phrase_spans("boosters", doc)]
    ['clearly', 'Indeed']
    """
    index = _index(name)
    positions = _positions(doc)
    lows = _lows(doc)
    toks = doc.tokens
    found: list[tuple[int, int]] = []  # (first token, token count)
    for word in index.keys() & positions.keys():
        phrases = index[word]
        for i in positions[word]:
            for words in phrases:
                k = len(words)
                if k == 1 or lows[i : i + k] == words:  # a tuple slice: compared in C
                    found.append((i, k))
                    break
    found.sort()
    out: list[tuple[int, int]] = []
    end = -1
    for i, k in found:
        if i > end:
            out.append((toks[i].start, toks[i + k - 1].end))
            end = i + k - 1
    return out
