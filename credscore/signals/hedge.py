"""Hedges: markers of uncertainty about whether a claim is true.

Epistemic modals ("may reduce", "could collapse", "might see"), adverbs and
adjectives ("possibly", "perhaps", "likely", "unclear", "far from certain"),
speculative verbs ("suggest", "appears to", "seem", "is believed to",
"suspect"), distancing ("reportedly", "allegedly", "suspected"), rumour
("rumours that") and explicit lack of proof ("I have no proof").

Not hedges: "May" the month, "military might" (a noun), "could not be reached
for comment" (verification language) and boosters ("almost certainly").

Source: ``lexicons/hedges.txt`` (Hyland 2005; CoNLL-2010 cue guidelines).

Fires:   The new drug may reduce the risk, researchers said.
Silent:  The results will be published in May.
"""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ._common import evidence
from ._phrases import find_phrases

SIGNAL = "hedge"

_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|of|since|until|by|early|late|mid|last|next|this|during|from|through|"
    r"till|before|after|on)\s+$)",
    re.IGNORECASE,
)
_NOUN_MIGHT_BEFORE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|military|economic|naval|air|nuclear|industrial|"
    r"financial|full|all|with|of|great|sheer)\s+$)",
    re.IGNORECASE,
)
_VERIFICATION_AFTER = re.compile(
    r"\s+not\s+(?:immediately\s+)?(?:be\s+)?(?:reached|independently|verified|confirm|"
    r"verify|be\s+verified|be\s+confirmed)",
    re.IGNORECASE,
)


def _is_hedge(text: str, m: re.Match[str]) -> bool:
    word = m.group().lower()
    before = text[max(0, m.start() - 20) : m.start()]
    after = text[m.end() : m.end() + 40]
    if word == "may":
        if m.group() == "May" and (
            _MONTH_CONTEXT.search(before) or re.match(r"\s+\d", after) or before.strip()
        ):
            return False  # the month: "in May", "May 5", capitalised mid-sentence
        if re.match(r"\s+\d", after):
            return False
    elif word == "might":
        if _NOUN_MIGHT_BEFORE.search(before):
            return False
    elif word == "could" and _VERIFICATION_AFTER.match(after):
        return False
    return True


def find_hedges(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per hedge.

    Parameters
    ----------
    doc : Doc
        The parsed text.
    publisher : str, optional
        Unused; accepted so that every signal has the same signature.

    Examples
    --------
    >>> text = "The drug may reduce the risk. Results come in May."
    >>> [e.text for e in find_hedges(Doc(text))]
    ['may']
    """
    del publisher
    text = doc.text
    return [
        evidence(doc, SIGNAL, m.start(), m.end())
        for m in find_phrases("hedges", text)
        if _is_hedge(text, m)
    ]
