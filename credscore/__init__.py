"""credscore: score how well a news article is sourced, offline, and explain why.

>>> import credscore
>>> report = credscore.score("Officials said the bridge may close after engineers found "
...                          "cracks in two of its supports during an inspection on Monday.")
>>> 0 <= report.score <= 100
True

Names are imported on first use, so ``import credscore`` is quick and scoring an article
never imports scikit-learn or pandas (training and evaluation do).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import CredscoreError, ModelLoadError

if TYPE_CHECKING:
    from ._evidence import Evidence
    from .features.transformers import SignalFeaturizer
    from .frame import score_frame
    from .patterns import PatternVectorizer
    from .report import Report
    from .scorer import ModelVersionWarning, Scorer
    from .signals import SIGNALS, extract

__all__ = [
    "SIGNALS",
    "CredscoreError",
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
    "score_frame",
]

#: Public name -> the module that defines it (imported on first use).
_LAZY = {
    "SIGNALS": ".signals",
    "extract": ".signals",
    "Evidence": "._evidence",
    "ModelVersionWarning": ".scorer",
    "Scorer": ".scorer",
    "Report": ".report",
    "PatternVectorizer": ".patterns",
    "SignalFeaturizer": ".features.transformers",
    "score_frame": ".frame",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
    TypeError
        ``text`` is not a string.
    NotEnoughTextError
        ``text`` has too few words to score (see :meth:`Scorer.score`).
    ModelLoadError
        The default model cannot be loaded.
    """
    global _default_scorer
    if _default_scorer is None:
        from .scorer import Scorer

        _default_scorer = Scorer.load()
    return _default_scorer.score(text, publisher=publisher, explain=explain)
