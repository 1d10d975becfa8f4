"""PolNeAR: reading the brat standoff annotations and scoring source spans against them.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution in political
news with a ``Source``, a ``Cue`` and a ``Content`` span, linked by an ``Attribution``
event in brat standoff format::

    T1	Source 0 9	Officials
    T2	Cue 10 14	said
    T3	Content 15 34	the bridge was safe
    T4	Attribution 10 14	said
    E1	Attribution:T4 Source:T1 Cue:T2 Content:T3

What counts as gold
-------------------
PolNeAR marks beliefs and opinions as well as speech ("he figures", "you like"), which a
sourcing extractor is not meant to find. The gold set is therefore narrowed to the
attributions whose *Cue* contains one of :data:`REPORTING_WORDS` as a whole word
(case-insensitive); their *Source* span is a gold span. Attributions without a Source are
not gold. Identical Source spans shared by several attributions count once.

Scoring
-------
A prediction is an evidence span whose signal is one of :data:`SOURCE_SIGNALS`.
Recall is the share of gold spans overlapped by at least one prediction; precision is the
share of predictions that overlap *any* Source span of the article (all attributions, not
only the reporting-word ones), so finding the holder of a belief is not punished.
A discontinuous brat span (``start end;start end``) is the union of its parts: a
prediction overlaps it when it overlaps one of the parts, not the gap between them.

What this module does not handle: brat relations (``R``), attributes (``A``) and
normalisations (``N``) are ignored, and annotator notes (``#``) are kept only as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from credscore._evidence import Evidence
from credscore.signals import SOURCE_SIGNALS as REGISTERED_SOURCE_SIGNALS

__all__ = [
    "REPORTING_WORDS",
    "SOURCE_SIGNALS",
    "BratAnnotations",
    "BratEvent",
    "BratSpan",
    "PolnearArticle",
    "all_source_spans",
    "article_stem",
    "check_offsets",
    "context",
    "f1_score",
    "find_errors",
    "gold_source_spans",
    "load_split",
    "overlaps",
    "parse_brat",
    "read_article",
    "score_articles",
    "span_text",
]

#: Words whose presence in a Cue makes its attribution a gold sourcing attribution.
REPORTING_WORDS: tuple[str, ...] = (
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "according",
    "add", "adds", "added",
    "state", "states", "stated", "statement",
    "explain", "explains", "explained",
    "note", "notes", "noted",
    "write", "writes", "wrote",
    "argue", "argues", "argued",
    "claim", "claims", "claimed",
    "insist", "insists", "insisted",
    "deny", "denies", "denied",
    "warn", "warns", "warned",
    "announce", "announces", "announced",
    "report", "reports", "reported",
    "confirm", "confirms", "confirmed",
    "ask", "asks", "asked",
    "reply", "replies", "replied",
    "respond", "responds", "responded",
    "tweet", "tweets", "tweeted",
    "acknowledge", "acknowledges", "acknowledged",
    "suggest", "suggests", "suggested",
)  # fmt: skip

#: Evidence signals that claim "a source is here" (the registry's source signals).
SOURCE_SIGNALS: frozenset[str] = frozenset(REGISTERED_SOURCE_SIGNALS)

_REPORTING_RE = re.compile(r"\b(?:" + "|".join(REPORTING_WORDS) + r")\b", re.IGNORECASE)
# A line that starts a new annotation: T1, E1, R1, A1, M1, N1, #1 or "*", then a tab.
_ANN_START_RE = re.compile(r"^(?:[TERAMN#]\d+|\*)\t")
# brat annotator files are named <article>_<annotator id>.ann
_ANNOTATOR_SUFFIX_RE = re.compile(r"_[0-9A-Za-z]+$")

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class BratSpan:
    """A text-bound brat annotation (a ``T`` line).

    Parameters
    ----------
    id : str
        The annotation id, e.g. ``"T3"``.
    type : str
        The annotation type, e.g. ``"Source"``.
    fragments : tuple of (int, int)
        Half-open character ranges; more than one for a discontinuous span.
    text : str
        The span text as written in the ``.ann`` file (brat joins fragments with a space).
    """

    id: str
    type: str
    fragments: Fragments
    text: str

    @property
    def start(self) -> int:
        """Start of the first fragment."""
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        """End of the last fragment."""
        return max(e for _, e in self.fragments)


@dataclass(frozen=True, slots=True)
class BratEvent:
    """A brat event (an ``E`` line).

    Parameters
    ----------
    id : str
        The event id, e.g. ``"E1"``.
    type : str
        The event type, e.g. ``"Attribution"``.
    trigger : str
        Id of the trigger span.
    args : dict of str to str
        Role name (``"Source"``, ``"Cue"``, ``"Content"``, ...) to span id.
    """

    id: str
    type: str
    trigger: str
    args: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BratAnnotations:
    """All annotations parsed from one ``.ann`` file.

    Parameters
    ----------
    spans : dict of str to BratSpan
        Text-bound annotations by id.
    events : tuple of BratEvent
        Events in file order.
    notes : tuple of str
        Annotator notes (``#`` lines), kept verbatim.
    """

    spans: dict[str, BratSpan]
    events: tuple[BratEvent, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    """One PolNeAR article with the annotation file chosen for it.

    Parameters
    ----------
    name : str
        The article stem (text file name without ``.txt``).
    text : str
        The article text.
    ann_file : str
        Name of the ``.ann`` file used (the first by name when several annotators).
    n_ann_files : int
        How many annotators' files exist for this article.
    annotations : BratAnnotations
        The parsed annotations of ``ann_file``.
    offset_mismatches : tuple of str
        Ids of spans whose ``.ann`` text differs from the article text at their offsets.
    """

    name: str
    text: str
    ann_file: str
    n_ann_files: int
    annotations: BratAnnotations
    offset_mismatches: tuple[str, ...] = ()


def _parse_fragments(spec: str) -> Fragments:
    fragments = []
    for part in spec.split(";"):
        start, end = part.split()
        fragments.append((int(start), int(end)))
    return tuple(fragments)


def parse_brat(content: str) -> BratAnnotations:
    r"""Parse brat standoff text.

    Parameters
    ----------
    content : str
        The content of a ``.ann`` file.

    Returns
    -------
    BratAnnotations
        Text-bound spans, events and notes.

    Raises
    ------
    ValueError
        If a ``T`` or ``E`` line is malformed (the message names the line).

    Notes
    -----
    A span whose text crosses a line break is written by brat over several physical lines;
    lines that do not start a new annotation are joined to the previous span's text
    with ``"\n"``.

    Examples
    --------
    >>> ann = parse_brat("T1\tSource 0 3;8 11\tThe men\nE1\tAttribution:T2 Source:T1\n")
    >>> ann.spans["T1"].fragments
    ((0, 3), (8, 11))
    >>> ann.events[0].args
    {'Source': 'T1'}
    """
    spans: dict[str, BratSpan] = {}
    events: list[BratEvent] = []
    notes: list[str] = []
    last_span: str | None = None
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for lineno, line in enumerate(lines, start=1):
        if not _ANN_START_RE.match(line):
            if last_span is None:
                if line.strip():
                    raise ValueError(f"line {lineno}: not a brat annotation: {line[:60]!r}")
                continue
            prev = spans[last_span]
            spans[last_span] = BratSpan(prev.id, prev.type, prev.fragments, prev.text + "\n" + line)
            continue
        ann_id, rest = line.split("\t", 1)
        last_span = None
        if ann_id.startswith("T"):
            try:
                header, text = rest.split("\t", 1)
                ann_type, spec = header.split(" ", 1)
                fragments = _parse_fragments(spec)
            except ValueError as exc:
                raise ValueError(f"line {lineno}: malformed span {line[:60]!r}") from exc
            spans[ann_id] = BratSpan(ann_id, ann_type, fragments, text)
            last_span = ann_id
        elif ann_id.startswith("E"):
            parts = rest.split("\t", 1)[0].split()
            if not parts or ":" not in parts[0]:
                raise ValueError(f"line {lineno}: malformed event {line[:60]!r}")
            ev_type, trigger = parts[0].split(":", 1)
            args = {}
            for part in parts[1:]:
                role, _, target = part.partition(":")
                args[role] = target
            events.append(BratEvent(ann_id, ev_type, trigger, args))
        elif ann_id.startswith("#"):
            notes.append(rest)
    return BratAnnotations(spans, tuple(events), tuple(notes))


def span_text(text: str, fragments: Fragments) -> str:
    """Return a span's text the way brat writes it: fragments joined by one space.

    Parameters
    ----------
    text : str
        The document text.
    fragments : tuple of (int, int)
        The span's fragments.

    Returns
    -------
    str
        The joined fragment texts.
    """
    return " ".join(text[s:e] for s, e in fragments)


def check_offsets(text: str, annotations: BratAnnotations) -> tuple[str, ...]:
    """Return the ids of spans whose ``.ann`` text does not match the document.

    Parameters
    ----------
    text : str
        The document text.
    annotations : BratAnnotations
        Its annotations.

    Returns
    -------
    tuple of str
        Ids of mismatching spans (out-of-range offsets count as mismatches).
    """
    bad = []
    for span in annotations.spans.values():
        in_range = all(0 <= s <= e <= len(text) for s, e in span.fragments)
        if not in_range or span_text(text, span.fragments) != span.text:
            bad.append(span.id)
    return tuple(bad)


def article_stem(ann_name: str) -> str:
    """Return the article stem of an annotator's ``.ann`` file name.

    Examples
    --------
    >>> article_stem("nyt_2016-01-01_some-title_4e07.ann")
    'nyt_2016-01-01_some-title'
    """
    stem = ann_name[:-4] if ann_name.endswith(".ann") else ann_name
    return _ANNOTATOR_SUFFIX_RE.sub("", stem)


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def read_article(text_path: Path, ann_paths: Sequence[Path]) -> PolnearArticle:
    """Read one article and the first (by name) of its annotators' files.

    Parameters
    ----------
    text_path : Path
        The ``.txt`` file.
    ann_paths : sequence of Path
        All ``.ann`` files for the article; the first by file name is used.

    Returns
    -------
    PolnearArticle
        The article, its annotations and any offset mismatches.

    Raises
    ------
    ValueError
        If ``ann_paths`` is empty.
    """
    if not ann_paths:
        raise ValueError(f"no annotation file for {text_path.name}")
    chosen = sorted(ann_paths, key=lambda p: p.name)[0]
    text = _read(text_path)
    annotations = parse_brat(_read(chosen))
    return PolnearArticle(
        name=text_path.stem,
        text=text,
        ann_file=chosen.name,
        n_ann_files=len(ann_paths),
        annotations=annotations,
        offset_mismatches=check_offsets(text, annotations),
    )


def load_split(polnear_dir: Path, split: str) -> list[PolnearArticle]:
    """Load every annotated article of a PolNeAR split.

    Parameters
    ----------
    polnear_dir : Path
        The folder holding ``{split}/text`` and ``{split}/attributions``
        (PolNeAR's ``data`` folder).
    split : str
        ``"train"`` or ``"dev"`` (or any split folder present).

    Returns
    -------
    list of PolnearArticle
        Articles sorted by name; texts without any ``.ann`` file are skipped.

    Raises
    ------
    FileNotFoundError
        If the split's folders are missing.
    """
    text_dir = polnear_dir / split / "text"
    ann_dir = polnear_dir / split / "attributions"
    for folder in (text_dir, ann_dir):
        if not folder.is_dir():
            raise FileNotFoundError(f"PolNeAR split {split!r}: folder not found: {folder}")
    text_paths = sorted(text_dir.glob("*.txt"))
    text_stems = {p.stem for p in text_paths}
    by_stem: dict[str, list[Path]] = {}
    for path in ann_dir.glob("*.ann"):
        stem = path.stem if path.stem in text_stems else article_stem(path.name)
        by_stem.setdefault(stem, []).append(path)
    articles = []
    for text_path in text_paths:
        anns = by_stem.get(text_path.stem)
        if anns:
            articles.append(read_article(text_path, anns))
    return articles


def _is_attribution(event: BratEvent) -> bool:
    return event.type.startswith("Attribution")


def gold_source_spans(article: PolnearArticle) -> list[BratSpan]:
    """Return the gold Source spans of an article (reporting-word cues only).

    Parameters
    ----------
    article : PolnearArticle
        The article.

    Returns
    -------
    list of BratSpan
        Distinct Source spans (by offsets) of attributions whose Cue contains a
        reporting word, in document order.
    """
    spans = article.annotations.spans
    gold: dict[Fragments, BratSpan] = {}
    for event in article.annotations.events:
        if not _is_attribution(event):
            continue
        source_id, cue_id = event.args.get("Source"), event.args.get("Cue")
        if source_id not in spans or cue_id not in spans:
            continue
        cue_text = span_text(article.text, spans[cue_id].fragments)
        if _REPORTING_RE.search(cue_text):
            source = spans[source_id]
            gold.setdefault(source.fragments, source)
    return sorted(gold.values(), key=lambda s: s.fragments)


def all_source_spans(article: PolnearArticle) -> list[BratSpan]:
    """Return every Source span of an article (any attribution, any cue).

    Parameters
    ----------
    article : PolnearArticle
        The article.

    Returns
    -------
    list of BratSpan
        Distinct Source spans linked to an attribution event, in document order.
        ``Source`` annotations that no event links to are left out.
    """
    spans = article.annotations.spans
    found: dict[Fragments, BratSpan] = {}
    for event in article.annotations.events:
        source_id = event.args.get("Source")
        if _is_attribution(event) and source_id in spans:
            found.setdefault(spans[source_id].fragments, spans[source_id])
    return sorted(found.values(), key=lambda s: s.fragments)


def overlaps(start: int, end: int, fragments: Iterable[tuple[int, int]]) -> bool:
    """Whether the half-open range ``[start, end)`` shares a character with any fragment.

    An empty range overlaps nothing.

    Examples
    --------
    >>> overlaps(0, 5, [(5, 9)])
    False
    >>> overlaps(0, 6, [(5, 9)])
    True
    """
    return any(max(start, s) < min(end, e) for s, e in fragments)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class _ArticleResult:
    gold: list[BratSpan]
    sources: list[BratSpan]
    predictions: list[Evidence]  # distinct source evidence, document order
    invalid: int


def _predict(article: PolnearArticle, extract: Callable[[str], list[Evidence]]) -> _ArticleResult:
    evidence = extract(article.text)
    seen: set[tuple[str, int, int]] = set()
    predictions = []
    invalid = 0
    for ev in evidence:
        if ev.signal not in SOURCE_SIGNALS:
            continue
        inside = 0 <= ev.start <= ev.end <= len(article.text)
        if not inside or article.text[ev.start : ev.end] != ev.text:
            invalid += 1
        key = (ev.signal, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            predictions.append(ev)
    predictions.sort(key=lambda ev: (ev.start, ev.end, ev.signal))
    return _ArticleResult(
        gold_source_spans(article), all_source_spans(article), predictions, invalid
    )


def score_articles(
    articles: Sequence[PolnearArticle], extract: Callable[[str], list[Evidence]]
) -> dict:
    """Score an extractor's source spans against PolNeAR articles.

    Parameters
    ----------
    articles : sequence of PolnearArticle
        The articles to score.
    extract : callable
        ``extract(text) -> list[Evidence]``.

    Returns
    -------
    dict
        ``precision``, ``recall``, ``f1``; ``n_gold`` (gold spans), ``n_gold_found``,
        ``n_predictions`` (distinct predicted ``(start, end)`` spans), ``n_correct``
        (those overlapping a Source span), ``n_source_spans`` (all Source spans),
        ``n_gold_attributions``, ``n_attributions``, ``per_signal`` (signal to ``n``,
        ``n_correct``, ``precision``), ``n_invalid_evidence`` (evidence whose ``text``
        is not the slice at its offsets), ``n_articles``, ``n_multi_annotator_articles``,
        ``n_unlinked_source_spans`` (``Source`` annotations no event links to; ignored),
        ``offset_mismatches`` (spans whose ``.ann`` text disagrees with the article).

    Notes
    -----
    The same span emitted under two source signals is one prediction overall and one
    per signal in ``per_signal``.
    """
    n_gold = n_gold_found = n_pred = n_correct = n_sources = n_invalid = 0
    n_attr = n_gold_attr = 0
    per_signal: dict[str, dict[str, float]] = {}
    for article in articles:
        res = _predict(article, extract)
        n_invalid += res.invalid
        n_sources += len(res.sources)
        for event in article.annotations.events:
            if _is_attribution(event):
                n_attr += 1
        n_gold_attr += _count_gold_attributions(article)
        n_gold += len(res.gold)
        n_gold_found += sum(
            any(overlaps(ev.start, ev.end, g.fragments) for ev in res.predictions) for g in res.gold
        )
        source_fragments = [f for s in res.sources for f in s.fragments]
        span_correct: dict[tuple[int, int], bool] = {}
        for ev in res.predictions:
            ok = overlaps(ev.start, ev.end, source_fragments)
            span_correct[(ev.start, ev.end)] = ok
            stats = per_signal.setdefault(ev.signal, {"n": 0, "n_correct": 0})
            stats["n"] += 1
            stats["n_correct"] += ok
        n_pred += len(span_correct)
        n_correct += sum(span_correct.values())
    for stats in per_signal.values():
        stats["precision"] = _ratio(int(stats["n_correct"]), int(stats["n"]))
    precision, recall = _ratio(n_correct, n_pred), _ratio(n_gold_found, n_gold)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1_score(precision, recall),
        "n_gold": n_gold,
        "n_gold_found": n_gold_found,
        "n_predictions": n_pred,
        "n_correct": n_correct,
        "n_source_spans": n_sources,
        "n_gold_attributions": n_gold_attr,
        "n_attributions": n_attr,
        "per_signal": dict(sorted(per_signal.items())),
        "n_invalid_evidence": n_invalid,
        "n_articles": len(articles),
        "n_multi_annotator_articles": sum(a.n_ann_files > 1 for a in articles),
        "n_unlinked_source_spans": sum(_count_unlinked_sources(a) for a in articles),
        "offset_mismatches": sum(len(a.offset_mismatches) for a in articles),
    }


def _count_gold_attributions(article: PolnearArticle) -> int:
    spans = article.annotations.spans
    count = 0
    for event in article.annotations.events:
        source_id, cue_id = event.args.get("Source"), event.args.get("Cue")
        if _is_attribution(event) and source_id in spans and cue_id in spans:
            count += bool(_REPORTING_RE.search(span_text(article.text, spans[cue_id].fragments)))
    return count


def _count_unlinked_sources(article: PolnearArticle) -> int:
    linked = {event.args.get("Source") for event in article.annotations.events}
    return sum(
        span.type == "Source" and span.id not in linked
        for span in article.annotations.spans.values()
    )


def context(text: str, start: int, end: int, width: int = 80) -> str:
    """Return ``width`` characters either side of a span, the span marked ``[[...]]``.

    Examples
    --------
    >>> context("Officials said the bridge was safe.", 0, 9, width=5)
    '[[Officials]] said…'
    """
    left = max(0, start - width)
    right = min(len(text), end + width)
    out = (
        ("…" if left > 0 else "")
        + text[left:start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end:right]
        + ("…" if right < len(text) else "")
    )
    return " ".join(out.split())


def find_errors(
    articles: Sequence[PolnearArticle],
    extract: Callable[[str], list[Evidence]],
    width: int = 80,
) -> dict[str, list[dict]]:
    """List missed gold spans and false-positive predictions, with context.

    Parameters
    ----------
    articles : sequence of PolnearArticle
        The articles.
    extract : callable
        ``extract(text) -> list[Evidence]``.
    width : int, default 80
        Characters of context either side.

    Returns
    -------
    dict
        ``"missed"``: gold spans no prediction overlaps (``article``, ``start``, ``end``,
        ``span``, ``context``); ``"false_positive"``: predictions overlapping no Source
        span (the same keys plus ``signal``). Both in article and document order.
    """
    missed: list[dict] = []
    false_pos: list[dict] = []
    for article in articles:
        res = _predict(article, extract)
        for g in res.gold:
            if not any(overlaps(ev.start, ev.end, g.fragments) for ev in res.predictions):
                missed.append(
                    {
                        "article": article.name,
                        "start": g.start,
                        "end": g.end,
                        "span": span_text(article.text, g.fragments),
                        "context": context(article.text, g.start, g.end, width),
                    }
                )
        source_fragments = [f for s in res.sources for f in s.fragments]
        for ev in res.predictions:
            if not overlaps(ev.start, ev.end, source_fragments):
                false_pos.append(
                    {
                        "article": article.name,
                        "signal": ev.signal,
                        "start": ev.start,
                        "end": ev.end,
                        "span": article.text[ev.start : ev.end],
                        "context": context(article.text, ev.start, ev.end, width),
                    }
                )
    return {"missed": missed, "false_positive": false_pos}
