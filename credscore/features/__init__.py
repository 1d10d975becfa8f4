"""Features: the credibility indicators of a text, from its signals, style and readability.

The layer between the signals (evidence with offsets) and the model: :mod:`.indicators`
declares every indicator with its plain name and the direction journalism standards give it,
and computes them; :mod:`.transformers` wraps them as scikit-learn transformers (imported
only when asked for, so scoring needs neither scikit-learn nor pandas); :mod:`.style` counts
the style indicators outside quotations; :mod:`.readability` measures readability.
"""

from typing import Any

from .indicators import (
    FEATURE_NAMES,
    FEATURES,
    TEXT_COLUMN,
    Feature,
    featurize,
    nothing_found,
    take_rows,
)
from .readability import MEASURES, readability
from .style import STYLE_FEATURES, quoted_spans, style_indicators

__all__ = [
    "FEATURES",
    "FEATURE_NAMES",
    "MEASURES",
    "STYLE_FEATURES",
    "TEXT_COLUMN",
    "Feature",
    "SignalFeaturizer",
    "SignalFrame",
    "feature_frame",
    "featurize",
    "nothing_found",
    "quoted_spans",
    "readability",
    "style_indicators",
    "take_rows",
]

_LAZY = {"SignalFeaturizer", "SignalFrame", "feature_frame"}


def __getattr__(name: str) -> Any:
    """The scikit-learn transformers, imported on first use (they bring scikit-learn)."""
    if name in _LAZY:
        from . import transformers

        return getattr(transformers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
