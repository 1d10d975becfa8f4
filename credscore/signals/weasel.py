"""Weasel words: a claim or a view stated without saying whose it is.

Fires on three forms of unsupported attribution:

* a vague group as the holder of a view: a vague quantifier ("some", "many", "most",
  "several", "various", "certain", "countless", "(a) few") before a holder noun ("some people",
  "many scholars", "several accounts"), or before any plural noun or none at all when a
  verb of saying or believing follows ("some fans believe", "many say", "others argue");
  a bare plural holder with such a verb ("critics claim", "scholars believe");
* an agentless passive of saying, believing or judging: "is widely believed", "is often
  considered", "has been described as", "was said to", "is regarded by some as"
  (the same passive with a named agent, "is considered by Ann Lee as", stays silent);
* fixed phrases (``lexicons/weasels.txt``): "it is said", "research has shown",
  "according to some", "in some circles".

* a generalisation on no one's authority: "some" or "many" opening a subject or an
  adverbial of an uncounted class ("many species migrate", "some of the buildings are
  older", "in many countries").

Where the line is: a vague quantity anchored to a count or a measure is not a claim, so
"some 200 people", "many of the 40 houses", "for many years" and "to some extent" stay
silent; so does a vague quantity in an object ("police arrested some protesters"),
which reports an event rather than generalising; and so do "several", "various",
"numerous" and "most", which mostly count things, unless they name holders of a view
("several scholars argue"). A generalisation that a named source, an organisation or an outlet
is reported as making ("Ann Lee said many tenants pay half their income", ""Many people are
angry," Lee said") has someone behind it and stays silent too.

Distinct from ``hedge`` (uncertainty: "may", "possibly") and from ``anonymous_source``
(a source that exists but is unnamed: "a senior official"). Some phrases are both: "it
is believed" is a hedge and a weasel; "critics argue" is an unnamed source and a weasel.

Sources: Wikipedia's Manual of Style, "Words to watch: unsupported attributions"
(MOS:WEASEL); the CoNLL-2010 shared task guidelines for uncertainty cues in Wikipedia
(Farkas et al. 2010). Lexicons: ``weasels.txt``, ``weasel_holders.txt``; verbs of
saying and believing from ``reporting_verbs.txt`` and ``belief_verbs.txt``.

Fires:   Some people say the lake is haunted.
Silent:  Some 200 people gathered at the lake.
"""

from __future__ import annotations

import re

from .. import lexicons
from .._evidence import Evidence
from .._text import Doc, Token
from ._common import doc_attributions, evidence
from ._info import SignalInfo
from ._phrases import find_phrase_spans

SIGNAL = SignalInfo(
    name="weasel",
    label="weasel words",
    description="a claim or view with no one behind it",
)

# Vague quantifiers that can stand for "people in general".
_VAGUE = frozenset({"some", "many", "most", "several", "various", "certain", "countless", "few"})
# Words before a quantifier that make it a definite or counted quantity: "the many",
# "a certain", "for some time" is handled by requiring a holder or a verb.
_DEFINITE_BEFORE = frozenset(
    {"the", "a", "an", "these", "those", "his", "her", "its", "their", "so", "too", "how", "as"}
)
# The open quantifiers of generalisation: "some" and "many" before an uncounted noun
# ("many species migrate", "some scholars") state a general claim on no one's authority.
# "several", "various", "numerous", "most" mostly count things and need a holder noun.
_GENERALISING = frozenset({"some", "many"})
# Nouns of time and degree: "for many years", "some time ago", "in some ways", "to some
# extent" measure, they do not generalise.
_MEASURES = frozenset(
    """
    centuries century day days decade decades degree extent hour hours minute minutes
    month months moment point time times way ways week weeks year years while
    """.split()
)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
# Adverbs that may stand between "is" and the participle: "is widely believed".
_PASSIVE_ADVERBS = frozenset(
    """
    also still now often widely generally commonly popularly traditionally usually
    frequently sometimes largely long variously occasionally increasingly even
    universally broadly mostly not
    """.split()
)
# Participles of saying, believing and judging that make an agentless claim. "said",
# "held", "seen", "reported", "thought", "viewed", "described" need "to", "that" or "as"
# after them ("is said to", "is seen as"): alone they report facts ("was held in May", "was
# seen leaving", "has been viewed millions of times", "was described in the report").
_PARTICIPLES = frozenset(
    """
    acclaimed alleged argued believed claimed considered deemed described dubbed
    hailed labeled labelled perceived praised regarded reputed rumored rumoured
    speculated supposed touted viewed criticised criticized
    """.split()
)
_NEEDS_COMPLEMENT = frozenset(
    {"said", "held", "seen", "reported", "thought", "suggested", "viewed", "described"}
)
_COMPLEMENT = frozenset({"to", "that", "as"})
# Verbs of saying and believing that make a vague group a holder of a view.
_CLAIM_VERBS = frozenset(
    """
    accept accepted agree agreed allege alleged argue argued assert asserted assume
    assumed believe believed claim claimed consider considered contend contended
    criticise criticised criticize criticized describe described dispute disputed
    doubt doubted fear feared feel felt hold insist insisted maintain maintained
    prefer preferred question questioned regard regarded say said see speculate
    speculated suggest suggested suspect suspected theorise theorised theorize
    theorized think thought view viewed
    """.split()
)
# Adverbs and auxiliaries between a subject and its verb: "some have long argued".
# Words after which a quantifier opens a subject or an adverbial, not an object:
# "in many countries", "and some scholars"; "arrested some protesters" is an object.
_SUBJECT_BEFORE = frozenset(
    """
    although and as because but by for from in on that though to when where whereas
    which while with
    """.split()
)
_PERFECT = frozenset({"has", "have", "had"})
_CLAUSE_WORDS = frozenset({"and", "but", "while", "although", "though", "that", "as", "because"})
_BETWEEN = frozenset({"also", "still", "even", "now", "have", "had", "long", "often", "further"})


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalpha()


def _holders() -> frozenset[str]:
    return lexicons.load("weasel_holders")


def _vague_group(toks: list[Token], i: int) -> int | None:
    """End token index of a vague group starting at quantifier ``toks[i]``, if it is one."""
    n = len(toks)
    low = toks[i].lower
    if (
        i >= 1
        and (
            toks[i - 1].lower in _DEFINITE_BEFORE
            or (low == "most" and toks[i - 1].lower.endswith(("'s", "’s")))
        )
        and not (low == "few" and toks[i - 1].lower == "a")  # "a few fans believe"
    ):
        # "the many", "a certain", "so many", "as many as": not a vague group; "Dashlark's
        # most recent accounts": a superlative
        return None
    k = i + 1
    if k < n and toks[k].lower == "other":
        k += 1
    if k >= n or not _is_word(toks[k]) or toks[k].text[:1].isdigit():
        return None  # "some 200 people": a counted quantity
    holders = _holders()
    if toks[k].lower == "of":  # "some of the critics"; "many of the 40 houses" is counted
        if k + 2 < n and toks[k + 1].lower in {"the", "these", "those", "its", "their", "them"}:
            k += 2 if toks[k + 1].lower != "them" else 1
        else:
            return None
        if k < n and (toks[k].text[:1].isdigit() or toks[k].lower in _MEASURES):
            return None
        if k < n and (toks[k].lower in holders or low in _GENERALISING):
            return k
        return None
    # Up to two modifiers, then the head noun: "some legal scholars", "many fans".
    for e in range(k, min(k + 3, n)):
        tok = toks[e]
        if not _is_word(tok):
            break
        if tok.text[:1].isdigit() or tok.lower in _MEASURES:
            return None  # "for many years", "some time ago": a duration, not a claim
        if tok.lower in holders and (low != "few" or _claim_follows(toks, e + 1)):
            return e  # "few people came" counts; "few people believe" holds a view
        if tok.lower in _CLAIM_VERBS and e == k:
            return e  # "some say", "many believe": the quantifier is the holder
        if tok.lower.endswith("s") and e + 1 < n and _claim_follows(toks, e + 1):
            return e + _claim_offset(toks, e + 1)  # "some fans believe"
    if (
        low in _GENERALISING
        and toks[k].lower not in lexicons.load("function_words")
        and (i == 0 or not _is_word(toks[i - 1]) or toks[i - 1].lower in _SUBJECT_BEFORE)
    ):
        return k  # "many species migrate": an open, uncounted generalisation
    return None


def _claim_offset(toks: list[Token], k: int) -> int:
    """Tokens from ``k`` to the claim verb (skipping adverbs and "have")."""
    m = k
    while m < len(toks) and toks[m].lower in _BETWEEN:
        m += 1
    return m - k + 1


def _claim_follows(toks: list[Token], k: int) -> bool:
    m = k
    while m < len(toks) and toks[m].lower in _BETWEEN:
        m += 1
    return m < len(toks) and toks[m].lower in _CLAIM_VERBS and toks[m].text.islower()


def _passive(toks: list[Token], i: int) -> int | None:
    """End token index of an agentless passive of saying or judging after ``toks[i]`` ("is")."""
    n = len(toks)
    k = i + 1
    skipped = 0
    while k < n and skipped < 2 and toks[k].lower in _PASSIVE_ADVERBS:
        k += 1
        skipped += 1
    if k >= n:
        return None
    part = toks[k].lower
    nxt = toks[k + 1].lower if k + 1 < n else ""
    if part in _NEEDS_COMPLEMENT:
        if nxt not in _COMPLEMENT:
            return None
    elif part not in _PARTICIPLES:
        return None
    if nxt == "by":
        after = toks[k + 2].lower if k + 2 < n else ""
        if not (after in _VAGUE or after in {"others", "critics", "many", "some", "most"}):
            return None  # "is considered by Ann Lee": attributed
        return k + 2
    return k


def find_weasels(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per weasel phrase.

    Parameters
    ----------
    doc : Doc
        The parsed text.
    publisher : str, optional
        Unused; accepted so that every signal has the same signature.

    Examples
    --------
    >>> text = "Some people say the lake is haunted. Some 200 people came."
    >>> [e.text for e in find_weasels(Doc(text))]
    ['Some people']
    >>> [e.text for e in find_weasels(Doc("The dam is widely considered a failure."))]
    ['is widely considered']
    """
    spans = list(find_phrase_spans("weasels", doc))
    holders = _holders()
    for toks in doc.sentence_tokens:
        for i, tok in enumerate(toks):
            low = tok.lower
            end: int | None = None
            if low in _VAGUE:
                end = _vague_group(toks, i)
            elif low == "others" and i + 1 < len(toks) and _claim_follows(toks, i + 1):
                end = i + _claim_offset(toks, i + 1)
            elif (
                low in holders
                and tok.text[1:].islower()
                and i + 1 < len(toks)
                and (i == 0 or not _is_word(toks[i - 1]) or toks[i - 1].lower in _CLAUSE_WORDS)
                and _claim_follows(toks, i + 1)
            ):
                end = i + _claim_offset(toks, i + 1)  # "critics claim", "scholars believe"
            elif low in _BE:
                end = _passive(toks, i)
                if end is not None and low == "been" and toks[i - 1].lower in _PERFECT:
                    tok = toks[i - 1]  # "has been described as"
            if end is not None:
                spans.append((tok.start, toks[end].end))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            continue
        merged.append((s, e))
    if merged:
        reported = _reported_on_record(doc, publisher, {doc.sentence_index(s) for s, _e in merged})
        merged = [(s, e) for s, e in merged if not _inside(reported, s)]
    return [evidence(doc, SIGNAL.name, s, e) for s, e in merged]


_ON_RECORD_KINDS = frozenset({"person", "organization", "media"})
_CLOSING_QUOTES = ('"', "”")
# A comma and a conjunction open a clause that is no longer the source's report.
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|though|although|whereas|yet)\b", re.IGNORECASE)


def _reported_on_record(
    doc: Doc, publisher: str | None, sentences: set[int]
) -> list[tuple[int, int]]:
    """Spans of text that a source on the record is reported as saying.

    After the cue to the sentence's end or to a new clause ("Ann Lee said many tenants pay half
    their income", not "..., and some residents believe"),
    and a quotation closed before the cue (""Many people are angry," Lee said"): a
    generalisation there is the source's claim, not one made on no one's authority. Only the
    sentences of index ``sentences`` are looked at.
    """
    out = []
    for a in doc_attributions(doc, publisher):
        if a.kind not in _ON_RECORD_KINDS or doc.sentence_index(a.cue_start) not in sentences:
            continue  # only the sentences with a weasel span are looked at
        s, e = doc.sentence_of(a.cue_start)
        joint = _NEW_CLAUSE.search(doc.text, a.cue_end, e)
        out.append((a.cue_end, joint.start() if joint else e))
        if a.source.start > a.cue_start:
            continue  # "said Ann Lee": the quotation, if any, ends before the cue
        before = doc.text[s : a.cue_start]
        close = max(before.rfind(q) for q in _CLOSING_QUOTES)
        if close > 0 and a.source.start >= s + close:
            out.append((s, s + close))  # ""Many are angry," Lee said"
    return out


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)
