"""Tests of the CoNLL-2010 sentence reader and sentence-level scoring (synthetic data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from credscore._evidence import Evidence
from credscore.evaluation import _conll as C


def _csv(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def test_load_sentences_reads_quoted_multiline_rows(tmp_path: Path):
    path = _csv(
        tmp_path / "s.csv",
        'text,label\n"The bridge -LRB- 1901 -RRB- is `` old \'\'.\n",0\n"It may rain.\n",1\n',
    )
    sentences = C.load_sentences(path)
    assert sentences == [
        C.Sentence(0, 'The bridge ( 1901 ) is " old ".', 0),
        C.Sentence(1, "It may rain.", 1),
    ]
    raw = C.load_sentences(path, normalize=False)
    assert raw[0].text == "The bridge -LRB- 1901 -RRB- is `` old ''."


def test_load_sentences_rejects_bad_columns_and_labels(tmp_path: Path):
    with pytest.raises(ValueError, match="columns"):
        C.load_sentences(_csv(tmp_path / "a.csv", "sentence,y\nHi,0\n"))
    with pytest.raises(ValueError, match="row 1"):
        C.load_sentences(_csv(tmp_path / "b.csv", "text,label\nHi,0\nHo,-1\n"))
    with pytest.raises(FileNotFoundError):
        C.load_sentences(tmp_path / "missing.csv")


def test_sample_is_random_reproducible_and_ordered():
    # sorted by label like the real file: a head() would hold no uncertain sentence
    sentences = [C.Sentence(i, f"s{i}", int(i >= 50)) for i in range(100)]
    a = C.sample_sentences(sentences, 20, seed=1)
    assert a == C.sample_sentences(sentences, 20, seed=1)
    assert len(a) == 20
    assert [s.index for s in a] == sorted(s.index for s in a)
    assert 0 < sum(s.label for s in a) < 20
    assert C.sample_sentences(sentences, None) == sentences
    assert C.sample_sentences(sentences, 500) == sentences
    with pytest.raises(ValueError, match="limit"):
        C.sample_sentences(sentences, -1)


def _hedge_on(word: str):
    def extract(text: str) -> list[Evidence]:
        out = []
        start = text.find(word)
        if start >= 0:
            out.append(Evidence("hedge", start, start + len(word), word))
        if text.startswith("Officials"):
            out.append(Evidence("anonymous_source", 0, 9, "Officials"))
        if text.startswith("Some people"):
            out.append(Evidence("weasel", 0, 11, "Some people"))
        if text.startswith("Ms."):
            out.append(Evidence("named_source", 0, 3, "Ms."))  # not an uncertainty signal
        return out

    return extract


def test_score_sentences_hand_computed():
    sentences = [
        C.Sentence(0, "The dam may fail.", 1),  # tp (hedge)
        C.Sentence(1, "Officials expect rain.", 1),  # tp (anonymous_source)
        C.Sentence(2, "It is thought to be old.", 1),  # fn
        C.Sentence(3, "The road may be closed in May.", 0),  # fp
        C.Sentence(4, "Ms. Roe opened the road.", 0),  # tn: named_source does not count
        C.Sentence(5, "", 0),  # tn
        C.Sentence(6, "Some people say it is old.", 1),  # tp (weasel)
    ]
    r = C.score_sentences(sentences, _hedge_on("may"))
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (3, 1, 1, 2)
    assert r["precision"] == pytest.approx(3 / 4)
    assert r["recall"] == pytest.approx(3 / 4)
    assert r["f1"] == pytest.approx(3 / 4)
    assert r["accuracy"] == pytest.approx(5 / 7)
    assert (r["n"], r["n_uncertain"], r["n_predicted"], r["n_empty"]) == (7, 4, 4, 1)
    assert r["per_signal"] == {
        "anonymous_source": {"n": 1, "n_correct": 1, "precision": 1.0},
        "hedge": {"n": 2, "n_correct": 1, "precision": 0.5},
        "weasel": {"n": 1, "n_correct": 1, "precision": 1.0},
    }


def test_weasel_counts_as_uncertain():
    assert {"hedge", "weasel", "anonymous_source"} == C.UNCERTAIN_SIGNALS


def test_evidence_outside_the_sentence_does_not_count():
    sentence = C.Sentence(0, "A short one.", 1)

    def extract(text: str) -> list[Evidence]:
        return [Evidence("hedge", 50, 55, "")]

    r = C.score_sentences([sentence], extract)
    assert (r["tp"], r["fn"]) == (0, 1)
    assert r["n_invalid_evidence"] == 1


def test_no_predictions_scores_zero():
    r = C.score_sentences([C.Sentence(0, "Rain.", 1)], lambda _: [])
    assert (r["precision"], r["recall"], r["f1"]) == (0.0, 0.0, 0.0)
