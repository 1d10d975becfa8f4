"""Sentence and token boundaries with exact character offsets.

A small rule-based splitter, enough for edited news prose: it breaks
sentences at ``.``, ``!`` and ``?`` followed by space and a capital, digit or
quote (unless the word before the period is a known abbreviation or an
initial), and at every line break. Tokens are words (letters, digits and
inner hyphens, apostrophes, periods or ampersands) or single punctuation
marks. Both run in time linear in the text.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

__all__ = ["Doc", "Token", "normalize_quotes"]

# Abbreviations that end with a period but do not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "insp",  # "Det. Insp. Rowe"
        "supt",
        "det",
        "cpl",
        "pte",
        "eng",  # "Eng. Kiprono Lagat": an engineer's title in Kenya and Nigeria
        "cmdr",
        "adm",
        "st",
        "sask",  # Canadian provinces: "Hollisburg, Sask., said"
        "alta",
        "ont",
        "jr",
        "sr",
        "rev",
        "hon",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "bros",
        "dept",
        "univ",
        "assn",
        "est",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "al",
        "fig",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "ph.d",
    ]
)

_TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")
# A candidate sentence end: a run of terminal punctuation (then, checked by hand so that a
# long run never backtracks, optional closing quotes or brackets and white space).
_TERMINAL_RUN = re.compile(r"[.!?]+")
_CLOSERS = frozenset("\"'”’)]")
_NEXT_START_RE = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")
_LINE_RE = re.compile(r"[^\n]+")


class Token(NamedTuple):
    """A token: its text, character offsets, index, and normalised lowercase form.

    ``lower`` is the lowercase text with curly apostrophes made straight.
    """

    text: str
    start: int
    end: int
    i: int
    lower: str


def normalize_quotes(s: str) -> str:
    """Map curly apostrophes to straight ones (offsets unchanged).

    >>> normalize_quotes("don’t")
    "don't"
    """
    return s.replace("’", "'").replace("‘", "'")


class Doc:
    """A text with its sentences and tokens, computed once and shared.

    Parameters
    ----------
    text : str
        The article text. Offsets everywhere refer to this string.

    Examples
    --------
    >>> doc = Doc("Dr. Lee spoke. Officials said it was safe.")
    >>> [doc.text[s:e] for s, e in doc.sentences]
    ['Dr. Lee spoke.', 'Officials said it was safe.']
    >>> [t.text for t in doc.tokens[:4]]
    ['Dr', '.', 'Lee', 'spoke']
    """

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        self.text = text

    @cached_property
    def lowered(self) -> str | None:
        """The text lowercased, with curly apostrophes straight, offset for offset.

        ``None`` when lowercasing changes the length (a few letters, such as "İ",
        lower to two characters), so that callers fall back to case-insensitive work
        on :attr:`text`. Scanning this string with a case-sensitive pattern is several
        times faster than scanning :attr:`text` with ``re.IGNORECASE``.
        """
        low = self.text.lower()
        if len(low) != len(self.text):
            return None
        return normalize_quotes(low) if "’" in low or "‘" in low else low

    @cached_property
    def tokens(self) -> list[Token]:
        new = tuple.__new__  # NamedTuple's own __new__ is a slow Python function
        text = self.text
        spans = [m.span() for m in _TOKEN_RE.finditer(text)]
        lowered = self.lowered
        if lowered is not None:  # one comprehension: about a third faster than a loop
            return [
                new(Token, (text[s:e], s, e, i, lowered[s:e])) for i, (s, e) in enumerate(spans)
            ]
        out = []
        for i, (s, e) in enumerate(spans):
            low = text[s:e].lower()
            if "’" in low or "‘" in low:
                low = normalize_quotes(low)
            out.append(new(Token, (text[s:e], s, e, i, low)))
        return out

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans ``(start, end)``, stripped of surrounding space."""
        spans: list[tuple[int, int]] = []
        text = self.text
        for line in _LINE_RE.finditer(text):
            begin = line.start()
            line_end = line.end()
            for m in _TERMINAL_RUN.finditer(text, line.start(), line_end):
                end = m.end()
                while end < line_end and text[end] in _CLOSERS:
                    end += 1
                if end >= line_end or not text[end].isspace():
                    continue
                nxt = _NEXT_START_RE.match(text, end, line_end)
                if nxt is None or self._is_abbreviation(m.start()):
                    continue
                spans.append((begin, end))
                begin = end
            spans.append((begin, line.end()))
        out = []
        for s, e in spans:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append((s, e))
        return out

    def _is_abbreviation(self, period: int) -> bool:
        """Whether the period at ``period`` ends an abbreviation or initial."""
        text = self.text
        if text[period] != ".":
            return False
        j = period
        # Abbreviations are short: look back a few characters at most, so that a long run
        # of "a.a.a." stays linear.
        stop = max(period - 8, 0)
        while j > stop and (text[j - 1].isalnum() or text[j - 1] == "."):
            j -= 1
        word = text[j:period].lower()
        if len(word) == 1 and word.isalpha():
            return True  # an initial, "Maria J. Okafor"
        return word in _ABBREVIATIONS

    @cached_property
    def sentence_tokens(self) -> list[list[Token]]:
        """Tokens grouped by sentence, in order."""
        toks = self.tokens
        starts = [t.start for t in toks]
        return [
            toks[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
            for s, e in self.sentences
        ]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the last one starting before it)."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """Return the span of the sentence containing ``offset``."""
        if not self.sentences:
            return (0, len(self.text))
        return self.sentences[self.sentence_index(offset)]
