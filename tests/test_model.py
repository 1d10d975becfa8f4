"""The default model, its explanations, training and loading."""

import json
import math
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

import credscore
from credscore.errors import ModelLoadError, NotEnoughTextError
from credscore.features import FEATURE_NAMES
from credscore.report import PATTERN_PREFIX, score_index
from credscore.scorer import (
    CARD_FILE,
    MODEL_FILE,
    ModelVersionWarning,
    Scorer,
    default_model_path,
)
from credscore.training import train


def test_default_model_loads_with_card():
    scorer = Scorer.load()
    assert default_model_path().is_file()
    card = scorer.card
    assert card["training_data"]["corpora"]
    names = scorer.model.named_steps["features"].get_feature_names_out()
    assert [f["name"] for f in card["features"]] == [n for n in names if n != "text"]
    from credscore.scorer import file_sha256

    assert card["model_sha256"] == file_sha256(default_model_path())


def test_contributions_sum_to_logit(example_texts):
    for text in example_texts.values():
        r = credscore.score(text)
        total = sum(c.contribution for c in r.contributions) + r.intercept
        assert math.isclose(total, r.logit, abs_tol=1e-9)
        assert math.isclose(1 / (1 + math.exp(-r.logit)), r.probability, abs_tol=1e-12)
        assert math.isclose(score_index(r.logit - r.score_offset), r.score, abs_tol=1e-9)
        assert 0 <= r.score <= 100 and r.label
        for e in r.evidence:
            assert text[e.start : e.end] == e.text


def test_examples_rank_by_sourcing(example_texts):
    good = credscore.score(example_texts["well-sourced"]).score
    poor = credscore.score(example_texts["poorly-sourced"]).score
    assert good > poor


def test_same_input_same_output(example_texts):
    t = example_texts["mixed"]
    assert credscore.score(t).to_dict() == credscore.score(t).to_dict()


def test_bad_text():
    for text in ("", "   \n", "!!! ... ??? -- ***", "Hello", "one two three four five six"):
        with pytest.raises(NotEnoughTextError, match="not enough text to score"):
            credscore.score(text)
    with pytest.raises(TypeError):
        credscore.score(None)  # type: ignore[arg-type]


def test_a_text_over_the_word_limit_is_truncated_with_a_warning(example_texts):
    text = next(iter(example_texts.values()))
    scorer = Scorer.load()
    words = text.split()
    r = scorer.score(text, max_words=len(words) // 2)
    assert r.warnings and "only its first" in r.warnings[0]
    assert len(r.text) < len(text) and text.startswith(r.text)
    assert all(e.end <= len(r.text) for e in r.evidence)
    assert not scorer.score(text).warnings
    assert scorer.score(text, max_words=None).score == scorer.score(text).score


def test_missing_and_corrupt_model(tmp_path):
    with pytest.raises(ModelLoadError, match="no model"):
        Scorer.load(tmp_path / "none.joblib")
    bad_json = tmp_path / MODEL_FILE
    for content in (b"\xff\xfe", b"{not json", b"[]", b'{"format": "credscore-linear/1"}'):
        bad_json.write_bytes(content)
        with pytest.raises(ModelLoadError, match="not a (valid )?credscore"):
            Scorer.load(bad_json)
    good = json.loads(default_model_path().read_text(encoding="utf-8"))
    for field, value in (("coef", [1.0]), ("mean", ["x"] * 22), ("intercept", float("nan"))):
        broken = json.loads(json.dumps(good))
        broken["head"][field] = value
        bad_json.write_text(json.dumps(broken), encoding="utf-8")
        with pytest.raises(ModelLoadError):
            Scorer.load(bad_json)
    bad = tmp_path / "m.joblib"
    bad.write_bytes(b"not a pickle")
    with pytest.raises(ModelLoadError, match="no card"):
        Scorer.load(bad)
    with pytest.raises(ModelLoadError, match="could not load"):
        Scorer.load(bad, trust=True)


class _Payload:
    """A pickle that writes a file when it is loaded: what a hostile model would do."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_crafted_pickle_is_never_unpickled_without_a_matching_card(tmp_path):
    import joblib

    marker = tmp_path / "ran"
    evil = tmp_path / "evil.joblib"
    joblib.dump(_Payload(marker), evil)
    with pytest.raises(ModelLoadError, match="no card"):
        Scorer.load(evil)
    assert not marker.exists()
    # A card whose hash does not match (a model swapped for another file) is refused too.
    (tmp_path / "evil.json").write_text(json.dumps({"model_sha256": "0" * 64}))
    with pytest.raises(ModelLoadError, match="does not match"):
        Scorer.load(evil)
    assert not marker.exists()


def test_a_tampered_model_is_refused_with_one_line_and_exit_code_3(tmp_path, capsys):
    from credscore.cli import EXIT_MODEL, main

    res = train([_tiny_frame()], out=tmp_path)
    model = tmp_path / MODEL_FILE
    model.write_bytes(model.read_bytes().replace(b"0", b"1", 1))
    text = tmp_path / "a.txt"
    text.write_text(_tiny_frame().text[0], encoding="utf-8")
    assert main(["score", str(text), "--model", str(tmp_path)]) == EXIT_MODEL
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not match" in err[0]
    assert res.card["model_sha256"]
    # A JSON model cannot run code: without a card it loads. A pickled one does not load
    # without a card that vouches for it, unless its owner says --trust-model.
    train([_tiny_frame()], out=tmp_path / "json")
    (tmp_path / "json" / CARD_FILE).unlink()
    assert main(["score", str(text), "--model", str(tmp_path / "json")]) == 0
    train([_tiny_frame()], out=tmp_path / "mine", kind="boosting")
    (tmp_path / "mine" / CARD_FILE).unlink()
    mine = str(tmp_path / "mine")
    assert main(["score", str(text), "--model", mine]) == EXIT_MODEL
    assert main(["score", str(text), "--model", mine, "--trust-model"]) == 0


def _tiny_frame():
    good = [
        f"“The pumps work,” said Engineer{i} Lopez, a hydrologist at Marsh University. "
        f"The county declined to comment. Records show {i + 3} percent of pumps failed."
        for i in range(12)
    ]
    # Weak articles also assert things with no source at all, as real ones do: with only
    # unnamed attributions (each sentence counting half as attributed) the share of attributed
    # sentences would barely vary, and an article with none would lie far outside the data.
    bad = [
        f"Sources say the levee may fail. Insiders claim it could be {i} times worse. "
        "The town is finished."
        for i in range(12)
    ]
    return pd.DataFrame(
        {
            "text": good + bad,
            "label": [1] * 12 + [0] * 12,
            "group": [f"g{i % 4}" for i in range(24)],
            "corpus": "tiny",
        }
    )


def test_training_is_reproducible_and_versions_are_checked(tmp_path):
    a = train([_tiny_frame()], out=tmp_path / "a")
    b = train([_tiny_frame()], out=tmp_path / "b")
    assert (tmp_path / "a" / MODEL_FILE).read_bytes() == (tmp_path / "b" / MODEL_FILE).read_bytes()
    card = json.loads((tmp_path / "a" / CARD_FILE).read_text())
    assert card == b.card and card["metrics"]["grouped_cv"]["n"] == 24
    assert (
        a.scorer.score("Sources say it may fail, and insiders claim it could be worse.").score
        < a.scorer.score(_tiny_frame().text[0]).score
    )

    payload = json.loads((tmp_path / "a" / MODEL_FILE).read_text())
    payload["versions"]["credscore"] = "0.0.1"
    (tmp_path / "a" / MODEL_FILE).write_text(json.dumps(payload))
    with pytest.raises(ModelLoadError, match="does not match"):
        Scorer.load(tmp_path / "a")  # the file changed: its card no longer vouches for it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Scorer.load(tmp_path / "a", trust=True)
    assert any(issubclass(w.category, ModelVersionWarning) for w in caught)


def test_training_in_another_process_writes_the_same_file(tmp_path):
    # the in-process test above cannot see memory addresses pickled into the model
    data = tmp_path / "tiny.csv"
    _tiny_frame().to_csv(data, index=False)
    digests = []
    for name in ("a", "b"):
        subprocess.run(
            [sys.executable, "-m", "credscore", "train", "--data", str(data)]
            + ["--out", str(tmp_path / name), "--no-evaluate"],
            capture_output=True,
            check=True,
        )
        digests.append(json.loads((tmp_path / name / CARD_FILE).read_text())["model_sha256"])
    assert digests[0] == digests[1]
    assert (tmp_path / "a" / MODEL_FILE).read_bytes() == (tmp_path / "b" / MODEL_FILE).read_bytes()


def test_pattern_kind_explains_every_writing_pattern(tmp_path):
    res = train([_tiny_frame()], out=tmp_path, kind="logistic")
    assert res.card["model"]["kind"] == "logistic"
    assert res.card["writing_patterns"]["n_patterns"] > 0
    text = _tiny_frame().text[0]
    r = res.scorer.score(text)
    patterns = [c for c in r.contributions if c.feature.startswith(PATTERN_PREFIX)]
    signals = [c for c in r.contributions if not c.feature.startswith(PATTERN_PREFIX)]
    assert len(signals) == len(FEATURE_NAMES) and patterns
    assert math.isclose(sum(c.contribution for c in r.contributions) + r.intercept, r.logit)
    assert math.isclose(res.scorer.model.predict_proba([text])[0, 1], r.probability)
    for c in patterns:
        assert c.signal == "writing_pattern" and c.value > 0
        gram = c.feature[len(PATTERN_PREFIX) :]
        assert c.evidence, gram  # every pattern that has a weight occurs in the text
        for e in c.evidence:
            assert text[e.start : e.end] == e.text and e.details["pattern"] == gram
    again = Scorer.load(tmp_path).score(text)
    assert again.to_dict() == r.to_dict()


def test_every_kind_scores_a_retyped_copy_the_same():
    curly = _tiny_frame().text[0]
    straight = curly.replace("\u201c", '"').replace("\u201d", '"')
    assert curly != straight
    for kind in ("signals", "logistic"):
        scorer = train([_tiny_frame()], kind=kind).scorer
        r = scorer.score(curly)
        assert math.isclose(r.probability, scorer.score(straight).probability), kind
        for c in r.contributions:  # pattern evidence, found in the normalised text, points here
            assert all(curly[e.start : e.end] == e.text for e in c.evidence)


def test_default_kind_keeps_the_directions_of_journalism_standards():
    from credscore.features import FEATURES

    res = train([_tiny_frame()])
    assert res.card["model"]["kind"] == "signals"
    clf = res.scorer.model.named_steps["clf"]
    a, _b = clf.calibration_
    assert a > 0
    for f, raw, eff in zip(FEATURES, clf.raw_coef_, clf.coef_, strict=True):
        # A floor of 0 (other outlets cited) allows a weight of 0, never the wrong sign.
        if f.direction > 0:
            assert raw >= f.floor - 1e-9 and (eff > 0 or (f.floor == 0 and eff >= 0)), f.name
        elif f.direction < 0:
            assert raw <= -f.floor + 1e-9 and (eff < 0 or (f.floor == 0 and eff <= 0)), f.name
    entries = {e["name"]: e for e in res.card["features"]}
    assert all(e["why_free"] for e in entries.values() if e["direction"] == "free")


def test_score_is_anchored_at_an_article_without_sourcing():
    from credscore.features import FEATURE_NAMES, nothing_found
    from credscore.model import NO_SOURCING_SCORE, score_offset

    scorer = train([_tiny_frame()]).scorer
    model = scorer.model
    assert scorer.offset == pytest.approx(score_offset(model))
    scale = model.named_steps["scale"]
    means = np.array(scale.mean_)
    means[list(scale.log_columns)] = np.expm1(means[list(scale.log_columns)])
    row = [nothing_found().get(n, m) for n, m in zip(FEATURE_NAMES, means, strict=True)]
    logit = float(model.named_steps["clf"].decision_function(scale.transform([row]))[0])
    assert score_index(logit - scorer.offset) == pytest.approx(NO_SOURCING_SCORE)


def test_score_without_explanation_is_the_same_score(example_texts):
    scorer = Scorer.load()
    for text in example_texts.values():
        full, fast = scorer.score(text), scorer.score(text, explain=False)
        assert fast.score == full.score and fast.probability == full.probability
        assert fast.contributions == [] and fast.evidence == full.evidence


def test_sourcing_only_kind_has_no_patterns():
    res = train([_tiny_frame()], kind="signals")
    assert res.card["model"]["kind"] == "signals" and "writing_patterns" not in res.card
    r = res.scorer.score(_tiny_frame().text[0])
    assert [c.feature for c in r.contributions if c.feature.startswith(PATTERN_PREFIX)] == []
    assert len(r.contributions) == len(FEATURE_NAMES)
    with pytest.raises(ValueError, match="unknown model kind"):
        train([_tiny_frame()], kind="forest")


def test_boosting_option_explained_by_occlusion(tmp_path):
    res = train([_tiny_frame()], kind="boosting")
    r = res.scorer.score(_tiny_frame().text[0])
    assert len(r.contributions) == len(
        np.asarray(res.scorer.model.named_steps["features"].get_feature_names_out())
    )
    assert math.isclose(sum(c.contribution for c in r.contributions) + r.intercept, r.logit)


def test_training_rejects_one_class():
    df = _tiny_frame()
    df["label"] = 1
    with pytest.raises(ValueError, match="both labels"):
        train([df])


def test_training_without_outlets_splits_by_row():
    df = _tiny_frame().drop(columns=["group"])
    res = train([df])
    assert res.card["training_data"]["n_groups"] == len(df)
    assert res.card["metrics"]["grouped_cv"]["n"] == len(df)


def test_retyped_rewrapped_and_crlf_copies_score_the_same(example_texts, nk_text):
    from credscore.evaluation.behaviour.cases import crlf_line_endings, rewrap_72
    from credscore.evaluation.retype import curly_typography, straight_typography
    from credscore.normalize import normalize

    def key(report):
        return [(e.signal, "".join(normalize(e.text).text.split())) for e in report.evidence]

    for text in [*example_texts.values(), nk_text]:
        base = credscore.score(text)
        for copy in (
            curly_typography(text),
            straight_typography(text),
            rewrap_72(text),
            crlf_line_endings(text),
            crlf_line_endings(rewrap_72(curly_typography(text))),
        ):
            r = credscore.score(copy)
            assert abs(r.score - base.score) <= 0.5
            assert key(r) == key(base)
            assert all(copy[e.start : e.end] == e.text for e in r.evidence)
