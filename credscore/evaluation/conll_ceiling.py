"""How far lexicon tuning could take the CoNLL-2010 measure: a cross-validated ceiling.

``make eval-signals`` counts a CoNLL-2010 Wikipedia sentence as uncertain when ``hedge``,
``weasel`` or ``anonymous_source`` evidence falls in it (:mod:`credscore.evaluation._conll`).
This module asks how high that measure could go if the cue lists were tuned to the
Wikipedia training sentences themselves, and answers out of sample: the train split is cut
into ``folds`` parts, each part is scored by a cue list tuned on the others, and the
held-out scores are reported next to the extractor as it is.

Two references, both cross-validated on the same folds:

``lexicon``
    Greedy tuning of the cue list. A cue is keyed by its signal and its lower-cased
    matched text (``hedge:may``). On the training folds the search toggles, one at a
    time, whichever key raises sentence F1 the most: it drops a key the extractor
    produces, or adds any word or word pair found in at least ``min_count`` training
    sentences; it stops when no toggle helps. The held-out fold is then scored with the
    dropped keys silenced and the added ones firing; keys never seen in training fire as
    the extractor has them. This is more freedom than a real lexicon edit has (a key is
    one exact phrase, and an added word fires in every context), so the held-out number
    is an upper bound for tuning of the lexicons, not a prediction of it. Word pairs made
    only of quantity words ("many", "some of") are left out unless
    ``include_quantities``, because the weasel signal keeps vague quantities silent.
``bag of words``
    A supervised sentence classifier: TF-IDF of word 1-2-grams and a class-balanced
    logistic regression, cut at probability 0.5. It is not a span signal and finds no
    evidence; it stands for the kind of system the shared task's best entries were.

The module reads only the train split, like ``make eval-signals``.

Examples
--------
>>> from credscore.evaluation.conll_ceiling import cue_keys
>>> sorted(cue_keys("It may rain.", [("hedge", "may")], ngrams=False))
['hedge:may']
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from credscore._evidence import Evidence
from credscore.evaluation import _conll

__all__ = [
    "CeilingResult",
    "FoldScore",
    "cross_validate_bag_of_words",
    "cross_validate_lexicon",
    "cue_keys",
    "main",
    "render",
    "run",
    "tune_lexicon",
]

#: Words that only state a quantity; a candidate word pair made of these alone is skipped.
QUANTITY_WORDS: frozenset[str] = frozenset(
    {
        "a",
        "certain",
        "few",
        "many",
        "most",
        "number",
        "numerous",
        "of",
        "other",
        "others",
        "several",
        "some",
        "various",
    }
)

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True, slots=True)
class FoldScore:
    """Sentence-level precision, recall and F1 of one reference, pooled over the folds.

    Parameters
    ----------
    precision, recall, f1 : float
        Over all held-out predictions together.
    per_fold_f1 : tuple of float
        F1 of each held-out fold.
    """

    precision: float
    recall: float
    f1: float
    per_fold_f1: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class CeilingResult:
    """Every number :func:`run` measures.

    Parameters
    ----------
    n, n_uncertain : int
        Sentences scored and how many of them are labelled uncertain.
    folds, min_count, seed : int
        The settings.
    include_quantities : bool
        Whether quantity-only word pairs could be added.
    min_precision : float
        The precision floor of the search.
    extractor : FoldScore
        The extractor as it is, scored on the same held-out folds.
    lexicon : FoldScore
        Cue lists tuned on the training folds.
    lexicon_in_sample_f1 : tuple of float
        F1 each tuned list reached on its own training folds.
    lexicon_changes : tuple of tuple of int
        ``(dropped, added)`` keys per fold.
    bag_of_words : FoldScore or None
        The supervised classifier, or None when it was skipped.
    bag_of_words_threshold : float
        Its probability cut.
    seconds : float
        Wall time, extraction included.
    """

    n: int
    n_uncertain: int
    folds: int
    min_count: int
    seed: int
    include_quantities: bool
    min_precision: float
    extractor: FoldScore
    lexicon: FoldScore
    lexicon_in_sample_f1: tuple[float, ...]
    lexicon_changes: tuple[tuple[int, int], ...]
    bag_of_words: FoldScore | None
    bag_of_words_threshold: float
    seconds: float


def cue_keys(text: str, cues: Iterable[tuple[str, str]], ngrams: bool = True) -> frozenset[str]:
    """Key a sentence's cues and, optionally, its candidate words and word pairs.

    Parameters
    ----------
    text : str
        The sentence.
    cues : iterable of (signal, matched text)
        The uncertainty evidence the extractor found in it.
    ngrams : bool, default True
        Also key every lower-cased word (``w:word``) and adjacent word pair
        (``w:word word``), the candidates a tuned list may add.

    Returns
    -------
    frozenset of str
        ``signal:text`` for each cue, ``w:...`` for each candidate.

    Examples
    --------
    >>> sorted(cue_keys("Some say so", [("weasel", "Some say")]))
    ['w:say', 'w:say so', 'w:so', 'w:some', 'w:some say', 'weasel:some say']
    """
    keys = {f"{signal}:{matched.lower()}" for signal, matched in cues}
    if ngrams:
        words = _WORD.findall(text.lower())
        keys.update(f"w:{w}" for w in words)
        keys.update(f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return frozenset(keys)


def _is_candidate(key: str, include_quantities: bool) -> bool:
    return include_quantities or not all(w in QUANTITY_WORDS for w in key[2:].split())


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _objective(tp: int, fp: int, fn: int, min_precision: float) -> float:
    """F1, less ten times any shortfall of precision under ``min_precision``."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    return _f1(tp, fp, fn) - 10.0 * max(0.0, min_precision - precision)


def tune_lexicon(
    keys: Sequence[frozenset[str]],
    labels: Sequence[int],
    min_count: int = 20,
    include_quantities: bool = False,
    min_precision: float = 0.0,
) -> tuple[frozenset[str], frozenset[str], float]:
    """Greedily drop extractor cues and add candidate words until F1 stops rising.

    Parameters
    ----------
    keys : sequence of frozenset of str
        :func:`cue_keys` of each training sentence.
    labels : sequence of int
        1 uncertain, 0 certain.
    min_count : int, default 20
        A word or word pair is a candidate when it occurs in at least this many sentences.
    include_quantities : bool, default False
        Allow candidates made only of :data:`QUANTITY_WORDS`.
    min_precision : float, default 0.0
        Search for the best F1 at this precision or above: a toggle that leaves precision
        under it is charged ten times the shortfall.

    Returns
    -------
    dropped : frozenset of str
        Extractor keys silenced.
    added : frozenset of str
        Candidate keys that fire.
    f1 : float
        F1 on the training sentences with both applied.

    Examples
    --------
    >>> keys = [frozenset({"hedge:may", "w:may"}), frozenset({"hedge:may", "w:may"}),
    ...         frozenset({"w:allegedly"}), frozenset({"w:allegedly"})]
    >>> dropped, added, f1 = tune_lexicon(keys, [0, 0, 1, 1], min_count=2)
    >>> sorted(dropped), sorted(added), f1
    (['hedge:may'], ['w:allegedly'], 1.0)
    """
    postings: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            postings.setdefault(k, []).append(i)
    candidates = sorted(
        k
        for k, rows in postings.items()
        if not k.startswith("w:")
        or (len(rows) >= min_count and _is_candidate(k, include_quantities))
    )
    active = {k for k in candidates if not k.startswith("w:")}
    firing = [sum(k in active for k in ks) for ks in keys]
    tp = sum(1 for f, y in zip(firing, labels, strict=True) if f and y)
    fp = sum(1 for f, y in zip(firing, labels, strict=True) if f and not y)
    fn = sum(labels) - tp
    while True:
        best_f1, best = _objective(tp, fp, fn, min_precision) + 1e-12, None
        for k in candidates:
            on = k in active
            flip = 1 if on else 0  # sentences that change state have exactly this count
            dtp = dfp = 0
            for i in postings[k]:
                if firing[i] == flip:
                    if labels[i]:
                        dtp += 1
                    else:
                        dfp += 1
            if on:
                dtp, dfp = -dtp, -dfp
            score = _objective(tp + dtp, fp + dfp, fn - dtp, min_precision)
            if score > best_f1:
                best_f1, best = score, (k, dtp, dfp)
        if best is None:
            break
        k, dtp, dfp = best
        step = -1 if k in active else 1
        (active.discard if step < 0 else active.add)(k)
        for i in postings[k]:
            firing[i] += step
        tp, fp, fn = tp + dtp, fp + dfp, fn - dtp
    extractor_keys = {k for k in candidates if not k.startswith("w:")}
    dropped = frozenset(extractor_keys - active)
    added = frozenset(k for k in active if k.startswith("w:"))
    return dropped, added, _f1(tp, fp, fn)


def _fold_ids(n: int, folds: int, seed: int) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[f::folds]) for f in range(folds)]


def _pool(predictions: Sequence[tuple[list[int], list[bool]]], labels: Sequence[int]) -> FoldScore:
    tp = fp = fn = 0
    per_fold = []
    for ids, predicted in predictions:
        ftp = sum(1 for i, p in zip(ids, predicted, strict=True) if p and labels[i])
        ffp = sum(1 for i, p in zip(ids, predicted, strict=True) if p and not labels[i])
        ffn = sum(labels[i] for i in ids) - ftp
        per_fold.append(round(_f1(ftp, ffp, ffn), 4))
        tp, fp, fn = tp + ftp, fp + ffp, fn + ffn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return FoldScore(precision, recall, _f1(tp, fp, fn), tuple(per_fold))


def cross_validate_lexicon(
    keys: Sequence[frozenset[str]],
    labels: Sequence[int],
    folds: int = 5,
    min_count: int = 20,
    seed: int = 0,
    include_quantities: bool = False,
    min_precision: float = 0.0,
) -> tuple[FoldScore, FoldScore, tuple[float, ...], tuple[tuple[int, int], ...]]:
    """Score the extractor and a list tuned on the other folds on each held-out fold.

    Parameters
    ----------
    keys, labels
        As for :func:`tune_lexicon`, for every sentence.
    folds : int, default 5
        Number of folds (a seeded shuffle, then every ``folds``-th sentence).
    min_count, include_quantities, min_precision
        As for :func:`tune_lexicon`.
    seed : int, default 0
        Seed of the shuffle.

    Returns
    -------
    extractor : FoldScore
        The extractor's keys as they are.
    tuned : FoldScore
        The tuned lists.
    in_sample : tuple of float
        Each tuned list's F1 on its own training folds.
    changes : tuple of (int, int)
        Keys dropped and added per fold.

    Raises
    ------
    ValueError
        If ``folds`` is under 2 or more than the number of sentences.
    """
    if not 2 <= folds <= len(keys):
        raise ValueError(f"folds must be between 2 and {len(keys)}, got {folds}")
    parts = _fold_ids(len(keys), folds, seed)
    as_is, tuned, in_sample, changes = [], [], [], []
    for f, held_out in enumerate(parts):
        train = [i for g, part in enumerate(parts) if g != f for i in part]
        dropped, added, f1 = tune_lexicon(
            [keys[i] for i in train],
            [labels[i] for i in train],
            min_count,
            include_quantities,
            min_precision,
        )
        in_sample.append(round(f1, 4))
        changes.append((len(dropped), len(added)))
        as_is.append((held_out, [any(not k.startswith("w:") for k in keys[i]) for i in held_out]))
        tuned.append(
            (
                held_out,
                [
                    any(
                        (not k.startswith("w:") and k not in dropped) or k in added for k in keys[i]
                    )
                    for i in held_out
                ],
            )
        )
    return _pool(as_is, labels), _pool(tuned, labels), tuple(in_sample), tuple(changes)


def cross_validate_bag_of_words(
    texts: Sequence[str],
    labels: Sequence[int],
    folds: int = 5,
    seed: int = 0,
    threshold: float = 0.5,
) -> FoldScore:
    """Score a TF-IDF + logistic regression sentence classifier on the same folds.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    labels : sequence of int
        1 uncertain, 0 certain.
    folds : int, default 5
        As for :func:`cross_validate_lexicon`.
    seed : int, default 0
        Seed of the shuffle (the classifier itself is deterministic).
    threshold : float, default 0.5
        A sentence is predicted uncertain at this probability or above.

    Returns
    -------
    FoldScore
        Held-out precision, recall and F1 at ``threshold``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    predictions = []
    for f, held_out in enumerate(parts := _fold_ids(len(texts), folds, seed)):
        train = [i for g, part in enumerate(parts) if g != f for i in part]
        model = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
        )
        model.fit([texts[i] for i in train], [labels[i] for i in train])
        predicted = model.predict_proba([texts[i] for i in held_out])[:, 1] >= threshold
        predictions.append((held_out, [bool(p) for p in predicted]))
    return _pool(predictions, labels)


def run(
    data_dir: str | Path | None = None,
    folds: int = 5,
    min_count: int = 20,
    seed: int = 0,
    include_quantities: bool = False,
    min_precision: float = 0.0,
    bag_of_words: bool = True,
    bag_of_words_threshold: float = 0.5,
    extract: Callable[[str], list[Evidence]] | None = None,
) -> CeilingResult:
    """Extract cues from every train sentence and cross-validate both references.

    Parameters
    ----------
    data_dir : path-like, optional
        The corpora folder; see :func:`credscore.evaluation.signals.resolve_data_dir`.
    folds, min_count, seed, include_quantities, min_precision
        As for :func:`cross_validate_lexicon`.
    bag_of_words : bool, default True
        Also cross-validate the supervised classifier.
    bag_of_words_threshold : float, default 0.5
        Its probability cut.
    extract : callable, optional
        ``extract(text) -> list[Evidence]``; defaults to :func:`credscore.extract`.

    Returns
    -------
    CeilingResult

    Raises
    ------
    credscore.evaluation.signals.DataDirNotFoundError
        If the corpora folder or the CoNLL-2010 CSV is missing.
    """
    from credscore.evaluation import signals

    t0 = time.perf_counter()
    sentences = _conll.load_sentences(signals.conll_train_csv(data_dir))
    extract = extract if extract is not None else signals._default_extract()
    keys, labels = [], []
    for s in sentences:
        cues = [
            (e.signal, e.text)
            for e in extract(s.text)
            if e.signal in _conll.UNCERTAIN_SIGNALS and 0 <= e.start <= e.end <= len(s.text)
        ]
        keys.append(cue_keys(s.text, cues))
        labels.append(s.label)
    as_is, tuned, in_sample, changes = cross_validate_lexicon(
        keys, labels, folds, min_count, seed, include_quantities, min_precision
    )
    bow = (
        cross_validate_bag_of_words(
            [s.text for s in sentences], labels, folds, seed, bag_of_words_threshold
        )
        if bag_of_words
        else None
    )
    return CeilingResult(
        n=len(sentences),
        n_uncertain=sum(labels),
        folds=folds,
        min_count=min_count,
        seed=seed,
        include_quantities=include_quantities,
        min_precision=min_precision,
        extractor=as_is,
        lexicon=tuned,
        lexicon_in_sample_f1=in_sample,
        lexicon_changes=changes,
        bag_of_words=bow,
        bag_of_words_threshold=bag_of_words_threshold,
        seconds=time.perf_counter() - t0,
    )


def render(result: CeilingResult) -> str:
    """Render a :class:`CeilingResult` as a plain-text table.

    Parameters
    ----------
    result : CeilingResult

    Returns
    -------
    str
    """
    rows = [
        ("extractor as it is", result.extractor),
        ("lexicon tuned on the other folds", result.lexicon),
    ]
    if result.bag_of_words is not None:
        cut = f"TF-IDF + logistic regression, p >= {result.bag_of_words_threshold:.2f}"
        rows.append((cut, result.bag_of_words))
    lines = [
        f"CoNLL-2010 Wikipedia train: {result.n} sentences, {result.n_uncertain} uncertain; "
        f"{result.folds}-fold cross-validation (seed {result.seed}), held-out scores",
        f"  {'reference':46s} {'P':>6s} {'R':>6s} {'F1':>6s}  F1 per fold",
    ]
    for name, s in rows:
        per_fold = " ".join(f"{x:.3f}" for x in s.per_fold_f1)
        lines.append(f"  {name:46s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {per_fold}")
    lines.append(
        f"  tuned lists: words and word pairs in >= {result.min_count} sentences"
        f"{'' if result.include_quantities else ', quantity-only pairs left out'}"
        + (f", precision >= {result.min_precision:.2f}" if result.min_precision else "")
        + "; "
        "F1 on their own training folds "
        + " ".join(f"{x:.3f}" for x in result.lexicon_in_sample_f1)
        + "; keys dropped/added per fold "
        + " ".join(f"{d}/{a}" for d, a in result.lexicon_changes)
    )
    lines.append(f"  {result.seconds:.0f} s")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point: print the ceiling table.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments; ``sys.argv[1:]`` when omitted.

    Returns
    -------
    int
        0 when it ran, 2 when the corpora folder or the CSV is missing or a setting is
        out of range.
    """
    from credscore.evaluation.signals import ENV_VAR, DataDirNotFoundError

    parser = argparse.ArgumentParser(
        prog="python -m credscore.evaluation.conll_ceiling",
        description=(
            "How far tuning the cue lists to the CoNLL-2010 Wikipedia train sentences could "
            "take sentence-level uncertainty F1, measured on held-out folds."
        ),
    )
    parser.add_argument(
        "--data-dir", help=f"corpora folder (default: ${ENV_VAR} or ../shared/datasets)"
    )
    parser.add_argument("--folds", type=int, default=5, help="folds (default 5)")
    parser.add_argument(
        "--min-count",
        type=int,
        default=20,
        help="sentences a word or word pair must occur in to be added (default 20)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the folds (default 0)")
    parser.add_argument(
        "--include-quantities",
        action="store_true",
        help="let the tuned lists add quantity words ('many', 'some of')",
    )
    parser.add_argument(
        "--min-precision",
        type=float,
        default=0.0,
        help="tune for the best F1 at this precision or above (default 0: best F1)",
    )
    parser.add_argument(
        "--no-bag-of-words", action="store_true", help="skip the supervised classifier"
    )
    parser.add_argument(
        "--bow-threshold",
        type=float,
        default=0.5,
        help="probability cut of the supervised classifier (default 0.5)",
    )
    parser.add_argument("--json", metavar="OUT", help="also write every number as JSON")
    args = parser.parse_args(argv)
    if args.min_count < 1:
        print("error: --min-count must be at least 1", file=sys.stderr)
        return 2
    for name in ("min_precision", "bow_threshold"):
        if not 0.0 <= getattr(args, name) <= 1.0:
            print(f"error: --{name.replace('_', '-')} must be between 0 and 1", file=sys.stderr)
            return 2
    try:
        result = run(
            args.data_dir,
            folds=args.folds,
            min_count=args.min_count,
            seed=args.seed,
            include_quantities=args.include_quantities,
            min_precision=args.min_precision,
            bag_of_words=not args.no_bag_of_words,
            bag_of_words_threshold=args.bow_threshold,
        )
    except (DataDirNotFoundError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(result))
    if args.json:
        Path(args.json).write_text(json.dumps(asdict(result), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
