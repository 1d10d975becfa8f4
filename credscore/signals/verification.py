"""Verification language: how the reporters checked a claim or sought comment.

"declined to comment", "did not respond to a request for comment", "could not
be independently verified", "independently confirmed", "obtained by",
"reviewed by". Seeking comment and saying what could not be verified are marks
of careful reporting.

Source: ``lexicons/verification.txt`` (Reuters Handbook; AP Stylebook).

Fires:   The company declined to comment.
Silent:  The company commented on its results.
"""

from __future__ import annotations

from .._evidence import Evidence
from .._text import Doc
from ._common import evidence
from ._info import SignalInfo
from ._phrases import find_phrase_spans

SIGNAL = SignalInfo(
    name="verification",
    label="verification",
    description="comment sought, claims checked",
)


def find_verification(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per verification phrase.

    Examples
    --------
    >>> [e.text for e in find_verification(Doc("The company declined to comment."))]
    ['declined to comment']
    """
    del publisher
    return [evidence(doc, SIGNAL.name, s, e) for s, e in find_phrase_spans("verification", doc)]
