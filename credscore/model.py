"""The credibility model: a constrained, calibrated linear classifier over indicators.

The default model (``kind="signals"``, since 0.4.0) reads the article's credibility
indicators (:data:`credscore.features.FEATURES`: who is cited and how, hedges and
boosters, verification, statistics and documents, style indicators, readability), each
standardised, through a :class:`credscore.monotone.MonotoneLogisticRegression`: where
journalism standards agree on a direction the coefficient keeps it, with a floor, and
the log-odds are Platt-calibrated with both classes weighted equally. The model is linear,
so each indicator's contribution (its coefficient times its standardised value) is exact:
with the intercept the contributions sum to the logit of the reported probability.

``kind="logistic"`` (opt-in, the default until 0.3.1) adds the writing patterns
(:mod:`credscore.patterns`: TF-IDF of word n-grams with every topic word masked) to the
indicators, in an unconstrained calibrated logistic regression; reports group the
patterns into one line and never show a pattern as a reason. ``kind="boosting"`` is
gradient boosting on the indicators with the same monotone constraints, explained by
occlusion (a feature's contribution is the change in log-odds when it alone is set to
its training mean; those do not sum to the logit, and reports say so).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_array, check_is_fitted

from .features import FEATURE_NAMES, FEATURES, TEXT_COLUMN, nothing_found
from .features.transformers import SignalFeaturizer, SignalFrame
from .linear import LinearHead
from .monotone import LinearLogitClassifier, MonotoneLogisticRegression
from .patterns import PatternVectorizer
from .report import index_logit

__all__ = [
    "CalibratedLogisticRegression",
    "IndicatorScaler",
    "KINDS",
    "NO_SOURCING_SCORE",
    "SIGNAL_WEIGHT",
    "build_head",
    "build_model",
    "classifier",
    "head_of",
    "linear_head_of",
    "pattern_weights",
    "pipeline_from_head",
    "reads_text",
    "score_offset",
]

#: The model kinds :func:`build_model` makes: the default first.
KINDS: tuple[str, ...] = ("signals", "logistic", "boosting")

#: The default model kind.
DEFAULT_KIND = KINDS[0]

#: How much the standardised sourcing features weigh next to the writing patterns in the
#: default model. The logistic regression's penalty on a sourcing coefficient is that of a
#: pattern coefficient divided by this squared (C=10 becomes 0.001 for the sourcing part).
SIGNAL_WEIGHT: float = 0.01

#: The score of an article with no sourcing evidence at all (no source, quote, document,
#: statistic, verification or hedge; style and readability at the training average): the
#: anchor of the score's scale, in the "poorly sourced" band with room below it for vague
#: sourcing, which is worse than none (see :func:`score_offset`).
NO_SOURCING_SCORE = 25.0


class CalibratedLogisticRegression(LinearLogitClassifier):
    """L2 logistic regression with Platt-scaled log-odds, still exactly linear.

    Parameters
    ----------
    C : float, default 1.0
        Inverse regularisation strength of the logistic regression.
    cv : int, default 5
        Folds for the out-of-fold decision values the Platt scaling is fit on.
    random_state : int, default 0
        Seed of the calibration folds.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
        Effective coefficients: ``a * lr.coef_``.
    intercept_ : float
        Effective intercept: ``a * lr.intercept_ + b``.
    calibration_ : tuple of float
        ``(a, b)`` of the Platt scaling.
    classes_ : ndarray

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X = rng.normal(size=(200, 3)); y = (X[:, 0] + rng.normal(size=200) > 0).astype(int)
    >>> clf = CalibratedLogisticRegression().fit(X, y)
    >>> logit = X @ clf.coef_ + clf.intercept_
    >>> bool(np.allclose(clf.predict_proba(X)[:, 1], 1 / (1 + np.exp(-logit))))
    True
    """

    def __init__(self, C: float = 1.0, cv: int = 5, random_state: int = 0) -> None:
        self.C = C
        self.cv = cv
        self.random_state = random_state

    def fit(self, X: Any, y: Any) -> CalibratedLogisticRegression:
        X = check_array(X, accept_sparse="csr", dtype=float)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise ValueError(f"need exactly two classes to train, got {list(self.classes_)}")
        lr = LogisticRegression(C=self.C, max_iter=5000)
        lr.fit(X, y)
        folds = StratifiedKFold(n_splits=self.cv, shuffle=True, random_state=self.random_state)
        oof = cross_val_predict(clone(lr), X, y, cv=folds, method="decision_function")
        platt = LogisticRegression(C=1e6, max_iter=5000).fit(oof.reshape(-1, 1), y)
        a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
        self.calibration_ = (a, b)
        self.coef_ = a * lr.coef_[0]
        self.intercept_ = float(a * lr.intercept_[0] + b)
        self.n_features_in_ = X.shape[1]
        return self


class IndicatorScaler(TransformerMixin, BaseEstimator):
    """Standardise the indicators: rates on a log scale, each clipped to a few deviations.

    Rates per 1,000 words are skewed (a 150-word brief with four sources has a rate of 27),
    so they are taken as ``log1p(rate)`` before standardising; every standardised value
    is then clipped to ``[-clip, clip]``, so that no single indicator, however extreme
    (a text of a thousand one-word quotes), decides a score alone. The map is fixed once
    fitted, so the model stays linear in its output and contributions stay exact.

    Parameters
    ----------
    log_columns : sequence of int, optional
        Columns taken as ``log1p`` (default: none).
    clip : float, default 8.0
        Bound on each standardised value. Rare indicators stand far out when present:
        experts are so rare in the training corpora that a second one already stands
        5.8 deviations out, so a bound of 6 would let a third expert add nothing.

    Attributes
    ----------
    mean_, scale_ : ndarray
        Of the (log-)values, as :class:`~sklearn.preprocessing.StandardScaler` has them.

    Examples
    --------
    >>> s = IndicatorScaler(log_columns=[0]).fit(np.array([[0.0], [9.0], [99.0]]))
    >>> s.transform(np.array([[1e9]])).item()
    8.0
    """

    def __init__(self, log_columns: Sequence[int] | None = None, clip: float = 8.0) -> None:
        self.log_columns = log_columns
        self.clip = clip

    def _log(self, X: Any) -> np.ndarray:
        X = check_array(X, dtype=float, copy=True)
        cols = list(self.log_columns or [])
        if cols:
            X[:, cols] = np.log1p(np.maximum(X[:, cols], 0.0))
        return X

    def fit(self, X: Any, y: object = None) -> IndicatorScaler:
        del y
        L = self._log(X)
        self.mean_ = L.mean(axis=0)
        scale = L.std(axis=0)
        self.scale_ = np.where(scale > 0, scale, 1.0)
        self.n_features_in_ = L.shape[1]
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "mean_")
        return np.clip((self._log(X) - self.mean_) / self.scale_, -self.clip, self.clip)


def feature_columns(
    signal_weight: float = SIGNAL_WEIGHT,
    features: Sequence[str] | None = None,
    typography: bool = True,
) -> ColumnTransformer:
    """The default model's inputs: scaled sourcing features, then writing patterns.

    Reads a :func:`credscore.features.feature_frame`; returns a sparse matrix whose first
    ``len(FEATURE_NAMES)`` columns are the standardised sourcing features times
    ``signal_weight`` and whose other columns are :class:`PatternVectorizer` weights.
    ``features`` keeps a subset of the sourcing features (for evaluation only: a
    :class:`Scorer` needs all of them). ``typography`` is passed to the
    :class:`PatternVectorizer`.
    """
    return ColumnTransformer(
        [
            ("signals", StandardScaler(), list(FEATURE_NAMES if features is None else features)),
            ("patterns", PatternVectorizer(typography=typography), TEXT_COLUMN),
        ],
        transformer_weights={"signals": signal_weight, "patterns": 1.0},
        sparse_threshold=1.0,
    )


def build_model(
    kind: str = DEFAULT_KIND, C: float = 1.0, seed: int = 0, typography: bool = True
) -> Pipeline:
    """Return an unfitted model: featurizer, scaling and classifier.

    Parameters
    ----------
    kind : {"signals", "logistic", "boosting"}
        ``"signals"``, the default: the credibility indicators, standardised, in a
        :class:`~credscore.monotone.MonotoneLogisticRegression` whose coefficients keep
        the directions and floors of :data:`credscore.features.FEATURES`.
        ``"logistic"``: the indicators and the writing patterns, calibrated logistic
        regression. ``"boosting"``: gradient boosting on the indicators with the same
        monotone constraints, explained by occlusion.
    C : float
        Regularisation of the logistic regression (see
        :func:`credscore.training.default_C` for the defaults of each kind).
    seed : int
        Fixed seed for every random choice.
    typography : bool, default True
        ``"logistic"`` only: whether the writing patterns keep quotes and dashes as typed.
        Texts are normalised before any feature is computed (:mod:`credscore.normalize`),
        so since 0.4.0 both settings see the same straight quotes and dashes.

    Examples
    --------
    >>> [name for name, _ in build_model().steps]
    ['features', 'scale', 'clf']
    """
    if kind == "logistic":
        return Pipeline(
            [
                ("features", SignalFrame()),
                ("columns", feature_columns(typography=typography)),
                ("clf", CalibratedLogisticRegression(C=C, random_state=seed)),
            ]
        )
    directions = [f.direction for f in FEATURES]
    if kind == "signals":
        clf: Any = MonotoneLogisticRegression(
            C=C, directions=directions, floors=[f.floor for f in FEATURES], random_state=seed
        )
    elif kind == "boosting":
        clf = HistGradientBoostingClassifier(
            max_depth=3,
            learning_rate=0.05,
            max_iter=200,
            random_state=seed,
            monotonic_cst=directions,
            class_weight="balanced",
        )
    else:
        raise ValueError(f"unknown model kind {kind!r}; choose one of {', '.join(KINDS)}")
    rates = [j for j, f in enumerate(FEATURES) if f.name.endswith("_per_1k")]
    scale = IndicatorScaler(log_columns=rates)
    return Pipeline([("features", SignalFeaturizer()), ("scale", scale), ("clf", clf)])


def build_head(
    kind: str = DEFAULT_KIND,
    C: float = 1.0,
    seed: int = 0,
    typography: bool = True,
    features: Sequence[str] | None = None,
) -> Pipeline:
    """The model of :func:`build_model` after featurization, for precomputed features.

    It reads a feature matrix (or, for ``kind="logistic"``, a
    :func:`credscore.features.feature_frame`, whose text column feeds the writing patterns).

    Parameters
    ----------
    kind, C, seed, typography
        As in :func:`build_model`.
    features : sequence of str, optional
        Keep only these indicators (for evaluation: a :class:`Scorer` needs all of them),
        with their own directions, floors and log scales; an empty sequence leaves the
        ``"logistic"`` kind its writing patterns alone.

    Examples
    --------
    >>> [name for name, _ in build_head().steps]
    ['scale', 'clf']
    >>> head = build_head(features=["named_sources", "hedges_per_sentence"])
    >>> head.named_steps["clf"].directions
    [1, -1]
    """
    head = Pipeline(build_model(kind=kind, C=C, seed=seed, typography=typography).steps[1:])
    if features is None or list(features) == list(FEATURE_NAMES):
        return head
    unknown = sorted(set(features) - set(FEATURE_NAMES))
    if unknown:
        raise ValueError(f"unknown feature(s) {unknown}")
    if kind == "logistic":
        columns = feature_columns(features=features, typography=typography)
        return Pipeline([("columns", columns), *head.steps[1:]])
    idx = [FEATURE_NAMES.index(f) for f in features]
    steps = list(head.steps)
    clf = steps[-1][1]
    scale = dict(steps).get("scale")
    if scale is not None and "log_columns" in scale.get_params():  # rates among the subset
        logged = set(scale.log_columns or ())
        scale.set_params(log_columns=[k for k, i in enumerate(idx) if i in logged])
    if "directions" in clf.get_params():  # the monotone model: constraints of the subset
        clf.set_params(
            directions=[clf.directions[i] for i in idx], floors=[clf.floors[i] for i in idx]
        )
    elif "monotonic_cst" in clf.get_params() and clf.monotonic_cst is not None:
        clf.set_params(monotonic_cst=[clf.monotonic_cst[i] for i in idx])
    select = ColumnTransformer([("keep", "passthrough", idx)])
    return Pipeline([("select", select), *steps])


def head_of(model: Pipeline) -> Pipeline:
    """A fitted model without its featurizer: it reads precomputed features."""
    return Pipeline(model.steps[1:])


def reads_text(model: Pipeline) -> bool:
    """Whether the model (or its head) reads the text itself: the writing patterns."""
    return "columns" in model.named_steps


def classifier(model: Pipeline) -> Any:
    """The model's (or head's) classifier, the last step."""
    return model.steps[-1][1]


def pattern_weights(model: Pipeline) -> tuple[np.ndarray, np.ndarray, PatternVectorizer]:
    """``(pattern names, their coefficients, the vectorizer)`` of a fitted ``"logistic"`` model."""
    pv = model.named_steps["columns"].named_transformers_["patterns"]
    coef = np.asarray(classifier(model).coef_).ravel()[len(FEATURE_NAMES) :]
    return pv.get_feature_names_out(), coef, pv


def linear_head_of(model: Pipeline) -> LinearHead | None:
    """The fitted default-kind model as plain numbers, or None for the other kinds.

    The default kind (``features``, ``scale``, a linear ``clf``) is fully described by its
    scaler's and classifier's arrays: :class:`~credscore.linear.LinearHead` holds them, so
    the model can be saved as JSON and scored without scikit-learn.
    """
    steps = model.named_steps
    scale, clf = steps.get("scale"), steps.get("clf")
    if not isinstance(scale, IndicatorScaler) or not isinstance(clf, LinearLogitClassifier):
        return None
    return LinearHead(
        features=tuple(FEATURE_NAMES),
        log_columns=tuple(int(j) for j in (scale.log_columns or ())),
        clip=float(scale.clip),
        mean=np.asarray(scale.mean_, dtype=float),
        scale=np.asarray(scale.scale_, dtype=float),
        coef=np.asarray(clf.coef_, dtype=float).ravel(),
        intercept=float(np.ravel(clf.intercept_)[0]),
    )


def pipeline_from_head(head: LinearHead, readability: bool = True, style: bool = True) -> Pipeline:
    """A fitted scikit-learn pipeline that scores exactly as ``head`` does.

    The inverse of :func:`linear_head_of`, for code that wants the model as a pipeline
    (evaluation, ``predict_proba`` on many texts).
    """
    model = build_model("signals")
    fz = model.named_steps["features"]
    fz.set_params(readability=readability, style=style)
    fz.n_features_out_ = len(head.features)
    scale = model.named_steps["scale"]
    scale.set_params(log_columns=list(head.log_columns), clip=head.clip)
    scale.mean_, scale.scale_ = head.mean.copy(), head.scale.copy()
    scale.n_features_in_ = len(head.features)
    clf = model.named_steps["clf"]
    clf.coef_, clf.intercept_ = head.coef.copy(), float(head.intercept)
    clf.classes_ = np.array([0, 1])
    clf.n_features_in_ = len(head.features)
    return model


def score_offset(model: Pipeline) -> float:
    """The offset that makes an article with no sourcing evidence score :data:`NO_SOURCING_SCORE`.

    The reference article has every sourcing indicator at its value for a text with no
    evidence (no sources, quotes, documents, statistics, verification or hedges) and every
    style and readability indicator at its training average; the offset is its log-odds
    minus the log-odds whose score is :data:`NO_SOURCING_SCORE`
    (:func:`credscore.report.index_logit`). Models with writing patterns (``kind=
    "logistic"``) get 0: their score is the index of their own log-odds.

    Parameters
    ----------
    model : Pipeline
        A fitted model of :func:`build_model` (steps ``features``, ``scale``, ``clf``).
    """
    steps = model.named_steps
    if "scale" not in steps:
        return 0.0
    scale = steps["scale"]
    means = np.array(scale.mean_, dtype=float)
    logged = list(getattr(scale, "log_columns", None) or [])
    means[logged] = np.expm1(means[logged])
    nothing = nothing_found()
    row = np.array(
        [nothing.get(name, m) for name, m in zip(FEATURE_NAMES, means, strict=True)],
        dtype=float,
    )
    head = Pipeline(model.steps[1:])
    if hasattr(head, "decision_function"):
        # the log-odds itself: a probability would be clipped near 0 or 1 on odd training data
        logit = float(head.decision_function(row.reshape(1, -1))[0])
    else:
        logit = _logit(float(head.predict_proba(row.reshape(1, -1))[0, 1]))
    return logit - index_logit(NO_SOURCING_SCORE)


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))
