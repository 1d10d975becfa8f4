"""Direct quotes: a source's own words between paired quotation marks.

Curly (“…”) and straight ("…") double quotes are paired; a quotation that runs
over a paragraph break continues where the next paragraph opens with a quote
mark (the newspaper convention of leaving the first paragraph's quote open).
Quotes of fewer than three words ("scare quotes", titles) are not counted, and only
words count: the quote marks themselves and runs of punctuation ("!", "...") are not
words, so a quoted span without a word character is never a quote.
Each quote is linked to the speaker of the nearest attribution in its sentence
or the next one (``details["speaker"]``) when there is one.

Fires:   “We will rebuild the bridge this year,” the mayor said.
Silent:  The mayor promised to rebuild the “iconic” bridge.
"""

from __future__ import annotations

import bisect
import re

from .._evidence import Evidence
from .._text import Doc
from ._common import doc_attributions, evidence
from ._info import SignalInfo

SIGNAL = SignalInfo(
    name="direct_quote",
    label="direct quote",
    description="quoted words, three or more",
)
MIN_WORDS = 3

_PARA_BREAK = re.compile(r"\n\s*\n")


_EVENTS = re.compile(r'[“”"]|\n\s*\n')
# A word: a run of word characters, with inner apostrophes and hyphens ("don't", "co-op").
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    """Words in ``text``; quote marks and punctuation are not words.

    >>> count_words('"It is - as ever - the end..."'), count_words('" ! ... "')
    (6, 0)
    """
    return sum(1 for _ in _WORD.finditer(text))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Paired quotation spans; runs over the quote marks and paragraph breaks only."""
    spans: list[tuple[int, int]] = []
    curly: int | None = None  # where an open curly quote started
    straight: int | None = None
    skip_until = -1
    for m in _EVENTS.finditer(text):
        c = m.group()
        if m.start() < skip_until:
            continue
        if c == "“":
            if curly is None or _PARA_BREAK.search(text, curly, m.start()) is None:
                curly = m.start()  # an unclosed quote inside the paragraph restarts
        elif c == "”":
            if curly is not None:
                spans.append((curly, m.end()))
                curly = None
        elif c == '"':
            if straight is None:
                straight = m.start()
            else:
                spans.append((straight, m.end()))
                straight = None
        else:  # a paragraph break: a quote continues only if the next paragraph reopens it
            nxt = text[m.end() : m.end() + 1]
            if curly is not None:
                if nxt == "“":
                    skip_until = m.end() + 1
                else:
                    curly = None
            if straight is not None:
                if nxt == '"':
                    skip_until = m.end() + 1
                else:
                    straight = None
    return spans


def find_direct_quotes(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per direct quotation (marks included).

    Examples
    --------
    >>> doc = Doc("“We will rebuild the bridge this year,” the mayor said.")
    >>> [(e.text, e.details.get("speaker")) for e in find_direct_quotes(doc)]
    [('“We will rebuild the bridge this year,”', 'the mayor')]
    """
    text = doc.text
    attrs = [
        a
        for a in doc_attributions(doc, publisher)
        if not (a.source.kind == "media" and a.details.get("cue") == "told")
    ]
    attrs.sort(key=lambda a: a.cue_start)
    cue_starts = [a.cue_start for a in attrs]
    out = []
    for s, e in _quote_spans(text):
        words = count_words(text[s:e])
        if words < MIN_WORDS:
            continue
        details: dict[str, object] = {"words": words}
        sent_s, _ = doc.sentence_of(s)
        _, sent_e = doc.sentence_of(max(e - 1, s))
        # Cues in the quote's sentence(s), outside the quote: the nearest one speaks.
        lo = bisect.bisect_left(cue_starts, sent_s)
        hi = bisect.bisect_right(cue_starts, sent_e + 1)
        best = None
        for a in attrs[lo:hi]:
            if s < a.cue_start < e:
                continue
            dist = min(abs(a.cue_start - e), abs(a.cue_start - s))
            if best is None or dist < best[0]:
                best = (dist, a)
        if best is not None:
            a = best[1]
            details["speaker"] = a.resolved or text[a.source.start : a.source.end]
        out.append(evidence(doc, SIGNAL.name, s, e, **details))
    return out
