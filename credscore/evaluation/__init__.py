"""Measurement harness for credscore's signal extractors.

The harness scores the evidence an extractor returns against two outside annotations:
PolNeAR Source spans (for the source signals) and CoNLL-2010 Wikipedia uncertain
sentences (for hedges). The corpora are not shipped with the package; see
:func:`credscore.evaluation.signals.resolve_data_dir`.

Run ``python -m credscore.evaluation.signals`` for the table, or call
:func:`evaluate_polnear`, :func:`evaluate_conll` and :func:`error_examples`.

The public names are loaded on first use, so that running the ``signals`` module with
``python -m`` does not import it twice.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "CONLL_F1_BAR",
    "POLNEAR_DEV_F1_BAR",
    "DataDirNotFoundError",
    "baseline_extract",
    "error_examples",
    "evaluate_conll",
    "evaluate_polnear",
    "resolve_data_dir",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("credscore.evaluation.signals"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
