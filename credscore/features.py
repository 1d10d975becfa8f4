"""Sourcing features: from raw texts to a numeric table, as a scikit-learn transformer.

Every feature is about how the article is sourced or written, never about its
vocabulary or its outlet, so that a model trained on one corpus transfers to
another. :data:`FEATURES` lists them with the signal each one counts, which is
how reports find the evidence behind a feature.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ._evidence import Evidence
from ._text import Doc
from .signals import SOURCE_SIGNALS, extract
from .signals.readability import MEASURES, readability
from .style import STYLE_FEATURES, style_features

__all__ = [
    "FEATURES",
    "TEXT_COLUMN",
    "Feature",
    "SignalFeaturizer",
    "SignalFrame",
    "feature_frame",
    "featurize",
    "take_rows",
]


@dataclass(frozen=True)
class Feature:
    """A feature's name, what it measures, and the signal whose evidence backs it."""

    name: str
    description: str
    signal: str | None = None
    kind: str | None = None  # a sub-kind of the signal's evidence, e.g. "statistic"


_RATES = [
    ("named_source", "named-person source mentions per 1,000 words"),
    ("expert_source", "credentialed expert sources per 1,000 words"),
    ("anonymous_source", "unnamed-source mentions per 1,000 words"),
    ("organization_source", "organisation source mentions per 1,000 words"),
    ("media_source", "other-outlet source mentions per 1,000 words"),
    ("direct_quote", "direct quotations per 1,000 words"),
    ("hedge", "hedges per 1,000 words"),
    ("booster", "boosters per 1,000 words"),
    ("verification", "verification phrases per 1,000 words"),
]

FEATURES: tuple[Feature, ...] = (
    *(Feature(f"{sig}_per_1k", desc, sig) for sig, desc in _RATES),
    Feature("statistic_per_1k", "statistics per 1,000 words", "specifics", "statistic"),
    Feature(
        "document_per_1k",
        "documents, reports and data cited per 1,000 words",
        "specifics",
        "document",
    ),
    Feature("anonymous_share", "share of source mentions that are unnamed", "anonymous_source"),
    Feature("named_share", "share of source mentions that are named people", "named_source"),
    Feature("expert_share", "share of named or unnamed sources with credentials", "expert_source"),
    Feature(
        "organization_share",
        "share of source mentions that are organisations",
        "organization_source",
    ),
    Feature("media_share", "share of source mentions that are other outlets", "media_source"),
    Feature(
        "distinct_named_sources", "number of distinct named people quoted (log1p)", "named_source"
    ),
    Feature("quoted_share", "share of the text inside direct quotations", "direct_quote"),
    Feature("attributed_sentence_share", "share of sentences that attribute a statement"),
    Feature("log_words", "length of the article in words (log1p)"),
    *(Feature(m, f"readability: {m.replace('_', ' ')}") for m in MEASURES),
    *(Feature(name, desc) for name, desc in STYLE_FEATURES),
)

FEATURE_NAMES = tuple(f.name for f in FEATURES)

#: The column of :func:`feature_frame` that holds the text itself.
TEXT_COLUMN = "text"


def _words(text: str) -> int:
    return len(text.split())


def featurize(
    text: str,
    publisher: str | None = None,
    with_readability: bool = True,
    with_style: bool = True,
) -> tuple[dict[str, float], list[Evidence]]:
    """Compute the features of one text, and the evidence they were counted from.

    Parameters
    ----------
    text : str
        The article text.
    publisher : str, optional
        The article's own outlet (see :func:`credscore.extract`).
    with_readability : bool, default True
        Whether to compute the textstat measures (else they are 0.0).
    with_style : bool, default True
        Whether to compute the writing-style measures of :mod:`credscore.style`
        (else they are 0.0).

    Returns
    -------
    features : dict
        One value per name in :data:`FEATURE_NAMES`, in that order.
    evidence : list of Evidence

    Examples
    --------
    >>> f, ev = featurize("Officials said the bridge may close.")
    >>> f["anonymous_share"], f["hedge_per_1k"] > 0
    (1.0, True)
    """
    doc = Doc(text)
    evidence = extract(doc, publisher=publisher)
    words = max(_words(text), 1)
    per_k = 1000.0 / words
    counts: dict[str, int] = {}
    for e in evidence:
        key = e.signal
        if e.signal == "specifics":
            key = str(e.details.get("kind"))
        counts[key] = counts.get(key, 0) + 1
    f: dict[str, float] = {}
    for sig, _ in _RATES:
        f[f"{sig}_per_1k"] = counts.get(sig, 0) * per_k
    f["statistic_per_1k"] = counts.get("statistic", 0) * per_k
    f["document_per_1k"] = counts.get("document", 0) * per_k
    people = ("named_source", "anonymous_source", "organization_source", "media_source")
    total = sum(counts.get(s, 0) for s in people)
    for s in people:
        f[f"{s.split('_')[0]}_share"] = counts.get(s, 0) / total if total else 0.0
    humans = counts.get("named_source", 0) + counts.get("anonymous_source", 0)
    f["expert_share"] = min(counts.get("expert_source", 0) / humans, 1.0) if humans else 0.0
    names = {
        str(e.details.get("resolved") or e.text).lower()
        for e in evidence
        if e.signal == "named_source" and e.text.lower() not in {"he", "she", "they", "it"}
    }
    f["distinct_named_sources"] = math.log1p(len(names))
    quoted = sum(e.end - e.start for e in evidence if e.signal == "direct_quote")
    f["quoted_share"] = min(quoted / max(len(text), 1), 1.0)
    sents = doc.sentences
    if sents:
        attributed = {doc.sentence_index(e.start) for e in evidence if e.signal in SOURCE_SIGNALS}
        f["attributed_sentence_share"] = len(attributed) / len(sents)
    else:
        f["attributed_sentence_share"] = 0.0
    f["log_words"] = math.log1p(_words(text))
    r = readability(text) if with_readability else dict.fromkeys(MEASURES, 0.0)
    for m in MEASURES:
        # Clip: textstat's formulas run wild on texts without sentence punctuation.
        f[m] = float(np.clip(r[m], -100.0, 200.0))
    if with_style:
        f.update(style_features(doc))
    else:
        f.update(dict.fromkeys((n for n, _d in STYLE_FEATURES), 0.0))
    ordered = {name: f[name] for name in FEATURE_NAMES}
    return ordered, evidence


class SignalFeaturizer(TransformerMixin, BaseEstimator):
    """Turn raw article texts into sourcing features.

    Parameters
    ----------
    readability : bool, default True
        Include the textstat readability measures (computed offline).
    style : bool, default True
        Include the writing-style measures (function words, punctuation, dates).
    n_jobs : int or None, default None
        Texts are featurized in parallel with joblib when > 1 (or -1 for all
        cores). Results do not depend on it.

    Attributes
    ----------
    n_features_out_ : int
        Number of output columns.

    See Also
    --------
    credscore.extract : the evidence the features count.

    Examples
    --------
    >>> fz = SignalFeaturizer().fit(["Officials said it may rain."])
    >>> X = fz.transform(["Officials said it may rain.", "It rained."])
    >>> X.shape == (2, len(fz.get_feature_names_out()))
    True
    """

    def __init__(
        self, readability: bool = True, style: bool = True, n_jobs: int | None = None
    ) -> None:
        self.readability = readability
        self.style = style
        self.n_jobs = n_jobs

    def _validate_texts(self, X: Iterable[str]) -> list[str]:
        if isinstance(X, str):
            raise TypeError(
                "SignalFeaturizer expects an iterable of texts, got a single string; "
                "wrap it in a list"
            )
        if hasattr(X, "columns"):  # a DataFrame: take its only column
            if X.shape[1] != 1:
                raise ValueError("pass a Series or a one-column DataFrame of texts")
            X = X.iloc[:, 0]
        texts = list(X)
        bad = [i for i, t in enumerate(texts) if not isinstance(t, str)]
        if bad:
            raise TypeError(f"texts must be strings; rows {bad[:5]} are not")
        return texts

    def fit(self, X: Iterable[str], y: object = None) -> SignalFeaturizer:
        """Check the input; there is nothing to learn. Returns ``self``."""
        del y
        self._validate_texts(X)
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def transform(self, X: Iterable[str]) -> np.ndarray:
        """Return an array of shape ``(n_texts, n_features_out_)``."""
        check_is_fitted(self, "n_features_out_")
        texts = self._validate_texts(X)
        rows = self._featurize_all(texts)
        return np.asarray([list(r.values()) for r in rows], dtype=float).reshape(
            len(texts), len(FEATURE_NAMES)
        )

    def _featurize_all(self, texts: list[str]) -> list[dict[str, float]]:
        if self.n_jobs in (None, 1) or len(texts) < 2:
            return [_features_only(t, self.readability, self.style) for t in texts]
        from joblib import Parallel, delayed

        return Parallel(n_jobs=self.n_jobs)(
            delayed(_features_only)(t, self.readability, self.style) for t in texts
        )

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Names of the output columns, in order."""
        del input_features
        return np.asarray(FEATURE_NAMES, dtype=object)

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags


def _features_only(text: str, with_readability: bool, with_style: bool) -> dict[str, float]:
    return featurize(text, with_readability=with_readability, with_style=with_style)[0]


def feature_frame(X: Any, texts: Iterable[str]) -> pd.DataFrame:
    """The sourcing features as a DataFrame, with the texts as a last column.

    What the default model reads: its sourcing part reads the feature columns,
    its writing-pattern part (:class:`credscore.patterns.PatternVectorizer`) the
    ``text`` column.

    Parameters
    ----------
    X : array-like of shape (n, len(FEATURE_NAMES))
        Sourcing features, as :class:`SignalFeaturizer` returns them.
    texts : iterable of str
        The n texts they were computed from.

    Returns
    -------
    DataFrame
        Columns :data:`FEATURE_NAMES` then :data:`TEXT_COLUMN`.
    """
    frame = pd.DataFrame(np.asarray(X, dtype=float), columns=list(FEATURE_NAMES))
    frame[TEXT_COLUMN] = list(texts)
    return frame


def take_rows(X: Any, idx: Any) -> Any:
    """Rows ``idx`` (indices or a boolean mask) of a feature matrix or a :func:`feature_frame`."""
    return X.iloc[idx].reset_index(drop=True) if hasattr(X, "iloc") else X[idx]


class SignalFrame(SignalFeaturizer):
    """:class:`SignalFeaturizer` that passes the text on next to its features.

    ``transform`` returns :func:`feature_frame`: the sourcing features and a
    ``text`` column, for models that also read the text's writing patterns.
    Parameters are those of :class:`SignalFeaturizer`.

    Examples
    --------
    >>> frame = SignalFrame().fit_transform(["Officials said it may rain."])
    >>> frame.columns[-1], frame.shape[1] == len(FEATURE_NAMES) + 1
    ('text', True)
    """

    def fit(self, X: Iterable[str], y: object = None) -> SignalFrame:
        """Check the input; there is nothing to learn. Returns ``self``."""
        super().fit(X, y)
        self.n_features_out_ = len(FEATURE_NAMES) + 1
        return self

    def transform(self, X: Iterable[str]) -> pd.DataFrame:  # type: ignore[override]
        """Return :func:`feature_frame` of the texts."""
        check_is_fitted(self, "n_features_out_")
        texts = self._validate_texts(X)
        rows = self._featurize_all(texts)
        values = np.asarray([list(r.values()) for r in rows], dtype=float)
        return feature_frame(values.reshape(len(texts), len(FEATURE_NAMES)), texts)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """The feature names, then ``"text"``."""
        del input_features
        return np.asarray([*FEATURE_NAMES, TEXT_COLUMN], dtype=object)
