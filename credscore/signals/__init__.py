"""Signal extractors: pure functions from a parsed text to evidence with offsets.

Each signal lives in its own module and exposes its metadata, ``SIGNAL`` (a
:class:`SignalInfo`: name, label, description, which kind of source it marks), and
one function ``find_*(doc, publisher=None) -> list[Evidence]``. :data:`REGISTRY`
registers them explicitly, in the order evidence is reported; :data:`SIGNALS`,
:data:`SIGNAL_INFO` and :data:`SOURCE_SIGNALS` are derived from it, and so are the
reports' source kinds, labels and legends.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import NamedTuple

from .._evidence import Evidence
from .._text import Doc
from ..normalize import Normalized, anchor, normalize
from . import (
    anonymous_source,
    booster,
    direct_quote,
    expert_source,
    hedge,
    media_source,
    named_source,
    organization_source,
    specifics,
    verification,
    weasel,
)
from ._info import SignalInfo
from ._phrases import find_phrase_spans

__all__ = [
    "REGISTRY",
    "SIGNALS",
    "SIGNAL_INFO",
    "SOURCE_SIGNALS",
    "Registered",
    "SignalInfo",
    "extract",
    "extract_normalized",
]

Extractor = Callable[[Doc, "str | None"], list[Evidence]]


class Registered(NamedTuple):
    """A registered signal: its metadata and its extractor."""

    info: SignalInfo
    find: Extractor


def _register(*signals: Registered) -> Mapping[str, Registered]:
    """The registry of ``signals``, by name, in the order given; a name is registered once."""
    table: dict[str, Registered] = {}
    for entry in signals:
        if entry.info.name in table:
            raise ValueError(f"signal {entry.info.name!r} is registered twice")
        table[entry.info.name] = entry
    return MappingProxyType(table)


#: Every signal, name -> (metadata, extractor), in the order evidence is reported (and
#: reports list and nest them). The one place a signal is registered.
REGISTRY: Mapping[str, Registered] = _register(
    Registered(named_source.SIGNAL, named_source.find_named_sources),
    Registered(expert_source.SIGNAL, expert_source.find_expert_sources),
    Registered(anonymous_source.SIGNAL, anonymous_source.find_anonymous_sources),
    Registered(organization_source.SIGNAL, organization_source.find_organization_sources),
    Registered(media_source.SIGNAL, media_source.find_media_sources),
    Registered(direct_quote.SIGNAL, direct_quote.find_direct_quotes),
    Registered(hedge.SIGNAL, hedge.find_hedges),
    Registered(weasel.SIGNAL, weasel.find_weasels),
    Registered(booster.SIGNAL, booster.find_boosters),
    Registered(verification.SIGNAL, verification.find_verification),
    Registered(specifics.SIGNAL, specifics.find_specifics),
)

#: Signal name -> extractor, in :data:`REGISTRY` order.
SIGNALS: dict[str, Extractor] = {name: entry.find for name, entry in REGISTRY.items()}

#: Signal name -> :class:`SignalInfo`, in :data:`REGISTRY` order.
SIGNAL_INFO: Mapping[str, SignalInfo] = MappingProxyType(
    {name: entry.info for name, entry in REGISTRY.items()}
)

#: The signals whose evidence is about a source of the article: first the source mentions
#: (those with a ``source_kind``), then the sources' credentials, each in registry order.
SOURCE_SIGNALS: tuple[str, ...] = (
    *(name for name, info in SIGNAL_INFO.items() if info.source_kind is not None),
    *(name for name, info in SIGNAL_INFO.items() if info.credential),
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
