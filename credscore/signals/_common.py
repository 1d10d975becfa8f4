"""Helpers the signal modules share: cached attributions and evidence building."""

from __future__ import annotations

from .._evidence import Evidence
from .._text import Doc
from ._attribution import Attribution, attributions

__all__ = ["doc_attributions", "source_evidence", "evidence"]


def evidence(doc: Doc, signal: str, start: int, end: int, **details: object) -> Evidence:
    """Build an :class:`Evidence` whose text is the exact slice of ``doc``."""
    return Evidence(signal, start, end, doc.text[start:end], dict(details))


def doc_attributions(doc: Doc, publisher: str | None) -> list[Attribution]:
    """Attributions of ``doc``, parsed once per publisher and cached on the doc."""
    cache: dict[str | None, list[Attribution]] = doc.__dict__.setdefault("_attr_cache", {})
    if publisher not in cache:
        cache[publisher] = attributions(doc, publisher)
    return cache[publisher]


def source_evidence(doc: Doc, publisher: str | None, kind: str, signal: str) -> list[Evidence]:
    """One evidence per source mention of ``kind``, with its cues and resolution."""
    by_span: dict[tuple[int, int], list[Attribution]] = {}
    for a in doc_attributions(doc, publisher):
        if a.kind == kind:
            by_span.setdefault((a.source.start, a.source.end), []).append(a)
    out = []
    for (start, end), attrs in sorted(by_span.items()):
        details: dict[str, object] = {"cues": [str(a.details.get("cue")) for a in attrs]}
        resolved = attrs[0].resolved
        if resolved:
            details["resolved"] = resolved
        out.append(evidence(doc, signal, start, end, **details))
    return out
