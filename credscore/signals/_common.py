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


_RELATIVES = frozenset({"who", "whom", "which"})


def _mention_span(doc: Doc, a: Attribution) -> tuple[int, int]:
    """Where a source is named: a relative pronoun ("her nephew, Sebastian Otterburn, who
    said") is shown at its antecedent in the same sentence, the name itself."""
    src = a.source
    if src.antecedent is not None and doc.text[src.start : src.end].lower() in _RELATIVES:
        return src.antecedent
    return (src.start, src.end)


def source_evidence(doc: Doc, publisher: str | None, kind: str, signal: str) -> list[Evidence]:
    """One evidence per source mention of ``kind``, with its cues and resolution."""
    by_span: dict[tuple[int, int], list[Attribution]] = {}
    for a in doc_attributions(doc, publisher):
        if a.kind == kind:
            by_span.setdefault(_mention_span(doc, a), []).append(a)
    out = []
    for (start, end), attrs in sorted(by_span.items()):
        details: dict[str, object] = {"cues": [str(a.details.get("cue")) for a in attrs]}
        resolved = attrs[0].resolved
        if resolved and _mention_span(doc, attrs[0]) == (
            attrs[0].source.start,
            attrs[0].source.end,
        ):
            details["resolved"] = resolved
        out.append(evidence(doc, signal, start, end, **details))
    return out
