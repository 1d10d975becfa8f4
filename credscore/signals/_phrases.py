"""Find the phrases of a lexicon in a text, as whole words, case-insensitively."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons

__all__ = ["phrase_regex", "find_phrases"]


@cache
def phrase_regex(name: str) -> re.Pattern[str]:
    """A compiled regex matching any phrase of lexicon ``name`` (longest first).

    Spaces in a phrase match any run of white space; straight apostrophes also
    match curly ones.
    """
    phrases = sorted(lexicons.load(name), key=lambda p: (-len(p), p))
    parts = [r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split()) for p in phrases]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


def find_phrases(name: str, text: str) -> Iterator[re.Match[str]]:
    """Yield the non-overlapping matches of lexicon ``name`` in ``text``.

    >>> [m.group() for m in find_phrases("boosters", "It is clearly, Indeed, true.")]
    ['clearly', 'Indeed']
    """
    return phrase_regex(name).finditer(text)
