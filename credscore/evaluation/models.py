"""The models the evaluation compares: credscore's heads and the baselines.

A :class:`ModelSpec` names a model, says what it reads (features, text, or both) and makes a
fresh one. :func:`default_models` is the line-up of every evaluation: credscore's default
(features, scaler and calibrated monotone logistic regression,
:func:`credscore.training.clone_head`), its writing-pattern and boosting options, a TF-IDF
bag-of-words + logistic regression baseline on the raw text and a majority baseline (the
training base rate for every article).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from credscore.crossval import fit_predict
from credscore.defaults import DEFAULT_C, HEAD_C, SEED, SIGNALS_C, TFIDF_C
from credscore.evaluation.corpora import EvalCorpus
from credscore.evaluation.feature_sets import FEATURE_SETS
from credscore.features import FEATURE_NAMES, feature_frame
from credscore.model import build_head

__all__ = [
    "FEATURE_SETS",
    "ModelSpec",
    "credscore_head",
    "default_models",
    "fit_failure_note",
    "fit_predict_many",
    "model_inputs",
    "suffixed",
    "tfidf_baseline",
]


@dataclass(frozen=True)
class ModelSpec:
    """A model to evaluate: its name, what it is, what it reads, and how to make one.

    Attributes
    ----------
    name : str
    description : str
    input : {"features", "text", "frame"}
        Whether it is fit on the sourcing-feature matrix, the raw texts, or both
        (:func:`credscore.features.feature_frame`).
    make : callable
        Returns a fresh unfitted estimator with ``fit`` and ``predict_proba``.
    """

    name: str
    description: str
    input: str
    make: Callable[[], Any]


def credscore_head(
    kind: str = "signals",
    C: float = HEAD_C,
    features: Sequence[str] | None = None,
    seed: int = SEED,
    typography: bool = True,
) -> Pipeline:
    """credscore's model after featurization, optionally on a subset of the sourcing features.

    Parameters
    ----------
    kind : {"logistic", "signals", "boosting"}
        ``"logistic"`` reads a :func:`credscore.features.feature_frame` (sourcing features
        and text, for the writing patterns); the others read the feature matrix.
    C : float, default :data:`credscore.defaults.HEAD_C`
        Regularisation of the logistic regression.
    features : sequence of str, optional
        Sourcing feature names to keep (default: all of :data:`FEATURE_NAMES`; an empty
        sequence keeps none, leaving the default model its writing patterns alone).
    seed : int, default :data:`credscore.defaults.SEED`
    typography : bool, default True
        ``"logistic"``: whether the writing patterns keep quotes and dashes as typed.
    """
    return build_head(kind, C, seed, typography, features)


def tfidf_baseline(C: float = TFIDF_C) -> Pipeline:
    """TF-IDF bag of words (word 1-2-grams on the raw text) + L2 logistic regression.

    Lower-cased, ``min_df=2``, ``max_df=0.9``, sublinear term frequency, at most 50,000
    n-grams, liblinear solver; the kind of model a user would train first. ``C``
    (:data:`credscore.defaults.TFIDF_C`, 10) was fixed before any held-out number was
    looked at.
    """
    return Pipeline(
        [
            (
                "tfidf",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    min_df=2,
                    max_df=0.9,
                    sublinear_tf=True,
                    max_features=50_000,
                    dtype=np.float64,
                ),
            ),
            ("clf", LogisticRegression(C=C, solver="liblinear", random_state=SEED)),
        ]
    )


def default_models(
    C: float | None = None,
    features: Sequence[str] | None = None,
    boosting: bool = True,
    seed: int = SEED,
    typography: bool = True,
) -> list[ModelSpec]:
    """credscore (default), its sourcing-only and boosting options, TF-IDF + LR and majority.

    Parameters
    ----------
    C : float, optional
        Regularisation of the default model's logistic regression (default
        :data:`credscore.defaults.SIGNALS_C`; the writing-pattern option ``cs-patterns``
        always takes :data:`credscore.defaults.DEFAULT_C`).
    features : sequence of str, optional
        A subset of the sourcing features for every credscore model.
    boosting : bool, default True
        Include the boosting option.
    seed : int, default :data:`credscore.defaults.SEED`
    typography : bool, default True
        Whether the writing-pattern option keeps quotes and dashes as typed.
    """
    c = SIGNALS_C if C is None else C
    sub = "" if features is None else f", {len(features)} of {len(FEATURE_NAMES)} features"
    typo = "" if typography else ", punctuation normalised"
    models = [
        ModelSpec(
            "credscore",
            "credibility indicators, monotone calibrated logistic regression "
            f"(C={c:g}{sub}); the default",
            "features",
            lambda: credscore_head("signals", c, features, seed),
        ),
        ModelSpec(
            "cs-patterns",
            "indicators + writing patterns (masked n-grams), calibrated logistic "
            f"regression (C={DEFAULT_C:g}{sub}{typo}); --kind logistic",
            "frame",
            lambda: credscore_head("logistic", DEFAULT_C, features, seed, typography),
        ),
    ]
    if boosting:
        models.append(
            ModelSpec(
                "cs-boost",
                f"sourcing features + gradient boosting (the boosting option{sub})",
                "features",
                lambda: credscore_head("boosting", c, features, seed),
            )
        )
    models += [
        ModelSpec(
            "tfidf-lr",
            f"baseline: TF-IDF word 1-2-grams of the raw text + logistic regression "
            f"(C={TFIDF_C:g})",
            "text",
            tfidf_baseline,
        ),
        ModelSpec(
            "majority",
            "baseline: the training base rate for every article",
            "features",
            lambda: DummyClassifier(strategy="prior"),
        ),
    ]
    return models


def model_inputs(spec: ModelSpec, corpus: EvalCorpus) -> Any:
    """What ``spec`` reads of ``corpus``: the texts, the feature matrix, or both in a frame."""
    if spec.input == "text":
        return corpus.texts
    if spec.input == "frame":
        return feature_frame(corpus.X, corpus.texts)
    return corpus.X


def fit_predict_many(
    spec: ModelSpec,
    X_train: Any,
    y_train: np.ndarray,
    X_tests: Sequence[Any],
    notes: list[str],
) -> list[np.ndarray]:
    """P(credible) of each test set's rows; the training rate if training has one class.

    :func:`credscore.crossval.fit_predict` with a fresh ``spec.make()``. A fit that fails
    (e.g. too few articles of a class for the calibration folds) predicts the training
    rate and adds a note to ``notes`` (:func:`fit_failure_note`).
    """
    return fit_predict(spec.make, X_train, y_train, X_tests, on_error=fit_failure_note(spec, notes))


def fit_failure_note(spec: ModelSpec, notes: list[str]) -> Callable[[ValueError], None]:
    """A callback that notes, in ``notes``, a failed fit of ``spec`` (the rate is predicted)."""

    def failed(exc: ValueError) -> None:
        notes.append(f"{spec.name}: a fit failed ({exc}); predicted the training rate")

    return failed


def suffixed(models: Sequence[ModelSpec], style: str) -> list[ModelSpec]:
    """The same models, named ``"<name> [<style>]"`` (for the re-typed sections)."""
    return [ModelSpec(f"{m.name} [{style}]", m.description, m.input, m.make) for m in models]
