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

import hashlib
import json
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
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

from ._version import __version__
from .errors import ModelLoadError
from .features import (
    FEATURE_NAMES,
    FEATURES,
    TEXT_COLUMN,
    SignalFeaturizer,
    SignalFrame,
    featurize,
    nothing_found,
)
from .monotone import LinearLogitClassifier, MonotoneLogisticRegression
from .normalize import anchor, normalize
from .patterns import PatternVectorizer, pattern_spans
from .report import PATTERN_PREFIX, Contribution, Report, band_for, points_for

__all__ = [
    "CalibratedLogisticRegression",
    "ModelLoadError",
    "ModelVersionWarning",
    "KINDS",
    "SIGNAL_WEIGHT",
    "Scorer",
    "build_head",
    "build_model",
    "classifier",
    "head_of",
    "pattern_weights",
    "reads_text",
    "default_model_path",
    "file_sha256",
]

MODEL_FILE = "credscore-default.joblib"
CARD_FILE = "credscore-default.json"
MODEL_FORMAT = 1

#: The model kinds :func:`build_model` makes: the default first.
KINDS: tuple[str, ...] = ("signals", "logistic", "boosting")

#: The default model kind.
DEFAULT_KIND = KINDS[0]

#: How much the standardised sourcing features weigh next to the writing patterns in the
#: default model. The logistic regression's penalty on a sourcing coefficient is that of a
#: pattern coefficient divided by this squared (C=10 becomes 0.001 for the sourcing part).
SIGNAL_WEIGHT: float = 0.01

#: Occurrences of a writing pattern quoted as evidence in a report.
PATTERN_EVIDENCE_LIMIT = 3

#: The score of an article with no sourcing evidence at all (no source, quote, document,
#: statistic, verification or hedge; style and readability at the training average): the
#: anchor of the score's scale, the middle of the "poorly sourced" band (see
#: :func:`score_offset`).
NO_SOURCING_SCORE = 20.0


class ModelVersionWarning(UserWarning):
    """The model was saved by another version of credscore or scikit-learn."""


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
    clip : float, default 6.0
        Bound on each standardised value.

    Attributes
    ----------
    mean_, scale_ : ndarray
        Of the (log-)values, as :class:`~sklearn.preprocessing.StandardScaler` has them.

    Examples
    --------
    >>> s = IndicatorScaler(log_columns=[0]).fit(np.array([[0.0], [9.0], [99.0]]))
    >>> s.transform(np.array([[1e9]])).item()
    6.0
    """

    def __init__(self, log_columns: Sequence[int] | None = None, clip: float = 6.0) -> None:
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
    >>> head = build_head(features=["named_sources", "hedged_sentence_share"])
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


def file_sha256(path: str | Path) -> str:
    """SHA-256 hex digest of a file."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_model_path() -> Path:
    """Where the default model lives: inside the installed package, or ``models/`` of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "models" / MODEL_FILE, here.parent / "models" / MODEL_FILE):
        if candidate.is_file():
            return candidate
    return here.parent / "models" / MODEL_FILE


@dataclass
class Scorer:
    """Scores texts with a trained model and explains each score.

    Use :meth:`load` to get one; :func:`credscore.score` uses the default.
    """

    model: Pipeline
    card: dict[str, Any]
    name: str = "credscore-default"
    offset: float = 0.0
    _names: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)

    def _pattern_names(self) -> np.ndarray:
        """The writing patterns of the model, by column (computed once: it sorts them all)."""
        if self._names is None:
            pv = self.model.named_steps["columns"].named_transformers_["patterns"]
            self._names = pv.get_feature_names_out()
        return self._names

    @classmethod
    def load(cls, path: str | Path | None = None, trust: bool = False) -> Scorer:
        """Load a model saved by ``credscore train`` (the default model if ``path`` is None).

        A model file is a pickle, and unpickling runs whatever code the file says. So the
        file is unpickled only when its SHA-256 matches the ``model_sha256`` of its card
        (same name, ``.json``, written by ``credscore train``), which catches a corrupt,
        swapped or tampered file before any of it runs; the shipped model is always checked.
        A card can be forged along with its model: load models only from people you trust.

        Parameters
        ----------
        path : str or Path, optional
            The ``.joblib`` model file, or a directory holding the default file name.
        trust : bool, default False
            Unpickle a model given by ``path`` even without a card that vouches for it
            (``--trust-model``): only for a file you made yourself.

        Raises
        ------
        ModelLoadError
            The file is missing, corrupt, does not match its card, or is not a credscore
            model.

        Warns
        -----
        ModelVersionWarning
            The model was saved by another credscore or scikit-learn version.
        """
        import joblib
        import sklearn

        p = Path(path) if path is not None else default_model_path()
        if p.is_dir():
            p = p / MODEL_FILE
        if not p.is_file():
            raise ModelLoadError(
                f"no model at {p}; train one with `make train` or "
                "`credscore train --out DIR`, or pass --model PATH"
            )
        card_path = p.with_suffix(".json")
        card: dict[str, Any] = {}
        if card_path.is_file():
            try:
                card = json.loads(card_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise ModelLoadError(
                    f"the model card {card_path} is not valid JSON: {exc}"
                ) from exc
            if not isinstance(card, dict):
                raise ModelLoadError(f"the model card {card_path} is not a JSON object")
        if path is None or not trust:
            expected = card.get("model_sha256")
            if not expected:
                raise ModelLoadError(
                    f"refusing to load {p}: no card ({card_path.name}) vouches for it, and a "
                    "model file is a pickle, which runs code when loaded; pass --trust-model "
                    "(trust=True) only for a file you made yourself"
                )
            if file_sha256(p) != expected:
                raise ModelLoadError(
                    f"refusing to load {p}: its SHA-256 does not match its card's "
                    "model_sha256 (corrupt, replaced or tampered with); retrain it with "
                    "`make train`"
                )
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                payload = joblib.load(p)
            except Exception as exc:  # unpickling can fail in many ways; name the file
                raise ModelLoadError(
                    f"could not load the model {p}: {type(exc).__name__}: {exc}. "
                    "It may be corrupt or saved by an incompatible scikit-learn; retrain it "
                    "with `make train`."
                ) from exc
        sk_mismatch = any("InconsistentVersionWarning" in type(w.message).__name__ for w in caught)
        if not isinstance(payload, dict) or payload.get("format") != MODEL_FORMAT:
            raise ModelLoadError(f"{p} is not a credscore model (format {MODEL_FORMAT})")
        saved = payload.get("versions", {})
        if sk_mismatch or saved.get("scikit-learn") != sklearn.__version__:
            warnings.warn(
                f"model {p.name} was saved with scikit-learn {saved.get('scikit-learn')}, "
                f"this is {sklearn.__version__}: scores may differ; retrain with `make train`",
                ModelVersionWarning,
                stacklevel=2,
            )
        elif saved.get("credscore") != __version__:
            warnings.warn(
                f"model {p.name} was saved by credscore {saved.get('credscore')}, "
                f"this is {__version__}; retrain with `make train` if features changed",
                ModelVersionWarning,
                stacklevel=2,
            )
        model = payload["model"]
        try:
            names = list(model.named_steps["features"].get_feature_names_out())
        except (AttributeError, KeyError) as exc:
            raise ModelLoadError(f"{p} is not a credscore model pipeline") from exc
        if [n for n in names if n != TEXT_COLUMN] != list(FEATURE_NAMES):
            raise ModelLoadError(
                f"{p} was trained on other features than this credscore computes; "
                "retrain it with `make train`"
            )
        offset = payload.get("score_offset", 0.0)
        if not isinstance(offset, (int, float)) or not math.isfinite(offset):
            raise ModelLoadError(f"{p} has an invalid score offset {offset!r}")
        return cls(
            model=model,
            card=card or payload.get("card", {}),
            name=payload.get("name", p.stem),
            offset=float(offset),
        )

    def save(self, path: str | Path) -> Path:
        """Write the model (``.joblib``) and its card (``.json``); return the model path."""
        import joblib
        import sklearn

        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": MODEL_FORMAT,
            "name": self.name,
            "model": self.model,
            "score_offset": self.offset,
            "versions": {"credscore": __version__, "scikit-learn": sklearn.__version__},
        }
        joblib.dump(payload, p, compress=3)
        card = dict(self.card)
        card["model_file"] = p.name
        card["model_sha256"] = file_sha256(p)
        p.with_suffix(".json").write_text(
            json.dumps(card, indent=2, sort_keys=False) + "\n", encoding="utf-8"
        )
        return p

    def score(self, text: str, publisher: str | None = None, explain: bool = True) -> Report:
        """Score one article and explain the score.

        Parameters
        ----------
        text : str
            The article text.
        publisher : str, optional
            The article's own outlet (see :func:`credscore.extract`).
        explain : bool, default True
            Build the explanation: each feature's contribution with its evidence. Without
            it the report holds the score, the band and the evidence, and
            ``contributions`` is empty (faster for batch scoring).

        Raises
        ------
        TypeError
            ``text`` is not a string.
        ValueError
            ``text`` is empty or only white space.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        if not text.strip():
            raise ValueError("the text is empty")
        steps = self.model.named_steps
        fz: SignalFeaturizer = steps["features"]
        feats, found = featurize(
            text,
            publisher=publisher,
            with_readability=fz.readability,
            with_style=getattr(fz, "style", True),
        )
        evidence = [e for e in found if e.signal != "style"]
        x = np.asarray([list(feats.values())], dtype=float)
        clf = steps["clf"]
        patterns: list[tuple[str, float, float]] = []  # (pattern, tf-idf weight, contribution)
        norm = None
        if "columns" in steps:  # indicators and writing patterns, both linear
            # What steps["columns"].transform does, without a one-row DataFrame's overhead.
            columns = steps["columns"]
            scaler = columns.named_transformers_["signals"]
            weights = columns.transformer_weights or {}
            z = (x[0] - scaler.mean_) / scaler.scale_ * weights.get("signals", 1.0)
            pv = columns.named_transformers_["patterns"]
            norm = normalize(text)
            tail = pv.transform([norm.text]).tocsr()
            tail = tail * weights.get("patterns", 1.0)
            coef = np.asarray(clf.coef_, dtype=float).ravel()
            k = len(FEATURE_NAMES)
            contrib = coef[:k] * z
            names = self._pattern_names()
            patterns = [
                (str(names[j]), float(v), float(coef[k + j] * v))
                for j, v in zip(tail.indices, tail.data, strict=True)
            ]
            intercept = float(np.ravel(clf.intercept_)[0])
            logit = float(contrib.sum() + sum(c for _p, _v, c in patterns) + intercept)
            p = 1.0 / (1.0 + math.exp(-logit))
        else:
            z = steps["scale"].transform(x)
            if hasattr(clf, "coef_"):
                contrib = np.asarray(clf.coef_, dtype=float).ravel() * z[0]
                intercept = float(np.ravel(clf.intercept_)[0])
                logit = float(contrib.sum() + intercept)
                p = 1.0 / (1.0 + math.exp(-logit))
            else:
                p = float(clf.predict_proba(z)[0, 1])
                logit = _logit(p)
                contrib = np.zeros(z.shape[1])
                if explain:
                    for j in range(z.shape[1]):
                        z0 = z.copy()
                        z0[0, j] = 0.0  # the training mean, standardised
                        contrib[j] = logit - _logit(float(clf.predict_proba(z0)[0, 1]))
                intercept = logit - float(contrib.sum())
        score = 100.0 / (1.0 + math.exp(-(logit - self.offset)))
        report = Report(
            probability=p,
            score=score,
            label=band_for(score),
            evidence=evidence,
            contributions=[],
            intercept=intercept,
            logit=logit,
            model=self.name,
            text=text,
            publisher=publisher,
            score_offset=self.offset,
        )
        if not explain:
            return report
        contributions = []
        for feat, value, c in zip(FEATURES, feats.values(), contrib, strict=True):
            ev = tuple(e for e in found if _backs(feat, e))
            contributions.append(
                Contribution(
                    feat.name,
                    feat.description,
                    float(value),
                    float(c),
                    points_for(report.score_logit, float(c)),
                    feat.signal,
                    ev,
                )
            )
        if patterns and norm is not None:
            spans = pattern_spans(
                norm.text, [g for g, _v, _c in patterns], PATTERN_EVIDENCE_LIMIT, typography=True
            )
            for gram, value, c in patterns:
                contributions.append(
                    Contribution(
                        f"{PATTERN_PREFIX}{gram}",
                        f"writing pattern '{gram}' (TF-IDF weight)",
                        value,
                        c,
                        points_for(report.score_logit, c),
                        "writing_pattern",
                        tuple(anchor(spans[gram], norm)),
                    )
                )
        contributions.sort(key=lambda c: -abs(c.contribution))
        return replace(report, contributions=contributions)


def _backs(feat: Any, e: Any) -> bool:
    """Whether evidence ``e`` is what feature ``feat`` counts."""
    if not feat.signal or e.signal != feat.signal:
        return False
    if feat.kind is None:
        return True
    return bool(e.details.get("kind") == feat.kind or e.details.get("indicator") == feat.kind)


def score_offset(model: Pipeline) -> float:
    """The offset that makes an article with no sourcing evidence score :data:`NO_SOURCING_SCORE`.

    The reference article has every sourcing indicator at its value for a text with no
    evidence (no sources, quotes, documents, statistics, verification or hedges) and every
    style and readability indicator at its training average; the offset is its log-odds
    minus ``logit(NO_SOURCING_SCORE / 100)``. Models with writing patterns (``kind=
    "logistic"``) get 0: their score is ``100 * probability``.

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
    p = float(Pipeline(model.steps[1:]).predict_proba(row.reshape(1, -1))[0, 1])
    return _logit(p) - _logit(NO_SOURCING_SCORE / 100.0)


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))
