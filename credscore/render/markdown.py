"""The report in Markdown (CommonMark with GitHub tables), the article's text escaped."""

from __future__ import annotations

import re

from .._safe import printable
from .._text import Doc
from ..explain import missing, reasons, sources
from ..report import Report
from ._common import POINTS_NOTE, WS, bands_line, clip, feature_rows, format_points, quote

__all__ = ["render_markdown"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&!$])")


_BACKTICKS = re.compile(r"`+")


def _md(s: str) -> str:
    """Escape text for Markdown: no character of the article can turn into markup.

    Control characters are then written as visible escapes (``\\x1b``): Markdown is
    often read on a terminal, and a backslash before a letter is no escape in Markdown,
    so the escape shows as it is in a rendered page too.

    >>> _md("a *b*\x1b[2J | c")
    'a \\\\*b\\\\*\\\\x1b\\\\[2J \\\\| c'
    """
    return printable(_MD_SPECIAL.sub(r"\\\1", WS.sub(" ", s)), keep_layout=False)


def _code(s: str) -> str:
    """``s`` as a Markdown code span, whatever backticks it holds, controls escaped.

    >>> _code("model-1"), _code("a`b")
    ('`model-1`', '``a`b``')
    """
    s = printable(WS.sub(" ", s), keep_layout=False)
    fence = "`" * (max((len(m) for m in _BACKTICKS.findall(s)), default=0) + 1)
    pad = " " if s.startswith(("`", " ")) or s.endswith(("`", " ")) else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def render_markdown(report: Report, evidence_limit: int = 3) -> str:
    """A report in Markdown (CommonMark with GitHub tables).

    Article text is escaped, so that nothing in it becomes markup and no control
    character in it reaches a terminal (each is written as a visible escape such as
    ``\\x1b``); evidence spans are in **bold** inside their sentence, and quotations
    are cut to about 240 characters.

    Examples
    --------
    >>> from credscore import score
    >>> TEXT = "Officials said the bridge may close. They said it was unsafe until spring."
    >>> md = render_markdown(score(TEXT))
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
        f"P(credible) {report.probability:.2f}, model {_code(clip(report.model, 80))}.",
        "",
        f"Bands: {bands_line()}.",
        "",
        *(line for w in report.warnings for line in (f"> **Note:** {_md(w)}", "")),
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
            out.append(f"| {_md(clip(s.name, 80))} | {kind} | {s.statements} |")
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
