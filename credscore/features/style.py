"""Writing style: indicators of sensational or opinion writing that a journalist can name.

Not sourcing signals, but rates per 1,000 words that a reader notices and an editor would
flag, each with the spans it counted so that a report can quote them:

* ``exclamation``: exclamation marks outside quotations (sensational punctuation);
* ``question``: question marks outside quotations (rhetorical questions to the reader);
* ``capitals``: words of five or more letters all in capitals outside quotations, i.e.
  shouting (shorter ones, such as ``NASA`` or ``FBI``, are mostly acronyms; Horne & Adali
  2017 found capitalised words among the strongest cues of fake news titles);
* ``first_person``: the writer's own "I", "me", "my", "we", "our" outside quotations
  (first-person rants: an account of opinion, not of reporting);
* ``second_person``: "you", "your" outside quotations (the writer addressing the reader);
* ``dates_named``: days of the week and months named, the news convention of saying when
  something was said or happened ("said on Tuesday"); a count (log1p), not a rate.

Quotations are excluded because what a source says in their own words is not the
writer's style: a quoted "I" is a person speaking on the record. The text is the
normalised text (:mod:`credscore.normalize`): straight quotes only.

Examples
--------
>>> from credscore._text import Doc
>>> f, ev = style_indicators(Doc("You won't BELIEVE this! Officials said on Tuesday it was fine."))
>>> f["exclamation_per_1k"] > 0, f["dates_named"] > 0, f["capitals_per_1k"] > 0
(True, True, True)
>>> [e.text for e in ev["second_person_per_1k"]]
['You']
"""

from __future__ import annotations

import bisect
import math
import re

from .. import lexicons
from .._evidence import Evidence
from .._text import Doc

__all__ = ["STYLE_FEATURES", "quoted_spans", "style_indicators"]

#: ``(name, description)`` of every style indicator, in column order.
STYLE_FEATURES: tuple[tuple[str, str], ...] = (
    ("exclamation_per_1k", "exclamation marks outside quotations per 1,000 words"),
    ("question_per_1k", "question marks outside quotations per 1,000 words"),
    ("capitals_per_1k", "words in capitals (shouting) outside quotations per 1,000 words"),
    ("first_person_per_1k", "the writer's own I, me, my, we, our per 1,000 words"),
    ("second_person_per_1k", "the writer addressing the reader (you, your) per 1,000 words"),
    ("dates_named", "days of the week and months named (log1p of the count)"),
)

_FIRST = frozenset("i me my mine myself we us our ours ourselves".split())
_SECOND = frozenset("you your yours yourself yourselves".split())
#: Days and months (``lexicons/calendar.txt``, the list the writing patterns mask too).
_CALENDAR = lexicons.load("calendar")
# "May" and "March" are also words; as months they are capitalised and mid-sentence.
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
# A quotation: a straight double quote to the next one, or to the end of the paragraph.
#: Indicators whose consecutive marks ("!!!", "?!") count once, as one span.
_MARKS = frozenset({"exclamation_per_1k", "question_per_1k"})

_QUOTE = re.compile(r'"[^"\n]*(?:"|$)', re.MULTILINE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text between double quotes (unclosed quotes end at the line's end).

    >>> quoted_spans('He said "we will" and left.')
    [(8, 17)]
    """
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _inside(starts: list[int], spans: list[tuple[int, int]], offset: int) -> bool:
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def style_indicators(doc: Doc) -> tuple[dict[str, float], dict[str, list[Evidence]]]:
    """Style indicators of ``doc``: rates per 1,000 words, and the spans counted.

    Parameters
    ----------
    doc : Doc
        The parsed (normalised) text.

    Returns
    -------
    rates : dict
        One value per name in :data:`STYLE_FEATURES`: rates per 1,000 words (0.0 for a text
        without words), and ``dates_named`` as ``log1p`` of its count.
    evidence : dict
        Per name, the :class:`Evidence` counted (signal ``"style"``, ``details["indicator"]``
        the feature name), offsets into ``doc.text``.
    """
    text = doc.text
    spans = quoted_spans(text)
    starts = [s for s, _ in spans]
    found: dict[str, list[Evidence]] = {name: [] for name, _d in STYLE_FEATURES}
    words = 0
    toks = doc.tokens
    for k, t in enumerate(toks):
        first = t.text[0]
        if first.isalnum():
            words += 1
        if spans and _inside(starts, spans, t.start):
            continue
        name = None
        if t.text == "!":
            name = "exclamation_per_1k"
        elif t.text == "?":
            name = "question_per_1k"
        elif t.lower in _FIRST and (t.lower != "us" or t.text == "us"):
            name = "first_person_per_1k"
        elif t.lower in _SECOND:
            name = "second_person_per_1k"
        elif t.lower in _CALENDAR and first.isupper():
            if t.lower in _AMBIGUOUS_MONTHS and (k == 0 or not toks[k - 1].text[0].isalnum()):
                continue  # sentence-initial "May" is the verb more often than the month
            name = "dates_named"
        elif len(t.text) >= 5 and t.text.isalpha() and t.text.isupper():
            name = "capitals_per_1k"
        if name is None:
            continue
        run = found[name]
        if name in _MARKS and run and run[-1].end == t.start:
            # "!!!" is one exclamation, one span: a run of marks counts once.
            last = run[-1]
            run[-1] = Evidence("style", last.start, t.end, text[last.start : t.end], last.details)
        else:
            run.append(Evidence("style", t.start, t.end, t.text, {"indicator": name}))
    per_k = 1000.0 / words if words else 0.0
    rates = {name: len(found[name]) * per_k for name, _d in STYLE_FEATURES}
    rates["dates_named"] = math.log1p(len(found["dates_named"]))
    return rates, found
