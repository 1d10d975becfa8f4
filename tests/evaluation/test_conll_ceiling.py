"""Tests of the cross-validated CoNLL-2010 lexicon ceiling (invented sentences only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from credscore._evidence import Evidence
from credscore.evaluation import conll_ceiling as C


def _keys(*items: str) -> frozenset[str]:
    return frozenset(items)


def test_cue_keys_key_cues_words_and_pairs():
    keys = C.cue_keys("Critics say it failed.", [("weasel", "Critics say")])
    assert "weasel:critics say" in keys
    assert {"w:critics", "w:say", "w:it", "w:failed", "w:critics say", "w:it failed"} <= keys
    assert C.cue_keys("Critics say", [], ngrams=False) == frozenset()


def test_tune_lexicon_drops_a_noisy_cue_and_adds_a_telling_word():
    certain = _keys("hedge:may", "w:may")
    telling = _keys("w:allegedly")
    kept = _keys("hedge:reportedly", "w:reportedly")
    keys = [certain] * 6 + [telling] * 4 + [kept] * 3 + [_keys("w:the")] * 5
    labels = [0] * 6 + [1] * 4 + [1] * 3 + [0] * 5
    dropped, added, f1 = C.tune_lexicon(keys, labels, min_count=3)
    assert dropped == {"hedge:may"}
    assert added == {"w:allegedly"}
    assert f1 == 1.0


def test_tune_lexicon_needs_min_count_and_skips_quantity_words():
    keys = [_keys("w:many")] * 4 + [_keys("w:rare")] * 2 + [_keys("w:the")] * 4
    labels = [1] * 4 + [1] * 2 + [0] * 4
    _, added, _ = C.tune_lexicon(keys, labels, min_count=3)
    assert added == frozenset()  # "many" is a quantity, "rare" too infrequent
    _, added, _ = C.tune_lexicon(keys, labels, min_count=2, include_quantities=True)
    assert added == {"w:many", "w:rare"}


def test_tune_lexicon_precision_floor_gives_up_recall():
    # "often" finds every uncertain sentence but also certain ones; "surely" is exact
    keys = [_keys("w:often", "w:surely")] * 3 + [_keys("w:often")] * 3 + [_keys("w:often")] * 2
    labels = [1] * 3 + [1] * 3 + [0] * 2
    _, added, _ = C.tune_lexicon(keys, labels, min_count=2)
    assert "w:often" in added  # F1 0.857 beats 0.667
    _, added, _ = C.tune_lexicon(keys, labels, min_count=2, min_precision=0.9)
    assert added == {"w:surely"}


def _corpus(n: int = 60) -> tuple[list[frozenset[str]], list[int]]:
    keys, labels = [], []
    for i in range(n):
        if i % 3 == 0:
            keys.append(_keys("w:allegedly", "w:it"))
            labels.append(1)
        elif i % 3 == 1:
            keys.append(_keys("hedge:may", "w:may", "w:it"))
            labels.append(0)
        else:
            keys.append(_keys("hedge:perhaps", "w:perhaps"))
            labels.append(1)
    return keys, labels


def test_cross_validation_scores_held_out_folds_deterministically():
    keys, labels = _corpus()
    as_is, tuned, in_sample, changes = C.cross_validate_lexicon(keys, labels, folds=4, min_count=3)
    assert as_is.recall == pytest.approx(0.5)  # only the "perhaps" sentences fire
    assert as_is.precision == pytest.approx(0.5)
    assert tuned.f1 == 1.0
    assert len(tuned.per_fold_f1) == 4 and len(in_sample) == 4
    assert all(d == 1 and a == 1 for d, a in changes)
    assert (as_is, tuned) == C.cross_validate_lexicon(keys, labels, folds=4, min_count=3)[:2]
    with pytest.raises(ValueError, match="folds"):
        C.cross_validate_lexicon(keys, labels, folds=1)


def test_unseen_extractor_cues_still_fire_on_held_out_folds():
    keys, labels = _corpus(30)
    keys.append(_keys("hedge:once only", "w:once"))  # in one fold's held-out part only
    labels.append(1)
    _, tuned, _, _ = C.cross_validate_lexicon(keys, labels, folds=3, min_count=3)
    assert tuned.recall == 1.0


def test_bag_of_words_classifier_learns_a_clear_word():
    texts = [f"Claim {i} is allegedly true." for i in range(20)] + [
        f"Row {i} was counted." for i in range(20)
    ]
    labels = [1] * 20 + [0] * 20
    score = C.cross_validate_bag_of_words(texts, labels, folds=4)
    assert score.f1 == 1.0


def _data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "conll2010-wiki-weasel" / "liew-crypto-uncertainty"
    folder.mkdir(parents=True)
    rows = ["text,label"]
    for i in range(12):
        rows.append(f"Claim {i} may hold.,0")
        rows.append(f"Claim {i} is allegedly true.,1")
        rows.append(f"Claim {i} perhaps holds.,1")
    (folder / "train.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def _extract(text: str) -> list[Evidence]:
    out = []
    for word in ("may", "perhaps"):
        start = text.find(f" {word} ")
        if start >= 0:
            out.append(Evidence("hedge", start + 1, start + 1 + len(word), word))
    return out


def test_run_and_render_on_a_small_data_folder(tmp_path: Path):
    result = C.run(_data_dir(tmp_path), folds=3, min_count=3, extract=_extract)
    assert (result.n, result.n_uncertain) == (36, 24)
    assert result.extractor.precision == pytest.approx(0.5)
    assert result.lexicon.f1 == 1.0
    assert result.bag_of_words is not None and result.bag_of_words.f1 == 1.0
    text = C.render(result)
    assert "36 sentences, 24 uncertain" in text
    assert "lexicon tuned on the other folds" in text and "1.000" in text


def test_main_writes_json_and_refuses_bad_settings(tmp_path: Path, capsys, monkeypatch):
    data = _data_dir(tmp_path)
    monkeypatch.setattr(C, "run", _with_extract(C.run))
    out = tmp_path / "ceiling.json"
    argv = ["--data-dir", str(data), "--folds", "3", "--min-count", "3", "--json", str(out)]
    assert C.main(argv) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["lexicon"]["f1"] == 1.0
    assert C.main(["--data-dir", str(tmp_path / "none")]) == 2
    assert "not found" in capsys.readouterr().err
    assert C.main(["--data-dir", str(data), "--min-precision", "1.5"]) == 2
    assert C.main(["--data-dir", str(data), "--bow-threshold", "-0.1"]) == 2
    assert C.main(["--data-dir", str(data), "--min-count", "0"]) == 2
    assert C.main(["--data-dir", str(data), "--folds", "1"]) == 2


def _with_extract(run):
    def wrapped(*args, **kwargs):
        return run(*args, extract=_extract, **kwargs)

    return wrapped
