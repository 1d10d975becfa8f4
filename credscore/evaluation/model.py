"""Compatibility names of the evaluation, from when it was one module.

The evaluation is split by job; import from these modules in new code:

* :mod:`credscore.evaluation.cache`: the feature cache (:func:`cached_features`,
  :func:`signal_code_hash`, :func:`default_cache_dir`);
* :mod:`credscore.evaluation.corpora`: :class:`EvalCorpus`, :func:`make_corpus`,
  :func:`load_eval_corpora`, :func:`overlaps`, :data:`OVERLAPPING`;
* :mod:`credscore.evaluation.models`: :class:`ModelSpec`, :func:`credscore_head`,
  :func:`tfidf_baseline`, :func:`default_models`, :data:`FEATURE_SETS`;
* :mod:`credscore.evaluation.protocol`: the sections (grouped CV, cross-corpus, held out,
  re-typed, shipped model, behavioural suite), :func:`evaluate`, :class:`EvaluationReport`;
* :mod:`credscore.evaluation.text`: :func:`render_text`;
* :mod:`credscore.evaluation.mixes`: :func:`compare_mixes`, :func:`render_mixes`;
* :mod:`credscore.evaluation.card`: the model card's evaluation section;
* :mod:`credscore.evaluation.runner`: :func:`run_evaluation`, what ``credscore evaluate``
  runs;
* :mod:`credscore.defaults`: :data:`DEFAULT_EVAL_CORPORA`, :data:`MIX_TARGETS`,
  :data:`MIX_C_GRID` and the other defaults.

The command line is ``credscore evaluate`` (:mod:`credscore.cli` builds its parser), also
reachable as ``python -m credscore evaluate``; ``python -m credscore.evaluation.model ARGS``
still works by running ``python -m credscore evaluate ARGS`` in a child process. This
module's own parser (``main``, ``build_parser``, ``add_arguments``) is gone, as the
evaluation does not import the command line, which sits above it; :func:`run` still runs
the evaluation from parsed ``credscore evaluate`` arguments.
"""

from __future__ import annotations

import sys
from typing import Any

from credscore.defaults import DEFAULT_EVAL_CORPORA, MIX_C_GRID, MIX_TARGETS
from credscore.evaluation.cache import (
    CACHE_ENV_VAR,
    cache_path,
    cached_features,
    default_cache_dir,
    signal_code_hash,
    source_hash,
)
from credscore.evaluation.card import card_evaluation, evaluate_for_card
from credscore.evaluation.corpora import (
    OVERLAPPING,
    EvalCorpus,
    load_eval_corpora,
    make_corpus,
    overlaps,
    retyped_corpus,
)
from credscore.evaluation.mixes import MixResult, compare_mixes, render_mixes
from credscore.evaluation.models import (
    FEATURE_SETS,
    ModelSpec,
    credscore_head,
    default_models,
    tfidf_baseline,
)
from credscore.evaluation.protocol import (
    SECTIONS,
    EvaluationReport,
    Result,
    behaviour_numbers,
    cross_corpus,
    evaluate,
    grouped_cv,
    held_out,
)
from credscore.evaluation.runner import EvaluationOptions, run, run_evaluation
from credscore.evaluation.text import render_text

__all__ = [
    "CACHE_ENV_VAR",
    "DEFAULT_EVAL_CORPORA",
    "FEATURE_SETS",
    "MIX_C_GRID",
    "MIX_TARGETS",
    "OVERLAPPING",
    "EvalCorpus",
    "EvaluationOptions",
    "EvaluationReport",
    "SECTIONS",
    "MixResult",
    "ModelSpec",
    "Result",
    "behaviour_numbers",
    "cache_path",
    "cached_features",
    "card_evaluation",
    "compare_mixes",
    "credscore_head",
    "cross_corpus",
    "default_cache_dir",
    "default_models",
    "evaluate",
    "evaluate_for_card",
    "grouped_cv",
    "held_out",
    "load_eval_corpora",
    "make_corpus",
    "overlaps",
    "render_mixes",
    "render_text",
    "retyped_corpus",
    "run",
    "run_evaluation",
    "signal_code_hash",
    "source_hash",
    "tfidf_baseline",
]

# This module's command line, now ``credscore evaluate``.
_GONE = {
    "main": "credscore.cli.main(['evaluate', ...])",
    "build_parser": "credscore.cli.build_parser()",
    "add_arguments": "credscore.cli.build_parser() (the 'evaluate' subcommand)",
}


def __getattr__(name: str) -> Any:
    if name in _GONE:
        raise AttributeError(
            f"credscore.evaluation.model.{name} is gone: the command line is `credscore "
            f"evaluate`; use {_GONE[name]}, or credscore.evaluation.run_evaluation"
        )
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    # The old command (model cards up to 0.3 name it) runs `credscore evaluate` in a child
    # process: the evaluation never imports the command line, which sits above it.
    import subprocess

    argv = [sys.executable, "-m", "credscore", "evaluate", *sys.argv[1:]]
    sys.exit(subprocess.run(argv, check=False).returncode)
