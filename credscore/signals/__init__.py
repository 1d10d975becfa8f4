"""Signal extractors: pure functions from a parsed text to evidence with offsets.

Each signal lives in its own module and exposes one function
``find_*(doc, publisher=None) -> list[Evidence]``. :data:`SIGNALS` registers
them explicitly, in the order evidence is reported.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from .._evidence import Evidence
from .._text import Doc
from ..normalize import Normalized, anchor, normalize
from ._phrases import find_phrase_spans
from .anonymous_source import find_anonymous_sources
from .booster import find_boosters
from .direct_quote import find_direct_quotes
from .expert_source import find_expert_sources
from .hedge import find_hedges
from .media_source import find_media_sources
from .named_source import find_named_sources
from .organization_source import find_organization_sources
from .readability import readability
from .specifics import find_specifics
from .verification import find_verification

__all__ = ["SIGNALS", "SOURCE_SIGNALS", "extract", "extract_normalized", "readability"]

Extractor = Callable[[Doc, "str | None"], list[Evidence]]

SIGNALS: dict[str, Extractor] = {
    "named_source": find_named_sources,
    "expert_source": find_expert_sources,
    "anonymous_source": find_anonymous_sources,
    "organization_source": find_organization_sources,
    "media_source": find_media_sources,
    "direct_quote": find_direct_quotes,
    "hedge": find_hedges,
    "booster": find_boosters,
    "verification": find_verification,
    "specifics": find_specifics,
}

SOURCE_SIGNALS = (
    "named_source",
    "anonymous_source",
    "organization_source",
    "media_source",
    "expert_source",
)


def extract(
    text: str | Doc, publisher: str | None = None, signals: Iterable[str] | None = None
) -> list[Evidence]:
    """Find every signal's evidence in ``text``, sorted by position.

    A string is normalised first (:mod:`credscore.normalize`: quote marks, dashes,
    ellipses, Unicode forms, line endings and hard wraps), the signals run on the
    normalised text, and the evidence is anchored back onto ``text`` as given. A
    :class:`Doc` is taken as it is: its caller has normalised it (see
    :func:`extract_normalized`).

    Parameters
    ----------
    text : str or Doc
        The article text (or an already parsed :class:`Doc`).
    publisher : str, optional
        The article's own outlet, so that its own interviews ("told the Ledger"
        in a Harlow Ledger story) are not counted as media sources. When omitted, a
        reasonable guess is made from the text.
    signals : iterable of str, optional
        Names from :data:`SIGNALS` to run; all by default.

    Returns
    -------
    list of Evidence
        Sorted by ``(start, end, signal)``; ``e.text == text[e.start:e.end]`` (for a
        ``Doc``, ``text.text``).

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    ValueError
        If ``signals`` names an unknown signal.

    Examples
    --------
    >>> ev = extract("Officials said the bridge may close.")
    >>> [(e.signal, e.text) for e in ev]
    [('anonymous_source', 'Officials'), ('hedge', 'may')]
    >>> [(e.signal, e.text) for e in extract("Officials\\r\\nsaid the\\u00a0bridge may close.")]
    [('anonymous_source', 'Officials'), ('hedge', 'may')]
    """
    with _gc_paused():
        if isinstance(text, Doc):
            return _extract(text, publisher, signals)
        return _extract_normalized(normalize(text), publisher, signals)[1]


def extract_normalized(
    norm: Normalized, publisher: str | None = None, signals: Iterable[str] | None = None
) -> tuple[Doc, list[Evidence]]:
    """Find the evidence of a normalised text; return its :class:`Doc` too.

    The signals run on ``Doc(norm.text)``; the evidence is anchored onto
    ``norm.original`` (:func:`credscore.normalize.anchor`) and sorted as by
    :func:`extract`. The returned ``Doc`` is the parsed normalised text, for reuse
    (featurisation); its offsets are normalised ones.

    Parameters
    ----------
    norm : Normalized
        From :func:`credscore.normalize.normalize`.
    publisher, signals
        As for :func:`extract`; ``publisher`` is normalised the same way.

    Returns
    -------
    (Doc, list of Evidence)

    Examples
    --------
    >>> from credscore.normalize import normalize
    >>> doc, ev = extract_normalized(normalize("\u201cIt may fail,\u201d she said."))
    >>> doc.text
    '"It may fail," she said.'
    >>> [(e.signal, e.start, e.text) for e in ev if e.signal == "direct_quote"]
    [('direct_quote', 0, '\u201cIt may fail,\u201d')]
    """
    with _gc_paused():
        return _extract_normalized(norm, publisher, signals)


def _extract_normalized(
    norm: Normalized, publisher: str | None, signals: Iterable[str] | None
) -> tuple[Doc, list[Evidence]]:
    if not isinstance(norm, Normalized):
        raise TypeError(f"norm must be a Normalized, not {type(norm).__name__}")
    if publisher is not None:
        publisher = normalize(publisher).text
    doc = Doc(norm.text)
    out = anchor(_extract(doc, publisher, signals), norm)
    order = {n: k for k, n in enumerate(SIGNALS)}
    out.sort(key=lambda e: (e.start, e.end, order[e.signal]))
    return doc, out


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while extracting.

    Extraction allocates many small acyclic objects (tokens, spans); with the collector
    on, its full passes over an ever larger heap make long texts take superlinear time.
    Nothing here creates reference cycles, and the previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(
    text: str | Doc, publisher: str | None, signals: Iterable[str] | None
) -> list[Evidence]:
    doc = text if isinstance(text, Doc) else Doc(text)
    names = list(SIGNALS) if signals is None else list(signals)
    unknown = [n for n in names if n not in SIGNALS]
    if unknown:
        raise ValueError(f"unknown signal(s) {unknown}; choose from {sorted(SIGNALS)}")
    skip = _boilerplate_sentences(doc)
    out: list[Evidence] = []
    for name in names:
        found = SIGNALS[name](doc, publisher)
        out.extend(e for e in found if not _inside(skip, e.start)) if skip else out.extend(found)
    order = {n: k for k, n in enumerate(SIGNALS)}
    out.sort(key=lambda e: (e.start, e.end, order[e.signal]))
    return out


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _boilerplate_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Spans of sentences holding web-page chrome (``lexicons/boilerplate.txt``)."""
    return sorted({doc.sentence_of(s) for s, _ in find_phrase_spans("boilerplate", doc)})
