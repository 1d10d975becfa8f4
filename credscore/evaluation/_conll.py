"""CoNLL-2010 Wikipedia weasel sentences: sentence-level uncertainty scoring.

The CoNLL-2010 shared task (Farkas et al. 2010), task 1, labels Wikipedia sentences as
uncertain when they contain a weasel word or hedge ("some people say", "it is believed",
"possibly"). The copy used here is a CSV with columns ``text`` and ``label``
(1 = uncertain, 0 = certain), one sentence per row; only its train split is read (the
test split is held back). The sentences are tokenised Penn-Treebank style
(``-LRB-``, ````` ``, ``''``); :func:`detokenize` undoes the brackets and quote tokens
so that an extractor sees ordinary punctuation.

A sentence is predicted uncertain when the extractor, run on that sentence alone,
returns any evidence whose signal is in :data:`UNCERTAIN_SIGNALS` and whose offsets lie
inside the sentence.

What this module does not handle: it scores sentences, not cue spans (the CSV has no
cue offsets), and it does not re-join the PTB word tokens (``do n't``).
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from credscore._evidence import Evidence

__all__ = [
    "UNCERTAIN_SIGNALS",
    "Sentence",
    "detokenize",
    "load_sentences",
    "sample_sentences",
    "score_sentences",
]

#: Evidence signals that make a sentence uncertain.
UNCERTAIN_SIGNALS: frozenset[str] = frozenset({"hedge", "weasel", "anonymous_source"})

_PTB_TOKENS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One labelled sentence.

    Parameters
    ----------
    index : int
        Row number in the CSV (0-based, header excluded).
    text : str
        The sentence, stripped of surrounding whitespace.
    label : int
        1 uncertain, 0 certain.
    """

    index: int
    text: str
    label: int


def detokenize(text: str) -> str:
    """Replace Penn-Treebank bracket and quote tokens by the characters they stand for.

    Examples
    --------
    >>> detokenize("The bridge -LRB- built in 1901 -RRB- is `` safe ''.")
    'The bridge ( built in 1901 ) is " safe ".'
    """
    for token, char in _PTB_TOKENS.items():
        text = text.replace(token, char)
    return text


def load_sentences(csv_path: Path, normalize: bool = True) -> list[Sentence]:
    """Read the labelled sentences of a ``text,label`` CSV.

    Parameters
    ----------
    csv_path : Path
        The CSV file.
    normalize : bool, default True
        Apply :func:`detokenize` to each sentence.

    Returns
    -------
    list of Sentence
        All rows in file order (empty sentences included; they are certain).

    Raises
    ------
    FileNotFoundError
        If the file is missing.
    ValueError
        If the columns are not ``text`` and ``label`` or a label is not 0/1.
    """
    if not csv_path.is_file():
        raise FileNotFoundError(f"CoNLL-2010 sentences not found: {csv_path}")
    sentences = []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or not {"text", "label"} <= set(reader.fieldnames):
            raise ValueError(f"{csv_path}: expected columns text,label, got {reader.fieldnames}")
        for i, row in enumerate(reader):
            label = row["label"].strip()
            if label not in {"0", "1"}:
                raise ValueError(f"{csv_path}: row {i}: label {label!r} is not 0 or 1")
            text = row["text"].strip()
            sentences.append(Sentence(i, detokenize(text) if normalize else text, int(label)))
    return sentences


def sample_sentences(
    sentences: Sequence[Sentence], limit: int | None, seed: int = 0
) -> list[Sentence]:
    """Draw a reproducible random sample of ``limit`` sentences, kept in file order.

    The CSV is sorted by label (all certain sentences first), so taking the first rows
    would give a sample without a single uncertain sentence; a random sample keeps the
    class balance close to the full file's.

    Parameters
    ----------
    sentences : sequence of Sentence
        All sentences.
    limit : int or None
        Sample size; ``None`` or a size at least ``len(sentences)`` returns them all.
    seed : int, default 0
        Seed of the random draw.

    Returns
    -------
    list of Sentence
        The sample.

    Raises
    ------
    ValueError
        If ``limit`` is negative.
    """
    if limit is None or limit >= len(sentences):
        return list(sentences)
    if limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    chosen = random.Random(seed).sample(range(len(sentences)), limit)
    return [sentences[i] for i in sorted(chosen)]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def score_sentences(
    sentences: Sequence[Sentence], extract: Callable[[str], list[Evidence]]
) -> dict:
    """Score sentence-level uncertainty predictions.

    Parameters
    ----------
    sentences : sequence of Sentence
        Labelled sentences.
    extract : callable
        ``extract(text) -> list[Evidence]``.

    Returns
    -------
    dict
        ``precision``, ``recall``, ``f1``, ``accuracy``; counts ``n``, ``n_uncertain``
        (gold), ``n_predicted``, ``tp``, ``fp``, ``fn``, ``tn``; ``per_signal``
        (signal to ``n`` sentences it fired in and ``precision`` over them);
        ``n_invalid_evidence`` (evidence outside the sentence or whose ``text`` is not
        the slice at its offsets);
        ``n_empty`` (empty sentences).
    """
    tp = fp = fn = tn = n_invalid = 0
    per_signal: dict[str, dict[str, float]] = {}
    for sent in sentences:
        fired: set[str] = set()
        for ev in extract(sent.text):
            if ev.signal not in UNCERTAIN_SIGNALS:
                continue
            inside = 0 <= ev.start <= ev.end <= len(sent.text)
            if not inside or sent.text[ev.start : ev.end] != ev.text:
                n_invalid += 1
            if inside:
                fired.add(ev.signal)
        predicted = bool(fired)
        if predicted and sent.label:
            tp += 1
        elif predicted:
            fp += 1
        elif sent.label:
            fn += 1
        else:
            tn += 1
        for signal in fired:
            stats = per_signal.setdefault(signal, {"n": 0, "n_correct": 0})
            stats["n"] += 1
            stats["n_correct"] += sent.label
    for stats in per_signal.values():
        stats["precision"] = _ratio(int(stats["n_correct"]), int(stats["n"]))
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(sentences)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": _ratio(tp + tn, n),
        "n": n,
        "n_uncertain": tp + fn,
        "n_predicted": tp + fp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "per_signal": dict(sorted(per_signal.items())),
        "n_invalid_evidence": n_invalid,
        "n_empty": sum(not s.text for s in sentences),
    }
