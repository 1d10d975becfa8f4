"""Tests of the evaluation entry points, the baseline and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from credscore._evidence import Evidence
from credscore.evaluation import signals as S


def _source_extractor(synth):
    text = synth.ARTICLE

    def extract(t: str):
        if t == text:
            return [
                synth.ev(text, "named_source", "Mayor Ann Lee"),
                synth.ev(text, "named_source", "later"),
            ]
        if "may" in t:
            start = t.index("may")
            return [Evidence("hedge", start, start + 3, "may")]
        return []

    return extract


# --- data folder ----------------------------------------------------------------------


def test_resolve_explicit_dir(corpora: Path):
    assert S.resolve_data_dir(corpora) == corpora.resolve()


def test_resolve_env_var(corpora: Path, monkeypatch):
    monkeypatch.setenv("CREDSCORE_DATA", str(corpora))
    assert S.resolve_data_dir() == corpora.resolve()


def test_resolve_cwd_relative(tmp_path: Path, monkeypatch):
    (tmp_path / "shared" / "datasets").mkdir(parents=True)
    (tmp_path / "project").mkdir()
    monkeypatch.delenv("CREDSCORE_DATA", raising=False)
    monkeypatch.chdir(tmp_path / "project")
    assert S.resolve_data_dir() == (tmp_path / "shared" / "datasets").resolve()


def test_missing_dir_raises_clear_error(tmp_path: Path, monkeypatch):
    with pytest.raises(S.DataDirNotFoundError, match="data_dir argument"):
        S.resolve_data_dir(tmp_path / "absent")
    monkeypatch.setenv("CREDSCORE_DATA", str(tmp_path / "absent"))
    with pytest.raises(S.DataDirNotFoundError, match="CREDSCORE_DATA"):
        S.resolve_data_dir()


def test_missing_corpus_inside_dir_raises(tmp_path: Path):
    with pytest.raises(S.DataDirNotFoundError, match="PolNeAR"):
        S.evaluate_polnear("dev", tmp_path, extract=lambda _: [])
    with pytest.raises(S.DataDirNotFoundError, match="CoNLL"):
        S.evaluate_conll(tmp_path, extract=lambda _: [])


# --- entry points on synthetic corpora ------------------------------------------------


def test_evaluate_polnear_synthetic(corpora: Path, synth):
    r = S.evaluate_polnear("dev", corpora, extract=_source_extractor(synth))
    assert r["split"] == "dev"
    assert (r["n_articles"], r["n_gold"], r["n_gold_found"]) == (1, 2, 1)
    assert (r["n_predictions"], r["n_correct"]) == (2, 1)
    assert r["f1"] == pytest.approx(0.5)
    assert r["offset_mismatches"] == 0
    assert r["seconds"] >= 0


def test_evaluate_conll_synthetic(corpora: Path, synth):
    r = S.evaluate_conll(corpora, extract=_source_extractor(synth))
    assert (r["n"], r["n_total"], r["sampled"]) == (6, 6, False)
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (1, 0, 2, 3)
    limited = S.evaluate_conll(corpora, extract=_source_extractor(synth), limit=3)
    assert (limited["n"], limited["n_total"], limited["sampled"]) == (3, 6, True)


def test_error_examples_synthetic(corpora: Path, synth):
    errors = S.error_examples("dev", corpora, extract=_source_extractor(synth), n=5)
    assert [e["span"] for e in errors["missed"]] == ["The mayor and the governor"]
    assert [e["span"] for e in errors["false_positive"]] == ["later"]
    assert S.error_examples("dev", corpora, extract=_source_extractor(synth), n=0) == {
        "missed": [],
        "false_positive": [],
    }


def test_baseline_extract_on_invented_text():
    text = "Mayor Ann Lee said the dam may fail, according to the Water Board. Perhaps."
    found = [(e.signal, e.text) for e in S.baseline_extract(text)]
    assert found == [
        ("named_source", "Mayor Ann Lee"),
        ("hedge", "may"),
        ("named_source", "the Water Board"),
        ("hedge", "Perhaps"),
    ]
    for e in S.baseline_extract(text):
        assert text[e.start : e.end] == e.text


# --- command line ---------------------------------------------------------------------


def test_main_exits_2_without_data(tmp_path: Path, capsys):
    assert S.main(["--data-dir", str(tmp_path / "absent"), "--baseline-only"]) == 2
    assert "corpora folder not found" in capsys.readouterr().err


def test_main_exits_2_when_env_points_nowhere(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("CREDSCORE_DATA", str(tmp_path / "absent"))
    assert S.main([]) == 2
    assert "CREDSCORE_DATA" in capsys.readouterr().err


def test_main_prints_table(corpora: Path, synth, monkeypatch, capsys):
    monkeypatch.setattr(S, "_default_extract", lambda: _source_extractor(synth))
    assert S.main(["--data-dir", str(corpora), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    for needle in (
        "credscore  dev",
        "baseline   dev",
        ">=0.75 FAIL",
        "F1,P>=0.60 FAIL",
        "(reference)",
        "offset mismatches: 0",
        "Total time",
        "false positives",
    ):
        assert needle in out


def test_main_without_extractor_reports_baseline(corpora: Path, monkeypatch, capsys):
    def broken():
        raise ImportError("no extract yet")

    monkeypatch.setattr(S, "_default_extract", broken)
    assert S.main(["--data-dir", str(corpora)]) == 1
    captured = capsys.readouterr()
    assert "no extract yet" in captured.err
    assert "baseline" in captured.out


# --- real data ------------------------------------------------------------------------


def _real_polnear_or_skip() -> Path:
    try:
        root = S.resolve_data_dir()
    except S.DataDirNotFoundError as exc:
        pytest.skip(f"real corpora not available: {exc}")
    if not (root / "polnear" / "data" / "dev").is_dir():
        pytest.skip(f"PolNeAR dev split not found under {root}")
    return root


@pytest.mark.slow
def test_real_polnear_dev_with_baseline():
    root = _real_polnear_or_skip()
    r = S.evaluate_polnear("dev", root, extract=S.baseline_extract)
    assert r["n_articles"] > 50
    assert r["n_gold"] > 500
    assert r["offset_mismatches"] == 0
    assert r["n_invalid_evidence"] == 0
    # a naive regex: very precise, low recall; a change far outside this band means the
    # reader or the scoring changed
    assert 0.8 < r["precision"] <= 1.0
    assert 0.15 < r["recall"] < 0.5
