"""Credibility indicators: from raw texts to a numeric table, as a scikit-learn transformer.

Every feature is an indicator a journalist can name: who the article cites and how,
hedging and boosters, verification, statistics and documents, a few style indicators
(sensational punctuation, capitals, first-person writing, addressing the reader, dates)
and readability. None reads the article's vocabulary, outlet or typography, so that a
model trained on one corpus transfers to another and a re-typed copy scores the same.
:data:`FEATURES` lists them with the signal each one counts (how reports find the
evidence behind a feature) and the direction journalism standards give it (how the model
is constrained, :mod:`credscore.model`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from .. import lexicons
from .._evidence import Evidence
from .._text import Doc
from ..normalize import anchor, normalize
from ..signals import SIGNAL_INFO, extract
from .readability import MODEL_MEASURES, model_measures
from .style import STYLE_FEATURES, style_indicators

__all__ = [
    "FEATURES",
    "HEDGE_MIN_SENTENCES",
    "TEXT_COLUMN",
    "UNNAMED_ATTRIBUTION_WEIGHT",
    "Feature",
    "attributed_sentences",
    "featurize",
    "nothing_found",
    "spokesperson",
    "take_rows",
]


@dataclass(frozen=True)
class Feature:
    """A credibility indicator: its name, plain label, and what journalism says of it.

    Attributes
    ----------
    name : str
        The column name.
    description : str
        What it measures, in plain words.
    signal : str, optional
        The signal whose evidence backs it (``"style"`` for :mod:`credscore.features.style`).
    kind : str, optional
        A sub-kind of the signal's evidence (e.g. ``"statistic"`` of ``specifics``) or,
        for style, the indicator's name.
    direction : int
        +1: by journalism standards it cannot lower a score (named, expert, document and
        statistic, verification, distinct sources); -1: it cannot raise one (anonymous
        share, speculation, sensational punctuation); 0: free, the data decide (the model
        card says why each free one is free).
    floor : float
        The smallest weight (per standard deviation, in log-odds) the model may give it in
        its ``direction``: a prior that these indicators matter, so that a single added or
        removed source moves the score visibly even where the training labels barely
        reward it (see :mod:`credscore.model`).
    why_free : str
        For ``direction == 0``: why no direction is imposed.
    """

    name: str
    description: str
    signal: str | None = None
    kind: str | None = None
    direction: int = 0
    floor: float = 0.0
    why_free: str = ""


def _count(name: str, description: str, signal: str | None, kind: str | None = None, **kw: Any):
    return Feature(name, f"{description} (log1p of the count)", signal, kind, **kw)


#: The hedge rate is taken over at least this many sentences. In a short article a plain rate
#: barely moves when one more speculative sentence is added, because the sentence also adds to
#: the denominator (a weakly sourced 12-sentence article with 6 hedges goes from 0.50 to 0.54);
#: over a floor of 20, each hedge in a short article weighs the same 1/20, and a long article
#: keeps its plain rate.
HEDGE_MIN_SENTENCES = 20

#: The weight of a sentence attributed only to unnamed sources in ``attributed_sentence_share``
#: (a sentence on the record weighs 1). Half, so that removing an unnamed attribution ("a driver
#: who asked not to be named said") and adding a bare unattributed sentence both lower the share,
#: while naming the source still raises it.
UNNAMED_ATTRIBUTION_WEIGHT = 0.5

_SOURCING = (
    _count("named_sources", "distinct named people cited", "named_source", direction=1, floor=0.3),
    _count(
        "expert_sources", "sources with expert credentials", "expert_source", direction=1, floor=0.2
    ),
    _count(
        "organization_sources",
        "organisations speaking on the record",
        "organization_source",
        direction=1,
        floor=0.1,
    ),
    # Citing another outlet is attribution at second hand: a claim credited to another
    # newsroom is on the record (it counts in attributed_sentence_share), which the
    # standards ask for when a story uses others' reporting, so it cannot lower a score; its
    # floor is 0, because second-hand sourcing is not a reason to raise one either.
    _count(
        "media_sources",
        "other news outlets cited",
        "media_source",
        direction=1,
        floor=0.0,
    ),
    _count(
        "anonymous_sources", "unnamed-source mentions", "anonymous_source", direction=-1, floor=0.1
    ),
    Feature(
        "anonymous_share",
        "share of source mentions that are unnamed (smoothed: (unnamed + 0.5) / (all + 1))",
        "anonymous_source",
        direction=-1,
        floor=0.3,
    ),
    _count(
        "distinct_sources",
        "distinct sources on the record (people, organisations, outlets)",
        None,
        direction=1,
        floor=0.2,
    ),
    # A sentence attributed only to unnamed sources counts half: better than a bare assertion
    # (someone is said to stand behind it), not as good as a source a reader can check.
    Feature(
        "attributed_sentence_share",
        "share of sentences that say who or what a claim comes from: on the record (a named "
        "person, an organisation, an outlet or a document) counts 1, only unnamed sources 1/2",
        direction=1,
        floor=0.4,
    ),
    _count("direct_quotes", "direct quotations", "direct_quote", direction=1, floor=0.15),
    # Each hedge counts, not each hedged sentence: speculation added as a clause to a sentence
    # that already hedges ("..., and some suspect the figures were massaged") is more
    # speculation, and a share of sentences did not see it.
    Feature(
        "hedges_per_sentence",
        f"hedges and speculation per sentence (each hedge counts, and a sentence where an "
        f"unnamed group only believes or suspects counts at least one; over at least "
        f"{HEDGE_MIN_SENTENCES} sentences: in a shorter article each counts "
        f"1/{HEDGE_MIN_SENTENCES})",
        "hedge",
        direction=-1,
        floor=0.3,
    ),
    _count("boosters", "asserted certainty without support", "booster", direction=-1, floor=0.1),
    _count(
        "unsupported_claims",
        "claims attributed to no one in particular (weasel words: 'critics say', 'it is "
        "widely believed', 'research has shown')",
        "weasel",
        direction=-1,
        floor=0.1,
    ),
    _count(
        "verifications",
        "comment sought and records checked",
        "verification",
        direction=1,
        floor=0.3,
    ),
    _count("statistics", "statistics", "specifics", "statistic", direction=1, floor=0.2),
    _count(
        "documents",
        "documents, reports and data cited",
        "specifics",
        "document",
        direction=1,
        floor=0.3,
    ),
)

_STYLE_DIRECTIONS = {
    "exclamation_per_1k": -1,
    "question_per_1k": -1,
    "capitals_per_1k": -1,
    "first_person_per_1k": -1,
    "second_person_per_1k": -1,
    "dates_named": 1,
}

_READABILITY_WHY = (
    "plain and difficult writing both occur in careful reporting; which one marks the less "
    "credible articles is left to the data"
)

FEATURES: tuple[Feature, ...] = (
    *_SOURCING,
    *(
        Feature(name, desc, "style", name, direction=_STYLE_DIRECTIONS[name], floor=0.05)
        for name, desc in STYLE_FEATURES
    ),
    Feature("words_per_sentence", "average sentence length in words", why_free=_READABILITY_WHY),
    Feature(
        "polysyllable_share",
        "share of words of three or more syllables (capitalised words, mostly names, left out)",
        why_free=_READABILITY_WHY,
    ),
)

FEATURE_NAMES = tuple(f.name for f in FEATURES)

#: The column of :func:`feature_frame` that holds the text itself.
TEXT_COLUMN = "text"

#: The readability measures used as features.
_READABILITY = MODEL_MEASURES

#: Signals whose evidence is a source mention (people, organisations, outlets, unnamed).
_PEOPLE = tuple(name for name, info in SIGNAL_INFO.items() if info.source_kind is not None)
#: Sources on the record: a claim attributed to one of these (or to a document) is attributed.
_ON_RECORD = tuple(name for name, info in SIGNAL_INFO.items() if info.on_record)
#: An unnamed group that only believes, suspects or predicts ("some residents suspect", "some
#: go further and predict") is speculation.
_BELIEF_CUES = frozenset(lexicons.load("belief_verbs")) | {
    "predict",
    "predicts",
    "predicted",
    "forecast",
    "forecasts",
}
#: Words that make a document the source of its sentence's claim ("records show", "according
#: to the report", "filings reviewed by", "the settlement required", "minutes record that"), as
#: opposed to a document merely mentioned.
_DOCUMENT_CUES = re.compile(
    r"\b(?:show|shows|showed|shown|found|finds|find|according|cite|cites|cited|citing|"
    r"reviewed|obtained|list|lists|listed|state|states|stated|indicate|indicates|indicated|"
    r"report|reports|reported|say|says|said|reveal|reveals|revealed|estimate|estimates|"
    r"estimated|recorded|released|published|recommend|recommends|recommended|conclude|"
    r"concludes|concluded|warn|warns|warned|note|notes|noted|detail|details|detailed|"
    r"describe|describes|described|document|documents|documented|confirm|confirms|"
    r"confirmed|give|gives|gave|summari[sz]e|summari[sz]es|summari[sz]ed|outline|outlines|"
    r"outlined|point|points|pointed|project|projects|projected|compare|compares|compared|"
    r"calculate|calculates|calculated|put|puts|require|requires|required|contain|contains|"
    r"contained|records?\s+that|sets?\s+aside|allocates|allocated|earmarks|earmarked|"
    r"logged|logs|counted|counts|tallied|tallies|tracked|tracks|measured|measures)\b",
    re.IGNORECASE,
)
# A sentence that goes on with the document of the sentence before: "The review compared census
# totals with school records. It found that three neighbourhoods were undercounted."
_DOCUMENT_GOES_ON = re.compile(r"(?:It|They)\s+(?:\w+\s+)?")


def _continues_document(doc: Doc, index: int, cited: set[int]) -> bool:
    """Whether sentence ``index`` opens with "It" or "They", a cue within its next two words
    ("It found that", "They also show"), right after a sentence that cites a document."""
    if index - 1 not in cited:
        return False
    start, _end = doc.sentences[index]
    m = _DOCUMENT_GOES_ON.match(doc.text, start)
    return m is not None and _DOCUMENT_CUES.search(doc.text, start, m.end() + 12) is not None


def _cites_document(doc: Doc, offset: int) -> bool:
    """Whether the sentence around ``offset`` says a claim comes from its document."""
    start, end = doc.sentence_of(offset)
    return _DOCUMENT_CUES.search(doc.text, start, end) is not None


_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i"})


def _words(text: str) -> int:
    return len(text.split())


def featurize(
    text: str,
    publisher: str | None = None,
    with_readability: bool = True,
    with_style: bool = True,
) -> tuple[dict[str, float], list[Evidence]]:
    """Compute the indicators of one text, and the evidence they were counted from.

    The text is normalised first (:func:`credscore.normalize.normalize`: quotes, dashes,
    ellipses, Unicode forms, line endings and hard wraps), so that a text and its re-typed,
    re-wrapped or CRLF copy get the same values; evidence offsets point into ``text`` as
    given.

    Parameters
    ----------
    text : str
        The article text.
    publisher : str, optional
        The article's own outlet (see :func:`credscore.extract`).
    with_readability : bool, default True
        Whether to compute the readability measures (else they are 0.0).
    with_style : bool, default True
        Whether to compute the style indicators of :mod:`credscore.features.style` (else 0.0).

    Returns
    -------
    features : dict
        One value per name in :data:`FEATURE_NAMES`, in that order.
    evidence : list of Evidence
        The signals' evidence (as :func:`credscore.extract` returns it), then the style
        indicators' spans (signal ``"style"``), offsets into ``text``.

    Examples
    --------
    >>> f, ev = featurize("Officials said the bridge may close.")
    >>> f["anonymous_share"], f["hedges_per_sentence"]
    (0.75, 0.05)
    """
    norm = normalize(text)
    doc = Doc(norm.text)
    found = extract(doc, publisher=publisher)
    f = _sourcing_rates(doc, found)
    style_ev: list[Evidence] = []
    if with_style:
        rates, spans = style_indicators(doc)
        f.update(rates)
        for name, _d in STYLE_FEATURES:
            style_ev.extend(spans[name])
    else:
        f.update(dict.fromkeys((n for n, _d in STYLE_FEATURES), 0.0))
    if with_readability:
        f.update(model_measures(doc))
    else:
        f.update(dict.fromkeys(_READABILITY, 0.0))
    ordered = {name: f[name] for name in FEATURE_NAMES}
    return ordered, anchor(found, norm) + anchor(style_ev, norm)


def nothing_found() -> dict[str, float]:
    """The sourcing indicators of a text in which no signal found anything.

    >>> nothing_found()["anonymous_share"], nothing_found()["named_sources"]
    (0.5, 0.0)
    """
    return _sourcing_rates(Doc(""), [])


def attributed_sentences(doc: Doc, evidence: list[Evidence]) -> tuple[set[int], set[int]]:
    """Indices of the sentences attributed on the record, and of those attributed only to
    unnamed sources.

    A sentence is on the record when a named person, an expert, an organisation or an outlet
    is its source, or when it cites a document (and the sentence right after one that does
    goes on with it: "It found that ..."). A sentence whose only source is unnamed ("people
    familiar with the plans said") is attributed, but not on the record; an unnamed group
    that only believes or suspects (a speculation, counted as a hedge) is not a source here.
    An unnamed spokesperson's twin is left out (:func:`spokesperson`): the body speaks.

    >>> from credscore import extract
    >>> doc = Doc("Ann Lee said the mill shut. Officials said it was sold. It rained.")
    >>> attributed_sentences(doc, extract(doc))
    ({0}, {1})
    """
    evidence = [e for e in evidence if not spokesperson(e)]
    on_record = {
        doc.sentence_index(e.start)
        for e in evidence
        if e.signal in _ON_RECORD
        or (e.details.get("kind") == "document" and _cites_document(doc, e.start))
    }
    documented = {
        doc.sentence_index(e.start) for e in evidence if e.details.get("kind") == "document"
    } & on_record
    on_record |= {
        i for i in range(1, len(doc.sentences)) if _continues_document(doc, i, documented)
    }
    unnamed = {
        doc.sentence_index(e.start)
        for e in evidence
        if e.signal == "anonymous_source"
        and not _BELIEF_CUES.intersection(e.details.get("cues", ()))
    }
    return on_record, unnamed - on_record


def spokesperson(e: Evidence) -> bool:
    """Whether ``e`` is an unnamed spokesperson's twin of an organisation's evidence.

    >>> from credscore import extract
    >>> [(x.signal, spokesperson(x)) for x in extract("A company spokesman said so.")]
    [('anonymous_source', True), ('organization_source', False)]
    """
    return e.signal == "anonymous_source" and bool(e.details.get("spokesperson"))


def _sourcing_rates(doc: Doc, evidence: list[Evidence]) -> dict[str, float]:
    """The sourcing indicators of a parsed text from its signals' evidence."""
    # An unnamed spokesperson speaks on the record for a named body: the organisation's
    # evidence counts it, its twin as an unnamed source does not ("A spokesperson for the
    # agency said ..." is comment obtained, not an anonymous source).
    evidence = [e for e in evidence if not spokesperson(e)]
    counts: dict[str, int] = {}
    for e in evidence:
        key = str(e.details.get("kind")) if e.signal == "specifics" else e.signal
        counts[key] = counts.get(key, 0) + 1
    named: set[str] = set()
    distinct: set[tuple[str, str]] = set()
    for e in evidence:
        if e.signal not in _PEOPLE:
            continue
        key = " ".join(str(e.details.get("resolved") or e.text).lower().split())
        if e.signal == "named_source":
            if key in _PRONOUNS:
                continue
            named.add(key)
        if e.signal != "anonymous_source":
            distinct.add((e.signal, key))
    total = sum(counts.get(s, 0) for s in _PEOPLE)
    n = {
        "named_sources": len(named),
        "expert_sources": counts.get("expert_source", 0),
        "organization_sources": counts.get("organization_source", 0),
        "media_sources": counts.get("media_source", 0),
        "anonymous_sources": counts.get("anonymous_source", 0),
        "distinct_sources": len(distinct),
        "direct_quotes": counts.get("direct_quote", 0),
        "boosters": counts.get("booster", 0),
        "unsupported_claims": counts.get("weasel", 0),
        "verifications": counts.get("verification", 0),
        "statistics": counts.get("statistic", 0),
        "documents": counts.get("document", 0),
    }
    f = {name: math.log1p(v) for name, v in n.items()}
    # Smoothed, so that an article with no source at all is not "none unnamed" (0.0) but
    # undecided (0.5), and one unnamed source of one is not "all unnamed" for certain.
    f["anonymous_share"] = (counts.get("anonymous_source", 0) + 0.5) / (total + 1)
    n_sents = max(len(doc.sentences), 1)
    on_record, unnamed_only = attributed_sentences(doc, evidence)
    hedges: dict[int, int] = {}
    for e in evidence:
        if e.signal == "hedge":
            i = doc.sentence_index(e.start)
            hedges[i] = hedges.get(i, 0) + 1
    for e in evidence:
        if e.signal == "anonymous_source" and _BELIEF_CUES.intersection(e.details.get("cues", ())):
            i = doc.sentence_index(e.start)
            hedges[i] = max(hedges.get(i, 0), 1)
    f["attributed_sentence_share"] = (
        (len(on_record) + UNNAMED_ATTRIBUTION_WEIGHT * len(unnamed_only)) / n_sents
        if doc.sentences
        else 0.0
    )
    f["hedges_per_sentence"] = (
        sum(hedges.values()) / max(n_sents, HEDGE_MIN_SENTENCES) if doc.sentences else 0.0
    )
    return f


def take_rows(X: Any, idx: Any) -> Any:
    """Rows ``idx`` (indices or a boolean mask) of a feature matrix or a :func:`feature_frame`."""
    return X.iloc[idx].reset_index(drop=True) if hasattr(X, "iloc") else X[idx]
