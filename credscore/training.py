"""Train the credibility model on labelled corpora and write it with its model card.

Reproducible: featurization is deterministic, every random choice takes a
fixed seed, and the card holds no timestamps, so the same data and versions
give the same model file (its SHA-256 is in the card).

The defaults (training mix, C, seed) are in :mod:`credscore.defaults` and the grouped
cross-validation in :mod:`credscore.crossval`; their names stay importable from here. Training
never imports the evaluation: the card's ``evaluation`` section is added by
:func:`credscore.evaluation.card.evaluate_for_card`.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.pipeline import Pipeline

from . import __version__
from .crossval import grouped_oof, metrics, reliability_table
from .defaults import (
    CV_FOLDS,
    DEFAULT_C,
    DEFAULT_CORPORA,
    DEFAULT_MIX_RATIONALE,
    SEED,
    SIGNALS_C,
    SIGNALS_RATIONALE,
    default_C,
)
from .features import (
    FEATURE_NAMES,
    FEATURES,
    SignalFeaturizer,
    SignalFrame,
    feature_frame,
)
from .model import (
    CARD_FILE,
    DEFAULT_KIND,
    KINDS,
    MODEL_FILE,
    NO_SOURCING_SCORE,
    SIGNAL_WEIGHT,
    Scorer,
    build_head,
    classifier,
    pattern_weights,
    score_offset,
)

__all__ = [
    "DEFAULT_C",
    "DEFAULT_CORPORA",
    "DEFAULT_MIX_RATIONALE",
    "SEED",
    "SIGNALS_C",
    "SIGNALS_RATIONALE",
    "TrainingResult",
    "clone_head",
    "default_C",
    "featurize_frame",
    "grouped_oof",
    "library_versions",
    "metrics",
    "reliability_table",
    "train",
]

LABEL_MAPPINGS = {
    "buzzfeed-webis-2016": "mostly true -> 1 (credible); mixture of true and false, mostly false "
    "-> 0; no factual content dropped",
    "fakenewsnet-buzzfeed": "RealNewsContent -> 1 (credible); FakeNewsContent -> 0",
    "fakenewsnet-politifact": "RealNewsContent -> 1 (credible); FakeNewsContent -> 0",
    "perez-rosas-fakenewsamt": "legit -> 1 (credible); fake (crowd-written rewrite) -> 0",
    "perez-rosas-celebrity": "legit -> 1 (credible); fake (gossip-site rumour) -> 0",
    "fa-kes": "labels 1 (casualty facts match the VDC database) -> 1; 0 -> 0",
    "polnear": "the outlet's MBFC factual-reporting rating: high -> 1, low -> 0, mixed dropped",
}

# Names that moved to the evaluation package (training does not import it).
_MOVED = {
    "card_evaluation": "credscore.evaluation.card",
    "evaluate_for_card": "credscore.evaluation.card",
}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        raise AttributeError(
            f"credscore.training.{name} moved to {_MOVED[name]}.{name} (training no longer "
            "imports the evaluation)"
        )
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def library_versions() -> dict[str, str]:
    """Versions that decide a model's numbers: credscore, scikit-learn, NumPy, pandas, Python."""
    import sklearn

    return {
        "credscore": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "python": platform.python_version(),
    }


def featurize_frame(
    df: pd.DataFrame, n_jobs: int | None = None, progress: Callable[[str], None] | None = None
) -> np.ndarray:
    """Feature matrix of the ``text`` column of ``df`` (one row per text)."""
    if progress:
        progress(f"featurizing {len(df)} texts")
    fz = SignalFeaturizer(n_jobs=n_jobs).fit(df["text"])
    return fz.transform(df["text"].tolist())


def _head(kind: str, C: float, seed: int, typography: bool = True) -> Pipeline:
    return build_head(kind=kind, C=C, seed=seed, typography=typography)


@dataclass
class TrainingResult:
    """What :func:`train` produced."""

    scorer: Scorer
    card: dict[str, Any]
    model_path: Path | None


def train(
    frames: Sequence[pd.DataFrame],
    out: str | Path | None = None,
    kind: str = DEFAULT_KIND,
    C: float | None = None,
    seed: int = SEED,
    n_jobs: int | None = None,
    name: str = "credscore-default",
    progress: Callable[[str], None] | None = None,
    typography: bool = True,
) -> TrainingResult:
    """Train a model on labelled frames and (optionally) write it with its card.

    Parameters
    ----------
    frames : sequence of DataFrame
        Each with ``text``, ``label`` (1 credible, 0 not) and ``group`` (outlet)
        columns, and a ``corpus`` column naming where it came from.
    out : str or Path, optional
        Directory to write ``credscore-default.joblib`` and its ``.json`` card.
    kind : {"signals", "logistic", "boosting"}
        See :func:`credscore.model.build_model` (default ``"signals"``).
    C : float, optional
        Regularisation of the logistic regression (default :func:`default_C` of ``kind``).
    seed : int
        Fixed seed (default :data:`credscore.defaults.SEED`).
    n_jobs : int, optional
        Parallel featurization (results do not depend on it).
    name : str
        The model's name, shown in reports.
    progress : callable, optional
        Called with short progress messages.
    typography : bool, default True
        ``kind="logistic"``: the writing patterns' typography setting (see
        :mod:`credscore.patterns`). Since 0.4.0 every text is normalised before any
        feature is computed (:mod:`credscore.normalize`), so it no longer changes a score;
        other kinds ignore it.

    Returns
    -------
    TrainingResult
    """
    if kind not in KINDS:
        raise ValueError(f"unknown model kind {kind!r}; choose one of {', '.join(KINDS)}")
    if C is None:
        C = default_C(kind)
    if not frames:
        raise ValueError("no training data given")
    df = pd.concat(list(frames), ignore_index=True)
    missing = {"text", "label"} - set(df.columns)
    if missing:
        raise ValueError(f"training data lacks column(s) {sorted(missing)}")
    if df["label"].nunique() != 2:
        raise ValueError("training data needs both labels (1 credible, 0 not credible)")
    # Rows without an outlet are each their own group: cross-validation can still
    # split them, and no outlet is ever on both sides.
    corpus = df["corpus"].astype(str) if "corpus" in df else pd.Series("data", index=df.index)
    group = df["group"].fillna("").astype(str) if "group" in df else pd.Series("", index=df.index)
    groups = np.where(
        group.str.len() > 0, corpus + ":" + group, "row:" + pd.Series(range(len(df))).astype(str)
    )
    t0 = time.perf_counter()
    X: np.ndarray | pd.DataFrame = featurize_frame(df, n_jobs=n_jobs, progress=progress)
    if kind == "logistic":  # the writing patterns read the text itself
        X = feature_frame(X, df["text"].tolist())
    y = df["label"].to_numpy().astype(int)
    if progress:
        progress(f"featurized in {time.perf_counter() - t0:.1f} s")
    if progress:
        progress("grouped cross-validation")
    oof = grouped_oof(X, y, groups, lambda: _head(kind, C, seed, typography), n_splits=CV_FOLDS)
    cv = metrics(y, oof)
    if progress:
        progress("fitting the final model")
    head = _head(kind, C, seed, typography).fit(X, y)
    featurizer = (SignalFrame() if kind == "logistic" else SignalFeaturizer()).fit(df["text"][:1])
    fitted = Pipeline([("features", featurizer), *head.steps])
    corpora = sorted(df["corpus"].astype(str).unique()) if "corpus" in df else ["user data"]
    card: dict[str, Any] = {
        "name": name,
        "model": {
            "kind": kind,
            "description": _DESCRIPTIONS[kind].format(C=C, w=SIGNAL_WEIGHT),
            "seed": seed,
        },
        "training_data": {
            "corpora": corpora,
            "label_mapping": {
                c: LABEL_MAPPINGS.get(c, "as loaded (1 credible, 0 not)") for c in corpora
            },
            "n_articles": int(len(df)),
            "n_credible": int(y.sum()),
            "n_not_credible": int(len(y) - y.sum()),
            "n_groups": int(len(np.unique(groups))),
        },
        "features": [_feature_card(f) for f in FEATURES],
        **({"writing_patterns": _patterns_card(head)} if kind == "logistic" else {}),
        "metrics": {
            "grouped_cv": {
                "method": f"out-of-fold predictions of {CV_FOLDS}-fold cross-validation grouped "
                "by outlet (no outlet in both training and test), pooled",
                **cv,
                "reliability": reliability_table(y, oof),
            }
        },
        "versions": library_versions(),
    }
    if set(corpora) == set(DEFAULT_CORPORA) and kind == "logistic" and C == DEFAULT_C:
        card["training_data"]["why_this_mix"] = DEFAULT_MIX_RATIONALE
    if set(corpora) == set(DEFAULT_CORPORA) and kind == "signals" and C == SIGNALS_C:
        card["training_data"]["why_this_mix"] = SIGNALS_RATIONALE
    if kind in ("logistic", "signals"):
        clf = classifier(head)
        # Per standard deviation of each sourcing feature (the signal weight folded in).
        scale = SIGNAL_WEIGHT if kind == "logistic" else 1.0
        if kind == "signals":
            card["calibration"] = {
                "platt": [round(v, 4) for v in clf.calibration_],
                "raw_coefficients": {
                    n: round(float(c), 4) for n, c in zip(FEATURE_NAMES, clf.raw_coef_, strict=True)
                },
            }
        card["coefficients"] = {
            n: round(float(c) * scale, 4)
            for n, c in zip(FEATURE_NAMES, clf.coef_[: len(FEATURE_NAMES)], strict=True)
        }
        card["intercept"] = round(float(clf.intercept_), 4)
    offset = score_offset(fitted)
    card["score"] = {
        "offset": round(offset, 6),
        "meaning": (
            "score = 100 / (1 + exp(-(logit - offset))): the offset puts an article with no "
            f"sourcing evidence at all at {NO_SOURCING_SCORE:g} (credscore.model.score_offset); "
            "the probability, 1 / (1 + exp(-logit)), is shown separately"
            if offset
            else "score = 100 * probability"
        ),
    }
    scorer = Scorer(model=fitted, card=card, name=name, offset=offset)
    path = None
    if out is not None:
        path = scorer.save(Path(out) / MODEL_FILE)
        card = scorer.card = _read_card(Path(out) / CARD_FILE)
    return TrainingResult(scorer=scorer, card=card, model_path=path)


_DESCRIPTIONS = {
    "logistic": "sourcing features (standardised, weight {w}) and writing patterns (TF-IDF of "
    "word 1-4-grams with topic words masked, credscore.patterns) + L2 logistic regression "
    "(C={C}) with Platt-scaled log-odds; contributions are exact",
    "signals": "credibility indicators (credscore.features.FEATURES): StandardScaler + L2 "
    "logistic regression (C={C}) with both classes weighted equally, each coefficient kept "
    "in the direction journalism standards give its indicator (at least its floor, per "
    "standard deviation) or free, then Platt-scaled log-odds; contributions are exact",
    "boosting": "credibility indicators: StandardScaler + histogram gradient boosting with "
    "the indicators' directions as monotone constraints, classes weighted equally; "
    "explained by occlusion",
}


def _feature_card(f: Any) -> dict[str, Any]:
    """A feature's entry in the model card: name, meaning, direction, floor, why free."""
    entry: dict[str, Any] = {"name": f.name, "description": f.description}
    if f.direction:
        entry["direction"] = (
            "cannot lower the score" if f.direction > 0 else ("cannot raise the score")
        )
        entry["floor"] = f.floor
    else:
        entry["direction"] = "free"
        entry["why_free"] = f.why_free
    return entry


def _patterns_card(head: Pipeline, top: int = 15) -> dict[str, Any]:
    """The card's account of the writing patterns: how they are made, the strongest ones."""
    names, coef, pv = pattern_weights(head)
    order = np.argsort(coef)
    return {
        "description": "TF-IDF weights (sublinear tf, L2-normalised) of word n-grams of the "
        "text with every word masked except function words, common topic-free words and "
        "reporting verbs, punctuation "
        + ("kept as typed (straight and curly quotes differ)" if pv.typography else "normalised")
        + "; see credscore.patterns for the placeholders",
        "typography": bool(pv.typography),
        "ngram_range": list(pv.ngram_range),
        "min_df": pv.min_df,
        "n_patterns": int(len(names)),
        "most_credible": [
            {"pattern": str(names[j]), "coefficient": round(float(coef[j]), 4)}
            for j in order[::-1][:top]
        ],
        "least_credible": [
            {"pattern": str(names[j]), "coefficient": round(float(coef[j]), 4)} for j in order[:top]
        ],
    }


def _read_card(path: Path) -> dict[str, Any]:
    import json

    return json.loads(path.read_text(encoding="utf-8"))


def clone_head(kind: str, C: float, seed: int, typography: bool = True) -> Pipeline:
    """A fresh scaler + classifier, for evaluation code that works on features."""
    return clone(_head(kind, C, seed, typography))
