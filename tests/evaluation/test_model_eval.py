"""The model evaluation harness (credscore.evaluation), on tiny invented corpora.

Most tests go through ``credscore.evaluation.model``, the compatibility module that keeps
the names of the single module the evaluation used to be; the command line goes through
``credscore evaluate`` (:func:`credscore.cli.main`).

Every article here is made up from the sentence templates below. One slow test runs on a
real corpus and skips when the data directory is absent.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from credscore import __version__
from credscore.cli import main as cli_main
from credscore.evaluation import model as ev
from credscore.features import FEATURE_NAMES, feature_frame

# --------------------------------------------------------------------------- invented corpora

NAMES = ["Ann Lee", "Tomas Varga", "Priya Nair", "Olu Adeyemi", "Marta Kowal", "Sam Ortiz"]
ORGS = ["water board", "city council", "transport ministry", "county health office"]
THINGS = ["bridge", "library", "tram line", "harbour wall", "clinic"]

CREDIBLE = [
    'Mayor {name} said the {thing} would reopen on Monday. "We checked the figures twice," '
    "said {name2}, a spokesperson for the {org}.",
    "According to a report by the {org}, {n} percent of residents used the {thing} last "
    "year. {name} declined to comment on the report.",
    '"The repairs cost {n} million dollars," {name} told reporters. The {org} said in a '
    "statement that the work was inspected.",
    "Budget documents published by the {org} show a {n} percent increase. {name2}, an "
    "engineer at the {org}, said the estimate may change.",
]
NOT_CREDIBLE = [
    "This is clearly the worst scandal ever and everyone knows it. The {thing} is obviously "
    "a total disaster!",
    "They will never tell you the truth about the {thing}. It is absolutely certain that the "
    "elites are hiding everything.",
    "Wake up, people! The {thing} was always a lie and it will definitely get worse. Share "
    "this before it is deleted!",
    "Nobody can deny it anymore: the {thing} is a complete fraud. Total shame on all of them!",
]


def _article(rng: np.random.Generator, credible: bool, noise: float) -> str:
    # with probability ``noise`` an article borrows the other class's style
    style = credible if rng.random() > noise else not credible
    pool = CREDIBLE if style else NOT_CREDIBLE
    parts = []
    for _ in range(int(rng.integers(2, 4))):
        template = pool[int(rng.integers(len(pool)))]
        parts.append(
            template.format(
                name=NAMES[int(rng.integers(len(NAMES)))],
                name2=NAMES[int(rng.integers(len(NAMES)))],
                org=ORGS[int(rng.integers(len(ORGS)))],
                thing=THINGS[int(rng.integers(len(THINGS)))],
                n=int(rng.integers(2, 90)),
            )
        )
    return " ".join(parts)


def synthetic_frame(
    name: str, n: int = 48, seed: int = 0, noise: float = 0.15, outlets: int = 6
) -> pd.DataFrame:
    """An invented corpus: ``n`` articles, half credible, spread over ``outlets`` outlets."""
    rng = np.random.default_rng(seed)
    rows, seen = [], set()
    i = 0
    while len(rows) < n:
        label = len(rows) % 2
        text = _article(rng, bool(label), noise)
        if text in seen:
            continue
        seen.add(text)
        rows.append(
            {
                "id": f"{name}-{i}",
                "text": text,
                "label": label,
                "group": f"outlet-{(len(rows) // 2) % outlets}",
                "corpus": name,
                "title": "",
            }
        )
        i += 1
    return pd.DataFrame(rows)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def corpora(cache: Path) -> dict[str, ev.EvalCorpus]:
    """Three invented corpora, two of them named like real ones that share articles."""
    names = ["buzzfeed-webis-2016", "fakenewsnet-buzzfeed", "fakenewsnet-politifact"]
    return {
        n: ev.make_corpus(synthetic_frame(n, seed=i), n, cache_dir=cache, n_jobs=1)
        for i, n in enumerate(names)
    }


def _models() -> list[ev.ModelSpec]:
    return ev.default_models(C=1.0, boosting=False)


# --------------------------------------------------------------------------- feature cache


def test_signal_code_hash_is_stable_hex():
    h = ev.signal_code_hash()
    assert re.fullmatch(r"[0-9a-f]{16}", h)
    assert ev.signal_code_hash() == h


def test_source_hash_changes_with_signal_code_and_lexicons(tmp_path: Path):
    pkg = tmp_path / "pkg"
    (pkg / "signals").mkdir(parents=True)
    (pkg / "lexicons").mkdir()
    (pkg / "signals" / "hedge.py").write_text("WORDS = ['may']\n", encoding="utf-8")
    (pkg / "lexicons" / "hedges.txt").write_text("may\n", encoding="utf-8")
    (pkg / "features.py").write_text("X = 1\n", encoding="utf-8")
    first = ev.source_hash(pkg)
    assert ev.source_hash(pkg) == first
    (pkg / "lexicons" / "hedges.txt").write_text("may\nmight\n", encoding="utf-8")
    second = ev.source_hash(pkg)
    assert second != first
    (pkg / "signals" / "hedge.py").write_text("WORDS = ['may', 'might']\n", encoding="utf-8")
    assert ev.source_hash(pkg) not in {first, second}
    (pkg / "render.py").write_text("unrelated = True\n", encoding="utf-8")  # not a feature source
    assert ev.source_hash(pkg) == ev.source_hash(pkg)


def test_cache_round_trip(cache: Path):
    texts = synthetic_frame("tiny", n=6)["text"].tolist()
    X, hit = ev.cached_features("tiny", texts, cache_dir=cache, n_jobs=1)
    assert not hit and X.shape == (6, len(FEATURE_NAMES))
    path = ev.cache_path("tiny", cache)
    assert path.is_file()
    assert path.name == f"tiny-{__version__}-{ev.signal_code_hash()}.npz"
    X2, hit2 = ev.cached_features("tiny", texts, cache_dir=cache, n_jobs=1)
    assert hit2
    np.testing.assert_array_equal(X, X2)


def test_cache_recomputes_for_other_texts(cache: Path):
    texts = synthetic_frame("tiny", n=6)["text"].tolist()
    ev.cached_features("tiny", texts, cache_dir=cache, n_jobs=1)
    other = [*texts[:5], "An entirely different invented sentence, officials said."]
    X, hit = ev.cached_features("tiny", other, cache_dir=cache, n_jobs=1)
    assert not hit
    X_again, hit_again = ev.cached_features("tiny", other, cache_dir=cache, n_jobs=1)
    assert hit_again
    np.testing.assert_array_equal(X, X_again)


def test_no_cache_neither_reads_nor_writes(cache: Path):
    texts = synthetic_frame("tiny", n=4)["text"].tolist()
    _, hit = ev.cached_features("tiny", texts, cache_dir=cache, use_cache=False, n_jobs=1)
    assert not hit and not cache.exists()


def test_corrupt_cache_file_is_recomputed(cache: Path):
    texts = synthetic_frame("tiny", n=4)["text"].tolist()
    path = ev.cache_path("tiny", cache)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not an npz file")
    X, hit = ev.cached_features("tiny", texts, cache_dir=cache, n_jobs=1)
    assert not hit and X.shape == (4, len(FEATURE_NAMES))
    assert ev.cached_features("tiny", texts, cache_dir=cache, n_jobs=1)[1]


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(ev.CACHE_ENV_VAR, str(tmp_path / "c"))
    assert ev.default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv(ev.CACHE_ENV_VAR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert ev.default_cache_dir() == tmp_path / "xdg" / "credscore" / "features"


# --------------------------------------------------------------------------- splits


class _Spy:
    """Records the row ids (column 0 of X) it is trained and tested on; predicts 0.5."""

    log: list[tuple[np.ndarray, np.ndarray]] = []

    def fit(self, X, y):  # noqa: ANN001, ANN201
        self._train = np.asarray(X)[:, 0].astype(int)
        return self

    def predict_proba(self, X):  # noqa: ANN001, ANN201
        _Spy.log.append((self._train, np.asarray(X)[:, 0].astype(int)))
        return np.full((len(X), 2), 0.5)


def test_grouped_cv_never_puts_an_outlet_on_both_sides(corpora):
    c = corpora["fakenewsnet-politifact"]
    spy_corpus = ev.EvalCorpus(c.name, c.texts, c.y, c.groups, np.arange(len(c))[:, None] * 1.0)
    _Spy.log = []
    spec = ev.ModelSpec("spy", "records splits", "features", _Spy)
    (result,) = ev.grouped_cv(spy_corpus, [spec])
    assert len(_Spy.log) == 5
    tested = np.concatenate([te for _, te in _Spy.log])
    assert sorted(tested) == list(range(len(c)))  # every article predicted once, out of fold
    for train_rows, test_rows in _Spy.log:
        assert not set(c.groups[train_rows]) & set(c.groups[test_rows])
    assert result.n == len(c)
    assert any("pooled" in n for n in result.notes)


def test_grouped_cv_is_the_loop_training_uses(corpora):
    from credscore.crossval import grouped_oof, metrics

    c = corpora["fakenewsnet-politifact"]
    (spec,) = [m for m in _models() if m.name == "credscore"]
    (r,) = ev.grouped_cv(c, [spec])
    m = metrics(c.y, grouped_oof(c.X, c.y, c.groups, spec.make))
    assert (r.n, r.roc_auc, r.pr_auc, r.brier) == (m["n"], m["roc_auc"], m["pr_auc"], m["brier"])


def test_grouped_cv_counts_one_class_folds_and_pools():
    frame = synthetic_frame("one-class", n=40, outlets=10)
    # outlets 0-3 publish only credible articles, 4-9 both
    frame.loc[frame["group"].isin([f"outlet-{i}" for i in range(4)]), "label"] = 1
    c = ev.make_corpus(frame, use_cache=False, n_jobs=1)
    results = ev.grouped_cv(c, _models())
    assert [r.model for r in results] == ["credscore", "cs-patterns", "tfidf-lr", "majority"]
    for r in results:
        assert r.section == "grouped_cv" and r.n == 40
        assert 0.0 <= r.roc_auc <= 1.0 and 0.0 <= r.brier <= 1.0
        assert len(r.reliability) == 5
        assert sum(b["n"] for b in r.reliability) == 40
    majority = results[-1]
    assert majority.fold_roc_auc == pytest.approx(0.5)


def test_grouped_cv_skips_outlet_labels():
    frame = synthetic_frame("outlet-label", n=40, outlets=4)
    frame["label"] = (frame["group"] == "outlet-0").astype(int)
    c = ev.make_corpus(frame, use_cache=False, n_jobs=1)
    assert ev.grouped_cv(c, _models()) == []


def test_rows_without_outlet_are_their_own_group():
    frame = synthetic_frame("no-outlet", n=20).assign(group="")
    c = ev.make_corpus(frame, use_cache=False, n_jobs=1)
    assert len(np.unique(c.groups)) == 20
    assert c.info["rows_without_group"] == 20
    (r, *_) = ev.grouped_cv(c, _models())
    assert any("no outlet" in n for n in r.notes)


def test_held_out_drops_shared_texts_and_refuses_overlapping_corpora(corpora):
    a, b = corpora["buzzfeed-webis-2016"], corpora["fakenewsnet-politifact"]
    b_leaky = ev.EvalCorpus(
        b.name,
        np.concatenate([b.texts, a.texts[:3]]),
        np.concatenate([b.y, a.y[:3]]),
        np.concatenate([b.groups, a.groups[:3]]),
        np.vstack([b.X, a.X[:3]]),
    )
    results = ev.held_out([a], b_leaky, _models())
    assert all(r.n == len(b) for r in results)
    assert all(any("3 test texts" in n for n in r.notes) for r in results)
    with pytest.raises(ValueError, match="share articles"):
        ev.held_out([a], corpora["fakenewsnet-buzzfeed"], _models())


def test_cross_corpus_skips_overlapping_pairs(corpora):
    results, skipped = ev.cross_corpus(corpora, _models())
    pairs = {(r.train[0], r.test) for r in results}
    assert ("buzzfeed-webis-2016", "fakenewsnet-buzzfeed") not in pairs
    assert ("fakenewsnet-buzzfeed", "buzzfeed-webis-2016") not in pairs
    assert len(pairs) == 4 and len(skipped) == 2
    assert all("share articles" in s for s in skipped)


def test_baselines_and_credscore_on_the_same_split(corpora):
    a, b = corpora["buzzfeed-webis-2016"], corpora["fakenewsnet-politifact"]
    results = {r.model: r for r in ev.held_out([a], b, _models(), section="cross_corpus")}
    assert results["majority"].roc_auc == pytest.approx(0.5)
    assert results["majority"].pr_auc == pytest.approx(b.y.mean())
    assert len({r.n for r in results.values()}) == 1
    # the invented styles are about sourcing, so the sourcing features transfer
    assert results["credscore"].roc_auc > 0.75


def test_feature_subset_head():
    keep = ["named_sources", "exclamation_per_1k", "hedges_per_sentence"]
    head = ev.credscore_head("signals", 1.0, keep)
    rng = np.random.default_rng(0)
    X = np.abs(rng.normal(size=(60, len(FEATURE_NAMES))))
    y = (X[:, 0] > 0.5).astype(int)
    head.fit(X, y)
    clf = head.named_steps["clf"]
    assert clf.coef_.shape == (3,)
    assert list(clf.directions) == [1, -1, -1]  # the subset keeps its own constraints
    assert list(head.named_steps["scale"].log_columns) == [1]  # the rate, now column 1
    with pytest.raises(ValueError, match="unknown feature"):
        ev.credscore_head("logistic", 1.0, ["no_such_feature"])


def test_feature_subset_of_the_default_model_keeps_its_patterns():
    texts = [f"Maria Okafor said on Tuesday the plan {i} works." for i in range(30)]
    texts += [f"You won't BELIEVE what they did {i}!!" for i in range(30)]
    y = np.array([1] * 30 + [0] * 30)
    X = np.random.default_rng(0).normal(size=(60, len(FEATURE_NAMES)))
    frame = feature_frame(X, texts)
    keep = ["named_sources", "direct_quotes"]
    for feats, n_signals in ((keep, 2), ((), 0)):
        head = ev.credscore_head("logistic", 1.0, feats).fit(frame, y)
        pv = head.named_steps["columns"].named_transformers_["patterns"]
        n_patterns = len(pv.get_feature_names_out())
        assert head.named_steps["clf"].coef_.shape == (n_signals + n_patterns,)
        assert roc_auc_score(y, head.predict_proba(frame)[:, 1]) == 1.0


# --------------------------------------------------------------------------- report


def test_evaluate_report_is_plain_data_and_deterministic(corpora):
    mix = ["fakenewsnet-politifact"]
    first = ev.evaluate(corpora, mix=mix, models=_models(), shipped=False)
    second = ev.evaluate(corpora, mix=mix, models=_models(), shipped=False)
    strip = {"seconds"}
    d1 = {k: v for k, v in first.to_dict().items() if k not in strip}
    d2 = {k: v for k, v in second.to_dict().items() if k not in strip}
    assert d1 == d2
    json.dumps(first.to_dict(), allow_nan=False)  # NaN became null
    sections = {r.section for r in first.results}
    assert sections == {"grouped_cv", "cross_corpus", "held_out", "retyped"}
    held = first.select("held_out", "credscore")
    assert {r.test for r in held} == {"buzzfeed-webis-2016", "fakenewsnet-buzzfeed"}
    text = ev.render_text(first)
    for needle in (
        "(a) grouped",
        "(a')",
        "(b) cross-corpus",
        "(c) default",
        "tfidf-lr",
        "majority",
    ):
        assert needle in text
    assert "ROC-AUC, credscore: rows train, columns test" in text
    assert "reliability, credscore" in text
    summary = first.summary()
    assert summary["grouped_cv"]["fakenewsnet-politifact"]["credscore"]["roc_auc"] is not None


def test_leave_one_corpus_of_the_mix_out(corpora):
    mix = ["buzzfeed-webis-2016", "fakenewsnet-politifact"]
    report = ev.evaluate(corpora, mix=mix, models=_models(), shipped=False)
    loo = {(r.train, r.test) for r in report.select("leave_one_out", "credscore")}
    assert loo == {
        (("fakenewsnet-politifact",), "buzzfeed-webis-2016"),
        (("buzzfeed-webis-2016",), "fakenewsnet-politifact"),
        # shares articles with buzzfeed-webis-2016, so only the rest of the mix trains
        (("fakenewsnet-politifact",), "fakenewsnet-buzzfeed"),
    }
    assert not report.select("held_out")  # every corpus is in or overlaps the mix
    (pooled,) = report.select("grouped_cv", "credscore")[-1:]
    assert pooled.train == tuple(mix)
    text = ev.render_text(report)
    assert "(c') default mix" in text and "default mix: " in text


def test_evaluate_rejects_a_mix_that_is_not_loaded(corpora):
    with pytest.raises(ValueError, match="not loaded"):
        ev.evaluate(corpora, mix=["fa-kes"], models=_models(), shipped=False)


def test_shipped_section_and_card(corpora, tmp_path: Path):
    from credscore.evaluation.card import card_evaluation
    from credscore.training import train

    frame = synthetic_frame("fakenewsnet-politifact", seed=2)
    train([frame], out=tmp_path / "m")
    report = ev.evaluate(
        corpora,
        mix=["fakenewsnet-politifact"],
        models=_models(),
        model_path=tmp_path / "m",
    )
    shipped = report.select("shipped")
    assert {r.test for r in shipped} == {"buzzfeed-webis-2016", "fakenewsnet-buzzfeed"}
    assert all(r.train == ("fakenewsnet-politifact",) for r in shipped)
    for style in ("straight", "curly"):
        again = {
            r.test: r for r in report.select("shipped_retyped") if r.model.endswith(f"[{style}]")
        }
        assert set(again) == {r.test for r in shipped}
        for r in shipped:
            assert again[r.test].n == r.n and again[r.test].train == r.train
            # the model reads normalised text: re-typing changes nothing
            assert again[r.test].roc_auc == pytest.approx(r.roc_auc)
    assert "(d') the shipped model on the same texts re-typed" in ev.render_text(report)
    section = card_evaluation(report)
    json.dumps(section, allow_nan=False)
    assert "cross_corpus" in section["tables"] and "cross_corpus" in section["comparison"]
    assert set(section["tables"]["shipped_retyped"]) == set(section["tables"]["shipped"])
    assert "credscore ahead on" in section["comparison"]["cross_corpus"]


def _typed_frame(name: str, seed: int) -> pd.DataFrame:
    """Pairs of articles the same but for their quotes: curly in the not-credible one."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(20):
        who, thing = NAMES[int(rng.integers(len(NAMES)))], THINGS[k % len(THINGS)]
        for label, (left, right) in ((0, ("\u201c", "\u201d")), (1, ('"', '"'))):
            text = f"{who} said {left}the {thing} reopens in {k + 2} days{right} and left."
            rows.append({"text": text, "label": label, "group": f"outlet-{k % 4}", "corpus": name})
    return pd.DataFrame(rows)


def test_retyped_sections_score_the_same_texts_retyped_both_ways(cache, tmp_path: Path):
    from credscore.training import train

    train([_typed_frame("fakenewsnet-politifact", 0)], out=tmp_path / "m", kind="logistic")
    test = _typed_frame("buzzfeed-webis-2016", 1)
    report = ev.evaluate(
        {
            "buzzfeed-webis-2016": ev.make_corpus(test, cache_dir=cache, n_jobs=1),
            "fakenewsnet-politifact": ev.make_corpus(
                _typed_frame("fakenewsnet-politifact", 0), cache_dir=cache, n_jobs=1
            ),
        },
        mix=["fakenewsnet-politifact"],
        models=[m for m in _models() if m.name in ("credscore", "tfidf-lr")],
        model_path=tmp_path / "m",
    )
    (typed,) = report.select("shipped")
    retyped = {r.model: r for r in report.select("shipped_retyped")}
    assert set(retyped) == {"credscore-default [straight]", "credscore-default [curly]"}
    # Each pair differs only in its quotes, which the normaliser removes: no model that
    # reads normalised text can tell the classes apart, as typed or re-typed.
    assert typed.roc_auc == pytest.approx(0.5)
    assert all(r.roc_auc == pytest.approx(0.5) for r in retyped.values())
    again = {r.model: r.roc_auc for r in report.select("retyped")}
    assert set(again) == {
        "credscore [straight]",
        "credscore [curly]",
        "tfidf-lr [straight]",
        "tfidf-lr [curly]",
    }
    held = {r.model: r.roc_auc for r in report.select("held_out")}
    assert held["credscore"] == pytest.approx(again["credscore [curly]"])
    assert held["credscore"] == pytest.approx(again["credscore [straight]"])
    assert "(c'')" in ev.render_text(report) and "(d')" in ev.render_text(report)


def test_missing_shipped_model_is_a_note(corpora, tmp_path: Path):
    report = ev.evaluate(corpora, mix=[], models=_models(), model_path=tmp_path / "absent.joblib")
    assert not report.select("shipped")
    assert any("shipped model not evaluated" in n for n in report.notes)


def test_compare_mixes_never_trains_on_the_target(corpora):
    results = ev.compare_mixes(
        corpora,
        [("buzzfeed-webis-2016", "fakenewsnet-politifact"), ("fakenewsnet-buzzfeed",)],
        C_values=(0.1, 1.0),
    )
    assert len(results) == 4
    for r in results:
        for target, row in r.per_target.items():
            assert all(not ev.overlaps(t, target) for t in row["train"])
    only_fb = [r for r in results if r.mix == ("fakenewsnet-buzzfeed",)]
    # fakenewsnet-buzzfeed shares articles with the buzzfeed-webis target: nothing to train on
    assert all(math.isnan(r.criterion) for r in only_fb)
    assert not math.isnan(results[0].criterion)
    assert "LOCO" in ev.render_mixes(results)
    assert all(set(r.per_target) == set(ev.MIX_TARGETS) & set(corpora) for r in results)
    with pytest.raises(ValueError, match="not loaded"):
        ev.compare_mixes(corpora, [("buzzfeed-webis-2016",)], targets=["no-such-corpus"])


# --------------------------------------------------------------------------- command line


def _write_csv(path: Path, frame: pd.DataFrame) -> Path:
    frame[["text", "label", "group"]].to_csv(path, index=False)
    return path


def evaluate_cli(argv: list[str]) -> int:
    """``credscore evaluate ARGV``: its exit code."""
    return cli_main(["evaluate", *argv])


def test_main_on_user_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    a = _write_csv(tmp_path / "alpha.csv", synthetic_frame("alpha", seed=3))
    b = _write_csv(tmp_path / "beta.csv", synthetic_frame("beta", seed=4))
    out = tmp_path / "eval.json"
    cache = tmp_path / "cache"
    argv = ["--data", str(a), "--data", str(b), "--mix", "alpha", "--cache-dir", str(cache)]
    argv += ["--no-boosting", "--n-jobs", "1", "--json", str(out), "--model", str(tmp_path)]
    assert evaluate_cli(argv) == 0
    text = capsys.readouterr().out
    assert "alpha -> beta" in text and "beta -> alpha" in text
    assert len(list(cache.glob("*.npz"))) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {r["section"] for r in data["results"]} == {
        "grouped_cv",
        "cross_corpus",
        "held_out",
        "retyped",
    }
    assert data["settings"]["default_mix"] == ["alpha"]
    assert evaluate_cli([*argv, "--no-cache"]) == 0
    capsys.readouterr()


def test_main_feature_subset_and_compare_mixes(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    files = []
    for i, name in enumerate(("alpha", "beta", "gamma")):
        files += [
            "--data",
            str(_write_csv(tmp_path / f"{name}.csv", synthetic_frame(name, seed=i))),
        ]
    common = [*files, "--cache-dir", str(tmp_path / "cache"), "--n-jobs", "1"]
    out = tmp_path / "sub.json"
    argv = [*common, "--mix", "alpha", "--features", "sourcing", "--no-boosting"]
    assert evaluate_cli([*argv, "--json", str(out)]) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    n_sub = len(ev.FEATURE_SETS["sourcing"] or ())
    assert f"{n_sub} of {len(FEATURE_NAMES)} features" in data["models"]["credscore"]
    mixes = tmp_path / "mixes.json"
    argv = [*common, "--compare-mixes", "--target", "alpha", "--target", "beta", "--C", "0.1"]
    assert evaluate_cli([*argv, "--features", "all", "--json", str(mixes)]) == 0
    text = capsys.readouterr().out
    assert "LOCO" in text and "gamma" in text
    rows = json.loads(mixes.read_text(encoding="utf-8"))
    assert len(rows) == 7  # every non-empty subset of three corpora
    for row in rows:
        for target, cell in row["per_target"].items():
            assert target not in cell["train"]
    assert evaluate_cli([*common, "--C", "0.1", "--C", "1"]) == 2  # one C outside --compare-mixes
    capsys.readouterr()


def test_run_takes_the_parsed_arguments_of_credscore_evaluate(tmp_path: Path, capsys):
    from credscore.cli import build_parser

    a = _write_csv(tmp_path / "alpha.csv", synthetic_frame("alpha", seed=5))
    args = build_parser().parse_args(["evaluate", "--data", str(a), "--no-cache", "--n-jobs", "1"])
    assert ev.run(args) == 0  # the compatibility entry of credscore.evaluation.model
    assert "(a) grouped" in capsys.readouterr().out


def test_run_evaluation_returns_the_report_and_the_code(tmp_path: Path):
    from credscore.evaluation import EvaluationOptions, run_evaluation

    a = _write_csv(tmp_path / "alpha.csv", synthetic_frame("alpha", seed=5))
    written: list[str] = []
    options = EvaluationOptions(files=[str(a)], use_cache=False, n_jobs=1, boosting=False)
    outcome = run_evaluation(options, write=written.append)
    assert outcome.code == 0 and outcome.error is None
    assert written == [outcome.text] and "(a) grouped" in outcome.text
    assert outcome.report is not None and outcome.report.select("grouped_cv")
    bad = run_evaluation(EvaluationOptions(files=[str(a)], C=[0.1, 1.0]))
    assert bad.code == 2 and "--C" in (bad.error or "") and bad.report is None
    missing = run_evaluation(EvaluationOptions(files=[str(tmp_path / "none.csv")]))
    assert missing.code == 4 and "none.csv" in (missing.error or "")


def test_the_old_command_line_names_point_to_credscore_evaluate():
    for name in ("main", "build_parser", "add_arguments"):
        with pytest.raises(AttributeError, match="credscore evaluate"):
            getattr(ev, name)
    import credscore.training

    with pytest.raises(AttributeError, match="credscore.evaluation.card"):
        credscore.training.evaluate_for_card  # noqa: B018


def test_python_m_credscore_evaluation_model_still_runs_credscore_evaluate():
    import subprocess
    import sys

    argv = [sys.executable, "-m", "credscore.evaluation.model", "--C", "0.1", "--C", "1"]
    done = subprocess.run([*argv, "--data", "x.csv"], capture_output=True, text=True)
    assert done.returncode == 2  # one C outside --compare-mixes, as with credscore evaluate
    assert "credscore evaluate: error: --C and --features" in done.stderr


def test_feature_sets_are_known_features():
    for name, feats in ev.FEATURE_SETS.items():
        assert feats is None or set(feats) < set(FEATURE_NAMES), name


def test_main_reports_bad_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert evaluate_cli(["--data", str(tmp_path / "missing.csv"), "--no-cache"]) == 4
    assert "missing.csv" in capsys.readouterr().err
    assert evaluate_cli(["--corpus", "no-such-corpus", "--no-cache"]) == 4


# --------------------------------------------------------------------------- real corpus


@pytest.mark.slow
def test_real_corpora_cross_corpus():
    from credscore.data import default_data_dir

    root = default_data_dir()
    if root is None or not (root / "fakenewsnet-old").is_dir():
        pytest.skip("FakeNewsNet (fakenewsnet-old/) not found: set CREDSCORE_DATA to run this")
    names = ["fakenewsnet-buzzfeed", "fakenewsnet-politifact"]
    # the default feature cache: a second run skips the featurization
    corpora = ev.load_eval_corpora(names, data_dir=root, n_jobs=-1)
    report = ev.evaluate(corpora, mix=["fakenewsnet-buzzfeed"], shipped=False)
    rows = {(r.key, r.model): r for r in report.results}
    for model in ("credscore", "cs-boost", "tfidf-lr", "majority"):
        r = rows[("fakenewsnet-buzzfeed -> fakenewsnet-politifact", model)]
        assert r.n >= 220 and 0.0 <= r.roc_auc <= 1.0
    assert rows[("fakenewsnet-buzzfeed", "credscore")].n == 178
    # the vocabulary baseline does transfer between these two: a sanity check of the harness
    assert rows[("fakenewsnet-buzzfeed -> fakenewsnet-politifact", "tfidf-lr")].roc_auc > 0.65
    assert "fakenewsnet-politifact" in ev.render_text(report)


def test_evaluate_for_card_adds_the_section_and_keeps_the_sha(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from credscore.evaluation.card import evaluate_for_card
    from credscore.scorer import file_sha256
    from credscore.training import train

    monkeypatch.setenv(ev.CACHE_ENV_VAR, str(tmp_path / "cache"))
    frame = synthetic_frame("fa-kes", n=60, outlets=15, seed=7)
    data = tmp_path / "data" / "fa-kes"
    data.mkdir(parents=True)
    pd.DataFrame(
        {
            "unit_id": frame["id"],
            "article_title": "Invented headline",
            "article_content": frame["text"],
            "source": frame["group"],
            "labels": frame["label"].astype(str),
        }
    ).to_csv(data / "FA-KES-Dataset.csv", index=False)
    out = tmp_path / "model"
    train([synthetic_frame("fa-kes", n=60, outlets=15, seed=8)], out=out)
    section = evaluate_for_card(out=out, data_dir=tmp_path / "data", corpora=["fa-kes"])
    card = json.loads((out / "credscore-default.json").read_text(encoding="utf-8"))
    assert card["evaluation"] == json.loads(json.dumps(section))
    assert card["evaluation"]["settings"]["default_mix"] == ["fa-kes"]  # the card's corpora
    assert "fa-kes" in card["evaluation"]["tables"]["grouped_cv"]
    assert card["model_sha256"] == file_sha256(out / "credscore-default.model.json")
