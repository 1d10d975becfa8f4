"""Expert sources: a source introduced with credentials of subject expertise.

"Maria Okafor, a hydrologist at the University of Leeds", "Harbour Capital chief
economist Ana Ruiz", "who teaches constitutional law at Yale Law School". Titles of
office (minister, director-general, chairman, admiral) mark officials, not experts. The
span is the credential phrase; a source with credentials also yields its
``named_source`` evidence. An unnamed source with credentials ("a virologist at the
Pasteur Institute said", "one expert said") is an ``anonymous_source`` only: a
credential that no reader can check against a name is not an expert on the record.

Source: ``lexicons/expert_credentials.txt`` (expert source categories of
Sternadori & Wise 2010 and of quote-attribution typologies).

Fires:   Ana Ruiz, an economist at the University of Leeds, said prices would rise.
Silent:  Ana Ruiz, the finance minister, said prices would rise.
"""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ._attribution import _credential_words, _lex
from ._common import doc_attributions, evidence
from ._info import SignalInfo

SIGNAL = SignalInfo(
    name="expert_source",
    label="expert credentials",
    description="credentials of subject expertise",
    credential=True,
    on_record=True,
)

_PRE_NAME = re.compile(r"((?:[A-Z][\w.&'-]*\s+){0,3}([a-z]+(?:\s[a-z]+)?))\s+$")


def _is_credential_word(word: str, creds: frozenset[str]) -> bool:
    w = word.strip(",.;:")
    return w in creds or w.endswith(("ologist", "ologists"))


def _credential_before(text: str, start: int, creds: frozenset[str]) -> int | None:
    """Start of a credential written right before a name ("Yale historian Ann Lee")."""
    m = _PRE_NAME.search(text[max(0, start - 80) : start])
    if not m:
        return None
    noun = m.group(2).split()[-1]
    if not (_is_credential_word(noun, creds) or m.group(2) in creds):
        return None
    return start - len(m.group(0)) + (len(m.group(0)) - len(m.group(0).lstrip()))


def find_expert_sources(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per credential phrase attached to a source.

    Examples
    --------
    >>> text = "Ana Ruiz, an economist at the University of Leeds, said prices would rise."
    >>> [e.text for e in find_expert_sources(Doc(text))]
    ['an economist at the University of Leeds']
    """
    creds = _lex()["expert_credentials"]
    seen: dict[tuple[int, int], object] = {}
    for a in doc_attributions(doc, publisher):
        src = a.source
        if src.credential is not None:
            span = src.credential
        elif a.kind == "person" and src.kind != "pronoun":
            words = _credential_words(doc.text[src.start : src.end])
            if any(_is_credential_word(w, creds) for w in words):
                span = (src.start, src.end)  # "Professor Jane Okafor", "a virologist at X"
            elif (
                a.kind == "person"
                and (pre := _credential_before(doc.text, src.start, creds)) is not None
            ):
                span = (pre, src.end)  # "Harvard economist Jane Okafor"
            else:
                continue
        else:
            continue
        seen.setdefault(span, a.resolved or doc.text[src.start : src.end])
    return [
        evidence(doc, SIGNAL.name, s, e, source=str(who)) for (s, e), who in sorted(seen.items())
    ]
