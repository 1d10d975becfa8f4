"""credscore: score how well a news article is sourced, offline, and explain why.

>>> import credscore
>>> report = credscore.score("Officials said the bridge may close.")
>>> 0 <= report.score <= 100
True
"""

from __future__ import annotations

from ._evidence import Evidence
from ._version import __version__
from .features import SignalFeaturizer
from .model import ModelLoadError, ModelVersionWarning, Scorer
from .patterns import PatternVectorizer
from .report import Report
from .signals import SIGNALS, extract

__all__ = [
    "SIGNALS",
    "Evidence",
    "ModelLoadError",
    "ModelVersionWarning",
    "PatternVectorizer",
    "Report",
    "Scorer",
    "SignalFeaturizer",
    "__version__",
    "extract",
    "score",
]

_default_scorer: Scorer | None = None


def score(text: str, publisher: str | None = None, explain: bool = True) -> Report:
    """Score ``text`` with the default model and explain the score.

    Parameters
    ----------
    text : str
        The article text.
    publisher : str, optional
        The article's own outlet (see :func:`extract`).
    explain : bool, default True
        Build the explanation (see :meth:`Scorer.score`); False is faster.

    Returns
    -------
    Report

    Raises
    ------
    TypeError, ValueError
        ``text`` is not a string, or is empty.
    ModelLoadError
        The default model cannot be loaded.
    """
    global _default_scorer
    if _default_scorer is None:
        _default_scorer = Scorer.load()
    return _default_scorer.score(text, publisher=publisher, explain=explain)
