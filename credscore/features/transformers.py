"""The indicators as scikit-learn transformers, for training and evaluation.

:class:`SignalFeaturizer` and :class:`SignalFrame` wrap :func:`~credscore.features.featurize`
so a :class:`~sklearn.pipeline.Pipeline` can read raw texts. They live apart from
:mod:`.indicators` so that scoring an article imports neither scikit-learn nor pandas.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .indicators import FEATURE_NAMES, TEXT_COLUMN, featurize

__all__ = ["SignalFeaturizer", "SignalFrame", "feature_frame"]


class SignalFeaturizer(TransformerMixin, BaseEstimator):
    """Turn raw article texts into sourcing features.

    Parameters
    ----------
    readability : bool, default True
        Include the readability measures (words per sentence, long words).
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
        if isinstance(X, pd.DataFrame):  # take its only column
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

    def __sklearn_tags__(self) -> Any:
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

    # A frame, not the parent's array: the text column rides along (a narrower contract).
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
