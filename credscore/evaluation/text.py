"""The evaluation report as text: what ``credscore evaluate`` prints.

:func:`render_text` lays an :class:`~credscore.evaluation.protocol.EvaluationReport` out as
tables (one per section, the within-fold means of grouped CV, the behavioural suite),
cross-corpus ROC-AUC matrices and reliability tables. It only formats: every number comes from
the report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from credscore.evaluation.behaviour import SETS
from credscore.evaluation.protocol import SECTIONS, EvaluationReport, Result

__all__ = ["fmt", "render_text"]


def fmt(x: float | None) -> str:
    """A number to three decimals, or ``"  -  "`` for a missing one (None or NaN)."""
    return "  -  " if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


_SHORT = {
    "buzzfeed-webis-2016": "bf-webis",
    "fakenewsnet-buzzfeed": "fnn-buzzfeed",
    "fakenewsnet-politifact": "fnn-politifact",
    "perez-rosas-fakenewsamt": "pr-fakenewsamt",
    "perez-rosas-celebrity": "pr-celebrity",
}


def _label(r: Result, mix: Sequence[str]) -> str:
    """A row label: the training corpora (shortened when several) and the test corpus."""
    if len(r.train) == 1:
        train = r.train[0]
    elif list(r.train) == list(mix):
        train = "default mix"
    else:
        train = "+".join(_SHORT.get(t, t) for t in r.train)
    return train if r.section == "grouped_cv" else f"{train} -> {r.test}"


def _section_table(report: EvaluationReport, section: str) -> list[str]:
    rows = report.select(section)
    if not rows:
        return []
    mix = report.settings.get("default_mix") or []
    models = [m for m in report.models if any(r.model == m for r in rows)]
    if section in ("shipped", "shipped_retyped", "retyped"):
        models = list(dict.fromkeys(r.model for r in rows))
    by_key: dict[str, dict[str, Result]] = {}
    for r in rows:
        by_key.setdefault(_label(r, mix), {})[r.model] = r
    width = max(len(k) for k in by_key) + 1
    head1 = f"{'':<{width}} {'n':>5} {'pos':>5} " + " ".join(f"{m:^17}" for m in models)
    head2 = f"{'':<{width}} {'':>5} {'':>5} " + " ".join(
        f"{'ROC':>5} {'PR':>5} {'Brier':>5}" for _ in models
    )
    lines = [SECTIONS[section], "", head1, head2]
    for key, per in by_key.items():
        any_r = next(iter(per.values()))
        aucs = [per[m].roc_auc for m in models if m in per and not math.isnan(per[m].roc_auc)]
        best = max(aucs) if aucs else None
        cells = []
        for m in models:
            got = per.get(m)
            if got is None:
                cells.append(f"{'':17}")
                continue
            mark = "*" if best is not None and got.roc_auc == best and len(models) > 1 else " "
            cells.append(f"{fmt(got.roc_auc)}{mark}{fmt(got.pr_auc)} {fmt(got.brier)}")
        lines.append(f"{key:<{width}} {any_r.n:>5} {any_r.positive_rate:>5.2f} " + " ".join(cells))
    lines.append("")
    seen: set[str] = set()
    for r in rows:
        for n in r.notes:
            line = f"  note ({_label(r, mix)}): {n}"
            # a note shared by every model of a split is shown once (model notes name the model)
            if line not in seen:
                seen.add(line)
                lines.append(line)
    if lines[-1]:
        lines.append("")
    return lines


def _fold_table(report: EvaluationReport) -> list[str]:
    rows = report.select("grouped_cv")
    if not rows:
        return []
    mix = report.settings.get("default_mix") or []
    models = [m for m in report.models if any(r.model == m for r in rows)]
    by_key: dict[str, dict[str, Result]] = {}
    for r in rows:
        by_key.setdefault(_label(r, mix), {})[r.model] = r
    width = max(len(k) for k in by_key) + 1
    lines = [
        "(a') grouped CV, mean ROC-AUC of the test folds that hold both classes "
        "(not pooled; folds scored in brackets)",
        "",
        f"{'':<{width}} " + " ".join(f"{m:>13}" for m in models),
    ]
    for key, per in by_key.items():
        cells = []
        for m in models:
            got = per.get(m)
            cells.append(
                f"{fmt(got.fold_roc_auc)} ({got.folds_scored})".rjust(13) if got else " " * 13
            )
        lines.append(f"{key:<{width}} " + " ".join(cells))
    return [*lines, ""]


def _matrix(report: EvaluationReport, model: str) -> list[str]:
    rows = report.select("cross_corpus", model)
    if not rows:
        return []
    names = list(report.corpora)
    cell = {(r.train[0], r.test): r.roc_auc for r in rows}
    short = {n: _SHORT.get(n, n) for n in names}
    w = max(len(s) for s in short.values()) + 1
    cw = max(11, *(len(s) + 1 for s in short.values()))
    lines = [f"ROC-AUC, {model}: rows train, columns test", ""]
    lines.append(f"{'':<{w}}" + "".join(f"{short[n]:>{cw}}" for n in names))
    for a in names:
        vals = []
        for b in names:
            if a == b:
                vals.append(f"{'.':>{cw}}")
            elif (a, b) in cell:
                vals.append(f"{fmt(cell[(a, b)]):>{cw}}")
            else:
                vals.append(f"{'x':>{cw}}")
        lines.append(f"{short[a]:<{w}}" + "".join(vals))
    return [*lines, ""]


def _reliability_lines(r: Result, mix: Sequence[str] = ()) -> list[str]:
    where = _label(r, mix)
    lines = [f"reliability, {r.model}, {where} (mean predicted vs observed credible rate)"]
    lines.append(f"  {'bin':<9} {'n':>5} {'predicted':>9} {'observed':>9}")
    for b in r.reliability:
        lines.append(
            f"  {b['bin']:<9} {b['n']:>5} {fmt(b['mean_predicted']):>9} "
            f"{fmt(b['observed_rate']):>9}"
        )
    return lines


def _behaviour_lines(report: EvaluationReport) -> list[str]:
    b = report.behaviour
    if not b:
        return []
    lines = [
        f"(e) the shipped model ({b['model']}) on the behavioural suite: directional variants "
        "moved the expected way by >= 1 point, cosmetic ones by <= 2 points, mean score of "
        "well- minus weakly sourced bases (bars 0.90, 0.95, 30)",
        "",
        f"{'set':<12} {'bases':>5} {'directional':>12} {'cosmetic':>9} {'well':>6} {'weak':>6} "
        f"{'gap':>6}",
    ]
    for name in (*SETS, "all"):
        d = b.get(name)
        if not d:
            continue
        lines.append(
            f"{name:<12} {d['n_bases']:>5} {d['directional_pass_rate']:>12.3f} "
            f"{d['cosmetic_pass_rate']:>9.3f} {d['mean_well']:>6.1f} {d['mean_weak']:>6.1f} "
            f"{d['well_minus_weak']:>+6.1f}"
        )
    return [*lines, ""]


def render_text(report: EvaluationReport) -> str:
    """A readable report: corpora, the three (or four) tables, ROC-AUC matrices, reliability."""
    out = ["credscore evaluation", ""]
    out.append("models:")
    out += [f"  {name:<10} {desc}" for name, desc in report.models.items()]
    out.append("")
    out.append("corpora:")
    for name, info in report.corpora.items():
        out.append(
            f"  {name:<26} n={info['n']:<5} credible={info['n_credible']:<5} "
            f"groups={info['n_groups']:<4} features: {info.get('feature_cache', '?')}"
        )
    out.append("")
    mix = report.settings.get("default_mix") or []
    if mix:
        out.append(
            f"default mix: {' + '.join(mix)} (credscore C={report.settings['credscore_C']:g})"
        )
        out.append("")
    out.append(
        "Columns per model: ROC-AUC, PR-AUC (credible class), Brier; * marks the best ROC-AUC "
        "of the row. pos = share of credible articles in the test set."
    )
    out.append("")
    for section in SECTIONS:
        out += _section_table(report, section)
        if section == "grouped_cv":
            out += _fold_table(report)
    out += _behaviour_lines(report)
    if report.skipped:
        out.append("skipped cross-corpus pairs:")
        out += [f"  {s}" for s in report.skipped]
        out.append("")
    for model in report.models:
        if model != "majority":
            out += _matrix(report, model)
    default = [r for r in report.results if r.model == "credscore"]
    mix = report.settings.get("default_mix") or []
    pick = [r for r in default if r.section == "grouped_cv" and r.train == tuple(mix)]
    pick += [r for r in default if r.section in ("held_out", "leave_one_out")]
    for r in pick:
        out += [*_reliability_lines(r, mix), ""]
    out.append("notes:")
    out += [f"  {n}" for n in report.notes]
    out.append(
        f"  feature cache key {report.settings['feature_cache_key']}; "
        f"evaluation took {report.seconds:.1f} s"
    )
    return "\n".join(out) + "\n"
