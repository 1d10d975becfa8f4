"""Verification language: how the reporters checked a claim or sought comment.

"declined to comment", "did not respond to a request for comment", "could not
be independently verified", "independently confirmed", "obtained by",
"reviewed by". Seeking comment and saying what could not be verified are marks
of careful reporting.

Source: ``lexicons/verification.txt`` (Reuters Handbook; AP Stylebook).

The reporter's own question counts too: "asked for comment", "in reply to questions",
and the participle that opens a clause or interrupts one ("Asked whether the permit
was broken, the manager said", "Police, asked about the reports, said", "Contacted by
this newspaper, the clerk said", "Reached by telephone, she said"). Two phrases
a few words apart with no punctuation between are one act ("did not respond to a
request for comment").

Fires:   The company declined to comment.
Fires:   Asked about the delay, the mayor said the contract was signed.
Silent:  The company commented on its results.
Silent:  Residents asked whether the road would reopen.
"""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ._common import evidence
from ._info import SignalInfo
from ._phrases import _positions, find_phrase_spans

SIGNAL = SignalInfo(
    name="verification",
    label="verification",
    description="comment sought, claims checked",
)


# What may follow the participle "asked" when it reports the reporter's question.
_ASKED_ABOUT = frozenset("about whether if why what how when for to".split())
# Other participles of the reporter's approach, and what may follow them: "Contacted by
# this newspaper, X said", "Reached by telephone, Y said".
_APPROACHED = {
    "contacted": frozenset("by for on at".split()),
    "reached": frozenset("by for on at".split()),
    "approached": frozenset("by for".split()),
}
_QUOTE_MARKS = frozenset("\"'“”‘’")
# The gap between two phrases of one act: a few words, no punctuation.
_ONE_ACT_GAP = re.compile(r"[ A-Za-z]{0,25}")


def _asked_spans(doc: Doc) -> list[tuple[int, int]]:
    """ "Asked whether ..." or "Contacted by ..." opening a sentence, or after a comma."""
    out: list[tuple[int, int]] = []
    toks = doc.tokens
    positions = _positions(doc)
    found = [(i, _ASKED_ABOUT) for i in positions.get("asked", ())]
    found += [(i, after) for word, after in _APPROACHED.items() for i in positions.get(word, ())]
    for i, after in sorted(found):
        tok = toks[i]
        if i + 1 >= len(toks) or toks[i + 1].lower not in after:
            continue
        if i and toks[i - 1].text == ",":
            out.append((tok.start, toks[i + 1].end))
            continue
        if not tok.text[:1].isupper():
            continue
        first = doc.sentence_of(tok.start)[0]
        k = i - 1
        while k >= 0 and toks[k].start >= first and toks[k].text in _QUOTE_MARKS:
            k -= 1
        if k < 0 or toks[k].start < first:  # only quote marks before it in its sentence
            out.append((tok.start, toks[i + 1].end))
    return out


def find_verification(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per verification phrase.

    Examples
    --------
    >>> [e.text for e in find_verification(Doc("The company declined to comment."))]
    ['declined to comment']
    >>> text = "Asked about the delay, the mayor did not respond to a request for comment."
    >>> [e.text for e in find_verification(Doc(text))]
    ['Asked about', 'did not respond to a request for comment']
    """
    del publisher
    text = doc.text
    spans = sorted(set(find_phrase_spans("verification", doc)) | set(_asked_spans(doc)))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (
            s < merged[-1][1] or _ONE_ACT_GAP.fullmatch(text, merged[-1][1], s) is not None
        ):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return [evidence(doc, SIGNAL.name, s, e) for s, e in merged]
