"""Train the credibility model on labelled corpora and write it with its model card.

Reproducible: featurization is deterministic, every random choice takes a
fixed seed, and the card holds no timestamps, so the same data and versions
give the same model file (its SHA-256 is in the card).
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
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

from . import __version__
from .features import FEATURE_NAMES, FEATURES, SignalFeaturizer
from .model import CARD_FILE, MODEL_FILE, Scorer, build_model

__all__ = [
    "DEFAULT_CORPORA",
    "TrainingResult",
    "featurize_frame",
    "grouped_oof",
    "metrics",
    "reliability_table",
    "train",
]

#: The default training mix (see the model card for why).
DEFAULT_CORPORA: tuple[str, ...] = ("buzzfeed-webis-2016",)

LABEL_MAPPINGS = {
    "buzzfeed-webis-2016": "mostly true -> 1 (credible); mixture of true and false, mostly false "
    "-> 0; no factual content dropped",
}


def featurize_frame(
    df: pd.DataFrame, n_jobs: int | None = None, progress: Callable[[str], None] | None = None
) -> np.ndarray:
    """Feature matrix of the ``text`` column of ``df`` (one row per text)."""
    if progress:
        progress(f"featurizing {len(df)} texts")
    fz = SignalFeaturizer(n_jobs=n_jobs).fit(df["text"])
    return fz.transform(df["text"].tolist())


def _head(kind: str, C: float, seed: int) -> Pipeline:
    full = build_model(kind=kind, C=C, seed=seed)
    return Pipeline(full.steps[1:])  # scaler + classifier, on precomputed features


def grouped_oof(
    X: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    make_model: Callable[[], Any],
    n_splits: int = 5,
) -> np.ndarray:
    """Out-of-fold P(credible) under cross-validation grouped by ``groups``.

    No group (outlet) is ever in both the training and the test fold. A fold
    whose training part has one class only predicts that class's rate.
    """
    n_groups = len(np.unique(groups))
    folds = GroupKFold(n_splits=min(n_splits, n_groups))
    oof = np.empty(len(y), dtype=float)
    for tr, te in folds.split(X, y, groups):
        if len(np.unique(y[tr])) < 2:
            oof[te] = float(np.mean(y[tr]))
            continue
        model = make_model().fit(X[tr], y[tr])
        oof[te] = model.predict_proba(X[te])[:, 1]
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


def reliability_table(y: np.ndarray, p: np.ndarray, bins: int = 5) -> list[dict[str, float]]:
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


@dataclass
class TrainingResult:
    """What :func:`train` produced."""

    scorer: Scorer
    card: dict[str, Any]
    model_path: Path | None


def train(
    frames: Sequence[pd.DataFrame],
    out: str | Path | None = None,
    kind: str = "logistic",
    C: float = 1.0,
    seed: int = 0,
    n_jobs: int | None = None,
    name: str = "credscore-default",
    progress: Callable[[str], None] | None = None,
) -> TrainingResult:
    """Train a model on labelled frames and (optionally) write it with its card.

    Parameters
    ----------
    frames : sequence of DataFrame
        Each with ``text``, ``label`` (1 credible, 0 not) and ``group`` (outlet)
        columns, and a ``corpus`` column naming where it came from.
    out : str or Path, optional
        Directory to write ``credscore-default.joblib`` and its ``.json`` card.
    kind : {"logistic", "boosting"}
    C : float
        Regularisation of the logistic regression.
    seed : int
        Fixed seed.
    n_jobs : int, optional
        Parallel featurization (results do not depend on it).
    name : str
        The model's name, shown in reports.
    progress : callable, optional
        Called with short progress messages.

    Returns
    -------
    TrainingResult
    """
    if not frames:
        raise ValueError("no training data given")
    df = pd.concat(list(frames), ignore_index=True)
    missing = {"text", "label"} - set(df.columns)
    if missing:
        raise ValueError(f"training data lacks column(s) {sorted(missing)}")
    if df["label"].nunique() != 2:
        raise ValueError("training data needs both labels (1 credible, 0 not credible)")
    groups = (
        (df["corpus"].astype(str) + ":" + df["group"].astype(str)).to_numpy()
        if "group" in df
        else np.arange(len(df)).astype(str)
    )
    t0 = time.perf_counter()
    X = featurize_frame(df, n_jobs=n_jobs, progress=progress)
    y = df["label"].to_numpy().astype(int)
    if progress:
        progress(f"featurized in {time.perf_counter() - t0:.1f} s")
    if progress:
        progress("grouped cross-validation")
    oof = grouped_oof(X, y, groups, lambda: _head(kind, C, seed))
    cv = metrics(y, oof)
    if progress:
        progress("fitting the final model")
    head = _head(kind, C, seed).fit(X, y)
    fitted = Pipeline([("features", SignalFeaturizer().fit(df["text"][:1])), *head.steps])
    import sklearn

    corpora = sorted(df["corpus"].astype(str).unique()) if "corpus" in df else ["user data"]
    card: dict[str, Any] = {
        "name": name,
        "model": {
            "kind": kind,
            "description": (
                f"StandardScaler + L2 logistic regression (C={C}) with Platt-scaled log-odds; "
                "contributions are exact"
                if kind == "logistic"
                else "StandardScaler + histogram gradient boosting; explained by occlusion"
            ),
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
        "features": [{"name": f.name, "description": f.description} for f in FEATURES],
        "metrics": {
            "grouped_cv": {
                "method": "out-of-fold predictions of 5-fold cross-validation grouped by outlet "
                "(no outlet in both training and test), pooled",
                **cv,
                "reliability": reliability_table(y, oof),
            }
        },
        "versions": {
            "credscore": __version__,
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "pandas": pd.__version__,
            "python": platform.python_version(),
        },
    }
    if kind == "logistic":
        clf = head.named_steps["clf"]
        card["coefficients"] = {
            n: round(float(c), 4) for n, c in zip(FEATURE_NAMES, clf.coef_, strict=True)
        }
        card["intercept"] = round(float(clf.intercept_), 4)
    scorer = Scorer(model=fitted, card=card, name=name)
    path = None
    if out is not None:
        path = scorer.save(Path(out) / MODEL_FILE)
        card = scorer.card = _read_card(Path(out) / CARD_FILE)
    return TrainingResult(scorer=scorer, card=card, model_path=path)


def _read_card(path: Path) -> dict[str, Any]:
    import json

    return json.loads(path.read_text(encoding="utf-8"))


def clone_head(kind: str, C: float, seed: int) -> Pipeline:
    """A fresh scaler + classifier, for evaluation code that works on features."""
    return clone(_head(kind, C, seed))
