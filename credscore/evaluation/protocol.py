"""The evaluation protocol: which model is trained on what and tested on what.

The credibility model is evaluated honestly, next to the baselines a user would otherwise
pick. Every number here keeps the outlet of a test article out of training:

* **(a) grouped cross-validation**: within one corpus (and on the default training mix),
  :class:`~sklearn.model_selection.GroupKFold` by outlet (the loader's ``group``), so no
  outlet is in both the training and the test part of a fold. The out-of-fold predictions of
  all folds are **pooled** and scored once. A fold may hold a single class in its test part
  (most outlets publish only credible or only not-credible articles), so per-fold ROC-AUC is
  often undefined; a fold whose training part has a single class predicts that class's rate.
  The report counts both kinds of fold.
* **(b) cross-corpus**: train on all of corpus A, test on all of corpus B. Pairs that share
  articles (``buzzfeed-webis-2016`` and ``fakenewsnet-buzzfeed`` come from the same BuzzFeed
  fact-check) are skipped, and any test text that also occurs in the training data is dropped
  from the test set (counted in the notes).
* **(c) held out from the default mix**: the default training mix
  (:data:`credscore.defaults.DEFAULT_CORPORA`) against every corpus that is neither in it nor
  overlaps it; **(c')** each corpus of the mix (or sharing articles with it) against the rest
  of the mix, which is the leave-one-corpus-out estimate of how the default recipe does on
  a corpus it has never seen; **(c'')** the held-out corpora of (c) re-typed both ways (all
  quotes straight, all quotes curly: :mod:`credscore.evaluation.retype`), every model on
  the same re-typed texts, which shows how much of a ranking rests on quotes and dashes as
  typed; **(d)** the shipped model file on every corpus its card does not list as training
  data, and **(d')** the same on those texts re-typed both ways.

The same splits serve every model of :func:`credscore.evaluation.models.default_models`; each
is scored by ROC-AUC, PR-AUC (average precision of the credible class, label 1), Brier score
and a reliability table (:mod:`credscore.crossval`). Section **(e)** runs the shipped model on
the behavioural suite. :func:`evaluate` runs them all and returns an :class:`EvaluationReport`
of plain data.
"""

from __future__ import annotations

import math
import os
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

from credscore import __version__
from credscore.crossval import grouped_folds, grouped_oof, metrics, reliability_table
from credscore.defaults import CV_FOLDS, DEFAULT_CORPORA, SEED, SIGNALS_C
from credscore.errors import ModelLoadError
from credscore.evaluation.behaviour import ALL_CASES, SETS, run_suite
from credscore.evaluation.cache import signal_code_hash
from credscore.evaluation.corpora import EvalCorpus, concat, overlaps, retyped_corpus
from credscore.evaluation.models import (
    ModelSpec,
    default_models,
    fit_failure_note,
    fit_predict_many,
    model_inputs,
    suffixed,
)
from credscore.evaluation.retype import RETYPINGS
from credscore.features import feature_frame, take_rows
from credscore.model import head_of, reads_text
from credscore.scorer import Scorer
from credscore.training import library_versions

__all__ = [
    "SECTIONS",
    "EvaluationReport",
    "Result",
    "behaviour_numbers",
    "cross_corpus",
    "evaluate",
    "grouped_cv",
    "held_out",
    "jsonable",
    "shipped_results",
]

#: Sections of an :class:`EvaluationReport`, in the order they are rendered.
SECTIONS: dict[str, str] = {
    "grouped_cv": "(a) grouped cross-validation by outlet (pooled out-of-fold predictions)",
    "cross_corpus": "(b) cross-corpus: train on all of one corpus, test on all of another",
    "held_out": "(c) default training mix -> corpora held out entirely",
    "leave_one_out": "(c') default mix, one corpus left out: train on the rest of the mix "
    "(minus corpora sharing its articles), test on it",
    "retyped": "(c'') default mix -> the same held-out corpora re-typed, every model on the "
    "same texts: [straight] all quotes straight and dashes '--', [curly] all quotes curly and "
    "dashes '\u2014' (credscore.evaluation.retype)",
    "shipped": "(d) the shipped model file on corpora not in its training data",
    "shipped_retyped": "(d') the shipped model on the same texts re-typed, [straight] and "
    "[curly] as in (c'')",
}


@dataclass
class Result:
    """One model scored on one test set.

    Attributes
    ----------
    section : str
        A key of :data:`SECTIONS`.
    model : str
    train : tuple of str
        The corpora trained on (for grouped CV, the corpus cross-validated).
    test : str
        The corpus tested on.
    n, positive_rate, roc_auc, pr_auc, brier
        From :func:`credscore.crossval.metrics`; ROC-AUC and PR-AUC are NaN when the test
        set has one class.
    reliability : list of dict
        :func:`credscore.crossval.reliability_table` (5 equal-width bins).
    notes : list of str
    fold_roc_auc : float
        Grouped CV only: the mean ROC-AUC of the test folds that hold both classes (NaN if
        none does); it is not affected by the pooling, but rests on fewer articles.
    folds_scored : int
        How many folds that mean is over.
    """

    section: str
    model: str
    train: tuple[str, ...]
    test: str
    n: int
    positive_rate: float
    roc_auc: float
    pr_auc: float
    brier: float
    reliability: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    fold_roc_auc: float = float("nan")
    folds_scored: int = 0

    @property
    def key(self) -> str:
        """``train -> test`` (or the corpus for grouped CV)."""
        if self.section == "grouped_cv":
            return "+".join(self.train)
        return f"{'+'.join(self.train)} -> {self.test}"


def _result(
    section: str,
    model: str,
    train: Sequence[str],
    test: str,
    y: np.ndarray,
    p: np.ndarray,
    notes: Sequence[str] = (),
) -> Result:
    m = metrics(y, p)
    return Result(
        section=section,
        model=model,
        train=tuple(train),
        test=test,
        n=int(m["n"]),
        positive_rate=m["positive_rate"],
        roc_auc=m["roc_auc"],
        pr_auc=m["pr_auc"],
        brier=m["brier"],
        reliability=reliability_table(y, p),
        notes=list(notes),
    )


def grouped_cv(
    corpus: EvalCorpus, models: Sequence[ModelSpec], n_splits: int = CV_FOLDS
) -> list[Result]:
    """Grouped-by-outlet cross-validation of every model on the same folds, pooled.

    Parameters
    ----------
    corpus : EvalCorpus
    models : sequence of ModelSpec
    n_splits : int, default :data:`credscore.defaults.CV_FOLDS`
        At most the number of groups.

    Returns
    -------
    list of Result
        One per model (section ``"grouped_cv"``); empty if the corpus has fewer than two
        groups or no test fold holds both classes (the label is the outlet's, as in
        ``polnear``: the pooled ROC-AUC would only compare the folds' training rates).

    Notes
    -----
    ``GroupKFold`` (deterministic, no shuffling) keeps every outlet on one side of each
    split. The out-of-fold predictions of all folds are pooled and scored together: a
    test fold often holds one class only, so per-fold ROC-AUC is often undefined, and
    pooling compares predictions made by different fold models. A fold whose training
    part has one class predicts that class's rate. The loop is
    :func:`credscore.crossval.grouped_oof`, the one training's card uses, run for every
    model on the same folds.
    """
    n_groups = len(np.unique(corpus.groups))
    if n_groups < 2 or len(np.unique(corpus.y)) < 2:
        return []
    k = min(n_splits, n_groups)
    folds = grouped_folds(corpus.X, corpus.y, corpus.groups, k)
    one_class_test = sum(len(np.unique(corpus.y[te])) < 2 for _, te in folds)
    if one_class_test == k:
        return []  # every test fold holds one class: the pooled AUC would only rank folds
    one_class_train = sum(len(np.unique(corpus.y[tr])) < 2 for tr, _ in folds)
    base = [f"{k} folds by outlet ({n_groups} groups), out-of-fold predictions pooled"]
    if corpus.info.get("rows_without_group"):
        base.append(
            f"{corpus.info['rows_without_group']} articles have no outlet and are each their own "
            "group: their folds are not grouped"
        )
    if one_class_test:
        base.append(f"{one_class_test} of {k} test folds hold one class only")
    if one_class_train:
        base.append(f"{one_class_train} of {k} training folds hold one class (rate predicted)")
    results = []
    for spec in models:
        notes = list(base)
        oof = grouped_oof(
            model_inputs(spec, corpus),
            corpus.y,
            corpus.groups,
            spec.make,
            folds=folds,
            on_error=fit_failure_note(spec, notes),
        )
        fold_aucs = [
            float(roc_auc_score(corpus.y[te], oof[te]))
            for _, te in folds
            if len(np.unique(corpus.y[te])) == 2
        ]
        parts = corpus.info.get("parts", [corpus.name])
        r = _result("grouped_cv", spec.name, parts, corpus.name, corpus.y, oof, notes)
        r.fold_roc_auc = float(np.mean(fold_aucs)) if fold_aucs else float("nan")
        r.folds_scored = len(fold_aucs)
        results.append(r)
    return results


def held_out(
    train: Sequence[EvalCorpus],
    tests: EvalCorpus | Sequence[EvalCorpus],
    models: Sequence[ModelSpec],
    section: str = "held_out",
) -> list[Result]:
    """Train every model once on ``train`` (all rows) and score it on each test corpus.

    Test texts that also occur in the training data (case and white space ignored) are
    dropped from that test set and counted in the notes.

    Parameters
    ----------
    train : sequence of EvalCorpus
        Concatenated; their outlets are kept apart by prefixing the corpus name.
    tests : EvalCorpus or sequence of EvalCorpus
    models : sequence of ModelSpec
    section : str
        The :data:`SECTIONS` key the results are filed under.

    Returns
    -------
    list of Result
        For each test corpus, one per model.

    Raises
    ------
    ValueError
        If a training corpus overlaps a test corpus (:func:`overlaps`).
    """
    tests = [tests] if isinstance(tests, EvalCorpus) else list(tests)
    for c in train:
        for t in tests:
            if overlaps(c.name, t.name):
                raise ValueError(f"{c.name} and {t.name} share articles; not a held-out test")
    tr = concat(list(train))
    seen = set().union(*(c.normalized for c in train))
    keeps = [np.asarray([x not in seen for x in t.normalized], dtype=bool) for t in tests]
    names = [c.name for c in train]
    results = []
    for spec in models:
        notes: list[str] = []
        preds = fit_predict_many(
            spec,
            model_inputs(spec, tr),
            tr.y,
            [take_rows(model_inputs(spec, t), k) for t, k in zip(tests, keeps, strict=True)],
            notes,
        )
        for t, keep, p in zip(tests, keeps, preds, strict=True):
            extra = list(notes)
            if not keep.all():
                extra.insert(
                    0, f"{int((~keep).sum())} test texts also in the training data dropped"
                )
            results.append(_result(section, spec.name, names, t.name, t.y[keep], p, extra))
    return results


def cross_corpus(
    corpora: Mapping[str, EvalCorpus], models: Sequence[ModelSpec]
) -> tuple[list[Result], list[str]]:
    """Every ordered pair (A, B) of different corpora: train on all of A, test on all of B.

    Each model is fit once per training corpus.

    Returns
    -------
    results : list of Result
        Section ``"cross_corpus"``.
    skipped : list of str
        The pairs left out and why (overlapping corpora, a single class).
    """
    results: list[Result] = []
    skipped: list[str] = []
    for a, ca in corpora.items():
        tests = []
        for b, cb in corpora.items():
            if a == b:
                continue
            if overlaps(a, b):
                skipped.append(f"{a} -> {b}: the corpora share articles")
            elif len(np.unique(ca.y)) < 2:
                skipped.append(f"{a} -> {b}: {a} has one class only")
            else:
                tests.append(cb)
        if tests:
            results += held_out([ca], tests, models, section="cross_corpus")
    return results, skipped


def shipped_results(
    corpora: Mapping[str, EvalCorpus], model_path: str | os.PathLike[str] | None
) -> tuple[list[Result], list[str]]:
    """Sections (d) and (d'): the saved model on every corpus not in its card's training data.

    Parameters
    ----------
    corpora : mapping of str to EvalCorpus
    model_path : path-like, optional
        The model file (default: the shipped model).

    Returns
    -------
    results : list of Result
        Section ``"shipped"``, and ``"shipped_retyped"``: the whole model, featurization
        included, on the texts re-typed both ways.
    notes : list of str
        The corpora left out (in or overlapping its training data), or why the model could
        not be loaded.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            scorer = Scorer.load(None if model_path is None else Path(model_path))
    except ModelLoadError as exc:
        return [], [f"shipped model not evaluated: {exc}"]
    trained_on = list(scorer.card.get("training_data", {}).get("corpora", []))
    head = head_of(scorer.model)
    results, notes = [], []
    for name, c in corpora.items():
        if any(overlaps(name, t) for t in trained_on):
            notes.append(f"shipped model not tested on {name}: in or overlapping its training data")
            continue
        inputs = feature_frame(c.X, c.texts) if reads_text(scorer.model) else c.X
        p = head.predict_proba(inputs)[:, 1]
        results.append(_result("shipped", scorer.name, trained_on or ["?"], name, c.y, p))
        # (d'): the whole model, featurization included, on the texts whose typography
        # changes when re-typed; the others keep their score
        for style, retype in RETYPINGS.items():
            again, texts = p.copy(), [retype(t) for t in c.texts]
            changed = [i for i, (a, b) in enumerate(zip(c.texts, texts, strict=True)) if a != b]
            if changed:
                again[changed] = scorer.model.predict_proba([texts[i] for i in changed])[:, 1]
            model = f"{scorer.name} [{style}]"
            results.append(_result("shipped_retyped", model, trained_on or ["?"], name, c.y, again))
    return results, notes


def behaviour_numbers(model_path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Section (e): a saved model on the behavioural suite, both sets, without failures' text.

    Returns ``{}`` when the model cannot be loaded.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            scorer = Scorer.load(None if model_path is None else Path(model_path))
    except ModelLoadError:
        return {}
    out: dict[str, Any] = {"model": scorer.name}
    for name, cases in (*SETS.items(), ("all", ALL_CASES)):
        d: dict[str, Any] = run_suite(
            lambda t: scorer.score(t, explain=False).score, cases
        ).to_dict()
        d["n_failures"] = len(d.pop("failures"))
        d.pop("base_scores", None)
        out[name] = d
    return out


@dataclass
class EvaluationReport:
    """Everything :func:`evaluate` measured, as plain data.

    Attributes
    ----------
    corpora : dict
        Name -> size, base rate, groups, featurization time, cache use.
    models : dict
        Name -> description.
    results : list of Result
    skipped : list of str
    notes : list of str
    settings : dict
        The credscore settings, the default mix, the feature-cache key, versions.
    seconds : float
        Wall time.
    behaviour : dict
        Section (e): the shipped model on the behavioural suite
        (:mod:`credscore.evaluation.behaviour`): the ``development``, ``held_out``,
        ``fresh``, ``blind`` and ``final`` sets and ``all`` five together.
    """

    corpora: dict[str, dict[str, Any]]
    models: dict[str, str]
    results: list[Result]
    skipped: list[str]
    notes: list[str]
    settings: dict[str, Any]
    seconds: float = 0.0
    behaviour: dict[str, Any] = field(default_factory=dict)

    def select(self, section: str, model: str | None = None) -> list[Result]:
        """The results of one section (and model)."""
        return [
            r for r in self.results if r.section == section and (model is None or r.model == model)
        ]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (NaN written as ``null``)."""
        return jsonable(asdict(self))

    def summary(self) -> dict[str, Any]:
        """Compact numbers for a model card: per section, per model, per split."""
        out: dict[str, Any] = {}
        for section in SECTIONS:
            rows = self.select(section)
            if not rows:
                continue
            table: dict[str, dict[str, Any]] = {}
            for r in rows:
                table.setdefault(r.key, {"n": r.n, "positive_rate": round(r.positive_rate, 3)})
                table[r.key][r.model] = {
                    "roc_auc": _round(r.roc_auc),
                    "pr_auc": _round(r.pr_auc),
                    "brier": _round(r.brier),
                }
                if section == "grouped_cv":
                    table[r.key][r.model]["within_fold_roc_auc"] = _round(r.fold_roc_auc)
            out[section] = table
        return out


def _round(x: float, nd: int = 3) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(x, nd)


def jsonable(obj: Any) -> Any:
    """``obj`` with dict keys as strings, tuples as lists, NumPy numbers as Python ones, NaN
    as None: ready for ``json.dumps(..., allow_nan=False)``."""
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, (np.floating, float)):
        return None if math.isnan(float(obj)) else float(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    return obj


def evaluate(
    corpora: Mapping[str, EvalCorpus],
    mix: Sequence[str] | None = None,
    models: Sequence[ModelSpec] | None = None,
    model_path: str | os.PathLike[str] | None = None,
    shipped: bool = True,
    progress: Callable[[str], None] | None = None,
    retype: bool = True,
) -> EvaluationReport:
    """Run sections (a)-(d') (see the module docstring) on featurized corpora.

    Parameters
    ----------
    corpora : mapping of str to EvalCorpus
    mix : sequence of str, optional
        The training mix for sections (a, pooled) and (c); defaults to the corpora of
        :data:`credscore.defaults.DEFAULT_CORPORA` that are loaded.
    models : sequence of ModelSpec, optional
        Defaults to :func:`default_models`.
    model_path : path-like, optional
        The saved model for sections (d) and (d') (default: the shipped model).
    shipped : bool, default True
        Whether to run sections (d) and (d').
    progress : callable, optional
        Called with short progress messages.
    retype : bool, default True
        Whether to run section (c''): the held-out corpora re-typed both ways.

    Returns
    -------
    EvaluationReport
    """
    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    models = list(models) if models is not None else default_models()
    if mix is None:
        mix = [c for c in DEFAULT_CORPORA if c in corpora]
    missing = [c for c in mix if c not in corpora]
    if missing:
        raise ValueError(f"mix corpus(es) {missing} not loaded")
    results: list[Result] = []
    notes = [
        "ROC-AUC and PR-AUC are of the credible class (label 1); PR-AUC is average precision.",
        "Grouped CV pools the out-of-fold predictions of all folds (many test folds hold one "
        "class, so per-fold AUC is undefined); a training fold with one class predicts its rate.",
        "The majority baseline predicts the training base rate: ROC-AUC 0.5 and PR-AUC = the "
        "base rate on a held-out corpus. In pooled grouped CV it falls below 0.5: each fold "
        "predicts its own training rate, which is lowest when the test fold holds the outlets "
        "with mostly credible articles. Every model's pooled number carries that fold-to-fold "
        "shift; (a') shows the within-fold mean, which does not.",
    ]
    for name, c in corpora.items():
        say(f"grouped CV: {name}")
        rows = grouped_cv(c, models)
        if not rows:
            notes.append(
                f"{name}: no grouped CV: fewer than two outlets, one class, or no test fold "
                "with both classes (the label is constant within each outlet)"
            )
        results += rows
    if len(mix) > 1:
        say(f"grouped CV: default mix {'+'.join(mix)}")
        results += grouped_cv(concat([corpora[c] for c in mix]), models)
    say("cross-corpus")
    cc, skipped = cross_corpus(corpora, models)
    results += cc
    tests = [c for n, c in corpora.items() if not any(overlaps(n, m) for m in mix)]
    if mix and tests:
        say(f"default mix -> {', '.join(t.name for t in tests)}")
        results += held_out([corpora[m] for m in mix], tests, models)
        if retype:
            for style in RETYPINGS:
                say(f"default mix -> the same, re-typed {style}")
                again = [retyped_corpus(t, style) for t in tests]
                results += held_out(
                    [corpora[m] for m in mix], again, suffixed(models, style), section="retyped"
                )
    for name, c in corpora.items():
        rest = [m for m in mix if not overlaps(m, name)]
        if len(rest) == len(mix) or not rest:
            continue  # not in the mix (section c), or nothing left to train on
        if len(np.unique(np.concatenate([corpora[m].y for m in rest]))) < 2:
            continue
        say(f"default mix without {name} -> {name}")
        results += held_out([corpora[m] for m in rest], c, models, section="leave_one_out")
    behaviour: dict[str, Any] = {}
    if shipped:
        say("shipped model")
        rows, ship_notes = shipped_results(corpora, model_path)
        results += rows
        notes += ship_notes
        say("shipped model on the behavioural suite")
        behaviour = behaviour_numbers(model_path)
    settings = {
        "credscore_C": SIGNALS_C,
        "default_mix": list(mix),
        "feature_cache_key": f"{__version__}-{signal_code_hash()}",
        "seed": SEED,
        "versions": library_versions(),
    }
    return EvaluationReport(
        corpora={n: dict(c.info) for n, c in corpora.items()},
        models={m.name: m.description for m in models},
        results=results,
        skipped=skipped,
        notes=notes,
        settings=settings,
        seconds=round(time.perf_counter() - t0, 1),
        behaviour=behaviour,
    )
