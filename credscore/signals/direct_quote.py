"""Direct quotes: a source's own words between paired quotation marks.

Curly (“…”) and straight ("…") double quotes are paired; a quotation that runs
over a paragraph break continues where the next paragraph opens with a quote
mark (the newspaper convention of leaving the first paragraph's quote open).
Quotes of fewer than three words ("scare quotes", titles) are not counted.
Each quote is linked to the speaker of the nearest attribution in its sentence
or the next one (``details["speaker"]``) when there is one.

Fires:   “We will rebuild the bridge this year,” the mayor said.
Silent:  The mayor promised to rebuild the “iconic” bridge.
"""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ._common import doc_attributions, evidence

SIGNAL = "direct_quote"
MIN_WORDS = 3

_PARA_BREAK = re.compile(r"\n\s*\n")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    open_at: int | None = None
    straight_open: int | None = None
    while i < n:
        c = text[i]
        if c == "“":
            if open_at is None:
                open_at = i
            elif _PARA_BREAK.search(text, open_at, i) is None:
                open_at = i  # an unclosed quote inside the paragraph: restart
        elif c == "”" and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
        elif c == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i + 1))
                straight_open = None
        elif c == "\n" and straight_open is not None and _PARA_BREAK.match(text, i):
            nxt = _PARA_BREAK.match(text, i)
            assert nxt is not None
            if not text.startswith('"', nxt.end()):
                straight_open = None  # unpaired: drop it
            else:
                i = nxt.end()  # continued quote: skip the reopening mark
        elif c == "\n" and open_at is not None and _PARA_BREAK.match(text, i):
            nxt = _PARA_BREAK.match(text, i)
            assert nxt is not None
            if not text.startswith("“", nxt.end()):
                open_at = None
            else:
                i = nxt.end()
        i += 1
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
    attrs = doc_attributions(doc, publisher)
    out = []
    for s, e in _quote_spans(text):
        if len(text[s:e].split()) < MIN_WORDS:
            continue
        details: dict[str, object] = {"words": len(text[s:e].split())}
        sent_s, _ = doc.sentence_of(s)
        _, sent_e = doc.sentence_of(max(e - 1, s))
        best = None
        for a in attrs:
            if a.source.kind == "media" and a.details.get("cue") == "told":
                continue
            if sent_s <= a.cue_start <= sent_e + 1 and not (s < a.cue_start < e):
                dist = min(abs(a.cue_start - e), abs(a.cue_start - s))
                if best is None or dist < best[0]:
                    best = (dist, a)
        if best is not None:
            a = best[1]
            details["speaker"] = a.resolved or text[a.source.start : a.source.end]
        out.append(evidence(doc, SIGNAL, s, e, **details))
    return out
