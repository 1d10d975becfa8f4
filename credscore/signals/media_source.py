"""Media sources: information taken from another news outlet or state media.

"according to Reuters", "Yonhap said", "told the Associated Press", "Chinese state
media reported", "as first reported by The Washington Post". The article's own
publisher is not a media source ("told the Ledger" in a Harlow Ledger story is its own
interview): pass ``publisher``, or let credscore guess it from an outlet that
the article's sources speak to and that also appears in its first lines.

Source: ``lexicons/media_outlets.txt``, ``media_heads.txt``, ``media_nouns.txt``.

Fires:   Local media reported that the dam had failed.
Silent:  Engineers reported that the dam had failed.
"""

from __future__ import annotations

from .._evidence import Evidence
from .._text import Doc
from ._common import source_evidence
from ._info import SignalInfo

SIGNAL = SignalInfo(
    name="media_source",
    label="other outlet",
    description="another news outlet or state media",
    source_kind="other outlet",
    on_record=True,
)


def find_media_sources(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per news-outlet source mention.

    Examples
    --------
    >>> ev = find_media_sources(Doc("Local media reported that the dam had failed."))
    >>> [e.text for e in ev]
    ['Local media']
    """
    return source_evidence(doc, publisher, "media", SIGNAL.name)
