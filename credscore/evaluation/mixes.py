"""The mix search: which corpora to train the default model on.

:func:`compare_mixes` scores candidate training mixes by leave-one-corpus-out ROC-AUC on the
political targets (:data:`~credscore.defaults.MIX_TARGETS`), the search behind
:data:`credscore.defaults.DEFAULT_CORPORA` (``credscore evaluate --compare-mixes``);
:func:`render_mixes` prints the table.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from credscore.defaults import MIX_C_GRID, MIX_TARGETS, SEED
from credscore.evaluation.corpora import EvalCorpus, overlaps
from credscore.evaluation.models import ModelSpec, credscore_head, tfidf_baseline
from credscore.evaluation.protocol import held_out
from credscore.evaluation.text import fmt

__all__ = [
    "MIX_C_GRID",
    "MIX_TARGETS",
    "MixResult",
    "candidate_mixes",
    "compare_mixes",
    "render_mixes",
]


@dataclass
class MixResult:
    """One candidate training mix, scored leave-one-corpus-out.

    Attributes
    ----------
    mix : tuple of str
    C : float
    features : str
        The name of the feature subset.
    per_target : dict
        Target corpus -> ``{"train": [...], "credscore": auc, "tfidf-lr": auc}``; the
        target and any corpus sharing articles with it are removed from the mix first.
    criterion : float
        Mean credscore ROC-AUC over the targets (NaN if a target has no training data).
    held_out : dict
        Every corpus outside the mix (and not overlapping it) -> credscore ROC-AUC of the
        whole mix on it.
    """

    mix: tuple[str, ...]
    C: float
    features: str
    per_target: dict[str, dict[str, Any]]
    criterion: float
    held_out: dict[str, float]


def compare_mixes(
    corpora: Mapping[str, EvalCorpus],
    mixes: Iterable[Sequence[str]],
    targets: Sequence[str] | None = None,
    C_values: Sequence[float] = (1.0,),
    feature_sets: Mapping[str, Sequence[str] | None] | None = None,
    baseline: bool = True,
    progress: Callable[[str], None] | None = None,
    kind: str = "logistic",
    typography: bool = True,
) -> list[MixResult]:
    """Score candidate training mixes by leave-one-corpus-out ROC-AUC on political targets.

    For each candidate mix, setting (C, feature subset) and target corpus T, train credscore
    on the mix minus T and minus every corpus sharing articles with T, and test on all of T.
    The criterion is the mean ROC-AUC over the targets; no target is ever in its own
    training data, and the same rule applies to every candidate.

    Parameters
    ----------
    corpora : mapping of str to EvalCorpus
    mixes : iterable of sequences of corpus names
    targets : sequence of str, optional
        Default: those of :data:`MIX_TARGETS` that ``corpora`` holds.
    C_values : sequence of float
    feature_sets : mapping of str to feature names (or None for all), optional
    baseline : bool
        Also score TF-IDF + LR per target (once per mix, independent of C and features).
    progress : callable, optional
    kind : {"logistic", "signals"}
        The credscore model compared (see :func:`credscore.model.build_model`).
    typography : bool, default True
        ``"logistic"``: whether the writing patterns keep quotes and dashes as typed.

    Returns
    -------
    list of MixResult
        Sorted by criterion, best first.
    """
    feature_sets = dict(feature_sets or {"all": None})
    if targets is None:
        targets = [t for t in MIX_TARGETS if t in corpora]
    missing = [t for t in targets if t not in corpora]
    if missing or not targets:
        raise ValueError(f"target corpus(es) {missing or list(MIX_TARGETS)} not loaded")
    tfidf = ModelSpec("tfidf-lr", "", "text", tfidf_baseline)
    out: list[MixResult] = []
    cache: dict[tuple[tuple[str, ...], str], float] = {}

    def auc(spec: ModelSpec, train: Sequence[str], test: str) -> float:
        key = (tuple(train), test)
        if spec.name == "tfidf-lr" and key in cache:
            return cache[key]
        r = held_out([corpora[c] for c in train], corpora[test], [spec])[0]
        if spec.name == "tfidf-lr":
            cache[key] = r.roc_auc
        return r.roc_auc

    for mix in mixes:
        mix = tuple(mix)
        for (fname, feats), C in itertools.product(feature_sets.items(), C_values):
            if progress:
                progress(f"mix {'+'.join(mix)} C={C:g} features={fname}")
            cs = ModelSpec(
                "credscore",
                "",
                "frame" if kind == "logistic" else "features",
                functools.partial(credscore_head, kind, C, feats, SEED, typography),
            )
            per: dict[str, dict[str, Any]] = {}
            for t in targets:
                train = [c for c in mix if not overlaps(c, t)]
                ys = np.concatenate([corpora[c].y for c in train]) if train else np.array([])
                if len(np.unique(ys)) < 2:
                    per[t] = {"train": train, "credscore": float("nan")}
                    continue
                per[t] = {"train": train, "credscore": auc(cs, train, t)}
                if baseline:
                    per[t]["tfidf-lr"] = auc(tfidf, train, t)
            vals = [v["credscore"] for v in per.values()]
            crit = (
                float(np.mean(vals))
                if vals and not any(math.isnan(v) for v in vals)
                else (float("nan"))
            )
            outside = [c for n, c in corpora.items() if not any(overlaps(n, m) for m in mix)]
            ho = {
                r.test: r.roc_auc
                for r in (held_out([corpora[m] for m in mix], outside, [cs]) if outside else [])
            }
            out.append(MixResult(mix, C, fname, per, crit, ho))
    out.sort(key=lambda r: -r.criterion if not math.isnan(r.criterion) else math.inf)
    return out


def render_mixes(results: Sequence[MixResult], targets: Sequence[str] = MIX_TARGETS) -> str:
    """A table of :func:`compare_mixes` results, best criterion first."""
    short = {
        "buzzfeed-webis-2016": "BW",
        "fakenewsnet-buzzfeed": "FB",
        "fakenewsnet-politifact": "FP",
        "perez-rosas-fakenewsamt": "AMT",
        "perez-rosas-celebrity": "CEL",
        "fa-kes": "FAKES",
        "polnear": "PN",
    }

    def s(n: str) -> str:
        return short.get(n, n)

    head = f"{'mix':<28} {'C':>6} {'features':<14} {'LOCO':>6} "
    head += " ".join(f"{s(t) + ' cs/tf':>13}" for t in targets) + "  held out entirely (credscore)"
    lines = [
        "Leave-one-corpus-out criterion: mean credscore ROC-AUC over the targets "
        f"({', '.join(targets)}), each trained on the mix minus the target and anything "
        "sharing its articles.",
        "",
        head,
    ]
    for r in results:
        cells = []
        for t in targets:
            v = r.per_target.get(t, {})
            cells.append(f"{fmt(v.get('credscore'))}/{fmt(v.get('tfidf-lr'))}".rjust(13))
        ho = " ".join(f"{s(k)}={fmt(v)}" for k, v in r.held_out.items())
        lines.append(
            f"{'+'.join(s(m) for m in r.mix):<28} {r.C:>6g} {r.features:<14} "
            f"{fmt(r.criterion):>6} " + " ".join(cells) + f"  {ho}"
        )
    return "\n".join(lines) + "\n"


def candidate_mixes(names: Sequence[str]) -> list[tuple[str, ...]]:
    """Every non-empty subset of ``names`` that holds no two overlapping corpora.

    >>> candidate_mixes(["buzzfeed-webis-2016", "fakenewsnet-buzzfeed", "polnear"])[-2:]
    [('buzzfeed-webis-2016', 'polnear'), ('fakenewsnet-buzzfeed', 'polnear')]
    """
    out = []
    for k in range(1, len(names) + 1):
        for combo in itertools.combinations(names, k):
            if any(overlaps(a, b) for a, b in itertools.combinations(combo, 2)):
                continue
            out.append(combo)
    return out
