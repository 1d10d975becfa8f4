"""Measure the signal extractors against annotated corpora.

Two measurements, each against an outside annotation:

* **Sources** on PolNeAR (Newell et al. 2018): do the source signals (``named_source``,
  ``anonymous_source``, ``organization_source``, ``media_source``, ``expert_source``) land
  on the Source spans of reporting-verb attributions? Span overlap P/R/F1; bar: dev
  F1 >= 0.75. See :mod:`credscore.evaluation._polnear` for the exact definitions.
* **Uncertainty** on CoNLL-2010 task 1 Wikipedia sentences (Farkas et al. 2010): does a
  ``hedge``, ``weasel`` or ``anonymous_source`` evidence fire in the sentences labelled
  uncertain? Sentence-level P/R/F1; bars: F1 >= 0.60 and precision >= 0.60 (the issue's
  bars for the held-back test split; here measured on train, the only split tuned on).
  See :mod:`credscore.evaluation._conll`.

A deliberately naive regex extractor, :func:`baseline_extract`, is scored alongside so a
reader can see the scale of the numbers.

What limits the CoNLL-2010 score (measured on the train split, 7,363 sentences): the
Wikipedia "uncertain" label is mostly about weasel words, and the ``weasel`` signal finds
them ("some people say", "it is widely believed", "many species", at a sentence precision
of about 0.69); with ``hedge`` and ``anonymous_source`` the union reaches P 0.52, R 0.55,
F1 0.53 on train. The precision of the union is held down by ``hedge``, which follows the
news definitions: an epistemic "may" is a hedge in news ("the bridge may close"), but in
Wikipedia's generic sentences "may" mostly states a possibility the annotators label
certain ("Serotonin syndrome may result from ..."): "may" fires in about 550 train
sentences of which only one in four is uncertain. Dropping "may" except its clearly
epistemic forms ("may have been", "may well") would raise precision to about 0.59 at
recall 0.59 on train, at the cost of the news hedges; that choice is left to the model's
owners.

The corpora are not part of the project. They are read from ``data_dir``: the argument,
else the ``CREDSCORE_DATA`` environment variable, else ``../shared/datasets`` relative
to the working directory, else relative to the repository root.

Run ``python -m credscore.evaluation.signals [--data-dir D] [--errors N]``.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from credscore._evidence import Evidence
from credscore.data import DATA_ENV_VAR, default_data_dir
from credscore.errors import CredscoreError
from credscore.evaluation import _conll, _polnear

__all__ = [
    "CONLL_F1_BAR",
    "CONLL_PRECISION_BAR",
    "POLNEAR_DEV_F1_BAR",
    "DataDirNotFoundError",
    "baseline_extract",
    "conll_train_csv",
    "error_examples",
    "evaluate_conll",
    "evaluate_polnear",
    "main",
    "render_report",
    "resolve_data_dir",
    "run",
]

Extractor = Callable[[str], list[Evidence]]

#: Bar for the source extractors: F1 on the PolNeAR dev split.
POLNEAR_DEV_F1_BAR = 0.75
#: Bars for the uncertainty signals: sentence-level F1 and precision on CoNLL-2010 Wikipedia
#: (the issue's bars for the held-back test split; reported on train).
CONLL_F1_BAR = 0.60
CONLL_PRECISION_BAR = 0.60

ENV_VAR = DATA_ENV_VAR
_POLNEAR_SUBDIR = Path("polnear") / "data"
_CONLL_CSV = Path("conll2010-wiki-weasel") / "liew-crypto-uncertainty" / "train.csv"


class DataDirNotFoundError(CredscoreError, FileNotFoundError):
    """The corpora folder (or a corpus inside it) could not be found."""


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Find the folder holding the corpora.

    Parameters
    ----------
    data_dir : path-like, optional
        Explicit folder. When omitted: ``$CREDSCORE_DATA``, else ``../shared/datasets``
        relative to the working directory if it exists, else relative to the repository
        root (the parent of the ``credscore`` package folder).

    Returns
    -------
    Path
        The resolved folder.

    Raises
    ------
    DataDirNotFoundError
        If the chosen folder does not exist; the message lists what was tried.
    """
    if data_dir is not None:
        how, path = "data_dir argument", Path(data_dir)
    else:
        # The same look-up as the corpus loaders: $CREDSCORE_DATA, then ../shared/datasets.
        found = default_data_dir()
        how = f"${ENV_VAR}" if os.environ.get(ENV_VAR, "").strip() else "../shared/datasets"
        path = found if found is not None else Path("..") / "shared" / "datasets"
    if path.is_dir():
        return path.resolve()
    raise DataDirNotFoundError(
        f"corpora folder not found ({how}: {path}). Pass data_dir / --data-dir or set "
        f"${ENV_VAR} to the folder holding polnear/ and conll2010-wiki-weasel/."
    )


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        raise DataDirNotFoundError(f"{what} not found at {path}")
    return path


def conll_train_csv(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The CoNLL-2010 Wikipedia train CSV inside the corpora folder.

    Parameters
    ----------
    data_dir : path-like, optional
        The corpora folder; see :func:`resolve_data_dir`.

    Returns
    -------
    Path

    Raises
    ------
    DataDirNotFoundError
        If the corpora folder or the CSV inside it is missing.
    """
    return _require(resolve_data_dir(data_dir) / _CONLL_CSV, "CoNLL-2010 Wikipedia train.csv")


@functools.lru_cache(maxsize=8)
def _polnear_articles(polnear_dir: str, split: str) -> tuple[_polnear.PolnearArticle, ...]:
    return tuple(_polnear.load_split(Path(polnear_dir), split))


@functools.lru_cache(maxsize=4)
def _conll_sentences(csv_path: str) -> tuple[_conll.Sentence, ...]:
    return tuple(_conll.load_sentences(Path(csv_path)))


def _articles(split: str, data_dir: str | os.PathLike[str] | None) -> Sequence:
    polnear_dir = _require(resolve_data_dir(data_dir) / _POLNEAR_SUBDIR, "PolNeAR data")
    return _polnear_articles(str(polnear_dir), split)


def _default_extract() -> Extractor:
    from credscore import extract  # imported lazily: the harness must not need it

    return extract


def evaluate_polnear(
    split: str,
    data_dir: str | os.PathLike[str] | None = None,
    extract: Extractor | None = None,
) -> dict:
    """Score source evidence against the Source spans of a PolNeAR split.

    Parameters
    ----------
    split : {"train", "dev"}
        The split (the test split is held back and not in the data folder).
    data_dir : path-like, optional
        The corpora folder; see :func:`resolve_data_dir`.
    extract : callable, optional
        ``extract(text) -> list[Evidence]``; defaults to :func:`credscore.extract`.

    Returns
    -------
    dict
        ``split``, ``seconds`` (scoring time, data loading excluded) and everything
        :func:`credscore.evaluation._polnear.score_articles` returns: ``precision``,
        ``recall``, ``f1``, ``n_gold``, ``n_predictions``, ``per_signal``,
        ``offset_mismatches``, ...

    Raises
    ------
    DataDirNotFoundError
        If the corpora folder or PolNeAR inside it is missing.
    """
    articles = _articles(split, data_dir)
    extract = extract if extract is not None else _default_extract()
    t0 = time.perf_counter()
    result = _polnear.score_articles(articles, extract)
    return {"split": split, **result, "seconds": time.perf_counter() - t0}


def evaluate_conll(
    data_dir: str | os.PathLike[str] | None = None,
    extract: Extractor | None = None,
    limit: int | None = None,
    seed: int = 0,
) -> dict:
    """Score sentence-level uncertainty on CoNLL-2010 Wikipedia (train split).

    Parameters
    ----------
    data_dir : path-like, optional
        The corpora folder; see :func:`resolve_data_dir`.
    extract : callable, optional
        ``extract(text) -> list[Evidence]``; defaults to :func:`credscore.extract`.
    limit : int, optional
        Score a random sample of this many sentences (the file is sorted by label,
        so a sample, not the first rows); all sentences when omitted.
    seed : int, default 0
        Seed of the sample.

    Returns
    -------
    dict
        ``precision``, ``recall``, ``f1``, ``accuracy``, the confusion counts, ``per_signal``,
        ``n_total`` (sentences in the file), ``sampled``, ``seconds`` (scoring time).

    Raises
    ------
    DataDirNotFoundError
        If the corpora folder or the CoNLL-2010 CSV inside it is missing.
    """
    sentences = _conll_sentences(str(conll_train_csv(data_dir)))
    chosen = _conll.sample_sentences(sentences, limit, seed)
    extract = extract if extract is not None else _default_extract()
    t0 = time.perf_counter()
    result = _conll.score_sentences(chosen, extract)
    return {
        **result,
        "n_total": len(sentences),
        "sampled": len(chosen) < len(sentences),
        "seconds": time.perf_counter() - t0,
    }


def error_examples(
    split: str = "dev",
    data_dir: str | os.PathLike[str] | None = None,
    extract: Extractor | None = None,
    n: int | None = 10,
    width: int = 80,
    seed: int = 0,
) -> dict[str, list[dict]]:
    """List PolNeAR errors for development: missed gold spans and false positives.

    Parameters
    ----------
    split : {"train", "dev"}, default "dev"
        The split.
    data_dir : path-like, optional
        The corpora folder; see :func:`resolve_data_dir`.
    extract : callable, optional
        ``extract(text) -> list[Evidence]``; defaults to :func:`credscore.extract`.
    n : int or None, default 10
        How many of each kind, drawn at random across the split (so they do not all
        come from the first articles); ``None`` for all of them.
    width : int, default 80
        Characters of context either side of the span.
    seed : int, default 0
        Seed of the draw.

    Returns
    -------
    dict
        ``"missed"`` and ``"false_positive"``: lists of dicts with ``article``,
        ``start``, ``end``, ``span``, ``context`` (span marked ``[[...]]``) and, for
        false positives, ``signal``.
    """
    articles = _articles(split, data_dir)
    extract = extract if extract is not None else _default_extract()
    errors = _polnear.find_errors(articles, extract, width=width)
    if n is None:
        return errors
    rng = random.Random(seed)
    out = {}
    for kind, items in errors.items():
        keep = sorted(rng.sample(range(len(items)), min(n, len(items))))
        out[kind] = [items[i] for i in keep]
    return out


# --- baseline -------------------------------------------------------------------------

# a capitalised word, or a short capitalised abbreviation with its period ("Mr.", "Sen.")
_CAP = r"(?:[A-Z][a-z]{0,3}\.|[A-Z][\w\u2019'-]*)"
_BASELINE_SAID = re.compile(rf"\b({_CAP}(?:\s+{_CAP})*)\s+(?:said|says)\b")
_BASELINE_ACCORDING = re.compile(rf"\baccording\s+to\s+((?:the\s+)?{_CAP}(?:\s+{_CAP})*)")
#: A small, classic hedge list (modal verbs and epistemic adverbs).
BASELINE_HEDGES: tuple[str, ...] = (
    "may", "might", "could", "possibly", "perhaps", "probably", "likely",
    "appears", "seems", "suggests",
)  # fmt: skip
_BASELINE_HEDGE = re.compile(r"\b(?:" + "|".join(BASELINE_HEDGES) + r")\b", re.IGNORECASE)


def baseline_extract(text: str) -> list[Evidence]:
    """Find sources and hedges with naive regular expressions, as a reference point.

    Finds capitalised words right before "said"/"says" and capitalised words after
    "according to" (as ``named_source``), and the words of :data:`BASELINE_HEDGES`
    (as ``hedge``). No parsing, no lexicons, no pronouns.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    list of Evidence
        Evidence in document order.

    Examples
    --------
    >>> [e.text for e in baseline_extract("Mayor Ann Lee said the dam may fail.")]
    ['Mayor Ann Lee', 'may']
    """
    found = []
    for pattern, signal in (
        (_BASELINE_SAID, "named_source"),
        (_BASELINE_ACCORDING, "named_source"),
        (_BASELINE_HEDGE, "hedge"),
    ):
        for m in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            start, end = m.span(group)
            found.append(Evidence(signal, start, end, text[start:end]))
    return sorted(found, key=lambda ev: (ev.start, ev.end))


# --- report ---------------------------------------------------------------------------


def _bar(value: float, bar: float | None) -> str:
    if bar is None:
        return ""
    return f">={bar:.2f} {'PASS' if value >= bar else 'FAIL'}"


def render_report(results: dict) -> str:
    """Render the results of :func:`run` as a plain-text table.

    Parameters
    ----------
    results : dict
        As returned by :func:`run`.

    Returns
    -------
    str
        The report.
    """
    lines = [f"credscore signal evaluation  (data: {results['data_dir']})", ""]
    lines.append(
        "Sources - PolNeAR: Source spans of reporting-word attributions; "
        "a prediction is correct when it overlaps any Source span"
    )
    head = (
        f"{'extractor':<10} {'split':<6} {'articles':>8} {'gold':>6} {'found':>6} "
        f"{'pred':>6} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6}  {'bar':<12} {'time':>7}"
    )
    lines += [head, "-" * len(head)]
    for name, runs in results["polnear"].items():
        for r in runs:
            bar = POLNEAR_DEV_F1_BAR if (r["split"] == "dev" and name != "baseline") else None
            ref = "(reference)" if name == "baseline" else ""
            lines.append(
                f"{name:<10} {r['split']:<6} {r['n_articles']:>8} {r['n_gold']:>6} "
                f"{r['n_gold_found']:>6} {r['n_predictions']:>6} {r['n_correct']:>7} "
                f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}  "
                f"{_bar(r['f1'], bar) or ref:<12} {r['seconds']:>6.1f}s"
            )
    lines += [
        "",
        "Uncertainty - CoNLL-2010 Wikipedia train: sentence uncertain when a "
        "hedge, weasel or anonymous_source evidence falls in it",
    ]
    head = (
        f"{'extractor':<10} {'sentences':>9} {'uncert.':>7} {'pred':>6} {'tp':>6} {'fp':>6} "
        f"{'fn':>6} {'P':>6} {'R':>6} {'F1':>6}  {'bar':<12} {'time':>7}"
    )
    lines += [head, "-" * len(head)]
    for name, r in results["conll"].items():
        ref = "(reference)" if name == "baseline" else ""
        verdict = ref
        if name != "baseline":
            ok = r["f1"] >= CONLL_F1_BAR and r["precision"] >= CONLL_PRECISION_BAR
            verdict = f"F1,P>={CONLL_F1_BAR:.2f} {'PASS' if ok else 'FAIL'}"
        lines.append(
            f"{name:<10} {r['n']:>9} {r['n_uncertain']:>7} {r['n_predicted']:>6} {r['tp']:>6} "
            f"{r['fp']:>6} {r['fn']:>6} {r['precision']:>6.3f} {r['recall']:>6.3f} "
            f"{r['f1']:>6.3f}  {verdict:<12} {r['seconds']:>6.1f}s"
        )
    lines += ["", "Per signal (predictions, precision)"]
    for name, runs in results["polnear"].items():
        for r in runs:
            cells = [f"{s} {v['n']} ({v['precision']:.3f})" for s, v in r["per_signal"].items()]
            lines.append(f"  {name:<10} PolNeAR {r['split']:<5}: " + (", ".join(cells) or "none"))
    for name, r in results["conll"].items():
        cells = [f"{s} {v['n']} ({v['precision']:.3f})" for s, v in r["per_signal"].items()]
        lines.append(f"  {name:<10} CoNLL        : " + (", ".join(cells) or "none"))
    lines += ["", "Data checks"]
    first = next(iter(results["polnear"].values()))
    for r in first:
        lines.append(
            f"  PolNeAR {r['split']:<5}: {r['n_articles']} articles, "
            f"{r['n_attributions']} attributions, {r['n_gold_attributions']} with a "
            f"reporting-word cue and a Source -> {r['n_gold']} distinct gold spans; "
            f"{r['n_source_spans']} Source spans in all; .ann offset mismatches: "
            f"{r['offset_mismatches']}; articles with several annotators (first .ann by "
            f"name used): {r['n_multi_annotator_articles']}; unlinked Source annotations "
            f"(ignored): {r['n_unlinked_source_spans']}"
        )
    conll = next(iter(results["conll"].values()))
    lines.append(
        f"  CoNLL        : {conll['n']} of {conll['n_total']} sentences"
        f"{' (random sample)' if conll['sampled'] else ''}, {conll['n_uncertain']} uncertain, "
        f"{conll['n_empty']} empty"
    )
    for name in results["polnear"]:
        bad = sum(r["n_invalid_evidence"] for r in results["polnear"][name])
        bad += results["conll"][name]["n_invalid_evidence"]
        lines.append(f"  {name}: evidence whose text != source[start:end]: {bad}")
    lines += ["", f"Total time: {results['seconds']:.1f}s"]
    return "\n".join(lines)


def run(
    data_dir: str | os.PathLike[str] | None = None,
    extractors: dict[str, Extractor] | None = None,
    conll_limit: int | None = None,
    seed: int = 0,
) -> dict:
    """Run every measurement for each extractor.

    Parameters
    ----------
    data_dir : path-like, optional
        The corpora folder; see :func:`resolve_data_dir`.
    extractors : dict of str to callable, optional
        Name to extractor; default ``{"credscore": credscore.extract,
        "baseline": baseline_extract}``.
    conll_limit : int, optional
        Score a random sample of this many CoNLL sentences.
    seed : int, default 0
        Seed of that sample.

    Returns
    -------
    dict
        ``data_dir``, ``polnear`` (name to a list of per-split results), ``conll`` (name
        to a result) and ``seconds`` (total wall time, loading included).
    """
    t0 = time.perf_counter()
    root = resolve_data_dir(data_dir)
    if extractors is None:
        extractors = {"credscore": _default_extract(), "baseline": baseline_extract}
    results: dict = {"data_dir": str(root), "polnear": {}, "conll": {}}
    for name, extract in extractors.items():
        results["polnear"][name] = [
            evaluate_polnear(split, root, extract) for split in ("train", "dev")
        ]
        results["conll"][name] = evaluate_conll(root, extract, limit=conll_limit, seed=seed)
    results["seconds"] = time.perf_counter() - t0
    return results


def _render_errors(errors: dict[str, list[dict]], name: str) -> str:
    lines = []
    for kind, title in (
        ("missed", "missed gold Source spans"),
        ("false_positive", "false positives"),
    ):
        lines.append(f"\nPolNeAR dev, {name}: {title} ({len(errors[kind])} shown)")
        for e in errors[kind]:
            tag = f" [{e['signal']}]" if "signal" in e else ""
            lines.append(f"  {e['article']} {e['start']}-{e['end']}{tag}: {e['context']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point: print the evaluation table.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments; ``sys.argv[1:]`` when omitted.

    Returns
    -------
    int
        0 when the evaluation ran (whether or not the bars were met), 1 when
        ``credscore.extract`` could not be imported (the baseline is still reported),
        2 when the corpora folder is missing.
    """
    parser = argparse.ArgumentParser(
        prog="python -m credscore.evaluation.signals",
        description=(
            "Score credscore's source, hedge and weasel signals on PolNeAR and CoNLL-2010."
        ),
    )
    parser.add_argument(
        "--data-dir", help=f"corpora folder (default: ${ENV_VAR} or ../shared/datasets)"
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also print N missed and N false-positive PolNeAR dev examples",
    )
    parser.add_argument(
        "--conll-limit",
        type=int,
        default=None,
        metavar="N",
        help="score a random sample of N CoNLL sentences (faster)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for samples (default 0)")
    parser.add_argument(
        "--baseline-only", action="store_true", help="score only the regex baseline"
    )
    args = parser.parse_args(argv)

    try:
        resolve_data_dir(args.data_dir)
    except DataDirNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    status = 0
    extractors: dict[str, Extractor] = {}
    if not args.baseline_only:
        try:
            extractors["credscore"] = _default_extract()
        except ImportError as exc:
            print(
                f"error: credscore.extract is not available ({exc}); reporting the baseline only",
                file=sys.stderr,
            )
            status = 1
    extractors["baseline"] = baseline_extract
    try:
        results = run(args.data_dir, extractors, conll_limit=args.conll_limit, seed=args.seed)
    except DataDirNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render_report(results))
    if args.errors > 0:
        name = next(iter(extractors))
        errors = error_examples(
            "dev", args.data_dir, extractors[name], n=args.errors, seed=args.seed
        )
        print(_render_errors(errors, name))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
