"""Writing patterns: masking keeps how a text is written and drops what it is about."""

import pickle
import subprocess
import sys

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

from credscore.patterns import (
    PatternVectorizer,
    kept_words,
    pattern_spans,
    pattern_tokens,
    plain_typography,
)

from ._sklearn_checks import PUBLIC_CHECKS

PLACEHOLDERS = {"<Cap>", "<CAPS>", "<w>", "<num>", "<Day>", "<Month>", "<url>", "<@>", "<#>"}


def tokens(text: str, typography: bool = True) -> list[str]:
    return [t.token for t in pattern_tokens(text, typography)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor said on Tuesday.", "<Cap> said on <Day> ."),
        ("The levee broke in March 2019.", "the <w> <w> in <Month> <num> ."),
        ("It may rain in May.", "it may <w> in <Month> ."),
        ("BREAKING: the FBI won't talk!!", "<CAPS> : the <CAPS> will n't <w> ! !"),
        ("She can't, he'll and they're", "she can n't , he 'll and they 're"),
        ("Read https://example.org/x?y=1 or @harlow #flood", "<Cap> <url> or <@> <#>"),
        (
            "\u201cNo,\u201d she told reporters \u2014 twice\u2026",
            "\u201c no , \u201d she told <w> \u2014 <w> \u2026",
        ),
        ("3,500 people, 12.5 percent", "<num> people , <num> <w>"),
        (
            "For the first time, Mr. Lind made it clear",
            "for the first time , mr . <Cap> made it <w>",
        ),
        ("a well-known state-run outlet", "a <w> <w> <w>"),
        ("O'Brien's view", "<Cap> 's <w>"),
        ("He said so. Story Continued Below\nIt rained.", "he said so . it <w> ."),
        ("Featured image via   Flickr", "<Cap>"),
    ],
)
def test_masking(text, expected):
    assert " ".join(tokens(text)) == expected


@pytest.mark.parametrize(
    ("text", "kept", "normalised"),
    [
        ("\u201cNo,\u201d she said", "\u201c no , \u201d she said", '" no , " she said'),
        (
            "it\u2019s done -- or \u2013 not\u2026",
            "it \u2019s done - - or \u2013 not \u2026",
            "it 's done - - or - not ...",
        ),
        ("won\u2019t", "will n\u2019t", "will n't"),
    ],
)
def test_typography_kept_or_normalised(text, kept, normalised):
    assert " ".join(tokens(text)) == kept
    assert " ".join(tokens(text, typography=False)) == normalised


def test_plain_typography_is_what_typography_false_reads():
    typed = "\u201cWe won\u2019t,\u201d she said \u2014 \u2018twice\u2019 -- or \u2013 not."
    plain = plain_typography(typed)
    assert plain == "\"We won't,\" she said - 'twice' -- or - not."
    assert tokens(plain) == tokens(typed, typography=False)
    assert tokens(plain) != tokens(typed)
    assert plain_typography(plain) == plain


def test_both_settings_ignore_quote_style_since_texts_are_normalised():
    curly = "\u201cWe won\u2019t stop,\u201d Okafor said \u2014 twice."
    straight = '"We won\'t stop," Okafor said -- twice.'
    for typography, same in [(True, True), (False, True)]:
        pv = PatternVectorizer(ngram_range=(1, 2), min_df=1, typography=typography)
        X = pv.fit([curly, straight]).transform([curly, straight]).toarray()
        assert np.array_equal(X[0], X[1]) is same
    pv = PatternVectorizer(min_df=1, typography=False).fit([curly])
    assert pickle.loads(pickle.dumps(pv)).transform([straight]).nnz == pv.transform([curly]).nnz


def test_only_kept_words_placeholders_and_punctuation_survive(example_texts, nk_text):
    keep = kept_words()
    for text in [*example_texts.values(), nk_text]:
        for t in pattern_tokens(text):
            assert text[t.start : t.end].strip() == text[t.start : t.end]
            assert (
                t.token in PLACEHOLDERS
                or t.token in keep
                or t.token.replace("\u2019", "'") in {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}
                or not any(ch.isalnum() for ch in t.token)
            ), t.token


def test_topic_words_do_not_change_the_vector():
    a = "Maria Okafor said on Tuesday that the levee would hold, according to 3 engineers."
    b = "Tomas Lind said on Friday that the budget would pass, according to 9 senators."
    c = "You won't BELIEVE what the levee did! Share this now!!"
    pv = PatternVectorizer(ngram_range=(1, 3), min_df=1).fit([a, c])
    X = pv.transform([a, b, c]).toarray()
    assert np.array_equal(X[0], X[1])
    assert not np.array_equal(X[0], X[2])


def test_pattern_spans_quote_the_original_text():
    text = "Okafor said on Tuesday it held. Lind said on Friday it did not. Ames said on Monday."
    spans = pattern_spans(text, ["<Cap> said on <Day>", "did not", "never heard"], limit=2)
    assert [e.text for e in spans["<Cap> said on <Day>"]] == [
        "Okafor said on Tuesday",
        "Lind said on Friday",
    ]
    assert [e.text for e in spans["did not"]] == ["did not"]
    assert spans["never heard"] == []
    for evs in spans.values():
        for e in evs:
            assert text[e.start : e.end] == e.text and e.signal == "writing_pattern"
    assert len(pattern_spans(text, ["<Cap> said on <Day>"], limit=None)["<Cap> said on <Day>"]) == 3


TEXTS = [
    "Maria Okafor said on Tuesday that the plan works, according to the report.",
    "Officials told reporters on Monday that 40 ships were delayed.",
    "The agency said in a statement that inspections found 3 faults.",
    "You won't BELIEVE what they are hiding!! Share this NOW.",
    "Wake up people!!! They lie to you every day. Why?",
    "This is the truth they don't want you to know... SHARE!",
]
Y = np.array([1, 1, 1, 0, 0, 0])


@pytest.mark.parametrize("check", PUBLIC_CHECKS)
def test_public_checks(check):
    check("PatternVectorizer", PatternVectorizer())


def test_contract_clone_pickle_pipeline_gridsearch():
    pv = PatternVectorizer(min_df=1).fit(TEXTS)
    names = pv.get_feature_names_out()
    X = pv.transform(TEXTS)
    assert X.shape == (len(TEXTS), len(names)) and "<Cap> said on <Day>" in names
    again = pickle.loads(pickle.dumps(pv))
    assert (again.transform(TEXTS) != X).nnz == 0
    assert clone(pv).get_params() == pv.get_params()
    pipe = Pipeline([("patterns", PatternVectorizer(min_df=1)), ("clf", LogisticRegression())])
    grid = GridSearchCV(pipe, {"patterns__ngram_range": [(1, 1), (1, 2)]}, cv=3).fit(TEXTS, Y)
    assert grid.predict(["Ames said on Friday that 7 bridges closed."])[0] == 1


_FIT_AND_PICKLE = """
import hashlib, pickle, sys
from credscore.patterns import PatternVectorizer
texts = ["Okafor said on Tuesday.", "You won't BELIEVE this!", "Okafor said it may rain."]
pv = PatternVectorizer(min_df=1).fit(texts)
pv.transform(texts)
sys.stdout.write(hashlib.sha256(pickle.dumps(pv)).hexdigest())
"""


def test_same_fit_pickles_to_the_same_bytes_in_another_process():
    # memory addresses differ between processes; none may end up in a saved model
    runs = [
        subprocess.run(
            [sys.executable, "-c", _FIT_AND_PICKLE], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert len(runs[0]) == 64 and runs[0] == runs[1]
    pv = PatternVectorizer(min_df=1).fit(["Okafor said so.", "Okafor said no."])
    again = pickle.loads(pickle.dumps(pv))
    assert again.transform(["Okafor said so."]).nnz == pv.transform(["Okafor said so."]).nnz


def test_bad_input():
    with pytest.raises(TypeError, match="single str"):
        PatternVectorizer().fit("one text")
    with pytest.raises(TypeError, match="text 1 is int"):
        PatternVectorizer(min_df=1).fit(["a text", 3])
