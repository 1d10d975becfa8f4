"""Grouped out-of-fold predictions and the numbers they are scored by.

The one cross-validation loop of credscore: :mod:`credscore.training` uses it for the model
card's grouped-CV metrics, and the evaluation (:func:`credscore.evaluation.protocol.grouped_cv`)
for every model of its section (a), on the same folds. Folds are grouped by outlet, so no
outlet is ever in both the training and the test part of a fold. It imports neither training
nor evaluation, so both can import it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

from .defaults import CV_FOLDS
from .features import take_rows

__all__ = [
    "fit_predict",
    "fold_class_counts",
    "grouped_folds",
    "grouped_oof",
    "metrics",
    "reliability_table",
]

Folds = list[tuple[np.ndarray, np.ndarray]]


def grouped_folds(X: Any, y: np.ndarray, groups: np.ndarray, n_splits: int = CV_FOLDS) -> Folds:
    """The (train, test) row indices of ``GroupKFold`` by ``groups``.

    Parameters
    ----------
    X : array-like or DataFrame
        Only its number of rows matters.
    y : ndarray
    groups : ndarray
        The outlet of each row.
    n_splits : int, default :data:`credscore.defaults.CV_FOLDS`
        At most the number of groups.

    Returns
    -------
    list of (ndarray, ndarray)
        Deterministic (no shuffling); every group is on one side of each split.
    """
    n_groups = len(np.unique(groups))
    return list(GroupKFold(n_splits=min(n_splits, n_groups)).split(X, y, groups))


def fold_class_counts(y: np.ndarray, folds: Folds) -> list[tuple[int, int]]:
    """``(credible, not credible)`` articles in the training part of each fold.

    A model whose own calibration cross-validates (5 stratified folds) cannot be fit on a
    training part with fewer articles of a class than that; training checks these counts
    before it featurizes anything, to say so in the user's terms.

    Examples
    --------
    >>> y = np.array([1, 1, 1, 0, 0, 0])
    >>> folds = grouped_folds(y, y, np.array(["a", "a", "b", "b", "c", "c"]), n_splits=3)
    >>> sorted(fold_class_counts(y, folds))
    [(1, 3), (2, 2), (3, 1)]
    """
    y = np.asarray(y)
    return [(int(y[tr].sum()), int(len(tr) - y[tr].sum())) for tr, _ in folds]


def fit_predict(
    make_model: Callable[[], Any],
    X_train: Any,
    y_train: np.ndarray,
    X_tests: Sequence[Any],
    on_error: Callable[[ValueError], None] | None = None,
) -> list[np.ndarray]:
    """Fit one fresh model and return P(credible) of each test set's rows.

    Parameters
    ----------
    make_model : callable
        Returns a fresh unfitted estimator with ``fit`` and ``predict_proba``.
    X_train : array-like or DataFrame
    y_train : ndarray
        1 credible, 0 not.
    X_tests : sequence of array-like or DataFrame
        Test sets; an empty one gets an empty prediction.
    on_error : callable, optional
        If given, a ``ValueError`` raised by the fit (e.g. too few articles of a class for
        the calibration folds) is passed to it and the training rate is predicted;
        otherwise it propagates.

    Returns
    -------
    list of ndarray
        One per test set. If the training labels hold one class, every row gets the
        training rate (0.5 when there is no training row).
    """
    rate = float(np.mean(y_train)) if len(y_train) else 0.5
    if len(np.unique(y_train)) < 2:
        return [np.full(len(X), rate) for X in X_tests]
    try:
        model = make_model().fit(X_train, y_train)
    except ValueError as exc:
        if on_error is None:
            raise
        on_error(exc)
        return [np.full(len(X), rate) for X in X_tests]
    return [
        np.asarray(model.predict_proba(X)[:, 1], dtype=float) if len(X) else np.empty(0)
        for X in X_tests
    ]


def grouped_oof(
    X: Any,
    y: np.ndarray,
    groups: np.ndarray,
    make_model: Callable[[], Any],
    n_splits: int = CV_FOLDS,
    folds: Folds | None = None,
    on_error: Callable[[ValueError], None] | None = None,
) -> np.ndarray:
    """Out-of-fold P(credible) under cross-validation grouped by ``groups``.

    No group (outlet) is ever in both the training and the test fold. A fold
    whose training part has one class only predicts that class's rate.

    Parameters
    ----------
    X : array-like or DataFrame
        What the model reads (rows are taken with :func:`credscore.features.take_rows`).
    y : ndarray
    groups : ndarray
    make_model : callable
        Returns a fresh unfitted estimator, one per fold.
    n_splits : int, default :data:`credscore.defaults.CV_FOLDS`
    folds : list of (train, test) indices, optional
        Default :func:`grouped_folds`; pass them to score several models on the same folds.
    on_error : callable, optional
        See :func:`fit_predict`.

    Returns
    -------
    ndarray of shape (len(y),)
    """
    if folds is None:
        folds = grouped_folds(X, y, groups, n_splits)
    oof = np.empty(len(y), dtype=float)
    for tr, te in folds:
        (oof[te],) = fit_predict(make_model, take_rows(X, tr), y[tr], [take_rows(X, te)], on_error)
    return oof


def metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    """ROC-AUC, PR-AUC (average precision), Brier score and base rate."""
    y = np.asarray(y)
    out = {"n": int(len(y)), "positive_rate": float(np.mean(y))}
    if len(np.unique(y)) == 2:
        out["roc_auc"] = float(roc_auc_score(y, p))
        out["pr_auc"] = float(average_precision_score(y, p))
    else:
        out["roc_auc"] = out["pr_auc"] = float("nan")
    out["brier"] = float(brier_score_loss(y, p))
    return out


def reliability_table(y: np.ndarray, p: np.ndarray, bins: int = 5) -> list[dict[str, Any]]:
    """Mean predicted probability against the observed rate, in equal-width bins."""
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows = []
    for b in range(bins):
        mask = idx == b
        rows.append(
            {
                "bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}",
                "n": int(mask.sum()),
                "mean_predicted": float(p[mask].mean()) if mask.any() else float("nan"),
                "observed_rate": float(np.mean(np.asarray(y)[mask]))
                if mask.any()
                else float("nan"),
            }
        )
    return rows
