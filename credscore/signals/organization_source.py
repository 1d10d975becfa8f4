"""Organisation sources: an institution, company, government or agency as the source.

"the ministry said", "the company said in a statement", "the International
Crisis Group said", "Iran denied", "a spokesman said" (an institution's
official voice).

Source: ``lexicons/organization_nouns.txt``, ``organization_heads.txt`` and
``places.txt``.

Fires:   The ministry said in a statement that talks would resume.
Silent:  Talks would resume, a diplomat said.
"""

from __future__ import annotations

from .._evidence import Evidence
from .._text import Doc
from ._common import source_evidence
from ._info import SignalInfo

SIGNAL = SignalInfo(
    name="organization_source",
    label="organisation",
    description="an institution speaking for itself",
    source_kind="organisation",
    on_record=True,
)


def find_organization_sources(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per organisation source mention.

    Examples
    --------
    >>> ev = find_organization_sources(Doc("The ministry said talks would resume."))
    >>> [e.text for e in ev]
    ['The ministry']
    """
    return source_evidence(doc, publisher, "organization", SIGNAL.name)
