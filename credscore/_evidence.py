"""The evidence record every signal extractor returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """One occurrence of a signal, with exact character offsets.

    Parameters
    ----------
    signal : str
        The signal's name, e.g. ``"named_source"`` or ``"hedge"``.
    start, end : int
        Character offsets into the text the evidence was found in;
        ``text == source_text[start:end]`` always holds.
    text : str
        The span as it stands in the source text.
    details : dict
        Optional extra facts, e.g. the resolved name of a pronoun
        (``{"resolved": "Tomas Lind"}``) or the credential of an expert.

    Examples
    --------
    >>> doc = "Officials said the bridge was safe."
    >>> ev = Evidence("anonymous_source", 0, 9, doc[0:9])
    >>> ev.text
    'Officials'
    """

    signal: str
    start: int
    end: int
    text: str
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary of this evidence."""
        return {
            "signal": self.signal,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "details": dict(self.details),
        }
