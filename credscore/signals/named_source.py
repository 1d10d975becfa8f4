"""Named sources: information attributed to a person identified by name.

Finds the source of each reported statement (see :mod:`._attribution`) and keeps
those that are people named in the text: direct and indirect speech
("Ruiz denied the claims", "said Tomas Lind"), "according to X",
sources introduced in apposition, later surname references ("Okafor
continued"), and pronoun attributions ("he said") resolved to the most recent
compatible named source (``details["resolved"]``).

Source: the source-cue-content model of attribution (Pareti 2016; Newell et
al. 2018, PolNeAR); reporting verbs in ``lexicons/reporting_verbs.txt``.

Fires:   "The plan is sound," said Maria Okafor.
Silent:  Officials said the plan is sound.
"""

from __future__ import annotations

from .._evidence import Evidence
from .._text import Doc
from ._common import source_evidence
from ._info import SignalInfo

SIGNAL = SignalInfo(
    name="named_source",
    label="named source",
    description="a person named as a source",
    source_kind="named",
    on_record=True,
)


def find_named_sources(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per named-person source mention.

    Parameters
    ----------
    doc : Doc
        The parsed text.
    publisher : str, optional
        The article's own outlet (see :func:`credscore.extract`).

    Examples
    --------
    >>> ev = find_named_sources(Doc("The plan is sound, said Maria Okafor."))
    >>> [e.text for e in ev]
    ['Maria Okafor']
    """
    return source_evidence(doc, publisher, "person", SIGNAL.name)
