"""Verification language: how the reporters checked a claim or sought comment.

"declined to comment", "did not respond to a request for comment", "could not
be independently verified", "independently confirmed", "obtained by",
"reviewed by", and an approach that failed ("Efforts to reach the chairman were
unsuccessful", "Calls to the depot were not returned"). Seeking comment and saying what
could not be verified are marks of careful reporting.

Source: ``lexicons/verification.txt`` (Reuters Handbook; AP Stylebook).

The reporter's own question counts too: "asked for comment", "in reply to questions",
and the participle that opens a clause or interrupts one ("Asked whether the permit
was broken, the manager said", "Police, asked about the reports, said", "Contacted by
this newspaper, the clerk said", "Reached by telephone, she said"). Two phrases
a few words apart with no punctuation between are one act ("did not respond to a
request for comment").

Fires:   The company declined to comment.
Fires:   Asked about the delay, the mayor said the contract was signed.
Fires:   Efforts to reach the chairman were unsuccessful.
Fires:   Calls to the depot were not returned.
Silent:  The company commented on its results.
Silent:  Residents asked whether the road would reopen.
Silent:  Efforts to reach a deal were unsuccessful.
"""

from __future__ import annotations

import re

from .. import lexicons
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


# The reporter's approach that failed: "Efforts to reach the chairman were unsuccessful",
# "Attempts to contact the firm for comment failed". The one reached must be someone (a
# name, a pronoun, a role or a body from the lexicons): "efforts to reach a deal" is no
# approach.
_ATTEMPT = re.compile(
    r"\b(?:[Ee]fforts|[Aa]ttempts|[Tt]ried|[Tt]rying|[Rr]epeated\s+calls)\s+to\s+"
    r"(?:reach|contact)\s+(?P<who>[^.;!?]{1,80}?)\s+(?:(?:were|was|have\s+been|has\s+been|"
    r"proved)\s+unsuccessful|failed|went\s+unanswered)\b"
)
# A message left unanswered: "Calls to his mobile phone were not answered", "a text message
# had not been replied to", "emails to the council went unanswered".
_UNANSWERED = re.compile(
    r"\b(?:[Cc]alls|[Mm]essages|[Ee]-?mails|[Tt]exts|[Tt]ext\s+messages?|[Vv]oicemails?|"
    r"[Rr]equests|[Ii]nquiries|[Ee]nquiries)\b[^.;!?]{0,80}?\b"
    r"(?:(?:were|was|have|has|had)\s+not\s+(?:been\s+)?(?:returned|answered|acknowledged|"
    r"replied\s+to|responded\s+to)|went\s+(?:unanswered|unreturned))\b"
)
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "either", "both"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _is_someone(phrase: str) -> bool:
    """Whether a noun phrase names someone to ask: a name, a pronoun, a role or a body."""
    words = _WORD.findall(phrase)
    if not words:
        return False
    if words[0].lower() in _OBJECT_PRONOUNS:
        return True
    content = [w for w in words if w.lower() not in _DETERMINERS]
    if not content:
        return False
    if content[0][:1].isupper():
        return True  # "the Harlby council", "Ms Doyle"
    head = next(
        (content[i - 1] for i, w in enumerate(content) if i and w.lower() in {"of", "at", "for"}),
        content[-1],
    ).lower()
    return any(
        head in lexicons.load(name) or head.rstrip("s") in lexicons.load(name)
        for name in (
            "person_roles",
            "person_titles",
            "anonymous_sources",
            "organization_nouns",
            "expert_credentials",
        )
    )


# The words each pattern opens with: the patterns are tried only where one stands.
_ATTEMPT_OPENERS = frozenset({"efforts", "attempts", "tried", "trying", "repeated"})
_UNANSWERED_OPENERS = frozenset(
    {"calls", "messages", "emails", "e-mails", "e", "texts", "text", "voicemail", "voicemails"}
    | {"requests", "inquiries", "enquiries"}
)


def _unanswered_spans(doc: Doc) -> list[tuple[int, int]]:
    """An attempt to reach someone that failed, or a message that got no answer."""
    text = doc.text
    toks = doc.tokens
    positions = _positions(doc)
    spans: set[tuple[int, int]] = set()
    for openers, rx in ((_ATTEMPT_OPENERS, _ATTEMPT), (_UNANSWERED_OPENERS, _UNANSWERED)):
        for word in openers:
            for k in positions.get(word, ()):
                m = rx.match(text, toks[k].start)
                if m is not None and (rx is _UNANSWERED or _is_someone(m.group("who"))):
                    spans.add(m.span())
    return sorted(spans)


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
    spans = sorted(
        set(find_phrase_spans("verification", doc))
        | set(_asked_spans(doc))
        | set(_unanswered_spans(doc))
    )
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (
            s < merged[-1][1] or _ONE_ACT_GAP.fullmatch(text, merged[-1][1], s) is not None
        ):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return [evidence(doc, SIGNAL.name, s, e) for s, e in merged]
