"""Feature subsets, by family, for research (``credscore evaluate --features``).

Apart from :mod:`.models` so that the command line can list the choices without importing
scikit-learn.
"""

from __future__ import annotations

from credscore.features import FEATURE_NAMES, FEATURES, STYLE_FEATURES
from credscore.signals import SOURCE_SIGNALS

__all__ = ["FEATURE_SETS"]

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
