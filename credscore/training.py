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

import math
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
from .crossval import fold_class_counts, grouped_folds, grouped_oof, metrics, reliability_table
from .data import DataError
from .data._table import parse_label
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
    DEFAULT_KIND,
    KINDS,
    NO_SOURCING_SCORE,
    SIGNAL_WEIGHT,
    build_head,
    classifier,
    pattern_weights,
    score_offset,
)
from .scorer import CARD_FILE, MODEL_FILE, Scorer

__all__ = [
    "DEFAULT_C",
    "DEFAULT_CORPORA",
    "DEFAULT_MIX_RATIONALE",
    "SEED",
    "SIGNALS_C",
    "SIGNALS_RATIONALE",
    "TrainingDataError",
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


class TrainingDataError(DataError, ValueError):
    """Training data that cannot be used; the message says what is wrong, in rows and labels.

    A :class:`credscore.errors.DataError`, and a ``ValueError`` as :func:`train` raised
    before, so that callers catching either keep working.
    """


# What the drop reasons (of train() and of the corpus loaders) are in words, one row each.
_DROP_WORDS = {
    "missing_label": ("with no label", "with no label"),
    "empty_text": ("with empty text", "with empty text"),
    "duplicate_text": ("repeating an earlier text", "repeating an earlier text"),
    "unknown_label": ("with an unrecognised label", "with unrecognised labels"),
    "no_factual_content": ("rated 'no factual content'", "rated 'no factual content'"),
}
_MAX_SHOWN = 10  # rows named in a message
# Not a reason: how many of the dropped duplicates had the other label than the row kept.
_CONFLICTS = "conflicting_duplicates"


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _dropped_words(dropped: dict[str, int]) -> str:
    """``"dropped 5 rows: 2 with empty text, 3 repeating an earlier text"``, or ``""``.

    >>> _dropped_words({"empty_text": 2, "duplicate_text": 1, "missing_label": 0})
    'dropped 3 rows: 2 with empty text, 1 repeating an earlier text'
    >>> _dropped_words({"duplicate_text": 2, _CONFLICTS: 1})
    'dropped 2 rows: 2 repeating an earlier text (1 of them with the other label)'
    """
    parts = []
    for reason, n in dropped.items():
        if n and reason != _CONFLICTS:
            one, many = _DROP_WORDS.get(reason, (reason.replace("_", " "),) * 2)
            parts.append(f"{n} {one if n == 1 else many}")
            if reason == "duplicate_text" and dropped.get(_CONFLICTS):
                parts[-1] += f" ({dropped[_CONFLICTS]} of them with the other label)"
    total = sum(n for reason, n in dropped.items() if reason != _CONFLICTS)
    if not total:
        return ""
    return f"dropped {total} row{'s' if total != 1 else ''}: {', '.join(parts)}"


def _usable_rows(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """The rows ``train`` can learn from, and how many were dropped for each reason.

    Labels are read as :func:`credscore.data.parse_label` reads a table's (0/1, true/false,
    real/fake, credible/not credible). Dropped, each row once under the first reason that
    applies: ``missing_label``, ``empty_text`` (empty or white space), ``duplicate_text``
    (the same text, outer white space ignored, as an earlier row; the first is kept).

    Raises
    ------
    TrainingDataError
        A label is there but is not one of the accepted values (the rows are named).
    """
    ids = (
        [str(v) for v in df["id"].tolist()] if "id" in df else [str(i + 1) for i in range(len(df))]
    )
    where = "id" if "id" in df else "row"
    labels: list[int | None] = []
    bad: list[str] = []
    for i, value in enumerate(df["label"].tolist()):
        label = None if _is_missing(value) else parse_label(value)
        if label is None and not _is_missing(value):
            bad.append(f"{ids[i]} ({value!r})")
        labels.append(label)
    if bad:
        more = f" and {len(bad) - _MAX_SHOWN} more" if len(bad) > _MAX_SHOWN else ""
        raise TrainingDataError(
            f"labels must be 1 (credible) or 0 (not credible); {len(bad)} "
            f"row{'s' if len(bad) != 1 else ''} {'have' if len(bad) != 1 else 'has'} another "
            f"value: {where}{'s' if len(bad) != 1 else ''} {', '.join(bad[:_MAX_SHOWN])}{more}"
        )
    dropped = {"missing_label": 0, "empty_text": 0, "duplicate_text": 0, _CONFLICTS: 0}
    seen: dict[str, int | None] = {}
    keep = []
    for i, (text, label) in enumerate(zip(df["text"].tolist(), labels, strict=True)):
        key = "" if _is_missing(text) else str(text).strip()
        if label is None:
            dropped["missing_label"] += 1
        elif not key:
            dropped["empty_text"] += 1
        elif key in seen:
            dropped["duplicate_text"] += 1
            dropped[_CONFLICTS] += seen[key] != label
        else:
            seen[key] = label
            keep.append(i)
    out = df.iloc[keep].reset_index(drop=True)
    out["text"] = [str(t) for t in out["text"].tolist()]
    out["label"] = np.array([labels[i] for i in keep], dtype=int)
    return out, dropped


def _check_enough(
    y: np.ndarray, groups: np.ndarray, dropped: dict[str, int], need: int, n_splits: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """The cross-validation folds, once the data is known to be enough for them.

    ``need`` is how many articles of each class the model must be fit on (its own
    calibration cross-validates over that many folds). Cross-validation fits it on
    about ``(n_splits - 1) / n_splits`` of the articles, so each class needs
    ``ceil(need * n_splits / (n_splits - 1))`` articles, and each fold's training part
    (outlets are never split) at least ``need`` of each class it holds.

    Raises
    ------
    TrainingDataError
        Saying which requirement fails, with the counts and the dropped rows.
    """
    n1, n = int(y.sum()), len(y)
    n0 = n - n1
    words = _dropped_words(dropped)
    after = f". {words[0].upper()}{words[1:]}" if words else ""
    if n == 0:
        raise TrainingDataError(
            f"no usable articles{after}" if words else "no training data: the tables are empty"
        )
    if n1 == 0 or n0 == 0:
        kind = "credible (label 1)" if n0 == 0 else "not credible (label 0)"
        every = "the only usable article is" if n == 1 else f"all {n} usable articles are"
        raise TrainingDataError(
            f"training needs both labels, 1 (credible) and 0 (not credible): {every} {kind}{after}"
        )
    least = max(math.ceil(need * n_splits / (n_splits - 1)), 2)
    if min(n1, n0) < least:
        raise TrainingDataError(
            f"{n1} credible and {n0} not-credible article{'s' if n0 != 1 else ''}: "
            f"cross-validation needs at least {least} of each (it trains on {n_splits - 1} of "
            f"{n_splits} folds, and the model calibrates itself on {need} folds of that); "
            f"add articles{after}"
        )
    outlets = np.unique(groups)
    if len(outlets) < 2:
        raise TrainingDataError(
            f"all {n} articles are from one outlet ({str(outlets[0]).split(':', 1)[-1]!r}): "
            "cross-validation grouped by outlet needs at least 2 (leave the group empty for "
            f"articles whose outlet does not matter){after}"
        )
    folds = grouped_folds(y, y, groups, n_splits)
    for k, (c1, c0) in enumerate(fold_class_counts(y, folds), start=1):
        if c1 and c0 and min(c1, c0) < need:
            few, m = ("credible", c1) if c1 < c0 else ("not-credible", c0)
            raise TrainingDataError(
                f"{n1} credible and {n0} not-credible articles, but grouped by outlet "
                f"fold {k} of {len(folds)} leaves only {m} {few} article{'s' if m != 1 else ''} "
                f"to train on, and the model needs at least {need} of each: add articles, or "
                f"spread them over more outlets{after}"
            )
    return folds


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

    Raises
    ------
    TrainingDataError
        (a :class:`credscore.errors.DataError` and a ``ValueError``) When the data cannot
        be trained on, saying why in rows and labels: a label that is not 0/1, no usable
        article, one label only, or too few articles of a label for cross-validation. Rows
        with no label, empty text or a text repeating an earlier one are dropped first, and
        the message counts them (with the rows the loaders dropped).
    ValueError
        An unknown ``kind``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown model kind {kind!r}; choose one of {', '.join(KINDS)}")
    if C is None:
        C = default_C(kind)
    if not frames:
        raise TrainingDataError("no training data given")
    # Rows the loaders dropped count too: they are why a table has fewer rows than the file.
    dropped: dict[str, int] = {}
    for frame in frames:
        counts = {**frame.attrs.get("dropped", {})}
        counts[_CONFLICTS] = frame.attrs.get(_CONFLICTS, 0)
        for reason, n in counts.items():
            dropped[reason] = dropped.get(reason, 0) + int(n)
    df = pd.concat(list(frames), ignore_index=True)
    missing = {"text", "label"} - set(df.columns)
    if missing:
        raise TrainingDataError(
            f"training data lacks column(s) {sorted(missing)}; columns found: "
            f"{[str(c) for c in df.columns]}"
        )
    df, own = _usable_rows(df)
    if progress and _dropped_words(own):
        progress(_dropped_words(own))
    for reason, n in own.items():
        dropped[reason] = dropped.get(reason, 0) + n
    # Rows without an outlet are each their own group: cross-validation can still
    # split them, and no outlet is ever on both sides.
    corpus = df["corpus"].astype(str) if "corpus" in df else pd.Series("data", index=df.index)
    group = df["group"].fillna("").astype(str) if "group" in df else pd.Series("", index=df.index)
    groups = np.where(
        group.str.len() > 0, corpus + ":" + group, "row:" + pd.Series(range(len(df))).astype(str)
    )
    y = df["label"].to_numpy().astype(int)
    # Before the slow part: is there enough of each label for the model and its folds?
    need = int(getattr(classifier(_head(kind, C, seed, typography)), "cv", 0) or 1)
    folds = _check_enough(y, groups, dropped, need, CV_FOLDS)
    t0 = time.perf_counter()
    X: np.ndarray | pd.DataFrame = featurize_frame(df, n_jobs=n_jobs, progress=progress)
    if kind == "logistic":  # the writing patterns read the text itself
        X = feature_frame(X, df["text"].tolist())
    if progress:
        progress(f"featurized in {time.perf_counter() - t0:.1f} s")
    if progress:
        progress("grouped cross-validation")
    oof = grouped_oof(X, y, groups, lambda: _head(kind, C, seed, typography), folds=folds)
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
            "score = score_index(logit - offset), linear in the log-odds between 2 and 95 "
            "(about 18.2 points per unit) with exponential tails toward 0 and 100 "
            "(credscore.report.score_index); the offset puts an article with no sourcing "
            f"evidence at all at {NO_SOURCING_SCORE:g} (credscore.model.score_offset); the "
            "probability, 1 / (1 + exp(-logit)), is shown separately"
            if offset
            else "score = score_index(logit) (credscore.report.score_index)"
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
