"""The scikit-learn contract of SignalFeaturizer, tested directly.

``check_estimator`` skips estimators whose input is raw text, so passing it
would prove nothing; the individual checks that apply are run here instead.
"""

import pickle

import joblib
import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from credscore import SignalFeaturizer
from credscore.features import FEATURE_NAMES, featurize
from credscore.features.indicators import HEDGE_MIN_SENTENCES

from .._sklearn_checks import PUBLIC_CHECKS

GOOD = [
    "“The levee held,” said Dana Whitfield, a hydrologist at Marsh University. "
    "The county declined to comment. Records show 12 percent of pumps failed.",
    "Jorge Salas, the harbour master, said 40 ships were delayed. “It was a long night,” he said.",
    "The agency said in a statement that inspections found 3 faults, according to a report.",
]
BAD = [
    "Sources say the levee may fail. Insiders claim it could be much worse.",
    "Some people think the pumps are probably broken and critics argue nobody knows.",
    "It is rumoured that the dam might collapse, reportedly because of secret plans.",
]
TEXTS = GOOD + BAD
Y = np.array([1, 1, 1, 0, 0, 0])


@pytest.mark.parametrize("check", PUBLIC_CHECKS)
def test_public_checks(check):
    check("SignalFeaturizer", SignalFeaturizer())


def test_names_match_columns_and_pandas_output():
    fz = SignalFeaturizer().fit(TEXTS)
    X = fz.transform(TEXTS)
    assert X.shape == (len(TEXTS), len(FEATURE_NAMES))
    assert list(fz.get_feature_names_out()) == list(FEATURE_NAMES)
    df = SignalFeaturizer().set_output(transform="pandas").fit_transform(TEXTS)
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(FEATURE_NAMES)
    np.testing.assert_allclose(df.to_numpy(), X)


def test_values_reflect_sourcing():
    f_good, _ = featurize(GOOD[0])
    f_bad, _ = featurize(BAD[0])
    assert f_good["named_sources"] > f_bad["named_sources"] == 0
    assert f_bad["anonymous_share"] > 0.75 > f_good["anonymous_share"]
    assert f_good["verifications"] > 0 and f_bad["verifications"] == 0
    assert f_bad["hedges_per_sentence"] > f_good["hedges_per_sentence"]


def test_a_document_is_attribution_only_when_a_claim_rests_on_it():
    cited, _ = featurize("Court filings show the levee failed twice.")
    mentioned, _ = featurize("Crews sorted the filings in the basement.")
    assert cited["attributed_sentence_share"] == 1.0
    assert mentioned["attributed_sentence_share"] == 0.0


def test_a_document_that_logs_or_counts_is_cited():
    f, _ = featurize("A study commissioned by the port logged 214 disturbances in 40 hours.")
    assert f["attributed_sentence_share"] == 1.0


def test_a_document_that_puts_a_figure_at_a_number_is_cited():
    f, _ = featurize("The census put the town's population at 18,300.")
    assert f["attributed_sentence_share"] == 1.0


def test_vague_believers_are_speculation_not_a_source_on_the_record():
    f, _ = featurize("Some residents suspect the contract was promised to a friend.")
    assert f["hedges_per_sentence"] == 1 / HEDGE_MIN_SENTENCES  # the one sentence is hedged
    assert f["distinct_sources"] == 0.0 and f["anonymous_share"] > 0.5


def test_vague_forecasters_are_speculation_too():
    f, _ = featurize("Some go further and predict the post office will close next.")
    assert f["hedges_per_sentence"] == 1 / HEDGE_MIN_SENTENCES
    named, _ = featurize("Ann Lee, the postmaster, predicts the post office will close next.")
    assert named["hedges_per_sentence"] == 0.0


def test_each_speculative_sentence_of_a_short_article_weighs_the_same():
    plain = "The council met on Tuesday. The budget passed. "
    hedge = "Some residents suspect the deal was rigged. "
    shares = [featurize(plain * 3 + hedge * k)[0]["hedges_per_sentence"] for k in range(4)]
    steps = [round(b - a, 9) for a, b in zip(shares, shares[1:], strict=False)]
    assert steps == [round(1 / HEDGE_MIN_SENTENCES, 9)] * 3


def test_speculation_added_as_a_clause_to_a_hedged_sentence_counts():
    one, _ = featurize("The plant may close next year.")
    two, _ = featurize("The plant may close next year, and some suspect the sale was arranged.")
    assert one["hedges_per_sentence"] == 1 / HEDGE_MIN_SENTENCES
    assert two["hedges_per_sentence"] == 2 / HEDGE_MIN_SENTENCES


def test_a_believing_group_and_its_verb_are_one_speculation_not_two():
    f, _ = featurize("Some residents suspect the contract was promised to a friend.")
    assert f["hedges_per_sentence"] == 1 / HEDGE_MIN_SENTENCES


def test_a_long_article_keeps_its_plain_hedge_rate():
    text = "The council met on Tuesday. " * 30 + "The plant may close. " * 10
    f, _ = featurize(text)
    assert f["hedges_per_sentence"] == 10 / 40


def test_clone_pickle_joblib(tmp_path):
    fz = SignalFeaturizer(readability=False).fit(TEXTS)
    c = clone(fz)
    assert c.get_params() == fz.get_params() and not hasattr(c, "n_features_out_")
    restored = pickle.loads(pickle.dumps(fz))
    np.testing.assert_array_equal(restored.transform(TEXTS), fz.transform(TEXTS))
    joblib.dump(fz, tmp_path / "fz.joblib")
    np.testing.assert_array_equal(
        joblib.load(tmp_path / "fz.joblib").transform(TEXTS), fz.transform(TEXTS)
    )


def test_pipeline_and_grid_search():
    pipe = Pipeline(
        [
            ("features", SignalFeaturizer()),
            ("scale", StandardScaler()),
            ("clf", LogisticRegression()),
        ]
    )
    grid = GridSearchCV(pipe, {"features__readability": [True, False], "clf__C": [0.1, 1.0]}, cv=3)
    grid.fit(TEXTS, Y)
    assert grid.predict(TEXTS).shape == (len(TEXTS),)


def test_parallel_equals_serial():
    a = SignalFeaturizer(n_jobs=1).fit_transform(TEXTS)
    b = SignalFeaturizer(n_jobs=2).fit_transform(TEXTS)
    np.testing.assert_array_equal(a, b)


def test_unfitted_and_bad_input():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        SignalFeaturizer().transform(TEXTS)
    with pytest.raises(TypeError, match="single string"):
        SignalFeaturizer().fit("one text")
    with pytest.raises(TypeError, match="must be strings"):
        SignalFeaturizer().fit(["ok", None])


def test_series_and_frame_input():
    s = pd.Series(TEXTS)
    X1 = SignalFeaturizer().fit_transform(s)
    X2 = SignalFeaturizer().fit_transform(s.to_frame("text"))
    np.testing.assert_array_equal(X1, X2)


def test_every_feature_declares_a_direction_or_why_it_is_free():
    from credscore.features import FEATURES

    for f in FEATURES:
        assert f.direction in (-1, 0, 1), f.name
        if f.direction == 0:
            assert f.why_free, f"{f.name} is free but does not say why"
            assert f.floor == 0.0, f.name
        else:
            assert not f.why_free and f.floor >= 0.0, f.name


def test_retyped_rewrapped_and_crlf_copies_get_the_same_features():
    import textwrap

    text = (
        'The dam held, said Ana Ruiz, the county\'s engineer. "It was close," she said.\n\n'
        "Officials said the pumps may fail again -- records show 12 percent failed.\n\n"
        "The agency declined to comment on Tuesday."
    )
    curly = text.replace(' "', " \u201c").replace('," ', ",\u201d ").replace("'", "\u2019")
    curly = curly.replace(" -- ", "\u2014")
    wrapped = "\n\n".join(textwrap.fill(p, 30) for p in text.split("\n\n"))
    crlf = text.replace("\n", "\r\n")
    base, _ = featurize(text)
    for copy in (curly, wrapped, crlf):
        f, ev = featurize(copy)
        assert f == pytest.approx(base), copy
        assert all(copy[e.start : e.end] == e.text for e in ev)
