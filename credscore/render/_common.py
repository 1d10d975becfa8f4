"""Formatting every renderer shares: evidence in its sentence, points, bands, signal labels."""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ..explain import clip, format_points, plural
from ..report import BANDS, PATTERN_PREFIX, Report, points_for
from ..signals import SIGNAL_INFO

__all__ = [
    "POINTS_NOTE",
    "WS",
    "bands_line",
    "clip",
    "evidence_index",
    "feature_rows",
    "format_points",
    "plural",
    "quote",
    "signal_label",
]

WS = re.compile(r"\s+")

POINTS_NOTE = (
    "Points: the score with a signal minus the score with it at its average in the training data."
)


def signal_label(signal: str) -> str:
    """The name a report shows for ``signal``: its registered label, else its name in words.

    >>> signal_label("anonymous_source"), signal_label("style")
    ('anonymous source', 'style')
    """
    info = SIGNAL_INFO.get(signal)
    return info.label if info is not None else signal.replace("_", " ")


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
    before = WS.sub(" ", text[s0 : e.start])
    after = WS.sub(" ", text[e.end : s1])
    half = max(width - len(e.text), 40) // 2
    if len(before) > half:
        cut = before[-half:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    if len(after) > half:
        cut = after[:half]
        after = (cut[: cut.rfind(" ")] if " " in cut.strip() else cut).rstrip() + "…"
    return before.lstrip(), WS.sub(" ", e.text), after.rstrip()


def evidence_index(report: Report) -> dict[tuple[str, int, int], int]:
    """``(signal, start, end)`` -> index in ``report.evidence`` of each span's first evidence."""
    index: dict[tuple[str, int, int], int] = {}
    for i, e in enumerate(report.evidence):
        index.setdefault((e.signal, e.start, e.end), i)
    return index


def bands_line() -> str:
    """The score bands in one line.

    >>> bands_line()
    '80+ well sourced, 60+ adequately sourced, 40+ weakly sourced, below 40 poorly sourced'
    """
    parts = [f"{lo}+ {label}" for lo, label in BANDS[:-1]]
    return ", ".join(parts) + f", below {BANDS[-2][0]} {BANDS[-1][1]}"


def feature_rows(report: Report) -> list[tuple[str, str, float, float]]:
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
