"""The report behind every score: plain data, rendered elsewhere (:mod:`credscore.render`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ._evidence import Evidence

__all__ = [
    "BANDS",
    "LINEAR_RANGE",
    "PATTERN_PREFIX",
    "POINTS_PER_LOGIT",
    "Contribution",
    "Report",
    "band_for",
    "index_logit",
    "points_for",
    "score_index",
]

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


#: The scores between which the score is linear in the log-odds.
LINEAR_RANGE: tuple[float, float] = (2.0, 95.0)

#: Score points per unit of log-odds inside :data:`LINEAR_RANGE`: the slope of the chord of
#: the logistic curve ``100 / (1 + e^-u)`` from 10 to 90, ``80 / (2 ln 9)``, about 18.2.
POINTS_PER_LOGIT: float = 40.0 / math.log(9.0)

# Each exponential tail starts where the line ends, at LINEAR_RANGE[0] points from 0 (or
# 100 - LINEAR_RANGE[1] points from 100), and has that distance as its scale, so that it has the
# line's slope at the join.
_LOW, _HIGH = LINEAR_RANGE
_LOW_TAIL = _LOW
_HIGH_TAIL = 100.0 - _HIGH


def score_index(u: float) -> float:
    """The sourcing score (0 to 100) of the log-odds ``u`` (``logit - score_offset``).

    Between 2 and 95 the score is linear in the log-odds, :data:`POINTS_PER_LOGIT` (about
    18.2) points per unit, so that a reason's points are the same wherever the article
    stands and the points of all reasons add up exactly. The line is the chord of the
    logistic curve ``100 / (1 + e^-u)`` from 10 to 90: it meets the curve at 10, 50 and 90.
    It runs on down to 2 because weakly sourced articles gather between 2 and 10, and each
    further weakness should still move them a visible step; at the top it stops at 95, where
    few articles reach. Beyond, the score follows exponential tails with the same slope at
    the joins; they come ever closer to 0 and 100 without reaching them, so the score still
    orders every article.

    Examples
    --------
    >>> [round(score_index(u), 1) for u in (0.0, math.log(9), -math.log(9), 1.0, -2.5)]
    [50.0, 90.0, 10.0, 68.2, 4.5]
    >>> 0 < score_index(-8.0) < score_index(-6.0) < 2 and 95 < score_index(6.0) < 100
    True
    """
    x = POINTS_PER_LOGIT * u
    if x < _LOW - 50.0:
        return _LOW_TAIL * math.exp((x + 50.0 - _LOW) / _LOW_TAIL)
    if x > _HIGH - 50.0:
        return 100.0 - _HIGH_TAIL * math.exp((_HIGH - 50.0 - x) / _HIGH_TAIL)
    return 50.0 + x


def index_logit(score: float) -> float:
    """The log-odds whose :func:`score_index` is ``score`` (strictly between 0 and 100).

    >>> round(index_logit(score_index(-2.5)), 9), round(index_logit(50.0), 9)
    (-2.5, 0.0)
    """
    if not 0.0 < score < 100.0:
        raise ValueError(f"score must be strictly between 0 and 100, got {score!r}")
    if score < _LOW:
        x = _LOW_TAIL * math.log(score / _LOW_TAIL) + _LOW - 50.0
    elif score > _HIGH:
        x = _HIGH - 50.0 - _HIGH_TAIL * math.log((100.0 - score) / _HIGH_TAIL)
    else:
        x = score - 50.0
    return x / POINTS_PER_LOGIT


def points_for(logit: float, contribution: float) -> float:
    """Score points a contribution adds: the score with it minus the score without it.

    ``logit`` is the log-odds the score is taken from (:attr:`Report.score_logit`). While
    both scores lie between 2 and 95 the points are exactly ``POINTS_PER_LOGIT *
    contribution``, so they add up.

    >>> round(points_for(0.0, 0.5), 1)
    9.1
    """
    return score_index(logit) - score_index(logit - contribution)


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
        The sourcing score, 0 to 100: ``score_index(logit - score_offset)``, linear in the
        log-odds between 2 and 95 (see :func:`score_index`). The offset anchors the scale
        so that an article with no sourcing evidence at all scores
        :data:`credscore.model.NO_SOURCING_SCORE` (25); models without one (``score_offset``
        0) score the index of their own log-odds.
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
