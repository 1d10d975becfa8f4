"""Measurement harnesses: of credscore's signal extractors and of its model.

The signal harness scores the evidence an extractor returns against two outside annotations:
PolNeAR Source spans (for the source signals) and CoNLL-2010 Wikipedia uncertain
sentences (for hedges). The corpora are not shipped with the package; see
:func:`credscore.evaluation.signals.resolve_data_dir`.

Run ``python -m credscore.evaluation.signals`` for the table, or call
:func:`evaluate_polnear`, :func:`evaluate_conll` and :func:`error_examples`;
``python -m credscore.evaluation.conll_ceiling`` measures how far cue lists tuned to the
CoNLL-2010 training sentences could go on held-out folds (:mod:`.conll_ceiling`).

The model evaluation (``credscore evaluate``) is split by job: :mod:`.cache`,
:mod:`.corpora`, :mod:`.models`, :mod:`.protocol`, :mod:`.text`, :mod:`.mixes`,
:mod:`.card` and :mod:`.runner`, whose :func:`run_evaluation` is what the command runs;
:mod:`.model` keeps the names of the single module it used to be.

The public names are loaded on first use, so that running the ``signals`` module with
``python -m`` does not import it twice.
"""

from __future__ import annotations

import importlib
from typing import Any

# Public name -> the module that defines it.
_HOMES = {
    "CONLL_F1_BAR": "credscore.evaluation.signals",
    "POLNEAR_DEV_F1_BAR": "credscore.evaluation.signals",
    "DataDirNotFoundError": "credscore.evaluation.signals",
    "baseline_extract": "credscore.evaluation.signals",
    "error_examples": "credscore.evaluation.signals",
    "evaluate_conll": "credscore.evaluation.signals",
    "evaluate_polnear": "credscore.evaluation.signals",
    "resolve_data_dir": "credscore.evaluation.signals",
    "EvaluationOptions": "credscore.evaluation.runner",
    "EvaluationOutcome": "credscore.evaluation.runner",
    "run_evaluation": "credscore.evaluation.runner",
    "card_evaluation": "credscore.evaluation.card",
    "evaluate_for_card": "credscore.evaluation.card",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
