"""Renderers over a :class:`~credscore.report.Report`: plain-language reasons, text and JSON.

The renderers only format; everything they show is computed from the report,
so the CLI and library users get the same output from the same functions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ._evidence import Evidence
from .report import BANDS, Contribution, Report

__all__ = [
    "JSON_SCHEMA_VERSION",
    "Reason",
    "SourceEntry",
    "missing",
    "reasons",
    "render_json",
    "render_text",
    "sources",
]

JSON_SCHEMA_VERSION = "1.0"

_WS = re.compile(r"\s+")

_KIND_LABEL = {
    "named_source": "named",
    "anonymous_source": "unnamed",
    "organization_source": "organisation",
    "media_source": "other outlet",
}

# Plain-language phrasing of each feature's evidence: (noun, plural noun).
_PHRASES: dict[str, tuple[str, str]] = {
    "named_source_per_1k": ("named source mention", "named source mentions"),
    "expert_source_per_1k": ("source with expert credentials", "sources with expert credentials"),
    "anonymous_source_per_1k": ("unnamed source", "unnamed sources"),
    "organization_source_per_1k": ("organisation as source", "organisations as sources"),
    "media_source_per_1k": ("other outlet cited", "other outlets cited"),
    "direct_quote_per_1k": ("direct quote", "direct quotes"),
    "hedge_per_1k": ("hedge", "hedges"),
    "booster_per_1k": ("booster", "boosters"),
    "verification_per_1k": ("verification phrase", "verification phrases"),
    "statistic_per_1k": ("statistic", "statistics"),
    "document_per_1k": ("document or report cited", "documents or reports cited"),
}


@dataclass(frozen=True)
class Reason:
    """One plain-language reason: a sentence, its points, and its evidence."""

    text: str
    points: float
    contribution: float
    feature: str
    evidence: tuple[Evidence, ...]


def _example(ev: tuple[Evidence, ...], limit: int = 60) -> str:
    if not ev:
        return ""
    t = " ".join(ev[0].text.split())
    if len(t) > limit:
        t = t[: limit - 1] + "…"
    return f", e.g. '{t}'"


def _reason_text(c: Contribution) -> str:
    n = len(c.evidence)
    if c.feature in _PHRASES:
        one, many = _PHRASES[c.feature]
        return f"{n} {one if n == 1 else many}{_example(c.evidence)}"
    if c.feature.endswith("_share") and c.signal:
        return f"{c.description}: {c.value:.0%}"
    if c.feature == "distinct_named_sources":
        import math

        return f"{round(math.expm1(c.value))} distinct named people quoted"
    if c.feature == "log_words":
        import math

        return f"article length: {round(math.expm1(c.value))} words"
    return f"{c.description}: {c.value:.2f}"


def reasons(report: Report, limit: int = 6, min_points: float = 0.5) -> list[Reason]:
    """The largest contributions as plain-language reasons, largest first.

    Parameters
    ----------
    report : Report
    limit : int
        At most this many reasons.
    min_points : float
        Leave out contributions smaller than this many score points.
    """
    out = []
    for c in report.contributions:
        if abs(c.points) < min_points:
            continue
        out.append(Reason(_reason_text(c), c.points, c.contribution, c.feature, c.evidence))
        if len(out) == limit:
            break
    return out


@dataclass(frozen=True)
class SourceEntry:
    """A source of the article: who, which kind, how many statements, credentials."""

    name: str
    kind: str
    statements: int
    expert: bool
    mentions: tuple[Evidence, ...]


def sources(report: Report) -> list[SourceEntry]:
    """The article's sources, merged by resolved name, in order of first mention."""
    experts = {str(e.details.get("source")) for e in report.evidence if e.signal == "expert_source"}
    entries: dict[tuple[str, str], list[Evidence]] = {}
    for e in report.evidence:
        if e.signal not in _KIND_LABEL:
            continue
        name = str(e.details.get("resolved") or e.text)
        key = (" ".join(name.split()).lower(), e.signal)
        entries.setdefault(key, []).append(e)
    out = []
    for (_, signal), evs in entries.items():
        name = " ".join(str(evs[0].details.get("resolved") or evs[0].text).split())
        statements = sum(len(e.details.get("cues", [])) or 1 for e in evs)
        out.append(
            SourceEntry(
                name,
                _KIND_LABEL[signal],
                statements,
                name in experts or evs[0].text in experts,
                tuple(evs),
            )
        )
    return out


def missing(report: Report) -> list[str]:
    """What a reader would expect and the article lacks."""
    have = {e.signal for e in report.evidence}
    kinds = {str(e.details.get("kind")) for e in report.evidence if e.signal == "specifics"}
    out = []
    if "named_source" not in have:
        out.append("no named source")
    if "expert_source" not in have:
        out.append("no named expert with credentials")
    if "direct_quote" not in have:
        out.append("no direct quotes")
    if "verification" not in have:
        out.append("no verification language (comment sought, claims checked)")
    if "document" not in kinds and "statistic" not in kinds:
        out.append("no statistics or documents cited")
    return out


def _in_sentence(
    text: str, e: Evidence, width: int = 160, mark: tuple[str, str] = ("[", "]")
) -> str:
    s = max(text.rfind("\n", 0, e.start) + 1, e.start - width // 2)
    nl = text.find("\n", e.end)
    t = min(len(text) if nl == -1 else nl, e.end + width // 2)
    pre = "…" if s > 0 and text[s - 1] != "\n" else ""
    post = "…" if t < len(text) and text[t] != "\n" else ""
    marked = f"{pre}{text[s : e.start]}{mark[0]}{e.text}{mark[1]}{text[e.end : t]}{post}"
    return _WS.sub(" ", marked).strip()


def render_text(report: Report, color: bool = False, evidence_limit: int = 3) -> str:
    """A report for the terminal; ``color`` adds ANSI colours.

    Examples
    --------
    >>> from credscore import score
    >>> print(render_text(score("Officials said the bridge may close.")).splitlines()[0])
    ... # doctest: +ELLIPSIS
    Score ...
    """

    def paint(s: str, code: str) -> str:
        return f"\033[{code}m{s}\033[0m" if color else s

    lines = [
        paint(f"Score {report.score:.0f}/100 — {report.label}", "1"),
        f"P(credible) = {report.probability:.2f} · model {report.model}",
        "",
        paint("What moved the score", "1"),
    ]
    rs = reasons(report)
    if not rs:
        lines.append("  nothing moved it far from the average")
    for r in rs:
        pts = f"{r.points:+.1f}"
        lines.append(f"  {paint(pts.rjust(6), '32' if r.points > 0 else '31')}  {r.text}")
    srcs = sources(report)
    lines += ["", paint("Sources", "1")]
    if not srcs:
        lines.append("  none found")
    for s in srcs:
        kind = s.kind + (", expert" if s.expert else "")
        n = f"{s.statements} statement{'s' if s.statements != 1 else ''}"
        lines.append(f"  {s.name} ({kind}): {n}")
    lines += ["", paint("Evidence", "1")]
    by_signal: dict[str, list[Evidence]] = {}
    for e in report.evidence:
        by_signal.setdefault(e.signal, []).append(e)
    for signal, evs in by_signal.items():
        lines.append(f"  {signal} ({len(evs)})")
        for e in evs[:evidence_limit]:
            lines.append(f"    {_in_sentence(report.text, e)}")
        if len(evs) > evidence_limit:
            lines.append(f"    … and {len(evs) - evidence_limit} more")
    gaps = missing(report)
    if gaps:
        lines += ["", paint("Missing", "1")] + [f"  {g}" for g in gaps]
    bands = ", ".join(f"{lo}+ {label}" for lo, label in BANDS)
    lines += ["", f"Bands: {bands}. Points: the score with a feature minus without it."]
    return "\n".join(lines) + "\n"


def report_json(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict following schema ``JSON_SCHEMA_VERSION``."""
    d = report.to_dict()
    d = {"schema_version": JSON_SCHEMA_VERSION, **d}
    d["reasons"] = [
        {"text": r.text, "points": r.points, "feature": r.feature} for r in reasons(report)
    ]
    d["sources"] = [
        {"name": s.name, "kind": s.kind, "statements": s.statements, "expert": s.expert}
        for s in sources(report)
    ]
    d["missing"] = missing(report)
    return d


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (see :func:`report_json`)."""
    return json.dumps(report_json(report), indent=indent, ensure_ascii=False) + "\n"
