"""Boosters: words and phrases that assert certainty ("clearly", "almost certainly").

Source: ``lexicons/boosters.txt`` (Hyland 2005, appendix of boosters).

Fires:   The vote was clearly rigged.
Silent:  The vote may have been rigged.
"""

from __future__ import annotations

from .._evidence import Evidence
from .._text import Doc
from ._common import evidence
from ._info import SignalInfo
from ._phrases import find_phrase_spans

SIGNAL = SignalInfo(
    name="booster",
    label="booster",
    description="asserted certainty",
)


def find_boosters(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per booster.

    Examples
    --------
    >>> [e.text for e in find_boosters(Doc("The vote was clearly rigged."))]
    ['clearly']
    """
    del publisher
    return [evidence(doc, SIGNAL.name, s, e) for s, e in find_phrase_spans("boosters", doc)]
