"""The model card's ``evaluation`` section: the evaluation of a freshly trained model.

``credscore train`` trains (:mod:`credscore.training`, which never imports the evaluation),
then calls :func:`evaluate_for_card` to run the evaluation on every corpus present and write
:func:`card_evaluation` of the report into the card next to the model file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from credscore._io import atomic_write_text
from credscore.data import default_data_dir
from credscore.data._common import get_spec
from credscore.defaults import DEFAULT_CORPORA, DEFAULT_EVAL_CORPORA
from credscore.evaluation.corpora import load_eval_corpora
from credscore.evaluation.models import default_models
from credscore.evaluation.protocol import SECTIONS, EvaluationReport, evaluate
from credscore.scorer import CARD_FILE

__all__ = ["card_evaluation", "evaluate_for_card"]


def _read_card(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def card_evaluation(report: EvaluationReport) -> dict[str, Any]:
    """The model card's ``evaluation`` section, from an evaluation report.

    Parameters
    ----------
    report : credscore.evaluation.protocol.EvaluationReport
        What :func:`credscore.evaluation.protocol.evaluate` returned.

    Returns
    -------
    dict
        ``method`` (how each section was split), ``models``, ``tables`` (per section, per
        split, per model: ROC-AUC, PR-AUC, Brier), ``comparison`` (where credscore's
        default beats the TF-IDF baseline and where it does not, in words), ``notes`` and
        ``settings`` (default mix, C, feature-cache key, versions).
    """
    tables = report.summary()
    comparison: dict[str, str] = {}
    for section, rows in tables.items():
        wins: list[str] = []
        losses: list[str] = []
        for key, per in rows.items():
            ours, base = per.get("credscore"), per.get("tfidf-lr")
            if not ours or not base or ours["roc_auc"] is None or base["roc_auc"] is None:
                continue
            item = f"{key} ({ours['roc_auc']:.3f} vs {base['roc_auc']:.3f})"
            (wins if ours["roc_auc"] > base["roc_auc"] else losses).append(item)
        if wins or losses:
            comparison[section] = (
                f"ROC-AUC of credscore vs the TF-IDF + LR baseline: credscore ahead on "
                f"{len(wins)} of {len(wins) + len(losses)}"
                + (f": {'; '.join(wins)}" if wins else "")
                + (f". Baseline ahead on: {'; '.join(losses)}" if losses else "")
                + "."
            )
    return {
        "command": "make evaluate (credscore evaluate --data-dir DATA_DIR)",
        "method": dict(SECTIONS),
        "models": dict(report.models),
        "corpora": {n: {"n": i["n"], "n_groups": i["n_groups"]} for n, i in report.corpora.items()},
        "tables": tables,
        "comparison": comparison,
        "skipped": list(report.skipped),
        "notes": list(report.notes),
        "settings": dict(report.settings),
        "behaviour": dict(report.behaviour),
    }


def evaluate_for_card(
    out: str | Path | None = None,
    data_dir: str | Path | None = None,
    corpora: Sequence[str] | None = None,
    mix: Sequence[str] | None = None,
    C: float | None = None,
    use_cache: bool = True,
    progress: Callable[[str], None] | None = None,
    typography: bool = True,
) -> dict[str, Any]:
    """Evaluate on every corpus present and (optionally) add the result to a model card.

    Parameters
    ----------
    out : str or Path, optional
        A directory holding ``credscore-default.json`` (as written by
        :func:`credscore.training.train`): its ``evaluation`` key is set, and section (d)
        scores the model file next to it. The model file is not touched, so its SHA-256 in
        the card stays valid.
    data_dir : str or Path, optional
        Where the corpora are (see :func:`credscore.data.default_data_dir`).
    corpora : sequence of str, optional
        Default: every corpus of :data:`credscore.defaults.DEFAULT_EVAL_CORPORA` whose
        folder exists.
    mix : sequence of str, optional
        The training mix of sections (a, pooled), (c) and (c'); default: the corpora the
        card at ``out`` was trained on, else :data:`credscore.defaults.DEFAULT_CORPORA`.
    C : float, optional
        credscore's regularisation in the evaluation (default
        :data:`credscore.defaults.SIGNALS_C`); pass the value the model was trained with.
    use_cache : bool, default True
        Use the feature cache.
    progress : callable, optional
    typography : bool, default True
        The writing-pattern setting the model was trained with.

    Returns
    -------
    dict
        :func:`card_evaluation` of the report.
    """
    if corpora is None:
        root = Path(data_dir) if data_dir is not None else default_data_dir()
        corpora = [
            c
            for c in DEFAULT_EVAL_CORPORA
            if root is not None and (Path(root) / get_spec(c).folder).is_dir()
        ]
    loaded = load_eval_corpora(
        corpora, data_dir=data_dir, use_cache=use_cache, n_jobs=-1, progress=progress
    )
    # The directory: the scorer finds its model there, JSON or joblib.
    model_path = Path(out) if out is not None else None
    if mix is None and out is not None and (Path(out) / CARD_FILE).is_file():
        mix = _read_card(Path(out) / CARD_FILE).get("training_data", {}).get("corpora")
    report = evaluate(
        loaded,
        mix=[c for c in (mix or DEFAULT_CORPORA) if c in loaded],
        models=default_models(C=C, typography=typography),
        model_path=model_path,
        shipped=model_path is not None,
        progress=progress,
    )
    section = card_evaluation(report)
    if out is not None:
        path = Path(out) / CARD_FILE
        card = _read_card(path)
        card["evaluation"] = section
        atomic_write_text(path, json.dumps(card, indent=2, sort_keys=False) + "\n")
    return section
