"""A logistic regression whose coefficients keep the signs journalism standards give them.

:class:`MonotoneLogisticRegression` minimises the (class-balanced) log-loss plus an L2
penalty under box constraints on each coefficient, with SciPy's L-BFGS-B, the bounded
quasi-Newton method (Byrd, Lu, Nocedal & Zhu 1995) that scikit-learn's own
``LogisticRegression(solver="lbfgs")`` uses without bounds. A feature whose direction is
+1 gets a coefficient of at least its floor, one whose direction is -1 at most minus its
floor, a free one any value. Because the model stays linear in its inputs, a score is
explained exactly: the intercept plus one contribution per feature is the logit.

The log-odds are then recalibrated by Platt scaling on out-of-fold decision values
(``a * logit + b`` with ``a > 0``), which keeps every sign and the exact decomposition.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, log_expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.model_selection import StratifiedKFold
from sklearn.utils.validation import check_array, check_is_fitted

__all__ = ["LinearLogitClassifier", "MonotoneLogisticRegression"]


class LinearLogitClassifier(ClassifierMixin, BaseEstimator):
    """A binary classifier whose log-odds are ``X @ coef_ + intercept_`` (set by ``fit``).

    The shared prediction half of credscore's linear models: each feature's contribution
    to a score is its coefficient times its value, exactly.
    """

    coef_: np.ndarray
    intercept_: float
    classes_: np.ndarray

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "coef_")
        X = check_array(X, accept_sparse="csr", dtype=float)
        return np.asarray(X @ self.coef_).ravel() + self.intercept_

    def predict_proba(self, X: Any) -> np.ndarray:
        p = expit(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[(self.decision_function(X) > 0).astype(int)]


def _fit_bounded(
    X: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    C: float,
    bounds: list[tuple[float | None, float | None]],
) -> tuple[np.ndarray, float]:
    n, d = X.shape
    weight = weight / weight.sum() * n

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        z = np.asarray(X @ w).ravel() + b
        value = -float(np.sum(weight * (y * log_expit(z) + (1 - y) * log_expit(-z))))
        r = weight * (expit(z) - y)
        grad = np.concatenate([np.asarray(X.T @ r).ravel() + w / C, [r.sum()]])
        return value + 0.5 / C * float(w @ w), grad

    start = np.zeros(d + 1)
    for j, (lo, hi) in enumerate(bounds):  # a feasible start
        start[j] = lo if lo is not None and lo > 0 else hi if hi is not None and hi < 0 else 0.0
    res = minimize(
        loss,
        start,
        jac=True,
        method="L-BFGS-B",
        bounds=[*bounds, (None, None)],
        options={"maxiter": 10000, "ftol": 1e-12, "gtol": 1e-8},
    )
    return res.x[:d].copy(), float(res.x[d])


class MonotoneLogisticRegression(LinearLogitClassifier):
    """L2 logistic regression with sign constraints and floors, Platt-calibrated.

    Parameters
    ----------
    C : float, default 1.0
        Inverse regularisation strength.
    directions : sequence of int, optional
        Per feature: +1 (coefficient ≥ floor), -1 (coefficient ≤ -floor) or 0 (free).
        Default: all free.
    floors : sequence of float, optional
        Per feature, the smallest magnitude of a constrained coefficient (default 0).
    class_weight : {"balanced", None}, default "balanced"
        "balanced" weighs both classes equally, so that the score is not pulled towards
        the training set's share of credible articles.
    cv : int, default 5
        Folds for the out-of-fold decision values of the Platt scaling (0: none).
    random_state : int, default 0
        Seed of the calibration folds.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
        Effective coefficients (Platt slope folded in).
    intercept_ : float
        Effective intercept.
    raw_coef_ : ndarray of shape (n_features,)
        The coefficients before calibration, within the bounds.
    calibration_ : tuple of float
        ``(a, b)`` of the Platt scaling.
    classes_ : ndarray

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X = rng.normal(size=(300, 3))
    >>> y = (X[:, 0] - X[:, 1] + rng.normal(size=300) > 0).astype(int)
    >>> clf = MonotoneLogisticRegression(directions=[1, 1, 0], floors=[0, 0.2, 0]).fit(X, y)
    >>> bool(clf.raw_coef_[0] > 0), bool(clf.raw_coef_[1] >= 0.2 - 1e-9)
    (True, True)
    >>> logit = X @ clf.coef_ + clf.intercept_
    >>> bool(np.allclose(clf.predict_proba(X)[:, 1], 1 / (1 + np.exp(-logit))))
    True
    """

    def __init__(
        self,
        C: float = 1.0,
        directions: Sequence[int] | None = None,
        floors: Sequence[float] | None = None,
        class_weight: str | None = "balanced",
        cv: int = 5,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.directions = directions
        self.floors = floors
        self.class_weight = class_weight
        self.cv = cv
        self.random_state = random_state

    def _bounds(self, d: int) -> list[tuple[float | None, float | None]]:
        dirs = [0] * d if self.directions is None else [int(v) for v in self.directions]
        floors = [0.0] * d if self.floors is None else [float(v) for v in self.floors]
        if len(dirs) != d or len(floors) != d:
            raise ValueError(
                f"directions and floors need one value per feature ({d}), "
                f"got {len(dirs)} and {len(floors)}"
            )
        out: list[tuple[float | None, float | None]] = []
        for direction, floor in zip(dirs, floors, strict=True):
            if direction > 0:
                out.append((max(floor, 0.0), None))
            elif direction < 0:
                out.append((None, -max(floor, 0.0)))
            else:
                out.append((None, None))
        return out

    def _weights(self, y: np.ndarray) -> np.ndarray:
        if self.class_weight is None:
            return np.ones(len(y))
        if self.class_weight != "balanced":
            raise ValueError(f"class_weight must be 'balanced' or None, not {self.class_weight!r}")
        p = float(np.mean(y))
        return np.where(y == 1, 0.5 / p, 0.5 / (1.0 - p))

    def fit(self, X: Any, y: Any) -> MonotoneLogisticRegression:
        X = check_array(X, accept_sparse="csr", dtype=float)
        y_in = np.asarray(y)
        self.classes_ = np.unique(y_in)
        if len(self.classes_) != 2:
            raise ValueError(f"need exactly two classes to train, got {list(self.classes_)}")
        y01 = (y_in == self.classes_[1]).astype(float)
        bounds = self._bounds(X.shape[1])
        weight = self._weights(y01)
        w, b = _fit_bounded(X, y01, weight, self.C, bounds)
        a, c = 1.0, 0.0
        if self.cv and self.cv > 1:
            folds = StratifiedKFold(n_splits=self.cv, shuffle=True, random_state=self.random_state)
            oof = np.empty(len(y01))
            for tr, te in folds.split(X, y01):
                wf, bf = _fit_bounded(X[tr], y01[tr], weight[tr], self.C, bounds)
                oof[te] = np.asarray(X[te] @ wf).ravel() + bf
            # Platt scaling, with a slope kept positive so that no sign flips.
            ap, cp = _fit_bounded(oof.reshape(-1, 1), y01, weight, 1e6, [(1e-6, None)])
            a, c = float(ap[0]), cp
        self.raw_coef_ = w
        self.calibration_ = (a, c)
        self.coef_ = a * w
        self.intercept_ = float(a * b + c)
        self.n_features_in_ = X.shape[1]
        return self
