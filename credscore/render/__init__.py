"""Renderers over a :class:`~credscore.report.Report`: text, Markdown, JSON and HTML.

The renderers only format; what they say is decided by the explanation
(:mod:`credscore.explain`), so the command line (``credscore explain --format
text|md|json|html``) and library users get the same output from the same functions::

    report = credscore.score(text)
    render_text(report)       # the terminal (``color=True`` for ANSI colours)
    render_markdown(report)   # Markdown
    render_json(report)       # JSON, schema ``credscore/schema/report.schema.json``
    render_html(report)       # one self-contained HTML page

One module per format: :mod:`~credscore.render.text`, :mod:`~credscore.render.markdown`,
:mod:`~credscore.render._json` and :mod:`~credscore.render.html` (its style sheet is the
package's ``report.css``); :mod:`~credscore.render._common` holds what they share.

What the reports are made of, re-exported here from :mod:`credscore.explain`:

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

and, from the renderers' shared formatting, :func:`quote`: a piece of evidence in its
sentence, the span marked.

The score bands are :data:`credscore.report.BANDS`: 80 and above well sourced,
60 adequately, 40 weakly, below 40 poorly sourced.
"""

from __future__ import annotations

from ..explain import Reason, SourceEntry, format_points, missing, reasons, sources
from ._common import quote
from ._json import JSON_SCHEMA_VERSION, json_schema, render_json, report_json
from .html import render_html
from .markdown import render_markdown
from .text import render_text

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
