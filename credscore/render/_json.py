"""The report as JSON, and the JSON Schema it follows (``credscore/schema/report.schema.json``)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .._evidence import Evidence
from .._text import Doc
from ..explain import missing, reasons, sources
from ..report import BANDS, Report
from ._common import evidence_index, quote

__all__ = ["JSON_SCHEMA_VERSION", "json_schema", "render_json", "report_json"]

#: Version of the JSON output (``schema_version``); see ``docs/report-format.md``.
#: Minor versions only add fields; a renamed or removed field changes the major version.
JSON_SCHEMA_VERSION = "1.3"


def report_json(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict following schema :data:`JSON_SCHEMA_VERSION`.

    Every field is documented in ``docs/report-format.md`` and
    :func:`json_schema`. Evidence is referred to by its index in ``evidence``.

    Examples
    --------
    >>> from credscore import score
    >>> TEXT = "Officials said the bridge may close. They said it was unsafe until spring."
    >>> d = report_json(score(TEXT))
    >>> d["schema_version"]
    '1.3'
    >>> anonymous = next(r for r in d["reasons"] if r["group"] == "anonymous")
    >>> [d["evidence"][i]["context"] for i in anonymous["evidence"]]
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'before': '', 'text': 'Officials', 'after': ' said the bridge may close.'},
     {'before': '', 'text': 'They', 'after': ' said it was unsafe until spring.'}]
    """
    doc = Doc(report.text)
    index = evidence_index(report)

    def ids(evs: tuple[Evidence, ...]) -> list[int]:
        return [
            index[(e.signal, e.start, e.end)] for e in evs if (e.signal, e.start, e.end) in index
        ]

    d = report.to_dict()
    d = {"schema_version": JSON_SCHEMA_VERSION, **d}
    d["bands"] = [{"min": lo, "label": label} for lo, label in BANDS]
    d["text"] = report.text
    evidence = []
    for e, ed in zip(report.evidence, d["evidence"], strict=True):
        before, span, after = quote(report.text, e, doc=doc)
        evidence.append({**ed, "context": {"before": before, "text": span, "after": after}})
    d["evidence"] = evidence
    all_reasons = reasons(report, limit=None, min_points=0.0)
    # Writing-pattern examples quoted by a reason are not signal evidence: append them.
    for r in all_reasons:
        for e in r.evidence:
            key = (e.signal, e.start, e.end)
            if key not in index:
                index[key] = len(evidence)
                before, span, after = quote(report.text, e, doc=doc)
                context = {"before": before, "text": span, "after": after}
                evidence.append({**e.to_dict(), "context": context})
    d["reasons"] = [
        {
            "text": r.text,
            "points": r.points,
            "feature": r.feature,
            "contribution": r.contribution,
            "group": r.group,
            "label": r.label,
            "features": list(r.features),
            "evidence": ids(r.evidence),
        }
        for r in all_reasons
    ]
    d["sources"] = [
        {
            "name": s.name,
            "kind": s.kind,
            "statements": s.statements,
            "expert": s.expert,
            "mentions": len(s.mentions),
            "evidence": ids(s.mentions),
        }
        for s in sources(report)
    ]
    d["missing"] = missing(report)
    return d


# json.dumps escapes C0 controls, but with ensure_ascii=False it writes DEL, the C1
# controls, the bidi controls, U+2028/U+2029 and lone surrogates as they are: a terminal
# acts on the first ones, and a lone surrogate cannot even be written as UTF-8. They only
# ever occur inside JSON strings, where ``\uXXXX`` stands for the same character.
_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_JSON_ESCAPES = {
    c: f"\\u{c:04x}"
    for lo, hi in ((0x7F, 0x9F), (0x61C, 0x61C), (0x200E, 0x200F), (0x2028, 0x202E))
    + ((0x2066, 0x2069), (0xD800, 0xDFFF))
    for c in range(lo, hi + 1)
}


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (see :func:`report_json` and :func:`json_schema`).

    Non-ASCII text is written as it is, except the characters that act on a terminal or
    cannot be encoded (C0 and C1 controls, DEL, bidi controls, lone surrogates): those
    are ``\\uXXXX`` escapes, which JSON readers turn back into the same characters.
    """
    out = json.dumps(report_json(report), indent=indent, ensure_ascii=False) + "\n"
    return out.translate(_JSON_ESCAPES) if _UNSAFE.search(out) else out


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("credscore").joinpath("schema/report.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`render_json`'s output.

    Examples
    --------
    >>> json_schema()["properties"]["schema_version"]["const"] == JSON_SCHEMA_VERSION
    True
    """
    return json.loads(_schema_text())
