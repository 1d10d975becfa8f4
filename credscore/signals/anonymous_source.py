"""Anonymous sources: information attributed to someone who is not named.

"an unnamed European diplomat", "a senior official, who spoke on condition of
anonymity", "two people familiar with the negotiations", "sources said",
"officials said", "some analysts", "critics argue", "experts say", "witnesses
said", "a bystander said", "the victim's mother", "Insurers said", "Local shop owners
urged". An institution speaking for itself ("the ministry said") is an
``organization_source`` instead; "unnamed" describing a thing ("the unnamed
road") is not a source at all, since only the sources of reporting cues count. An unnamed
spokesperson ("a company spokeswoman said") is both: the organisation speaks on the record
(``organization_source``), through a person the reader is not told the name of. Its
evidence says so (``details["spokesperson"]``), and the score counts it as the organisation
only: a spokesperson speaking for a named body is on the record for it.

Source: head nouns in ``lexicons/anonymous_sources.txt`` (AP/Reuters standards
on unnamed sources; CoNLL-2010 weasel guidelines for vague groups).

Fires:   Two people familiar with the talks said a deal was near.
Silent:  The ministry said a deal was near.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._evidence import Evidence
from .._text import Doc
from ._common import source_evidence
from ._info import SignalInfo

SIGNAL = SignalInfo(
    name="anonymous_source",
    label="anonymous source",
    description="a person or group not named",
    source_kind="unnamed",
)


def find_anonymous_sources(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per unnamed-source description.

    Examples
    --------
    >>> ev = find_anonymous_sources(Doc("Two people familiar with the talks said a deal was near."))
    >>> [e.text for e in ev]
    ['Two people familiar with the talks']
    """
    found = source_evidence(doc, publisher, "anonymous", SIGNAL.name)
    voices = [
        replace(e, details={**e.details, "spokesperson": True})
        for e in source_evidence(doc, publisher, "organization", SIGNAL.name)
        if _SPOKESPERSON.search(e.text)
    ]
    if not voices:
        return found
    return sorted(found + voices, key=lambda e: (e.start, e.end))


_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person|people|men|women)\b", re.IGNORECASE)
