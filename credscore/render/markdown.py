"""The report in Markdown (CommonMark with GitHub tables), the article's text escaped."""

from __future__ import annotations

import re

from .._text import Doc
from ..explain import missing, reasons, sources
from ..report import Report
from ._common import POINTS_NOTE, WS, bands_line, feature_rows, format_points, quote

__all__ = ["render_markdown"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&!$])")


def _md(s: str) -> str:
    """Escape text for Markdown: no character of the article can turn into markup."""
    return _MD_SPECIAL.sub(r"\\\1", WS.sub(" ", s))


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
        f"Bands: {bands_line()}.",
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
    for desc, value, contribution, pts in feature_rows(report):
        out.append(f"| {_md(desc)} | {value} | {contribution:+.3f} | {pts:+.2f} |")
    feats = sum(c.contribution for c in report.contributions)
    out += [
        f"| baseline (intercept) | | {report.intercept:+.3f} | |",
        f"| **total (logit)** | | **{report.logit:+.3f}** | |",
        "",
        f"Baseline {report.intercept:+.3f} + features {feats:+.3f} = logit {report.logit:+.3f}; "
        f"P(credible) = 1 / (1 + e^−logit) = {report.probability:.3f}. {POINTS_NOTE}",
        "",
    ]
    return "\n".join(out)
