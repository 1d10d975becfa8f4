"""An annotated news-passage benchmark for the source and hedge signals.

Three sets of short news passages, invented by the credscore team (people, places and
outlets are fictional), each with gold annotations of five signals:

``named_source``
    A person identified by name as the source of a statement. The span is the name, with
    any title written against it ("Sen. Howard Blaine", "Mr. Blaine"). Later references
    by surname ("Blaine said") and by role to a person already named ("the mayor added",
    after "Mayor Ann Lee") are named sources too; pronouns ("she said") are never gold,
    and predicted pronoun sources are ignored (see below).
``expert_source``
    The credential phrase that presents a source as an expert ("a chemist at the
    University of Calder", "Yale historian", "who teaches tax law at ..."); titles of
    office (minister, chairman) are not credentials.
``anonymous_source``
    The noun phrase of an unnamed or vague source ("A senior official", "people with
    knowledge of the matter", "Some fans", "Another", "A second official", "A company
    spokeswoman": an unnamed spokesperson is unnamed, though the body speaks through them).
``media_source``
    The name (or the noun phrase, for "local media") of another news outlet that is
    cited as a source ("ZDF", "the Tribune", "state television").
``hedge``
    The cue word or phrase of hedging and uncertainty ("reportedly", "may",
    "is expected to", "I have no proof").

:mod:`.dev` holds the development set (40 passages); :mod:`.holdout` a second set of 40,
written independently, to be used only for final measurement; :mod:`.fresh` a third set of 40,
written later, weighted toward experts and outlets, measured blind once (macro-F1 0.88 on
2026-12-02) and since used, like the development set, to find classes of misses; :mod:`.blind`,
:mod:`.cold` and :mod:`.late` three more sets of 40 written and used the same way (first
reads 0.88, 0.89 and 0.91); :mod:`.last` a seventh, measured once (0.92), whose errors stay
unread; :mod:`.winter` an eighth, :mod:`.spring` a ninth, :mod:`.summer` a tenth, :mod:`.autumn`
an eleventh, :mod:`.harvest` a twelfth, :mod:`.frost` a thirteenth, :mod:`.thaw` a fourteenth,
:mod:`.gale` a fifteenth, :mod:`.ridge` a sixteenth, :mod:`.meadow` a seventeenth and
:mod:`.brook` an eighteenth, measured once (0.92, 0.93, 0.94, 0.95, 0.94, 0.93, 0.96, 0.88,
0.94, 0.94 and 0.96) and then used like the fresh set.
Each set's docstring records its first measurement. A passage is read as an excerpt published by
an outlet that it does not name, so every outlet it names is another outlet; the extractor is
called on the text alone (no ``publisher``).

Gold format
-----------
Each gold item is ``(signal, span_text)``. ``span_text`` is found in the passage as a
whole-word match (not preceded or followed by a letter, digit or underscore), so ``"may"``
never lands inside "mayor". A span written ``"span_text#N"`` is the N-th such occurrence
in the passage (``"said#2"``); without a suffix it is the first. :func:`gold_spans` turns
the items into character offsets and raises :class:`GoldSpanError` if one is not found.

Scoring
-------
For each signal, predictions and gold spans of that signal are matched one to one
(a maximum bipartite matching); a prediction may match a gold span when their character
spans overlap. Precision, recall and F1 follow per signal, and macro-F1 is the mean F1
over the five signals. Predictions of other signals are ignored, and so are predicted
source evidence whose span is a pronoun ("he", "they") resolved to an antecedent
(``details["resolved"]`` set), since pronoun attributions are not gold either way; relative
pronouns ("the Post, which said") count as pronouns.

Run ``python -m credscore.evaluation.passages --set NAME [--errors N]``, NAME one of
:data:`SETS`.

>>> p = Passage("x1", "Officials said the bridge may close.",
...             (("anonymous_source", "Officials"), ("hedge", "may")))
>>> res = evaluate([p])
>>> res["signals"]["hedge"]["tp"], res["signals"]["anonymous_source"]["tp"]
(1, 1)
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from credscore._evidence import Evidence
from credscore._text import Doc
from credscore.signals import extract

__all__ = [
    "PRONOUNS",
    "SETS",
    "SIGNALS",
    "GoldSpan",
    "GoldSpanError",
    "Passage",
    "evaluate",
    "format_result",
    "gold_spans",
    "load",
    "match",
]

SIGNALS: tuple[str, ...] = (
    "named_source",
    "expert_source",
    "anonymous_source",
    "media_source",
    "hedge",
)
"""The five signals the benchmark annotates, in report order."""

SETS: tuple[str, ...] = (
    "dev",
    "holdout",
    "fresh",
    "blind",
    "cold",
    "late",
    "last",
    "winter",
    "spring",
    "summer",
    "autumn",
    "harvest",
    "frost",
    "thaw",
    "gale",
    "ridge",
    "meadow",
    "brook",
)
"""The names of the passage sets (modules of this package)."""

PRONOUNS: frozenset[str] = frozenset(
    "he she they it we i you him her them his hers their its one which who whom".split()
)
"""Pronoun spans that, when resolved, are ignored as predictions."""

_OCCURRENCE = re.compile(r"^(?P<span>.*\S)#(?P<n>[1-9][0-9]*)$", re.DOTALL)


@dataclass(frozen=True)
class Passage:
    """One annotated news passage.

    Parameters
    ----------
    id : str
        Unique identifier, e.g. ``"dev-07"``.
    text : str
        The passage, 3 to 8 sentences.
    gold : tuple of (str, str)
        ``(signal, span_text)`` pairs; ``span_text#N`` is the N-th whole-word
        occurrence of ``span_text`` in ``text``.
    """

    id: str
    text: str
    gold: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class GoldSpan:
    """A gold annotation resolved to character offsets.

    Parameters
    ----------
    signal : str
        One of :data:`SIGNALS`.
    start, end : int
        Offsets into the passage text.
    text : str
        ``passage.text[start:end]``.
    """

    signal: str
    start: int
    end: int
    text: str


class GoldSpanError(ValueError):
    """A gold item names an unknown signal or a span that is not in its passage."""


def _parse_span(item: str) -> tuple[str, int]:
    m = _OCCURRENCE.match(item)
    if m:
        return m.group("span"), int(m.group("n"))
    return item, 1


def _find(text: str, span: str, occurrence: int) -> tuple[int, int] | None:
    pattern = re.compile(r"(?<!\w)" + re.escape(span) + r"(?!\w)")
    for i, m in enumerate(pattern.finditer(text), start=1):
        if i == occurrence:
            return m.start(), m.end()
    return None


def gold_spans(passage: Passage) -> list[GoldSpan]:
    """Resolve the gold items of ``passage`` to character offsets.

    Parameters
    ----------
    passage : Passage
        The annotated passage.

    Returns
    -------
    list of GoldSpan
        In the order of ``passage.gold``.

    Raises
    ------
    GoldSpanError
        If a signal is not one of :data:`SIGNALS`, a span is not found, or two gold
        items of the same signal resolve to the same offsets.

    Examples
    --------
    >>> p = Passage("x", "Lee said no. Lee said yes.", (("named_source", "Lee#2"),))
    >>> gold_spans(p)[0].start
    13
    """
    out: list[GoldSpan] = []
    seen: set[tuple[str, int, int]] = set()
    for signal, item in passage.gold:
        if signal not in SIGNALS:
            raise GoldSpanError(f"{passage.id}: unknown signal {signal!r}")
        span, occurrence = _parse_span(item)
        found = _find(passage.text, span, occurrence)
        if found is None:
            raise GoldSpanError(f"{passage.id}: {signal} span {item!r} not found in the text")
        key = (signal, *found)
        if key in seen:
            raise GoldSpanError(f"{passage.id}: {signal} span {item!r} annotated twice")
        seen.add(key)
        out.append(GoldSpan(signal, found[0], found[1], span))
    return out


def load(name: str) -> tuple[Passage, ...]:
    """Return the passages of the set ``name`` (``"dev"`` or ``"holdout"``).

    Raises
    ------
    ValueError
        If ``name`` is not one of :data:`SETS`.
    """
    if name not in SETS:
        raise ValueError(f"unknown passage set {name!r}; choose one of {', '.join(SETS)}")
    module = importlib.import_module(f"{__name__}.{name}")
    passages: tuple[Passage, ...] = module.PASSAGES
    return passages


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(
    predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Match predicted spans to gold spans one to one, maximising the number of pairs.

    A pair may be formed when the two character spans overlap. Kuhn's augmenting-path
    algorithm; candidates are tried in order of decreasing overlap, so ties go to the
    closest span.

    Parameters
    ----------
    predicted, gold : sequence of (int, int)
        ``(start, end)`` character spans.

    Returns
    -------
    list of (int, int)
        ``(predicted index, gold index)`` pairs, sorted.

    Examples
    --------
    >>> match([(0, 10)], [(0, 3), (5, 9)])  # the larger overlap
    [(0, 1)]
    >>> match([(0, 10), (4, 6)], [(0, 3), (5, 9)])
    [(0, 0), (1, 1)]
    """

    def candidates(p: tuple[int, int]) -> list[int]:
        """Gold indices overlapping ``p``, largest overlap first."""
        found = [
            (-(min(p[1], g[1]) - max(p[0], g[0])), j) for j, g in enumerate(gold) if _overlaps(p, g)
        ]
        return [j for _, j in sorted(found)]

    options = [candidates(p) for p in predicted]
    owner: dict[int, int] = {}  # gold index -> predicted index

    def augment(i: int, visited: set[int]) -> bool:
        for j in options[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in range(len(predicted)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _ignored(ev: Evidence) -> bool:
    """A prediction outside the benchmark, or a resolved pronoun source."""
    if ev.signal not in SIGNALS:
        return True
    if ev.signal == "hedge":
        return False
    return bool(ev.details.get("resolved")) and ev.text.strip().lower() in PRONOUNS


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": n_pred - tp,
        "fn": n_gold - tp,
        "n_pred": n_pred,
        "n_gold": n_gold,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def _sentence(doc: Doc, start: int) -> str:
    s, e = doc.sentence_of(start)
    return doc.text[s:e].strip()


def evaluate(
    passages: Iterable[Passage],
    extractor: Callable[[str], Sequence[Evidence]] = extract,
) -> dict[str, Any]:
    """Score ``extractor`` against the gold annotations of ``passages``.

    Parameters
    ----------
    passages : iterable of Passage
        The annotated passages (e.g. ``load("dev")``).
    extractor : callable, default :func:`credscore.extract`
        From a text to its evidence.

    Returns
    -------
    dict
        ``"signals"``: per signal, ``tp``, ``fp``, ``fn``, ``n_pred``, ``n_gold``,
        ``precision``, ``recall`` and ``f1``; ``"macro_f1"``: the mean F1 over
        :data:`SIGNALS`; ``"n_passages"``; ``"errors"``: a list of dicts (``kind`` is
        ``"missed"`` or ``"false_positive"``, with ``passage``, ``signal``, ``text``,
        ``start``, ``end`` and ``sentence``), in passage and text order.

    Raises
    ------
    GoldSpanError
        If a passage's gold items do not resolve (see :func:`gold_spans`).
    """
    counts = {s: [0, 0, 0] for s in SIGNALS}  # tp, n_pred, n_gold
    errors: list[dict[str, Any]] = []
    n = 0
    for passage in passages:
        n += 1
        gold = gold_spans(passage)
        preds = [ev for ev in extractor(passage.text) if not _ignored(ev)]
        doc = Doc(passage.text)
        for signal in SIGNALS:
            g = [x for x in gold if x.signal == signal]
            p = [x for x in preds if x.signal == signal]
            pairs = match([(x.start, x.end) for x in p], [(x.start, x.end) for x in g])
            counts[signal][0] += len(pairs)
            counts[signal][1] += len(p)
            counts[signal][2] += len(g)
            hit_p = {i for i, _ in pairs}
            hit_g = {j for _, j in pairs}
            found: list[tuple[int, str, Any]] = [
                (x.start, "missed", x) for j, x in enumerate(g) if j not in hit_g
            ]
            found += [(x.start, "false_positive", x) for i, x in enumerate(p) if i not in hit_p]
            for start, kind, x in sorted(found, key=lambda t: (t[0], t[1])):
                errors.append(
                    {
                        "kind": kind,
                        "passage": passage.id,
                        "signal": signal,
                        "text": x.text,
                        "start": start,
                        "end": x.end,
                        "sentence": _sentence(doc, start),
                    }
                )
    per_signal = {s: _prf(*counts[s]) for s in SIGNALS}
    errors.sort(key=lambda e: (e["passage"], e["start"], e["signal"]))
    return {
        "n_passages": n,
        "signals": per_signal,
        "macro_f1": sum(float(per_signal[s]["f1"]) for s in SIGNALS) / len(SIGNALS),
        "errors": errors,
    }


def format_result(result: dict[str, Any], title: str = "", errors: int = 0) -> str:
    """Render :func:`evaluate`'s result as a plain-text table.

    Parameters
    ----------
    result : dict
        From :func:`evaluate`.
    title : str, optional
        A first line.
    errors : int, default 0
        How many errors to list after the table (``-1`` for all).

    Returns
    -------
    str
    """
    lines = [title] if title else []
    lines.append(f"{result['n_passages']} passages")
    lines.append(f"{'signal':<18}{'gold':>6}{'pred':>6}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for s in SIGNALS:
        r = result["signals"][s]
        lines.append(
            f"{s:<18}{r['n_gold']:>6}{r['n_pred']:>6}{r['tp']:>5}"
            f"{r['precision']:>7.2f}{r['recall']:>7.2f}{r['f1']:>7.2f}"
        )
    lines.append(f"{'macro-F1':<18}{'':>24}{result['macro_f1']:>7.2f}")
    shown = result["errors"] if errors < 0 else result["errors"][:errors]
    if shown:
        lines.append("")
        lines.append(f"errors ({len(shown)} of {len(result['errors'])}):")
        for e in shown:
            tag = "MISS" if e["kind"] == "missed" else "FP  "
            lines.append(f"  {tag} {e['passage']:<12}{e['signal']:<17}{e['text']!r}")
            lines.append(f"       in: {e['sentence']}")
    return "\n".join(lines)
