"""The report behind every score: plain data, rendered elsewhere (:mod:`credscore.render`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ._evidence import Evidence

__all__ = ["BANDS", "PATTERN_PREFIX", "Contribution", "Report", "band_for", "points_for"]

#: Score bands, checked in order: the first whose lower bound the score reaches.
BANDS: tuple[tuple[int, str], ...] = (
    (80, "well sourced"),
    (60, "adequately sourced"),
    (40, "weakly sourced"),
    (0, "poorly sourced"),
)

#: Feature names of writing patterns (:mod:`credscore.patterns`): this prefix, then the n-gram.
PATTERN_PREFIX = "pattern: "


def band_for(score: float) -> str:
    """Return the plain-language band of a 0-100 score.

    >>> band_for(85), band_for(59.9), band_for(0)
    ('well sourced', 'weakly sourced', 'poorly sourced')
    """
    for lower, label in BANDS:
        if score >= lower:
            return label
    return BANDS[-1][1]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


def points_for(logit: float, contribution: float) -> float:
    """Score points a contribution adds: the score with it minus the score without it.

    >>> round(points_for(0.0, 0.5), 1)
    12.2
    """
    return 100.0 * (_sigmoid(logit) - _sigmoid(logit - contribution))


@dataclass(frozen=True)
class Contribution:
    """How one feature moved the score.

    ``contribution`` is in log-odds: for the linear model, the coefficient
    times the standardised value, so that the contributions and the intercept
    sum exactly to the logit. ``points`` is the score with this contribution
    minus the score without it (the feature at its training average).
    """

    feature: str
    description: str
    value: float
    contribution: float
    points: float
    signal: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature,
            "description": self.description,
            "value": self.value,
            "contribution": self.contribution,
            "points": self.points,
            "signal": self.signal,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Report:
    """Everything known about one article's score.

    Attributes
    ----------
    probability : float
        P(credible), from 0 to 1: the model's calibrated probability, as if credible and
        not credible articles were equally common.
    score : float
        The sourcing score, 0 to 100: ``100 / (1 + exp(-(logit - score_offset)))``. The
        offset anchors the scale so that an article with no sourcing evidence at all scores
        :data:`credscore.model.NO_SOURCING_SCORE` (20); without one (``score_offset`` 0) the
        score is ``100 * probability``.
    label : str
        The plain-language band (see :data:`BANDS`).
    evidence : list of Evidence
        Every signal found in the text.
    contributions : list of Contribution
        Per feature, sorted by absolute size, largest first.
    intercept : float
        The model's baseline log-odds (for the linear model, with the
        contributions it sums to ``logit``).
    logit : float
        The log-odds of the score.
    model : str
        The name of the model that scored the text.
    text : str
        The scored text, so that evidence can be quoted in context.
    publisher : str, optional
        The article's own outlet, when given.
    score_offset : float
        Subtracted from ``logit`` before the score is taken (see ``score``).
    warnings : tuple of str
        What the reader should know about how the text was scored, e.g. that a text over
        the word limit was truncated and only its beginning scored.
    """

    probability: float
    score: float
    label: str
    evidence: list[Evidence]
    contributions: list[Contribution]
    intercept: float
    logit: float
    model: str
    text: str = field(repr=False, default="")
    publisher: str | None = None
    score_offset: float = 0.0
    warnings: tuple[str, ...] = ()

    @property
    def score_logit(self) -> float:
        """The log-odds the score is taken from: ``logit - score_offset``."""
        return self.logit - self.score_offset

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (see :func:`credscore.render.render_json`)."""
        return {
            "probability": self.probability,
            "score": self.score,
            "label": self.label,
            "model": self.model,
            "logit": self.logit,
            "intercept": self.intercept,
            "score_offset": self.score_offset,
            "publisher": self.publisher,
            "warnings": list(self.warnings),
            "contributions": [c.to_dict() for c in self.contributions],
            "evidence": [e.to_dict() for e in self.evidence],
        }
