"""The report for the terminal: plain text, with ANSI colours when asked."""

from __future__ import annotations

import re
import textwrap

from .._safe import printable
from .._text import Doc
from ..explain import missing, reasons, sources
from ..report import Report
from ._common import POINTS_NOTE, bands_line, clip, format_points, plural, quote

__all__ = ["render_text"]


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

    Everything that comes from the article or the model (quotations, source names,
    reasons, the model's name) has its control characters escaped (``\\x1b``, see
    :func:`credscore._safe.printable`), so that no escape sequence in an article
    reaches the terminal; quotations are cut to about 240 characters.

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
    >>> TEXT = "Officials said the bridge may close. They said it was unsafe until spring."
    >>> out = render_text(score(TEXT))
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

    def safe(s: str) -> str:
        return printable(s, keep_layout=False)

    doc = Doc(report.text)
    lines = [
        paint(f"Score {report.score:.0f}/100: {report.label}", "1"),
        f"P(credible) {report.probability:.2f} · model {safe(clip(report.model, 80))}",
        f"Bands: {bands_line()}.",
        *(paint(f"Note: {safe(w)}", "33") for w in report.warnings),
        "",
        paint("What moved the score", "1"),
    ]
    shown = reasons(report)
    if not shown:
        lines.append("  nothing moved it far from the average")
    for r in shown:
        num, unit = format_points(r.points).split()
        pts = f"{num:>5} {unit:<6}"
        body = _wrap_keeping_example(safe(r.text), max(width - 16, 30))
        lines.append(f"  {paint(pts, '32' if r.points > 0 else '31')}  {body[0]}")
        lines += [" " * 16 + more for more in body[1:]]

    srcs = sources(report)
    lines += ["", paint("Sources", "1") + " (who, which kind, how many statements)"]
    if not srcs:
        lines.append("  none found")
    name_w = min(max((len(s.name) for s in srcs), default=0), 40)
    for s in srcs:
        kind = s.kind + (", expert" if s.expert else "")
        n = plural(s.statements, "statement", "statements")
        lines.append(f"  {safe(clip(s.name, 40)).ljust(name_w)}  {kind.ljust(20)}  {n}")

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
            n = plural(len(r.evidence), "source mention", "source mentions")
            lines.append(f"  {r.label} ({n}, {format_points(r.points)}): quoted under their kinds")
            continue
        lines.append(f"  {r.label} ({len(r.evidence)}, {format_points(r.points)})")
        for e in r.evidence[:evidence_limit]:
            before, span, after = quote(report.text, e, doc=doc)
            plain = f"{safe(before)}{_OPEN}{safe(span)}{_CLOSE}{safe(after)}"
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
    lines += [f"  {safe(g)}" for g in gaps] or ["  nothing"]
    feats = sum(c.contribution for c in report.contributions)
    lines += [
        "",
        *textwrap.wrap(POINTS_NOTE, width),
        f"Log-odds: baseline {report.intercept:+.2f} + signals {feats:+.2f} "
        f"= {report.logit:+.2f}, P(credible) {report.probability:.2f}.",
    ]
    return "\n".join(lines) + "\n"
