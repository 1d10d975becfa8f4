"""The evaluation's corpora: labelled articles, featurized, and which of them share articles.

An :class:`EvalCorpus` is a loader's frame (:mod:`credscore.data`) with its features, read from
the cache (:mod:`credscore.evaluation.cache`). :data:`OVERLAPPING` names the corpora that
share articles, so that no evaluation trains on one and tests on the other.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from credscore.defaults import DEFAULT_EVAL_CORPORA
from credscore.evaluation.cache import cached_features
from credscore.evaluation.retype import RETYPINGS

__all__ = [
    "DEFAULT_EVAL_CORPORA",
    "OVERLAPPING",
    "EvalCorpus",
    "concat",
    "load_eval_corpora",
    "make_corpus",
    "normalized_text",
    "overlaps",
    "retyped_corpus",
]

#: Pairs of corpora that share articles: never train on one and test on the other.
OVERLAPPING: frozenset[frozenset[str]] = frozenset(
    {frozenset({"buzzfeed-webis-2016", "fakenewsnet-buzzfeed"})}
)


def normalized_text(text: str) -> str:
    """``text`` lower-cased with white space collapsed: how shared texts are found."""
    return " ".join(str(text).lower().split())


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
        return [normalized_text(t) for t in self.texts]


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


def concat(corpora: Sequence[EvalCorpus]) -> EvalCorpus:
    """One corpus of several, their outlets kept apart by prefixing the corpus name.

    A single corpus is returned as it is; the name of several is joined with ``+`` and
    ``info["parts"]`` lists them.
    """
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
