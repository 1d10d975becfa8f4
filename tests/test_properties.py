"""Properties over arbitrary text: extraction, scoring and every renderer never misbehave.

Hostile text is generated from fragments that have broken text tools before: control
characters (terminal escapes, C1, bidi overrides), combining marks and decomposed (NFD)
letters, every kind of quotation mark, runs of punctuation, and single tokens of 50,000
characters; mixed with ordinary sentences so that the signals fire and the scorer has
enough words. Any Unicode string without lone surrogates is generated too.

What must hold:

- ``credscore.extract(text)`` never raises, each evidence is its text's exact slice
  (``0 <= start <= end <= len(text)``, ``text[start:end] == e.text``), and two calls agree;
- ``credscore.score(text, explain=True)`` returns a report with a score from 0 to 100 and
  a finite probability, or raises a :class:`credscore.errors.CredscoreError` (too little
  text is one); any other exception is a bug;
- every renderer takes every such report: the JSON parses, and neither the text nor the
  Markdown report holds a raw control character other than newline and tab.

The examples are derandomised, so that CI sees the same ones on every run; the whole
module runs in well under a minute.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import credscore
from credscore.errors import CredscoreError
from credscore.render import render_html, render_json, render_markdown, render_text

# Raw characters that act on a terminal: C0 bar newline and tab, DEL, C1, bidi controls.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

SENTENCES = [
    "Officials said the bridge may close next week.",
    '"It is clearly unsafe," said Dr. Ana Ruiz, an engineer at the University of Leeds.',
    "According to a council report, costs rose 12 percent in March.",
    "The ministry did not respond to a request for comment.",
    "Sources familiar with the matter told Reuters the plan was likely to fail.",
    "She said: “We reviewed the records ourselves.”",
    "Critics say it is obviously a disaster!!! Why would anyone believe it?",
    "According to the BBC, the mayor's office estimated savings of $1.2 million a year.",
]
NFD = [unicodedata.normalize("NFD", s) for s in ("Café naïve résumé", "Ærøskøbing Zürich")]
CONTROLS = [
    "\x1b[2J",
    "\x1b]0;pwned\x07",
    "\x1b[1K",
    "\x9b31m",
    "\u202e",
    "\u2066",
    "\u200f",
    "\x00",
    "\x7f",
    "\r",
    "\x0c",
    "\x85",
    "\u2028",
    "\ufeff",
    "\u200b",
]
COMBINING = ["\u0301", "\u0308" * 20, "a\u0300\u0301\u0302\u0303", "\u20dd"]
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "``", "''", '"""']
PUNCTUATION = [
    "!!!!!!",
    "?!?!?!",
    "......",
    ",,,,,,",
    ";;;;",
    "——",
    "--",
    "((((",
    "]]]]",
    "1,1,1,1",
]
HUGE = ["x" * 50_000, "A" * 50_000, "1" * 50_000, "ab-" * 17_000, "é" * 50_000]

# Any Unicode text without lone surrogates (which cannot come from a decoded file).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)

FRAGMENT = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(NFD),
    st.sampled_from(CONTROLS),
    st.sampled_from(COMBINING),
    st.sampled_from(QUOTES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from([" ", "\n", "\n\n", "\t", "  "]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Ordinary sentences with hostile fragments between them, maybe one huge token."""
    parts = draw(st.lists(FRAGMENT, min_size=1, max_size=40))
    if draw(st.integers(0, 9)) == 0:  # one text in ten carries a 50,000-character token
        parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(HUGE)))
    return "".join(parts)


TEXTS = st.one_of(hostile_texts(), ANY_TEXT)

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check_evidence(text: str, evidence: list[credscore.Evidence]) -> None:
    for e in evidence:
        assert 0 <= e.start <= e.end <= len(text), e
        assert text[e.start : e.end] == e.text, e


@SETTINGS
@given(TEXTS)
def test_extract_never_raises_and_evidence_is_exact_and_deterministic(text: str) -> None:
    event("50,000-character token" if len(text) > 50_000 else "short")
    first = credscore.extract(text)
    _check_evidence(text, first)
    again = credscore.extract(text)
    assert [(e.signal, e.start, e.end, e.details) for e in again] == [
        (e.signal, e.start, e.end, e.details) for e in first
    ]


def _score_or_refuse(text: str) -> credscore.Report | None:
    """The report, or None when credscore refused the text with one of its own errors."""
    try:
        report = credscore.score(text, explain=True)
    except CredscoreError as err:
        event(f"refused: {type(err).__name__}")
        return None
    event("scored" + (", with a 50,000-character token" if len(text) > 50_000 else ""))
    assert 0.0 <= report.score <= 100.0, report.score
    assert math.isfinite(report.probability) and 0.0 <= report.probability <= 1.0
    assert math.isfinite(report.logit)
    _check_evidence(report.text, report.evidence)
    return report


def _check_renderers(report: credscore.Report) -> None:
    for out in (render_text(report), render_text(report, color=True), render_markdown(report)):
        assert not RAW_CONTROL.search(out.replace("\033[", "")), RAW_CONTROL.findall(out)[:5]
    # Colour codes are the report's own: ESC only ever starts ESC [ digits m.
    assert not re.search(r"\033(?!\[[0-9;]*m)", render_text(report, color=True))
    data = json.loads(render_json(report))
    assert data["text"] == report.text
    assert render_html(report).startswith("<!DOCTYPE html>")


@SETTINGS
@given(TEXTS)
def test_score_returns_a_report_or_a_credscore_error_and_every_renderer_takes_it(
    text: str,
) -> None:
    report = _score_or_refuse(text)
    if report is not None:
        _check_renderers(report)


@settings(SETTINGS, max_examples=60)
@given(st.lists(st.sampled_from(SENTENCES), min_size=3, max_size=8), TEXTS)
def test_hostile_text_inside_a_real_article_is_scored_and_rendered(
    sentences: list[str], noise: str
) -> None:
    # Enough ordinary words that the text is scored: the noise reaches every renderer.
    text = " ".join(sentences[:2]) + noise + " ".join(sentences[2:])
    report = _score_or_refuse(text)
    assert report is not None, "an article of real sentences was refused"
    _check_renderers(report)
