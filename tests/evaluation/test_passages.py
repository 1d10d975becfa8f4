"""The annotated news-passage benchmark: well-formed data and a correct evaluator.

No bar is set on the real extractor's scores; only the data and the matching logic are
checked, the latter with a fake extractor on hand-built passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from credscore._evidence import Evidence
from credscore._text import Doc
from credscore.evaluation.passages import (
    SETS,
    SIGNALS,
    GoldSpanError,
    Passage,
    evaluate,
    format_result,
    gold_spans,
    load,
    match,
)
from credscore.evaluation.passages.__main__ import main

ALL = {name: load(name) for name in SETS}


def _ev(text: str, signal: str, phrase: str, occurrence: int = 0, **details: str) -> Evidence:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Evidence(signal, start, start + len(phrase), phrase, dict(details))


def _fake(table: dict[str, list[Evidence]]) -> Callable[[str], list[Evidence]]:
    return lambda text: list(table.get(text, []))


# --------------------------------------------------------------------------- the data


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_forty_passages_with_unique_ids(name):
    passages = ALL[name]
    assert len(passages) == 40
    ids = [p.id for p in passages]
    assert len(set(ids)) == len(ids)
    assert all(isinstance(p, Passage) for p in passages)


@pytest.mark.parametrize("name", SETS)
def test_every_gold_span_resolves_to_its_text(name):
    for p in ALL[name]:
        spans = gold_spans(p)  # raises GoldSpanError on a missing span or bad signal
        assert len(spans) == len(p.gold)
        for span in spans:
            assert span.signal in SIGNALS
            assert p.text[span.start : span.end] == span.text
        assert all(signal in SIGNALS for signal, _ in p.gold)


@pytest.mark.parametrize("name", SETS)
def test_passages_are_short_news_passages(name):
    for p in ALL[name]:
        assert 3 <= len(Doc(p.text).sentences) <= 8, p.id
        assert p.text == p.text.strip() and "  " not in p.text, p.id


@pytest.mark.parametrize("name", SETS)
def test_every_signal_is_annotated_in_each_set(name):
    signals = {signal for p in ALL[name] for signal, _ in p.gold}
    assert signals == set(SIGNALS)


def test_dev_and_holdout_share_no_id_text_sentence_or_named_source():
    dev, holdout = ALL["dev"], ALL["holdout"]
    assert not {p.id for p in dev} & {p.id for p in holdout}
    assert not {p.text for p in dev} & {p.text for p in holdout}

    def sentences(ps: tuple[Passage, ...]) -> set[str]:
        out = set()
        for p in ps:
            doc = Doc(p.text)
            out |= {doc.text[s:e].strip() for s, e in doc.sentences}
        return out

    assert not sentences(dev) & sentences(holdout)

    def surnames(ps: tuple[Passage, ...]) -> set[str]:
        return {
            span.split("#")[0].split()[-1]
            for p in ps
            for signal, span in p.gold
            if signal == "named_source" and span[:1].isupper() and " " in span
        }

    assert not surnames(dev) & surnames(holdout)


# --------------------------------------------------------------------------- gold spans


def test_occurrence_suffix_and_whole_word_matching():
    p = Passage(
        "t1",
        "The mayor said rain may come. Lee said the dam may hold.",
        (("hedge", "may"), ("hedge", "may#2"), ("named_source", "Lee")),
    )
    spans = gold_spans(p)
    assert [(s.start, s.text) for s in spans] == [(20, "may"), (47, "may"), (30, "Lee")]


@pytest.mark.parametrize(
    "gold",
    [
        (("hedge", "perhaps"),),  # not in the text
        (("hedge", "may#3"),),  # only two occurrences
        (("quote", "Lee"),),  # unknown signal
        (("hedge", "may"), ("hedge", "may#1")),  # the same span twice
    ],
)
def test_bad_gold_raises(gold):
    p = Passage("t2", "The dam may hold, Lee said, or it may not.", gold)
    with pytest.raises(GoldSpanError):
        gold_spans(p)
    with pytest.raises(GoldSpanError):
        evaluate([p], extractor=_fake({}))


def test_unknown_set_name():
    with pytest.raises(ValueError):
        load("test")


# --------------------------------------------------------------------------- matching


def test_match_is_one_to_one_and_maximal():
    assert match([(0, 10)], [(0, 3), (5, 9)]) == [(0, 1)]  # the larger overlap wins
    # but not at the cost of a pair: 0 -> 1 alone would leave prediction 1 unmatched
    assert match([(0, 10), (4, 6)], [(0, 3), (5, 9)]) == [(0, 0), (1, 1)]
    assert match([(0, 3), (1, 2)], [(0, 3)]) == [(0, 0)]
    assert match([(0, 3)], [(3, 6)]) == []  # touching is not overlapping
    assert match([], [(0, 1)]) == [] and match([(0, 1)], []) == []


TEXT = (
    "The family's lawyer, Dana Whitcombe, said the ruling may be appealed. "
    "He said it was unfair. Officials said the Tribune reported it first."
)
PASSAGE = Passage(
    "t3",
    TEXT,
    (
        ("named_source", "Dana Whitcombe"),
        ("hedge", "may"),
        ("anonymous_source", "Officials"),
        ("media_source", "Tribune"),
    ),
)


def test_evaluate_counts_overlap_matches_per_signal():
    preds = [
        _ev(TEXT, "anonymous_source", "family's lawyer"),  # false positive
        _ev(TEXT, "named_source", "lawyer, Dana"),  # overlaps the gold name: match
        _ev(TEXT, "named_source", "Dana Whitcombe"),  # second match of one gold: FP
        _ev(TEXT, "hedge", "may be"),  # overlap: match
        _ev(TEXT, "named_source", "He", resolved="Dana Whitcombe"),  # ignored
        _ev(TEXT, "direct_quote", "it was unfair"),  # not a benchmark signal: ignored
        _ev(TEXT, "organization_source", "Officials"),  # not a benchmark signal: ignored
        _ev(TEXT, "named_source", "Officials"),  # wrong signal: FP, and the gold is missed
    ]
    res = evaluate([PASSAGE], extractor=_fake({TEXT: preds}))
    s = res["signals"]
    assert res["n_passages"] == 1
    assert (s["named_source"]["tp"], s["named_source"]["fp"], s["named_source"]["fn"]) == (
        1,
        2,
        0,
    )
    assert s["named_source"]["precision"] == pytest.approx(1 / 3)
    assert s["named_source"]["recall"] == 1.0
    assert s["named_source"]["f1"] == pytest.approx(0.5)
    assert (s["hedge"]["tp"], s["hedge"]["fp"], s["hedge"]["fn"]) == (1, 0, 0)
    assert s["hedge"]["f1"] == 1.0
    assert (s["anonymous_source"]["tp"], s["anonymous_source"]["n_pred"]) == (0, 1)
    assert s["anonymous_source"]["f1"] == 0.0
    assert (s["media_source"]["fn"], s["media_source"]["n_pred"]) == (1, 0)
    assert (s["expert_source"]["n_gold"], s["expert_source"]["f1"]) == (0, 0.0)
    assert res["macro_f1"] == pytest.approx((0.5 + 1.0) / 5)

    errors = {(e["kind"], e["signal"], e["text"]) for e in res["errors"]}
    assert errors == {
        ("false_positive", "anonymous_source", "family's lawyer"),
        ("false_positive", "named_source", "Dana Whitcombe"),
        ("false_positive", "named_source", "Officials"),
        ("missed", "anonymous_source", "Officials"),
        ("missed", "media_source", "Tribune"),
    }
    tribune = next(e for e in res["errors"] if e["text"] == "Tribune")
    assert tribune["passage"] == "t3"
    assert tribune["sentence"] == "Officials said the Tribune reported it first."
    assert TEXT[tribune["start"] : tribune["end"]] == "Tribune"


def test_unresolved_pronoun_and_resolved_name_still_count():
    preds = [
        _ev(TEXT, "named_source", "He"),  # a pronoun without resolution: a prediction
        _ev(TEXT, "named_source", "Dana Whitcombe", resolved="Dana Whitcombe"),  # not a pronoun
    ]
    res = evaluate([PASSAGE], extractor=_fake({TEXT: preds}))
    assert (res["signals"]["named_source"]["tp"], res["signals"]["named_source"]["fp"]) == (1, 1)


def test_a_perfect_extractor_scores_one():
    table = {}
    for p in ALL["dev"][:5]:
        table[p.text] = [Evidence(g.signal, g.start, g.end, g.text) for g in gold_spans(p)]
    res = evaluate(ALL["dev"][:5], extractor=_fake(table))
    assert res["errors"] == []
    for signal in SIGNALS:
        r = res["signals"][signal]
        assert r["fp"] == 0 and r["fn"] == 0


def test_format_result_and_cli(capsys):
    res = evaluate([PASSAGE], extractor=_fake({}))
    table = format_result(res, title="demo", errors=2)
    assert table.splitlines()[0] == "demo"
    assert all(signal in table for signal in SIGNALS) and "macro-F1" in table
    assert "errors (2 of 4)" in table and "MISS" in table

    assert main(["--set", "dev", "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "credscore passages: dev" in out and "40 passages" in out
    assert re.search(r"macro-F1\s+\d\.\d\d", out)
