"""Features: the credibility indicators of a text, from its signals, style and readability.

The layer between the signals (evidence with offsets) and the model: :mod:`.indicators`
declares every indicator with its plain name and the direction journalism standards give it,
and computes them (also as a scikit-learn transformer); :mod:`.style` counts the style
indicators outside quotations; :mod:`.readability` measures readability through textstat,
offline.
"""

from .indicators import (
    FEATURE_NAMES,
    FEATURES,
    TEXT_COLUMN,
    Feature,
    SignalFeaturizer,
    SignalFrame,
    feature_frame,
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
