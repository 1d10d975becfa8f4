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
def _index(name: str) -> dict[str, tuple[bool, dict[str, tuple[tuple[str, ...], ...]]]]:
    """First word -> (whether it is a phrase alone, second word -> phrases, longest first).

    Indexing by the first two words keeps a common first word ("it" opens 178 weasel
    phrases) from costing a comparison per phrase at each of its occurrences.
    """
    single: set[str] = set()
    index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for phrase in lexicons.load(name):
        words = tuple(m.group().replace("’", "'") for m in _TOKEN_RE.finditer(phrase.lower()))
        if len(words) == 1:
            single.add(words[0])
            index.setdefault(words[0], {})
        elif words:
            index.setdefault(words[0], {}).setdefault(words[1], []).append(words)
    return {
        first: (
            first in single,
            {
                second: tuple(sorted(set(v), key=lambda w: (-len(w), w)))
                for second, v in by_second.items()
            },
        )
        for first, by_second in index.items()
    }


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
    last = len(lows) - 1
    for word in index.keys() & positions.keys():
        alone, by_second = index[word]
        for i in positions[word]:
            phrases = by_second.get(lows[i + 1], ()) if i < last else ()
            for words in phrases:
                if lows[i : i + len(words)] == words:  # a tuple slice: compared in C
                    found.append((i, len(words)))
                    break
            else:
                if alone:
                    found.append((i, 1))
    found.sort()
    out: list[tuple[int, int]] = []
    end = -1
    for i, k in found:
        if i > end:
            out.append((toks[i].start, toks[i + k - 1].end))
            end = i + k - 1
    return out
