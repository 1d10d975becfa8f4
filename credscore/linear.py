"""The default model as plain numbers: scaling and coefficients, stored as JSON.

The default model (``kind="signals"``) is linear over standardised indicators, so all it
needs at scoring time is a few arrays: which columns are taken as ``log1p``, the clip, the
means and scales, the coefficients and the intercept. :class:`LinearHead` holds them,
scores with NumPy alone (no scikit-learn, no pickle), and reads and writes them as JSON,
a format that cannot run code when loaded. :meth:`LinearHead.from_dict` checks every field
(names, lengths, finite numbers), so a foreign or damaged file is refused with a message
instead of scoring nonsense.

Examples
--------
>>> import numpy as np
>>> head = LinearHead(("a", "b"), (1,), 6.0, np.zeros(2), np.ones(2), np.array([1.0, -1.0]), 0.5)
>>> float(head.logit(np.array([2.0, 0.0])))
2.5
>>> LinearHead.from_dict(head.to_dict()) == head
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import ModelLoadError

__all__ = ["LinearHead", "LINEAR_FORMAT"]

#: The ``format`` string of a JSON linear model.
LINEAR_FORMAT = "credscore-linear/1"


@dataclass(frozen=True, eq=False)
class LinearHead:
    """Indicator scaling and a linear classifier: ``logit = coef . z + intercept``.

    ``z = clip((x' - mean) / scale, -clip, clip)`` where ``x'`` is ``x`` with the
    ``log_columns`` taken as ``log1p(max(x, 0))``.

    Parameters
    ----------
    features : tuple of str
        The indicator names, in column order.
    log_columns : tuple of int
    clip : float
    mean, scale, coef : ndarray of shape (n_features,)
    intercept : float
    """

    features: tuple[str, ...]
    log_columns: tuple[int, ...]
    clip: float
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinearHead):
            return NotImplemented
        return (
            self.features == other.features
            and self.log_columns == other.log_columns
            and self.clip == other.clip
            and self.intercept == other.intercept
            and all(
                np.array_equal(a, b)
                for a, b in (
                    (self.mean, other.mean),
                    (self.scale, other.scale),
                    (self.coef, other.coef),
                )
            )
        )

    __hash__ = None  # type: ignore[assignment]  # mutable arrays inside: not hashable

    def standardise(self, x: np.ndarray) -> np.ndarray:
        """The standardised, clipped indicators ``z`` of one row or a matrix ``x``."""
        x = np.array(x, dtype=float, copy=True)
        if self.log_columns:
            cols = list(self.log_columns)
            x[..., cols] = np.log1p(np.maximum(x[..., cols], 0.0))
        return np.clip((x - self.mean) / self.scale, -self.clip, self.clip)

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Each indicator's contribution to the logit (``coef * z``), for one row ``x``."""
        return self.coef * self.standardise(x)

    def logit(self, x: np.ndarray) -> np.ndarray:
        """The log-odds of a row or of each row of a matrix."""
        return self.standardise(x) @ self.coef + self.intercept

    def to_dict(self) -> dict[str, Any]:
        """The head as JSON-ready data (floats written with full precision)."""
        return {
            "features": list(self.features),
            "log_columns": list(self.log_columns),
            "clip": float(self.clip),
            "mean": [float(v) for v in self.mean],
            "scale": [float(v) for v in self.scale],
            "coef": [float(v) for v in self.coef],
            "intercept": float(self.intercept),
        }

    @classmethod
    def from_dict(cls, data: object, expected: Sequence[str] | None = None) -> LinearHead:
        """Rebuild a head from :meth:`to_dict` data, checking every field.

        Parameters
        ----------
        data : mapping
            As :meth:`to_dict` returns it; anything else is refused.
        expected : sequence of str, optional
            The feature names this credscore computes; a head trained on others is refused.

        Raises
        ------
        ModelLoadError
            A field is missing, of the wrong type or length, or not finite.
        """
        if not isinstance(data, Mapping):
            raise ModelLoadError("not a valid credscore linear model: no 'head' object")
        try:
            features = tuple(data["features"])
            n = len(features)
            if not all(isinstance(f, str) for f in features):
                raise ValueError("feature names must be strings")
            if expected is not None and features != tuple(expected):
                raise ModelLoadError(
                    "the model was trained on other features than this credscore computes; "
                    "retrain it with `make train`"
                )
            logs = tuple(data["log_columns"])
            if not all(isinstance(j, int) and 0 <= j < n for j in logs):
                raise ValueError("log_columns must be column indices")
            arrays = []
            for key in ("mean", "scale", "coef"):
                values = data[key]
                if not isinstance(values, list) or len(values) != n:
                    raise ValueError(f"{key} must be a list of {n} numbers")
                arr = np.asarray([_number(v, key) for v in values], dtype=float)
                arrays.append(arr)
            if np.any(arrays[1] <= 0):
                raise ValueError("scale must be positive")
            clip = _number(data["clip"], "clip")
            if clip <= 0:
                raise ValueError("clip must be positive")
            intercept = _number(data["intercept"], "intercept")
        except ModelLoadError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ModelLoadError(f"not a valid credscore linear model: {what}") from None
        return cls(features, logs, clip, arrays[0], arrays[1], arrays[2], intercept)


def _number(v: object, key: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ValueError(f"{key} must hold finite numbers, not {v!r}")
    return float(v)
