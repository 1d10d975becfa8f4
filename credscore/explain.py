"""What a report says about an article's sourcing: reasons, sources and gaps, as plain data.

This is the layer between the model and the renderers (text -> signals -> features ->
model -> explanation -> render). It decides what a report says; the renderers of
:mod:`credscore.render` only decide how it looks. Everything here is plain data and plain
words: no ANSI, no Markdown, no HTML.

* :func:`reasons`: the model's contributions grouped into plain-language
  reasons ("3 anonymous sources, e.g. 'officials'" and its points), each with the
  evidence behind it. Related features count as one reason (the rate of a
  signal per 1,000 words and its share of the source mentions; the four
  readability measures), and a reason's points are those of its features
  together: the score with them minus the score with all of them at their
  training average.
* :func:`sources`: who the article cites, which kind of source (the ``source_kind``
  of its signal, :class:`credscore.signals.SignalInfo`), how many statements each.
* :func:`missing`: what a reader would expect and the article lacks.
* :func:`format_points`, :func:`clip`, :func:`plural`: how points, long spans and counts
  are put in words, here and in the renderers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ._evidence import Evidence
from ._text import Doc
from .features.indicators import attributed_sentences, spokesperson
from .normalize import normalize
from .report import PATTERN_PREFIX, Contribution, Report, points_for
from .signals import SIGNAL_INFO

__all__ = [
    "Reason",
    "SourceEntry",
    "clip",
    "format_points",
    "missing",
    "plural",
    "reasons",
    "sources",
]

#: Source signal -> the kind of source its evidence is, as the sources table shows it.
_SOURCE_KIND = {
    name: info.source_kind for name, info in SIGNAL_INFO.items() if info.source_kind is not None
}
_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i"})


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------


def format_points(points: float, unit: bool = True) -> str:
    """Score points as shown in reports: signed, whole above one point, one decimal below, and
    no sign on what rounds to nothing.

    Examples
    --------
    >>> format_points(-9.2), format_points(0.84), format_points(1.04), format_points(3.0, False)
    ('-9 points', '+0.8 points', '+1 point', '+3')
    >>> format_points(-0.04)
    '0.0 points'
    """
    if abs(points) < 0.05:
        n = "0.0"
    else:
        n = f"{points:+.0f}" if abs(points) >= 0.95 else f"{points:+.1f}"
    if not unit:
        return n
    return f"{n} {'point' if n in ('+1', '-1') else 'points'}"


def plural(n: int, one: str, many: str) -> str:
    """``n`` and the noun in its number.

    >>> plural(1, "source", "sources"), plural(3, "source", "sources")
    ('1 source', '3 sources')
    """
    return f"{n} {one if n == 1 else many}"


def clip(s: str, limit: int) -> str:
    """``s`` in at most ``limit`` characters, cut at a word boundary when it can be.

    >>> clip("a civil engineer at the State University", 24)
    'a civil engineer at the…'
    """
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if s[limit - 1] != " " and " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


# --------------------------------------------------------------------------------------
# Reasons
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """One plain-language reason: a sentence, its points, and its evidence.

    Attributes
    ----------
    text : str
        The reason in words, without its points, e.g.
        ``"3 anonymous sources (60% of source mentions), e.g. 'officials'"``.
    points : float
        Score points of the reason's features together: the score minus the
        score with these features at their training average.
    contribution : float
        The same in log-odds: the sum of the features' contributions.
    feature : str
        The reason's largest feature.
    evidence : tuple of Evidence
        The spans behind the reason, in text order (empty for whole-text
        measures such as readability, whose values the text states).
    features : tuple of str
        Every feature the reason groups.
    group : str
        A stable key of the reason's group: ``attribution``, ``named``,
        ``expert``, ``anonymous``, ``organization``, ``media``, ``quotes``,
        ``hedge``, ``booster``, ``weasel``, ``verification``, ``statistic``, ``document``,
        ``readability``, ``length`` (a feature outside them: its own name).
    label : str
        A short name of the group, e.g. ``"anonymous sources"``.

    Examples
    --------
    >>> r = Reason("3 anonymous sources", -9.2, -0.5, "anonymous_share", ())
    >>> str(r)
    '3 anonymous sources (-9 points)'
    """

    text: str
    points: float
    contribution: float
    feature: str
    evidence: tuple[Evidence, ...]
    features: tuple[str, ...] = ()
    group: str = ""
    label: str = ""

    def __str__(self) -> str:
        return f"{self.text} ({format_points(self.points)})"


# The reason groups: (key, short label, features). A feature in no group is a reason alone.
_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("attribution", "attributed sentences", ("attributed_sentence_share",)),
    ("named", "named people", ("named_sources",)),
    ("expert", "experts with credentials", ("expert_sources",)),
    ("anonymous", "anonymous sources", ("anonymous_sources", "anonymous_share")),
    ("organization", "organisations", ("organization_sources",)),
    ("media", "other outlets", ("media_sources",)),
    ("distinct", "distinct sources", ("distinct_sources",)),
    ("quotes", "direct quotes", ("direct_quotes",)),
    ("hedge", "hedges", ("hedges_per_sentence",)),
    ("booster", "boosters", ("boosters",)),
    ("weasel", "unsupported claims", ("unsupported_claims",)),
    ("verification", "verification", ("verifications",)),
    ("statistic", "statistics", ("statistics",)),
    ("document", "documents", ("documents",)),
    ("readability", "readability", ("words_per_sentence", "polysyllable_share")),
    (
        "punctuation",
        "sensational punctuation",
        ("exclamation_per_1k", "question_per_1k", "capitals_per_1k"),
    ),
    ("first_person", "first-person writing", ("first_person_per_1k",)),
    ("second_person", "addressing the reader", ("second_person_per_1k",)),
    ("dates", "days and dates named", ("dates_named",)),
)


# Groups whose reason says so when the article has some of a good thing but fewer than a
# typical article (so it lowers the score), or some of a bad thing but fewer than usual.
_BELOW_TYPICAL = frozenset(
    "named expert anonymous organization media quotes hedge booster weasel verification "
    "statistic document".split()
)


def _direction(feature: str) -> int:
    """+1 if journalism standards say ``feature`` cannot lower a score, -1 raise, else 0."""
    from .features import FEATURES

    return next((f.direction for f in FEATURES if f.name == feature), 0)


def _example(ev: tuple[Evidence, ...], limit: int = 60) -> str:
    """``", e.g. '…'"`` with the most telling span: the longest that fits, never a pronoun."""
    cands = [e for e in ev if e.text.strip().lower() not in _PRONOUNS] or list(ev)
    if not cands:
        return ""
    fits = [e for e in cands if len(" ".join(e.text.split())) <= limit]
    best = max(fits, key=lambda e: len(e.text)) if fits else min(cands, key=lambda e: len(e.text))
    return f", e.g. '{clip(best.text, limit)}'"


def _value(cs: dict[str, Contribution], name: str, default: float = 0.0) -> float:
    c = cs.get(name)
    return c.value if c is not None else default


def _named_people(report: Report) -> set[str]:
    return {
        " ".join(str(e.details.get("resolved") or e.text).split()).lower()
        for e in report.evidence
        if e.signal == "named_source" and e.text.strip().lower() not in _PRONOUNS
    }


def _text_named(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
    if not ev:
        return "no named people quoted or cited"
    people = len(_named_people(report)) or 1
    mentions = plural(len(ev), "mention", "mentions")
    total = _source_mentions(report)
    of = f" of {total} source mentions" if total > len(ev) else ""
    who = plural(people, "named person", "named people")
    return f"{who} quoted or cited ({mentions}{of}){_example(ev)}"


def _text_expert(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
    if not ev:
        return "no experts with credentials"
    named = _named_people(report)
    all_named = all(" ".join(str(e.details.get("source", "")).split()).lower() in named for e in ev)
    return plural(
        len(ev),
        "named expert with credentials" if all_named else "expert with credentials",
        "named experts with credentials" if all_named else "experts with credentials",
    ) + _example(ev, 70)


def _source_mentions(report: Report) -> int:
    return sum(1 for e in report.evidence if e.signal in _SOURCE_KIND and not spokesperson(e))


def _text_source(one: str, many: str, verb: str) -> Callable[..., str]:
    def text(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
        if not ev:
            return f"no {many}"
        total = _source_mentions(report)
        if total and total != len(ev):
            return f"{len(ev)} of {total} source mentions {verb}{_example(ev)}"
        if total:
            return f"all {plural(len(ev), one, many)}{_example(ev)}".replace("all 1 ", "the only ")
        return plural(len(ev), one, many) + _example(ev)

    return text


def _text_count(one: str, many: str, none: str) -> Callable[..., str]:
    def text(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
        if not ev:
            return none
        return plural(len(ev), one, many) + _example(ev, 40)

    return text


def _text_quotes(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
    if not ev:
        return "no direct quotes"
    return plural(len(ev), "direct quote", "direct quotes") + _example(ev, 60)


def _text_attribution(cs: dict[str, Contribution], ev: tuple[Evidence, ...], r: Report) -> str:
    from .signals import extract

    doc = Doc(normalize(r.text).text)
    n = len(doc.sentences)
    if not n:
        return "no sentence says where its claim comes from"
    on_record, unnamed = attributed_sentences(doc, extract(doc, publisher=r.publisher))
    text = (
        f"{len(on_record)} of {n} sentences say on the record who or what a claim comes from "
        "(a named person, an organisation, an outlet or a document)"
    )
    if unnamed:
        text += "; " + plural(
            len(unnamed), "more cites only unnamed sources", "more cite only unnamed sources"
        )
        text += " (counted half)"
    return text


def _text_readability(cs: dict[str, Contribution], ev: tuple[Evidence, ...], r: Report) -> str:
    parts = []
    if "words_per_sentence" in cs:
        parts.append(f"{_value(cs, 'words_per_sentence'):.0f} words per sentence")
    if "polysyllable_share" in cs:
        parts.append(f"{_value(cs, 'polysyllable_share'):.0%} long words")
    if not any(c.value for c in cs.values()):
        return "readability: not measured"
    return "readability: " + ", ".join(parts)


def _text_punctuation(cs: dict[str, Contribution], ev: tuple[Evidence, ...], r: Report) -> str:
    counts = {name: 0 for name in ("exclamation_per_1k", "question_per_1k", "capitals_per_1k")}
    for e in ev:
        counts[str(e.details.get("indicator"))] = counts.get(str(e.details.get("indicator")), 0) + 1
    parts = [
        plural(counts["exclamation_per_1k"], "exclamation mark", "exclamation marks"),
        plural(counts["question_per_1k"], "question mark", "question marks"),
        plural(counts["capitals_per_1k"], "word in capitals", "words in capitals"),
    ]
    if not ev:
        return "no exclamation marks, questions to the reader or words in capitals"
    words = [e for e in ev if e.text[:1].isalpha()]
    return f"sensational punctuation outside quotes: {', '.join(parts)}" + (
        _example(tuple(words), 40) if words else ""
    )


def _text_patterns(cs: dict[str, Contribution], ev: tuple[Evidence, ...], r: Report) -> str:
    total = sum(c.contribution for c in cs.values())
    way = "credible" if total > 0 else "not credible"
    return (
        f"how the sentences are built ({len(cs)} word patterns with topic words masked) "
        f"resembles articles rated {way}; this is style, not sourcing"
    )


_GROUP_TEXT: dict[str, Callable[[dict[str, Contribution], tuple[Evidence, ...], Report], str]] = {
    "patterns": _text_patterns,
    "attribution": _text_attribution,
    "named": _text_named,
    "expert": _text_expert,
    "anonymous": _text_source("anonymous source", "anonymous sources", "are unnamed"),
    "organization": _text_source(
        "organisation speaking for itself",
        "organisations speaking for themselves",
        "are organisations speaking for themselves",
    ),
    "media": _text_source(
        "other news outlet cited as a source",
        "other news outlets cited as sources",
        "are other news outlets",
    ),
    "distinct": lambda cs, ev, r: _text_distinct(r),
    "quotes": _text_quotes,
    "hedge": _text_count("hedge (uncertain wording)", "hedges (uncertain wording)", "no hedges"),
    "booster": _text_count(
        "booster (asserted certainty)", "boosters (asserted certainty)", "no boosters"
    ),
    "weasel": _text_count(
        "claim attributed to no one in particular",
        "claims attributed to no one in particular",
        "no claims attributed to no one in particular",
    ),
    "verification": _text_count(
        "sign the reporters checked",
        "signs the reporters checked",
        "nothing the article's own reporters verified",
    ),
    "statistic": _text_count("statistic", "statistics", "no statistics"),
    "document": _text_count(
        "document or record cited", "documents or records cited", "no documents or records cited"
    ),
    "readability": _text_readability,
    "punctuation": _text_punctuation,
    "first_person": _text_count(
        "first-person word of the writer's own (outside quotes)",
        "first-person words of the writer's own (outside quotes)",
        "the writer does not speak in the first person",
    ),
    "second_person": _text_count(
        "word addressing the reader (outside quotes)",
        "words addressing the reader (outside quotes)",
        "the writer does not address the reader",
    ),
    "dates": _text_count(
        "day or month named (when things were said or happened)",
        "days and months named (when things were said or happened)",
        "no days or dates named (when things were said or happened)",
    ),
}


def _on_record(report: Report) -> list[SourceEntry]:
    return [s for s in sources(report) if s.kind != "unnamed"]


def _text_distinct(report: Report) -> str:
    n = len(_on_record(report))
    if not n:
        return "no source on the record: nothing says who the claims come from"
    if n == 1:
        return "a single source on the record: no second voice"
    return f"{n} distinct sources on the record (named people, organisations, outlets)"


def _group_of(feature: str) -> tuple[str, str]:
    if feature.startswith(PATTERN_PREFIX):
        return "patterns", "writing patterns"
    for key, label, feats in _GROUPS:
        if feature in feats:
            return key, label
    return feature, feature.replace("_", " ")


def reasons(report: Report, limit: int | None = 6, min_points: float = 0.5) -> list[Reason]:
    """The contributions as plain-language reasons, largest first.

    Related features are one reason (a signal's rate per 1,000 words and its
    share of the source mentions; the readability measures): their contributions
    add up in log-odds, and the reason's points are the score with them minus
    the score with all of them at their training average.

    Parameters
    ----------
    report : Report
    limit : int or None, default 6
        At most this many reasons (``None``: all).
    min_points : float, default 0.5
        Leave out reasons smaller than this many score points.

    Returns
    -------
    list of Reason

    Examples
    --------
    >>> from credscore import score
    >>> report = score("Officials said the bridge may close. Officials said it was unsafe.")
    >>> r = next(r for r in reasons(report, None, 0) if r.group == "anonymous")
    >>> r.text
    "all 2 anonymous sources, e.g. 'Officials'"
    >>> [e.text for e in r.evidence]
    ['Officials', 'Officials']
    >>> all_reasons = reasons(report, limit=None, min_points=0)
    >>> total = sum(c.contribution for c in report.contributions)
    >>> abs(sum(r.contribution for r in all_reasons) - total) < 1e-9
    True
    """
    groups: dict[str, list[Contribution]] = {}
    labels: dict[str, str] = {}
    for c in report.contributions:
        key, label = _group_of(c.feature)
        groups.setdefault(key, []).append(c)
        labels[key] = label
    sources_ev = tuple(
        e for e in report.evidence if e.signal in _SOURCE_KIND and not spokesperson(e)
    )
    out = []
    for key, cs in groups.items():
        total = sum(c.contribution for c in cs)
        pts = points_for(report.score_logit, total)
        by_name = {c.feature: c for c in cs}
        if key == "attribution":
            ev = sources_ev
        elif key == "patterns":  # word patterns are not reasons a reader can check
            ev = ()
        elif key == "distinct":
            ev = tuple(s.mentions[0] for s in _on_record(report))
        else:
            seen: dict[tuple[str, int, int], Evidence] = {}
            for c in cs:
                for e in c.evidence:
                    seen.setdefault((e.signal, e.start, e.end), e)
            ev = tuple(sorted(seen.values(), key=lambda e: (e.start, e.end)))
        describe = _GROUP_TEXT.get(key)
        if describe is not None:
            text = describe(by_name, ev, report)
        else:
            c = cs[0]
            text = f"{c.description}: {c.value:.2f}"
        top = max(cs, key=lambda c: abs(c.contribution))
        if ev and key in _BELOW_TYPICAL and total * _direction(top.feature) < 0:
            # "1 named person quoted" that lowers the score: there are fewer than usual
            text += ": fewer than in a typical article"
        out.append(
            Reason(
                text, pts, total, top.feature, ev, tuple(c.feature for c in cs), key, labels[key]
            )
        )
    out.sort(key=lambda r: -abs(r.points))
    out = [r for r in out if abs(r.points) >= min_points]
    return out if limit is None else out[:limit]


# --------------------------------------------------------------------------------------
# Sources and what is missing
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceEntry:
    """A source of the article: who, which kind, how many statements, credentials.

    ``kind`` is one of ``"named"``, ``"unnamed"``, ``"organisation"``,
    ``"other outlet"`` (the ``source_kind`` of the signal that found it, see
    :class:`credscore.signals.SignalInfo`); ``mentions`` are its evidence, pronouns
    resolved to it included.
    """

    name: str
    kind: str
    statements: int
    expert: bool
    mentions: tuple[Evidence, ...]


def sources(report: Report) -> list[SourceEntry]:
    """The article's sources, merged by resolved name, in order of first mention.

    Examples
    --------
    >>> from credscore import score
    >>> text = 'Ana Ruiz, an economist at Leeds, said prices would rise. "Soon," she said.'
    >>> [(s.name, s.kind, s.statements, s.expert) for s in sources(score(text))]
    [('Ana Ruiz', 'named', 2, True)]
    """
    experts = {
        " ".join(str(e.details.get("source")).split()).lower()
        for e in report.evidence
        if e.signal == "expert_source"
    }
    entries: dict[tuple[str, str], list[Evidence]] = {}
    for e in report.evidence:
        if e.signal not in _SOURCE_KIND or spokesperson(e):
            continue  # an unnamed spokesperson is listed once, as the body it speaks for
        name = str(e.details.get("resolved") or e.text)
        key = (" ".join(name.split()).lower(), e.signal)
        entries.setdefault(key, []).append(e)
    out = []
    for (who, signal), evs in entries.items():
        name = " ".join(str(evs[0].details.get("resolved") or evs[0].text).split())
        statements = sum(len(e.details.get("cues", [])) or 1 for e in evs)
        expert = who in experts or " ".join(evs[0].text.split()).lower() in experts
        out.append(SourceEntry(name, _SOURCE_KIND[signal], statements, expert, tuple(evs)))
    return out


def missing(report: Report) -> list[str]:
    """What a reader would expect and the article lacks.

    Examples
    --------
    >>> from credscore import score
    >>> for gap in missing(score("Officials said the bridge over the river may close next week.")):
    ...     print(gap)
    no named source
    no named expert
    no direct quotes
    nothing the article's own reporters verified (no comment sought, no records reviewed)
    no statistics or documents cited
    a single source: no second voice
    """
    have = {e.signal for e in report.evidence}
    kinds = {str(e.details.get("kind")) for e in report.evidence if e.signal == "specifics"}
    srcs = sources(report)
    out = []
    if "named_source" not in have:
        out.append("no named source")
    if not any(s.expert and s.kind == "named" for s in srcs):
        out.append(
            "no named expert (the experts cited are not named)"
            if "expert_source" in have
            else "no named expert"
        )
    if "direct_quote" not in have:
        out.append("no direct quotes")
    if "verification" not in have:
        out.append(
            "nothing the article's own reporters verified (no comment sought, no records reviewed)"
        )
    if "document" not in kinds and "statistic" not in kinds:
        out.append("no statistics or documents cited")
    if len(srcs) == 1:
        out.append("a single source: no second voice")
    return out
