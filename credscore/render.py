"""Renderers over a :class:`~credscore.report.Report`: reasons, text, Markdown, JSON and HTML.

The renderers only format; everything they show is computed from the report,
so the command line (``credscore explain --format text|md|json|html``) and
library users get the same output from the same functions::

    report = credscore.score(text)
    render_text(report)       # the terminal (``color=True`` for ANSI colours)
    render_markdown(report)   # Markdown
    render_json(report)       # JSON, schema ``credscore/schema/report.schema.json``
    render_html(report)       # one self-contained HTML page

What the reports are made of:

* :func:`reasons`: the model's contributions grouped into plain-language
  reasons ("3 anonymous sources, e.g. 'officials' (-9 points)"), each with the
  evidence behind it. Related features count as one reason (the rate of a
  signal per 1,000 words and its share of the source mentions; the four
  readability measures), and a reason's points are those of its features
  together: the score with them minus the score with all of them at their
  training average.
* :func:`sources`: who the article cites, which kind of source, how many
  statements each.
* :func:`missing`: what a reader would expect and the article lacks.
* :func:`quote`: a piece of evidence in its sentence, the span marked.

The score bands are :data:`credscore.report.BANDS`: 80 and above well sourced,
60 adequately, 40 weakly, below 40 poorly sourced.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ._evidence import Evidence
from ._text import Doc
from .normalize import normalize
from .report import BANDS, PATTERN_PREFIX, Contribution, Report, points_for

__all__ = [
    "JSON_SCHEMA_VERSION",
    "Reason",
    "SourceEntry",
    "format_points",
    "json_schema",
    "missing",
    "quote",
    "reasons",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
    "report_json",
    "sources",
]

#: Version of the JSON output (``schema_version``); see ``docs/report-format.md``.
#: Minor versions only add fields; a renamed or removed field changes the major version.
JSON_SCHEMA_VERSION = "1.2"

_WS = re.compile(r"\s+")

_KIND_LABEL = {
    "named_source": "named",
    "anonymous_source": "unnamed",
    "organization_source": "organisation",
    "media_source": "other outlet",
}
_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i"})

# Every signal with its colour (background, border), underline style and plain description:
# the HTML highlights and legend. Borders differ in style too, so that a greyscale print
# still tells the signals apart.
_SIGNAL_STYLE: dict[str, tuple[str, str, str, str, str]] = {
    # signal: (legend name, background, border colour, border style, description)
    "named_source": ("named source", "#d7f0d4", "#2e7d32", "solid", "a person named as a source"),
    "expert_source": (
        "expert credentials",
        "#cdeef4",
        "#00707f",
        "double",
        "credentials of subject expertise",
    ),
    "anonymous_source": (
        "anonymous source",
        "#ffd6cf",
        "#c62828",
        "dashed",
        "a person or group not named",
    ),
    "organization_source": (
        "organisation",
        "#dbe4ff",
        "#1e4bb8",
        "solid",
        "an institution speaking for itself",
    ),
    "media_source": (
        "other outlet",
        "#eadcff",
        "#6a1b9a",
        "dotted",
        "another news outlet or state media",
    ),
    "direct_quote": (
        "direct quote",
        "#fff4bf",
        "#9a7d00",
        "dotted",
        "quoted words, three or more",
    ),
    "hedge": ("hedge", "#ffe2bf", "#d35400", "wavy", "uncertainty about a claim"),
    "booster": ("booster", "#fbd3ea", "#ad1457", "double", "asserted certainty"),
    "verification": (
        "verification",
        "#c9f2e3",
        "#00695c",
        "solid",
        "comment sought, claims checked",
    ),
    "specifics": ("statistic or document", "#e4e7eb", "#455a64", "solid", "numbers and records"),
}
_SIGNAL_ORDER = {s: i for i, s in enumerate(_SIGNAL_STYLE)}


def format_points(points: float, unit: bool = True) -> str:
    """Score points as shown in reports: signed, whole above one point, one decimal below.

    Examples
    --------
    >>> format_points(-9.2), format_points(0.84), format_points(1.04), format_points(3.0, False)
    ('-9 points', '+0.8 points', '+1 point', '+3')
    """
    n = f"{points:+.0f}" if abs(points) >= 0.95 else f"{points:+.1f}"
    if not unit:
        return n
    return f"{n} {'point' if n in ('+1', '-1') else 'points'}"


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
        ``hedge``, ``booster``, ``verification``, ``statistic``, ``document``,
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
    ("hedge", "hedges", ("hedged_sentence_share",)),
    ("booster", "boosters", ("boosters",)),
    ("verification", "verification", ("verifications",)),
    ("statistic", "statistics", ("statistics",)),
    ("document", "documents", ("documents",)),
    ("readability", "readability", ("words_per_sentence", "polysyllable_share")),
    (
        "punctuation",
        "sensational punctuation and capitals",
        ("exclamation_per_1k", "question_per_1k", "capitals_per_1k"),
    ),
    ("first_person", "first-person writing", ("first_person_per_1k",)),
    ("second_person", "addressing the reader", ("second_person_per_1k",)),
    ("dates", "days and dates named", ("dates_named",)),
)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _clip(s: str, limit: int) -> str:
    """``s`` in at most ``limit`` characters, cut at a word boundary when it can be.

    >>> _clip("a civil engineer at the State University", 24)
    'a civil engineer at the…'
    """
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if s[limit - 1] != " " and " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


def _example(ev: tuple[Evidence, ...], limit: int = 60) -> str:
    """``", e.g. '…'"`` with the most telling span: the longest that fits, never a pronoun."""
    cands = [e for e in ev if e.text.strip().lower() not in _PRONOUNS] or list(ev)
    if not cands:
        return ""
    fits = [e for e in cands if len(" ".join(e.text.split())) <= limit]
    best = max(fits, key=lambda e: len(e.text)) if fits else min(cands, key=lambda e: len(e.text))
    return f", e.g. '{_clip(best.text, limit)}'"


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
    mentions = _plural(len(ev), "mention", "mentions")
    total = _source_mentions(report)
    of = f" of {total} source mentions" if total > len(ev) else ""
    who = _plural(people, "named person", "named people")
    return f"{who} quoted or cited ({mentions}{of}){_example(ev)}"


def _text_expert(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
    if not ev:
        return "no experts with credentials"
    named = _named_people(report)
    all_named = all(" ".join(str(e.details.get("source", "")).split()).lower() in named for e in ev)
    return _plural(
        len(ev),
        "named expert with credentials" if all_named else "expert with credentials",
        "named experts with credentials" if all_named else "experts with credentials",
    ) + _example(ev, 70)


def _source_mentions(report: Report) -> int:
    return sum(1 for e in report.evidence if e.signal in _KIND_LABEL)


def _text_source(one: str, many: str, verb: str) -> Callable[..., str]:
    def text(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
        if not ev:
            return f"no {many}"
        total = _source_mentions(report)
        if total and total != len(ev):
            return f"{len(ev)} of {total} source mentions {verb}{_example(ev)}"
        if total:
            return f"all {_plural(len(ev), one, many)}{_example(ev)}".replace("all 1 ", "the only ")
        return _plural(len(ev), one, many) + _example(ev)

    return text


def _text_count(one: str, many: str, none: str) -> Callable[..., str]:
    def text(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
        if not ev:
            return none
        return _plural(len(ev), one, many) + _example(ev, 40)

    return text


def _text_quotes(cs: dict[str, Contribution], ev: tuple[Evidence, ...], report: Report) -> str:
    if not ev:
        return "no direct quotes"
    return _plural(len(ev), "direct quote", "direct quotes") + _example(ev, 60)


def _text_attribution(cs: dict[str, Contribution], ev: tuple[Evidence, ...], r: Report) -> str:
    share = _value(cs, "attributed_sentence_share")
    n = len(Doc(normalize(r.text).text).sentences)
    if not n:
        return "no sentence says where its claim comes from"
    k = round(share * n)
    return (
        f"{k} of {n} sentences ({share:.0%}) say on the record who or what a claim comes from "
        "(a named person, an organisation, an outlet or a document)"
    )


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
        _plural(counts["exclamation_per_1k"], "exclamation mark", "exclamation marks"),
        _plural(counts["question_per_1k"], "question mark", "question marks"),
        _plural(counts["capitals_per_1k"], "word in capitals", "words in capitals"),
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


def _feature_rows(report: Report) -> list[tuple[str, str, float, float]]:
    """``(description, value, log-odds, points)`` per feature, writing patterns as one row."""
    rows = []
    pats = [c for c in report.contributions if c.feature.startswith(PATTERN_PREFIX)]
    for c in report.contributions:
        if not c.feature.startswith(PATTERN_PREFIX):
            rows.append((c.description, f"{c.value:.3g}", c.contribution, c.points))
    if pats:
        total = sum(c.contribution for c in pats)
        rows.append(
            (
                f"writing patterns: {len(pats)} masked n-grams (each one in the JSON report)",
                "",
                total,
                points_for(report.score_logit, total),
            )
        )
    return rows


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
    sources_ev = tuple(e for e in report.evidence if e.signal in _KIND_LABEL)
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
    ``"other outlet"``; ``mentions`` are its evidence, pronouns resolved to it
    included.
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
        if e.signal not in _KIND_LABEL:
            continue
        name = str(e.details.get("resolved") or e.text)
        key = (" ".join(name.split()).lower(), e.signal)
        entries.setdefault(key, []).append(e)
    out = []
    for (key, signal), evs in entries.items():
        name = " ".join(str(evs[0].details.get("resolved") or evs[0].text).split())
        statements = sum(len(e.details.get("cues", [])) or 1 for e in evs)
        expert = key in experts or " ".join(evs[0].text.split()).lower() in experts
        out.append(SourceEntry(name, _KIND_LABEL[signal], statements, expert, tuple(evs)))
    return out


def missing(report: Report) -> list[str]:
    """What a reader would expect and the article lacks.

    Examples
    --------
    >>> from credscore import score
    >>> for gap in missing(score("Officials said the bridge may close.")):
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


# --------------------------------------------------------------------------------------
# Evidence in its sentence
# --------------------------------------------------------------------------------------


def quote(text: str, e: Evidence, width: int = 240, doc: Doc | None = None) -> tuple[str, str, str]:
    """The evidence in its sentence: ``(before, span, after)``, white space collapsed.

    The sentence is cut to about ``width`` characters around the span, with
    an ellipsis where it was cut.

    Examples
    --------
    >>> text = "Rain fell. Officials said the bridge may close. Traffic slowed."
    >>> e = Evidence("hedge", 37, 40, "may")
    >>> quote(text, e)
    ('Officials said the bridge ', 'may', ' close.')
    """
    doc = doc or Doc(text)
    s0 = doc.sentence_of(e.start)[0]
    s1 = max(doc.sentence_of(max(e.end - 1, e.start))[1], e.end)
    s0 = min(s0, e.start)
    before = _WS.sub(" ", text[s0 : e.start])
    after = _WS.sub(" ", text[e.end : s1])
    half = max(width - len(e.text), 40) // 2
    if len(before) > half:
        cut = before[-half:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    if len(after) > half:
        cut = after[:half]
        after = (cut[: cut.rfind(" ")] if " " in cut.strip() else cut).rstrip() + "…"
    return before.lstrip(), _WS.sub(" ", e.text), after.rstrip()


def _evidence_index(report: Report) -> dict[tuple[str, int, int], int]:
    index: dict[tuple[str, int, int], int] = {}
    for i, e in enumerate(report.evidence):
        index.setdefault((e.signal, e.start, e.end), i)
    return index


def _bands_line() -> str:
    parts = [f"{lo}+ {label}" for lo, label in BANDS[:-1]]
    return ", ".join(parts) + f", below {BANDS[-2][0]} {BANDS[-1][1]}"


_POINTS_NOTE = (
    "Points: the score with a signal minus the score with it at its average in the training data."
)


# --------------------------------------------------------------------------------------
# Terminal text
# --------------------------------------------------------------------------------------

_OPEN, _CLOSE = "\x00", "\x01"  # span markers while wrapping, one character wide each
_EXAMPLE = re.compile(r"e\.g\. '.*'$")


def _wrap_keeping_example(text: str, width: int) -> list[str]:
    """Wrap ``text``, never inside its closing ``e.g. '…'`` example."""
    m = _EXAMPLE.search(text)
    if m and len(m.group()) <= width:
        text = text[: m.start()] + m.group().replace(" ", "\xa0")
    return [
        line.replace("\xa0", " ") for line in textwrap.wrap(text, width, break_on_hyphens=False)
    ]


def render_text(
    report: Report, color: bool = False, evidence_limit: int = 3, width: int = 100
) -> str:
    """A report for the terminal.

    Parameters
    ----------
    report : Report
    color : bool, default False
        Add ANSI colours and show evidence spans bold and underlined; without
        colour they are in ``[brackets]``. The command line turns colour on
        when standard output is a terminal and ``NO_COLOR`` is not set.
    evidence_limit : int, default 3
        Quote at most this many pieces of evidence per reason.
    width : int, default 100
        Wrap quotations at this many columns.

    Examples
    --------
    >>> from credscore import score
    >>> out = render_text(score("Officials said the bridge may close."))
    >>> print(out.splitlines()[0])  # doctest: +ELLIPSIS
    Score .../100: ...
    >>> "[Officials] said the bridge may close." in out and "\\033[" not in out
    True
    """

    def paint(s: str, code: str) -> str:
        return f"\033[{code}m{s}\033[0m" if color else s

    def marks(s: str) -> str:
        if color:
            return s.replace(_OPEN, "\033[1;4m").replace(_CLOSE, "\033[0m")
        return s.replace(_OPEN, "[").replace(_CLOSE, "]")

    doc = Doc(report.text)
    lines = [
        paint(f"Score {report.score:.0f}/100: {report.label}", "1"),
        f"P(credible) {report.probability:.2f} · model {report.model}",
        f"Bands: {_bands_line()}.",
        "",
        paint("What moved the score", "1"),
    ]
    shown = reasons(report)
    if not shown:
        lines.append("  nothing moved it far from the average")
    for r in shown:
        num, unit = format_points(r.points).split()
        pts = f"{num:>5} {unit:<6}"
        body = _wrap_keeping_example(r.text, max(width - 16, 30))
        lines.append(f"  {paint(pts, '32' if r.points > 0 else '31')}  {body[0]}")
        lines += [" " * 16 + more for more in body[1:]]

    srcs = sources(report)
    lines += ["", paint("Sources", "1") + " (who, which kind, how many statements)"]
    if not srcs:
        lines.append("  none found")
    name_w = min(max((len(s.name) for s in srcs), default=0), 40)
    for s in srcs:
        kind = s.kind + (", expert" if s.expert else "")
        n = _plural(s.statements, "statement", "statements")
        lines.append(f"  {_clip(s.name, 40).ljust(name_w)}  {kind.ljust(20)}  {n}")

    lines += [
        "",
        paint("Evidence", "1")
        + " (in its sentence, "
        + ("underlined" if color else "in [brackets]")
        + ")",
    ]
    everything = reasons(report, limit=None, min_points=0.0)
    with_ev = [r for r in everything if r.evidence]
    if not with_ev:
        lines.append("  none found")
    for r in with_ev:
        if r.group == "attribution":
            n = _plural(len(r.evidence), "source mention", "source mentions")
            lines.append(f"  {r.label} ({n}, {format_points(r.points)}): quoted under their kinds")
            continue
        lines.append(f"  {r.label} ({len(r.evidence)}, {format_points(r.points)})")
        for e in r.evidence[:evidence_limit]:
            before, span, after = quote(report.text, e, doc=doc)
            plain = f"{before}{_OPEN}{span}{_CLOSE}{after}"
            wrapped = textwrap.wrap(
                plain,
                width=width,
                initial_indent="    - ",
                subsequent_indent="      ",
                break_on_hyphens=False,
            )
            lines += [marks(w) for w in wrapped]
        if len(r.evidence) > evidence_limit:
            lines.append(f"    … and {len(r.evidence) - evidence_limit} more")

    gaps = missing(report)
    lines += ["", paint("Missing", "1") + " (what a reader would expect)"]
    lines += [f"  {g}" for g in gaps] or ["  nothing"]
    feats = sum(c.contribution for c in report.contributions)
    lines += [
        "",
        _POINTS_NOTE,
        f"Log-odds: baseline {report.intercept:+.2f} + signals {feats:+.2f} "
        f"= {report.logit:+.2f}, P(credible) {report.probability:.2f}.",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&!$])")


def _md(s: str) -> str:
    """Escape text for Markdown: no character of the article can turn into markup."""
    return _MD_SPECIAL.sub(r"\\\1", _WS.sub(" ", s))


def render_markdown(report: Report, evidence_limit: int = 3) -> str:
    """A report in Markdown (CommonMark with GitHub tables).

    Article text is escaped, so that nothing in it becomes markup; evidence
    spans are in **bold** inside their sentence.

    Examples
    --------
    >>> from credscore import score
    >>> md = render_markdown(score("Officials said the bridge may close."))
    >>> md.splitlines()[0]  # doctest: +ELLIPSIS
    '# Sourcing report: .../100, ...'
    >>> "**Officials** said the bridge may close." in md
    True
    """
    doc = Doc(report.text)
    out = [
        f"# Sourcing report: {report.score:.0f}/100, {report.label}",
        "",
        f"**Score {report.score:.0f}/100**: {report.label}. "
        f"P(credible) {report.probability:.2f}, model `{report.model}`.",
        "",
        f"Bands: {_bands_line()}.",
        "",
        "## What moved the score",
        "",
    ]
    shown = reasons(report, limit=None)
    if not shown:
        out.append("Nothing moved it far from the average.")
    for r in shown:
        out.append(f"- **{format_points(r.points)}**: {_md(r.text)}")
        for e in r.evidence[:evidence_limit]:
            before, span, after = quote(report.text, e, doc=doc)
            out.append(f"  - “{_md(before)}**{_md(span)}**{_md(after)}”")
        if len(r.evidence) > evidence_limit:
            out.append(f"  - … and {len(r.evidence) - evidence_limit} more")
    out += ["", "## Sources", ""]
    srcs = sources(report)
    if srcs:
        out += ["| who | kind | statements |", "| --- | --- | ---: |"]
        for s in srcs:
            kind = s.kind + (", expert" if s.expert else "")
            out.append(f"| {_md(s.name)} | {kind} | {s.statements} |")
    else:
        out.append("None found.")
    gaps = missing(report)
    if gaps:
        out += ["", "## Missing", ""] + [f"- {_md(g)}" for g in gaps]
    out += [
        "",
        "## Every feature",
        "",
        "| feature | value | log-odds | points |",
        "| --- | ---: | ---: | ---: |",
    ]
    for desc, value, contribution, pts in _feature_rows(report):
        out.append(f"| {_md(desc)} | {value} | {contribution:+.3f} | {pts:+.2f} |")
    feats = sum(c.contribution for c in report.contributions)
    out += [
        f"| baseline (intercept) | | {report.intercept:+.3f} | |",
        f"| **total (logit)** | | **{report.logit:+.3f}** | |",
        "",
        f"Baseline {report.intercept:+.3f} + features {feats:+.3f} = logit {report.logit:+.3f}; "
        f"P(credible) = 1 / (1 + e^−logit) = {report.probability:.3f}. {_POINTS_NOTE}",
        "",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------


def report_json(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict following schema :data:`JSON_SCHEMA_VERSION`.

    Every field is documented in ``docs/report-format.md`` and
    :func:`json_schema`. Evidence is referred to by its index in ``evidence``.

    Examples
    --------
    >>> from credscore import score
    >>> d = report_json(score("Officials said the bridge may close."))
    >>> d["schema_version"]
    '1.2'
    >>> anonymous = next(r for r in d["reasons"] if r["group"] == "anonymous")
    >>> [d["evidence"][i]["context"] for i in anonymous["evidence"]]
    [{'before': '', 'text': 'Officials', 'after': ' said the bridge may close.'}]
    """
    doc = Doc(report.text)
    index = _evidence_index(report)

    def ids(evs: tuple[Evidence, ...]) -> list[int]:
        return [
            index[(e.signal, e.start, e.end)] for e in evs if (e.signal, e.start, e.end) in index
        ]

    d = report.to_dict()
    d = {"schema_version": JSON_SCHEMA_VERSION, **d}
    d["bands"] = [{"min": lo, "label": label} for lo, label in BANDS]
    d["text"] = report.text
    evidence = []
    for e, ed in zip(report.evidence, d["evidence"], strict=True):
        before, span, after = quote(report.text, e, doc=doc)
        evidence.append({**ed, "context": {"before": before, "text": span, "after": after}})
    d["evidence"] = evidence
    all_reasons = reasons(report, limit=None, min_points=0.0)
    # Writing-pattern examples quoted by a reason are not signal evidence: append them.
    for r in all_reasons:
        for e in r.evidence:
            key = (e.signal, e.start, e.end)
            if key not in index:
                index[key] = len(evidence)
                before, span, after = quote(report.text, e, doc=doc)
                context = {"before": before, "text": span, "after": after}
                evidence.append({**e.to_dict(), "context": context})
    d["reasons"] = [
        {
            "text": r.text,
            "points": r.points,
            "feature": r.feature,
            "contribution": r.contribution,
            "group": r.group,
            "label": r.label,
            "features": list(r.features),
            "evidence": ids(r.evidence),
        }
        for r in all_reasons
    ]
    d["sources"] = [
        {
            "name": s.name,
            "kind": s.kind,
            "statements": s.statements,
            "expert": s.expert,
            "mentions": len(s.mentions),
            "evidence": ids(s.mentions),
        }
        for s in sources(report)
    ]
    d["missing"] = missing(report)
    return d


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (see :func:`report_json` and :func:`json_schema`)."""
    return json.dumps(report_json(report), indent=indent, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("credscore").joinpath("schema/report.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`render_json`'s output.

    Examples
    --------
    >>> json_schema()["properties"]["schema_version"]["const"] == JSON_SCHEMA_VERSION
    True
    """
    return json.loads(_schema_text())


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _mark_title(e: Evidence) -> str:
    name = _SIGNAL_STYLE.get(e.signal, (e.signal.replace("_", " "),))[0]
    extra = []
    if e.details.get("resolved"):
        extra.append(f"→ {e.details['resolved']}")
    if e.details.get("speaker"):
        extra.append(f"speaker: {e.details['speaker']}")
    if e.details.get("source") and e.signal == "expert_source":
        extra.append(f"of {e.details['source']}")
    if e.details.get("kind"):
        extra.append(str(e.details["kind"]))
    return name + (f" ({', '.join(extra)})" if extra else "")


def _highlight(report: Report) -> str:
    """The article as HTML, every evidence span in a ``<mark>``, properly nested.

    Spans that overlap without nesting are split where they cross, so that the
    markup stays a tree; every piece carries ``data-ev`` (the evidence index)
    and only the first piece of a span has its ``id``.
    """
    text = report.text
    spans = [
        (e.start, e.end, i, e)
        for i, e in enumerate(report.evidence)
        if 0 <= e.start < e.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(t for _, t, _, _ in spans)})

    def order(sp: tuple[int, int, int, Evidence]) -> tuple[int, int, int, int]:
        s, t, i, e = sp
        return (s, -t, _SIGNAL_ORDER.get(e.signal, 99), i)

    out: list[str] = []
    stack: list[tuple[int, int, int, Evidence]] = []
    started: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=order)
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        for _ in range(len(stack) - keep):
            out.append("</mark>")
            stack.pop()
        for sp in active[keep:]:
            _, _, i, e = sp
            first = i not in started
            started.add(i)
            attrs = [
                f'class="hl s-{_esc(e.signal)}{"" if first else " cont"}"',
                f'data-signal="{_esc(e.signal)}"',
                f'data-ev="{i}"',
                f'title="{_esc(_mark_title(e))}"',
            ]
            if first:
                attrs.insert(0, f'id="ev-{i}"')
            out.append(f"<mark {' '.join(attrs)}>")
            stack.append(sp)
        out.append(_esc(text[a:b]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _chart_svg(rs: list[Reason]) -> str:
    """A horizontal bar chart of the reasons' points, in inline SVG."""
    label_w, bar_w, val_w, row, top = 190, 420, 64, 24, 30
    width = label_w + bar_w + val_w + 16
    height = top + row * max(len(rs), 1) + 44
    scale = max((abs(r.points) for r in rs), default=0.0) or 1.0
    half = bar_w / 2
    zero = label_w + half
    maxlen = half - 48  # room for the value label at the end of the longest bar
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="chart-title chart-desc">',
        '<title id="chart-title">What moved the score, in points</title>',
        '<desc id="chart-desc">One bar per reason: to the right it raised the score, '
        "to the left it lowered it.</desc>",
        f'<text x="{zero - 6}" y="18" class="axis" text-anchor="end">← lowered</text>',
        f'<text x="{zero + 6}" y="18" class="axis">raised →</text>',
    ]
    for k, r in enumerate(rs):
        y = top + k * row
        length = abs(r.points) / scale * maxlen
        x = zero if r.points >= 0 else zero - length
        cls = "pos" if r.points >= 0 else "neg"
        pts = format_points(r.points, unit=False)
        vx = zero + length + 6 if r.points >= 0 else zero - length - 6
        anchor = "start" if r.points >= 0 else "end"
        parts += [
            f'<g class="bar" data-group="{_esc(r.group)}">',
            f"<title>{_esc(str(r))}</title>",
            f'<text x="{label_w - 10}" y="{y + row / 2 + 4:.1f}" text-anchor="end" '
            f'class="label">{_esc(r.label)}</text>',
            f'<rect class="{cls}" x="{x:.1f}" y="{y + 4}" width="{max(length, 1):.1f}" '
            f'height="{row - 8}" rx="2"/>',
            f'<text x="{vx:.1f}" y="{y + row / 2 + 4:.1f}" text-anchor="{anchor}" '
            f'class="value">{pts}</text>',
            "</g>",
        ]
    bottom = top + row * max(len(rs), 1)
    parts += [
        f'<line x1="{zero}" y1="{top - 4}" x2="{zero}" y2="{bottom + 4}" class="zero"/>',
        f'<line x1="{zero - maxlen}" y1="{bottom + 2}" x2="{zero - maxlen}" y2="{bottom + 7}" '
        'class="zero"/>',
        f'<line x1="{zero + maxlen}" y1="{bottom + 2}" x2="{zero + maxlen}" y2="{bottom + 7}" '
        'class="zero"/>',
        f'<text x="{zero - maxlen}" y="{bottom + 20}" class="axis" text-anchor="middle">'
        f"{format_points(-scale, unit=False)}</text>",
        f'<text x="{zero}" y="{bottom + 20}" class="axis" text-anchor="middle">0</text>',
        f'<text x="{zero + maxlen}" y="{bottom + 20}" class="axis" text-anchor="middle">'
        f"{format_points(scale, unit=False)}</text>",
        f'<text x="{zero}" y="{bottom + 38}" class="axis" text-anchor="middle">'
        "score points: the score with the signal minus without it</text>",
        "</svg>",
    ]
    return "\n".join(parts)


def _css() -> str:
    rules = []
    for signal, (_, bg, border, style, _) in _SIGNAL_STYLE.items():
        if style == "wavy":  # borders cannot be wavy: an underline can
            rules.append(
                f".s-{signal}{{background:{bg};text-decoration:underline wavy {border} 1.5px;"
                f"text-underline-offset:3px}}"
                f".sw-{signal}{{background:{bg};border:2px solid {border};"
                f"text-decoration:underline wavy {border}}}"
            )
            continue
        width = "3px" if style == "double" else "2px"
        rules.append(
            f".s-{signal}{{background:{bg};border-bottom:{width} {style} {border}}}"
            f".sw-{signal}{{background:{bg};border:2px {style} {border}}}"
        )
    return _CSS + "\n".join(rules) + "\n"


_CSS = """
:root{--ink:#1d2330;--muted:#5b6472;--line:#d8dde5;--paper:#fff;--pos:#2e7d32;--neg:#c62828}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#f4f6f9;color:var(--ink);
 font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:1.35rem;margin:0 0 4px}
h2{font-size:1.05rem;margin:0 0 10px;text-transform:uppercase;letter-spacing:.04em;
 color:var(--muted)}
section,.card{background:var(--paper);border:1px solid var(--line);border-radius:8px;
 padding:16px 20px;margin:0 0 18px}
.top{display:grid;grid-template-columns:260px 1fr;gap:18px;align-items:start}
.top>*{margin:0}
.stack>section{margin:0 0 18px}
.missing{margin:0;padding-left:1.2em}
.score{text-align:center}
.score .num{font-size:4rem;font-weight:700;line-height:1}
.score .of{font-size:1.2rem;color:var(--muted)}
.band{display:inline-block;margin:8px 0;padding:3px 12px;border-radius:999px;font-weight:600;
 border:2px solid currentColor}
.band-well{color:#1b5e20}.band-adequately{color:#2e6b9e}
.band-weakly{color:#a15c00}.band-poorly{color:#b71c1c}
.meta{font-size:.85rem;color:var(--muted)}
.bands{font-size:.8rem;color:var(--muted);margin:8px 0 0;padding:0;list-style:none}
.chart{width:100%;max-width:760px;height:auto;font-size:13px;display:block}
.sources .kind{font-size:.8rem;color:var(--muted)}
.chart .label{fill:var(--ink)}.chart .value{fill:var(--ink);font-weight:600}
.chart .axis{fill:var(--muted);font-size:12px}.chart .zero{stroke:#8a93a1;stroke-width:1}
.chart .pos{fill:var(--pos)}.chart .neg{fill:var(--neg)}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:18px;align-items:start}
.cols>section{margin:0}
.article{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;
 line-height:1.75;overflow-wrap:break-word}
mark.hl{color:inherit;padding:0 1px;border-radius:2px;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.hl mark.hl{padding:0}
.legend{list-style:none;margin:0;padding:0;font-size:.9rem}
.legend li{margin:0 0 6px;display:flex;gap:8px;align-items:baseline}
.legend .sw{display:inline-block;min-width:2.2em;text-align:center;border-radius:3px;
 font-weight:600;font-size:.8rem}
.legend .none{color:var(--muted)}
.legend .desc{color:var(--muted);font-size:.8rem}
.reasons{list-style:none;padding:0;margin:0}
.reasons>li{padding:8px 0;border-top:1px solid var(--line)}
.reasons>li:first-child{border-top:0}
.pts{display:inline-block;min-width:5.5em;font-weight:700}
.pts.pos{color:var(--pos)}.pts.neg{color:var(--neg)}
.quotes{margin:4px 0 0 5.5em;padding:0;list-style:none;font-size:.92rem;color:#333}
.quotes li{margin:2px 0}
.quotes a{color:inherit;text-decoration:none}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.missing li{margin:2px 0}
footer{font-size:.8rem;color:var(--muted);margin:8px 0 24px}
@media (max-width:860px){.top,.cols{grid-template-columns:1fr}}
@media print{
 body{background:#fff;font-size:11pt}
 main{max-width:none;padding:0}
 section,.card{border:0;border-radius:0;padding:0;margin:0 0 14pt}
 .top{display:block}
 .cols{display:flex;flex-direction:column}
 .cols>div{order:-1}
 .top>*,.cols>*{margin:0 0 14pt}
 h2{color:#000}
 .reasons>li,tr,.legend li,.chart{break-inside:avoid}
 a{color:inherit;text-decoration:none}
}
"""


def render_html(report: Report, title: str | None = None, evidence_limit: int = 3) -> str:
    """The report as one self-contained HTML page.

    The page shows the score and band, the reasons as a bar chart in inline
    SVG and as a list with their evidence quoted, the article with every
    signal's spans highlighted and a legend, the sources, what is missing,
    and every feature's contribution. It loads nothing: no scripts, fonts,
    images or style sheets from elsewhere (a Content-Security-Policy says so),
    and it prints on white with its highlights.

    Parameters
    ----------
    report : Report
    title : str, optional
        The page title (default: the article's first line).
    evidence_limit : int, default 3
        Quote at most this many pieces of evidence per reason.

    Examples
    --------
    >>> from credscore import score
    >>> page = render_html(score("Officials <b>said</b> the bridge may close."))
    >>> page.startswith("<!DOCTYPE html>") and "&lt;b&gt;said&lt;/b&gt;" in page
    True
    >>> "<script" in page or "<b>said" in page
    False
    """
    doc = Doc(report.text)
    first_line = next((ln.strip() for ln in report.text.splitlines() if ln.strip()), "")
    title = title if title is not None else _clip(first_line, 90)
    band_cls = "band-" + report.label.split()[0]
    all_reasons = reasons(report, limit=None, min_points=0.0)
    chart_reasons = [r for r in all_reasons if abs(r.points) >= 0.05] or all_reasons[:1]
    counts: dict[str, int] = {}
    for e in report.evidence:
        counts[e.signal] = counts.get(e.signal, 0) + 1

    legend = []
    for signal, (name, _, _, _, desc) in _SIGNAL_STYLE.items():
        n = counts.get(signal, 0)
        legend.append(
            f'<li class="{"" if n else "none"}" data-signal="{signal}">'
            f'<span class="sw sw-{signal}">{n}</span>'
            f'<span><b>{_esc(name)}</b> <span class="desc">{_esc(desc)}</span></span></li>'
        )
    for signal in sorted(set(counts) - set(_SIGNAL_STYLE)):
        legend.append(
            f'<li data-signal="{_esc(signal)}"><span class="sw">{counts[signal]}</span>'
            f"<b>{_esc(signal)}</b></li>"
        )

    index = _evidence_index(report)
    items = []
    for r in reasons(report, limit=None):
        cls = "pos" if r.points > 0 else "neg"
        quotes = []
        for e in r.evidence[:evidence_limit]:
            i = index.get((e.signal, e.start, e.end))  # None: a writing-pattern example
            before, span, after = quote(report.text, e, doc=doc)
            q = (
                f'“{_esc(before)}<mark class="hl s-{_esc(e.signal)}">'
                f"{_esc(span)}</mark>{_esc(after)}”"
            )
            quotes.append(
                f'<li><a href="#ev-{i}">{q}</a></li>' if i is not None else f"<li>{q}</li>"
            )
        if len(r.evidence) > evidence_limit:
            more = len(r.evidence) - evidence_limit
            quotes.append(f"<li>… and {more} more, highlighted in the article</li>")
        ql = f'<ul class="quotes">{"".join(quotes)}</ul>' if quotes else ""
        items.append(
            f'<li data-group="{_esc(r.group)}"><span class="pts {cls}">'
            f"{format_points(r.points)}</span> {_esc(r.text)}{ql}</li>"
        )
    if not items:
        items.append("<li>Nothing moved the score far from the average.</li>")

    srcs = sources(report)
    src_rows = "".join(
        f'<tr><td>{_esc(s.name)}<div class="kind">'
        f"{_esc(s.kind + (', expert' if s.expert else ''))}</div></td>"
        f'<td class="n">{s.statements}</td></tr>'
        for s in srcs
    )
    src_html = (
        '<table class="sources"><thead><tr><th>who, which kind</th><th class="n">statements</th>'
        f"</tr></thead><tbody>{src_rows}</tbody></table>"
        if srcs
        else "<p>None found.</p>"
    )
    gaps = missing(report)
    gap_html = (
        '<ul class="missing">' + "".join(f"<li>{_esc(g)}</li>" for g in gaps) + "</ul>"
        if gaps
        else "<p>Nothing a reader would expect is missing.</p>"
    )
    feat_rows = "".join(
        f"<tr><td>{_esc(desc)}</td><td class='n'>{value}</td>"
        f"<td class='n'>{contribution:+.3f}</td><td class='n'>{pts:+.2f}</td></tr>"
        for desc, value, contribution, pts in _feature_rows(report)
    )
    feats = sum(c.contribution for c in report.contributions)
    bands = "".join(f"<li>{lo}+ {_esc(label)}</li>" for lo, label in BANDS[:-1])
    bands += f"<li>below {BANDS[-2][0]} {_esc(BANDS[-1][1])}</li>"

    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="credscore">
<title>{_esc(f"{report.score:.0f}/100 {report.label}: {title}")}</title>
<style>{_css()}</style>
</head>
<body>
<main>
<header>
<h1>{_esc(title)}</h1>
<p class="meta">Sourcing report by credscore · model {_esc(report.model)}</p>
</header>
<div class="top">
<div class="stack">
<section class="card score" id="score">
<div><span class="num">{report.score:.0f}</span><span class="of">/100</span></div>
<div class="band {band_cls}">{_esc(report.label)}</div>
<div class="meta">P(credible) {report.probability:.2f}</div>
<ul class="bands">{bands}</ul>
</section>
<section id="missing">
<h2>Missing</h2>
{gap_html}
</section>
</div>
<section id="chart">
<h2>What moved the score</h2>
{_chart_svg(chart_reasons)}
</section>
</div>
<div class="cols">
<section id="article">
<h2>The article, with its signals highlighted</h2>
<div class="article">{_highlight(report)}</div>
</section>
<div>
<section id="legend">
<h2>Legend</h2>
<ul class="legend">{"".join(legend)}</ul>
</section>
<section id="sources">
<h2>Sources</h2>
{src_html}
</section>
</div>
</div>
<section id="reasons">
<h2>Why, with the evidence</h2>
<ul class="reasons">{"".join(items)}</ul>
</section>
<section id="features">
<h2>Every feature</h2>
<table><thead><tr><th>feature</th><th class="n">value</th><th class="n">log-odds</th>
<th class="n">points</th></tr></thead>
<tbody>{feat_rows}
<tr><td>baseline (intercept)</td><td></td><td class="n">{report.intercept:+.3f}</td><td></td></tr>
<tr><th>total (logit)</th><td></td><th class="n">{report.logit:+.3f}</th><td></td></tr>
</tbody></table>
<p class="meta">Baseline {report.intercept:+.3f} + features {feats:+.3f} = logit
{report.logit:+.3f}; P(credible) {report.probability:.3f}. {_esc(_POINTS_NOTE)}</p>
</section>
<footer>Generated by credscore. Bands: {_esc(_bands_line())}.</footer>
</main>
</body>
</html>
"""
