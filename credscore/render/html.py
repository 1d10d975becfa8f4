"""The report as one self-contained HTML page: highlights, bar chart, legend, tables."""

from __future__ import annotations

import heapq
import html
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .._evidence import Evidence
from .._safe import printable
from .._text import Doc
from ..explain import Reason, missing, reasons, sources
from ..report import BANDS, Report
from ..signals import SIGNAL_INFO
from ._common import (
    POINTS_NOTE,
    bands_line,
    clip,
    evidence_index,
    feature_rows,
    format_points,
    quote,
    signal_label,
)

__all__ = ["render_html"]


class _Colours(NamedTuple):
    """How a signal's spans are highlighted: background, border colour and border style."""

    background: str
    border: str
    style: str  # a CSS border style, or "wavy" (an underline: borders cannot be wavy)


# Every registered signal's colours: the HTML highlights and legend (names and descriptions
# come from the signal's SignalInfo). Borders differ in style too, so that a greyscale print
# still tells the signals apart. A test fails when a registered signal has none.
_SIGNAL_COLOURS: dict[str, _Colours] = {
    "named_source": _Colours("#d7f0d4", "#2e7d32", "solid"),
    "expert_source": _Colours("#cdeef4", "#00707f", "double"),
    "anonymous_source": _Colours("#ffd6cf", "#c62828", "dashed"),
    "organization_source": _Colours("#dbe4ff", "#1e4bb8", "solid"),
    "media_source": _Colours("#eadcff", "#6a1b9a", "dotted"),
    "direct_quote": _Colours("#fff4bf", "#9a7d00", "dotted"),
    "hedge": _Colours("#ffe2bf", "#d35400", "wavy"),
    "booster": _Colours("#fbd3ea", "#ad1457", "double"),
    "verification": _Colours("#c9f2e3", "#00695c", "solid"),
    "specifics": _Colours("#e4e7eb", "#455a64", "solid"),
    "weasel": _Colours("#f5e6cc", "#8d6e63", "dashed"),
}
# A registered signal without colours of its own (a test makes sure there is none).
_NO_COLOURS = _Colours("#eceff1", "#607d8b", "solid")
# The order in which nested highlights open: the registry's.
_SIGNAL_ORDER = {s: i for i, s in enumerate(SIGNAL_INFO)}


def _esc(s: str) -> str:
    """``s`` escaped for HTML text and attributes, its control characters made visible.

    Browsers drop some controls, show others as boxes, and obey the bidi overrides
    (U+202E can make a span read backwards); each is written as a visible escape
    instead, as in the terminal report (:func:`credscore._safe.printable`). Carriage
    returns stay: HTML reads them as line ends.

    >>> _esc("<b>\\x1b[2J\\u202eevil</b>\\r\\n")
    '&lt;b&gt;\\\\x1b[2J\\\\u202eevil&lt;/b&gt;\\r\\n'
    """
    s = "\r".join(printable(part) for part in s.split("\r")) if "\r" in s else printable(s)
    return html.escape(s, quote=True)


def _mark_title(e: Evidence) -> str:
    name = signal_label(e.signal)
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
    # A sweep over the cuts: a span covers the piece [a, b) when it starts at or before a
    # and ends after it (every start and end is a cut), so the pieces cost O(n log n), not
    # O(pieces x spans): 8,000 spans took a minute.
    by_start = sorted(spans, key=lambda sp: sp[0])
    covering: dict[int, tuple[int, int, int, Evidence]] = {}
    ends: list[tuple[int, int]] = []
    nxt = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        while nxt < len(by_start) and by_start[nxt][0] <= a:
            sp = by_start[nxt]
            covering[sp[2]] = sp
            heapq.heappush(ends, (sp[1], sp[2]))
            nxt += 1
        while ends and ends[0][0] <= a:
            covering.pop(heapq.heappop(ends)[1], None)
        active = sorted(covering.values(), key=order)
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


@lru_cache(maxsize=1)
def _css() -> str:
    """The page's styles: ``report.css``, then each signal's highlight and legend swatch."""
    rules = []
    for signal in SIGNAL_INFO:
        bg, border, style = _SIGNAL_COLOURS.get(signal, _NO_COLOURS)
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
    sheet = resources.files("credscore.render").joinpath("report.css").read_text(encoding="utf-8")
    return "\n" + sheet + "\n".join(rules) + "\n"


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
    >>> text = "Officials <b>said</b> the bridge may close. They said it was unsafe until spring."
    >>> page = render_html(score(text))
    >>> page.startswith("<!DOCTYPE html>") and "&lt;b&gt;said&lt;/b&gt;" in page
    True
    >>> "<script" in page or "<b>said" in page
    False
    """
    doc = Doc(report.text)
    first_line = next((ln.strip() for ln in report.text.splitlines() if ln.strip()), "")
    title = title if title is not None else clip(first_line, 90)
    band_cls = "band-" + report.label.split()[0]
    all_reasons = reasons(report, limit=None, min_points=0.0)
    chart_reasons = [r for r in all_reasons if abs(r.points) >= 0.05] or all_reasons[:1]
    counts: dict[str, int] = {}
    for e in report.evidence:
        counts[e.signal] = counts.get(e.signal, 0) + 1

    legend = []
    for signal, info in SIGNAL_INFO.items():
        n = counts.get(signal, 0)
        legend.append(
            f'<li class="{"" if n else "none"}" data-signal="{signal}">'
            f'<span class="sw sw-{signal}">{n}</span>'
            f"<span><b>{_esc(info.label)}</b> "
            f'<span class="desc">{_esc(info.description)}</span></span></li>'
        )
    for signal in sorted(set(counts) - set(SIGNAL_INFO)):
        legend.append(
            f'<li data-signal="{_esc(signal)}"><span class="sw">{counts[signal]}</span>'
            f"<b>{_esc(signal)}</b></li>"
        )

    index = evidence_index(report)
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
        f'<tr><td>{_esc(clip(s.name, 120))}<div class="kind">'
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
        for desc, value, contribution, pts in feature_rows(report)
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
<p class="meta">Sourcing report by credscore · model {_esc(clip(report.model, 80))}</p>
{"".join(f'<p class="note">{_esc(w)}</p>' for w in report.warnings)}
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
{report.logit:+.3f}; P(credible) {report.probability:.3f}. {_esc(POINTS_NOTE)}</p>
</section>
<footer>Generated by credscore. Bands: {_esc(bands_line())}.</footer>
</main>
</body>
</html>
"""
