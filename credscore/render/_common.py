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
    "Points: the score with a signal minus the score with it at its average in the training "
    "data; between 2 and 95 the score is linear in the log-odds (18.2 points per unit), so "
    "there a point is the same weight of evidence wherever the article stands."
)


def signal_label(signal: str) -> str:
    """The name a report shows for ``signal``: its registered label, else its name in words.

    >>> signal_label("anonymous_source"), signal_label("style")
    ('anonymous source', 'style')
    """
    info = SIGNAL_INFO.get(signal)
    return info.label if info is not None else signal.replace("_", " ")


_WORD = 30  # characters: a "word" longer than this is a token that quote() may cut


def _collapse(s: str, limit: int, *, cut_left: bool = False) -> tuple[str, bool]:
    """``s`` with white space collapsed, at most ``limit`` raw characters read.

    Returns the text and whether it was cut. Reading at most ``limit`` characters keeps
    every quotation's cost bounded, however long the sentence or the span.
    """
    if len(s) <= limit:
        return WS.sub(" ", s), False
    return WS.sub(" ", s[-limit:] if cut_left else s[:limit]), True


def quote(text: str, e: Evidence, width: int = 240, doc: Doc | None = None) -> tuple[str, str, str]:
    """The evidence in its sentence: ``(before, span, after)``, white space collapsed.

    The sentence is cut to about ``width`` characters around the span, with an ellipsis
    where it was cut; a span longer than ``width - 40`` characters is cut too, so that a
    quotation is never much longer than ``width`` (a 5 MB "word" with no space in it
    quotes as a few hundred characters). Control characters are kept: each renderer
    escapes them for its format.

    Examples
    --------
    >>> text = "Rain fell. Officials said the bridge may close. Traffic slowed."
    >>> e = Evidence("hedge", 37, 40, "may")
    >>> quote(text, e)
    ('Officials said the bridge ', 'may', ' close.')
    >>> long = "x" * 5_000_000
    >>> may = Evidence("hedge", 5_000_001, 5_000_004, "may")
    >>> before, span, after = quote(long + " may go.", may)
    >>> len(before) + len(span) + len(after) <= 242, before[:3]
    (True, '…xx')
    >>> [len(part) for part in quote(long, Evidence("direct_quote", 0, 5_000_000, long))]
    [0, 200, 0]
    """
    doc = doc or Doc(text)
    s0 = doc.sentence_of(e.start)[0]
    s1 = max(doc.sentence_of(max(e.end - 1, e.start))[1], e.end)
    s0 = min(s0, e.start)
    window = 4 * width  # raw characters read on each side: enough for ``width`` shown
    span, span_cut = _collapse(e.text, window)
    span_max = max(width - 40, 20)
    if span_cut or len(span) > span_max:
        span = span[: span_max - 1].rstrip() + "…"
    before, before_cut = _collapse(text[max(s0, e.start - window) : e.start], window, cut_left=True)
    after, after_cut = _collapse(text[e.end : min(s1, e.end + window)], window)
    before_cut = before_cut or e.start - window > s0
    after_cut = after_cut or e.end + window < s1
    half = max(width - len(e.text), 40) // 2
    # A cut drops the word it went through, unless that word is a long token (over
    # _WORD characters): then the token itself is shown, cut.
    if len(before) > half or before_cut:
        cut = before[-half:]
        space = cut.find(" ")
        before = "…" + (cut[space + 1 :] if 0 <= space <= _WORD else cut)
    if len(after) > half or after_cut:
        cut = after[:half]
        space = cut.rfind(" ") if " " in cut.strip() else -1
        after = (cut[:space] if space >= 0 and len(cut) - space <= _WORD else cut).rstrip() + "…"
    return before.lstrip(), span, after.rstrip()


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
