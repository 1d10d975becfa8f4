"""Tests of the PolNeAR brat reader and span scoring (synthetic data only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from credscore._evidence import Evidence
from credscore.evaluation import _polnear as P


def _article(synth, text: str | None = None, ann: str | None = None) -> P.PolnearArticle:
    text = synth.ARTICLE if text is None else text
    annotations = P.parse_brat(synth.article_ann(text) if ann is None else ann)
    return P.PolnearArticle(
        name="doc",
        text=text,
        ann_file="doc_aa11.ann",
        n_ann_files=1,
        annotations=annotations,
        offset_mismatches=P.check_offsets(text, annotations),
    )


# --- parser ---------------------------------------------------------------------------


def test_parse_contiguous_span_and_event():
    ann = P.parse_brat(
        "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tAttribution 10 14\tsaid\n"
        "E1\tAttribution:T3 Source:T1 Cue:T2\n"
    )
    assert ann.spans["T1"] == P.BratSpan("T1", "Source", ((0, 9),), "Officials")
    assert ann.events == (P.BratEvent("E1", "Attribution", "T3", {"Source": "T1", "Cue": "T2"}),)


def test_parse_discontinuous_span_keeps_every_part():
    ann = P.parse_brat("T1\tSource 0 3;8 11;20 24\tThe men from Rome\n")
    span = ann.spans["T1"]
    assert span.fragments == ((0, 3), (8, 11), (20, 24))
    assert (span.start, span.end) == (0, 24)


def test_parse_span_text_across_line_break_is_joined():
    ann = P.parse_brat("T1\tContent 0 11;13 30\tfirst part\n\nsecond part\nT2\tCue 31 35\tsaid\n")
    assert ann.spans["T1"].text == "first part\n\nsecond part"
    assert ann.spans["T2"].text == "said"


def test_parse_notes_and_other_lines():
    ann = P.parse_brat(
        "T1\tSource 0 3\tHer\n#1\tAnnotatorNotes T1\tcheck this\nA1\tNegated E1\n"
        "R1\tRel Arg1:T1 Arg2:T1\n"
    )
    assert set(ann.spans) == {"T1"}
    assert ann.notes == ("AnnotatorNotes T1\tcheck this",)


@pytest.mark.parametrize(
    "content", ["T1\tSource zero 3\tHer\n", "T1\tSource 0 3\n", "E1\tnonsense\n", "junk\n"]
)
def test_parse_malformed_lines_raise(content):
    with pytest.raises(ValueError, match="line 1"):
        P.parse_brat(content)


def test_span_text_and_offset_check():
    text = "The mayor and, later, the governor said no."
    ok = P.parse_brat("T1\tSource 0 13;22 34\tThe mayor and the governor\n")
    assert P.check_offsets(text, ok) == ()
    t = P.parse_brat("T1\tSource 0 13\tThe mayor an\nT2\tCue 35 99\tsaid no.\n")
    assert P.check_offsets(text, t) == ("T1", "T2")


def test_article_stem():
    assert P.article_stem("nyt_2016-01-01_a-title_4e07.ann") == "nyt_2016-01-01_a-title"


def test_load_split_uses_first_annotator_by_name(tmp_path: Path):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = "Officials said no."
    (split / "text" / "news_2016-01-01_a-b.txt").write_text(text, encoding="utf-8")
    (split / "text" / "news_2016-01-02_unannotated.txt").write_text(text, encoding="utf-8")
    ann_z = "T1\tSource 0 9\tOfficials\n"
    ann_a = "T1\tSource 10 14\tsaid\n"
    (split / "attributions" / "news_2016-01-01_a-b_zz99.ann").write_text(ann_z, "utf-8")
    (split / "attributions" / "news_2016-01-01_a-b_aa11.ann").write_text(ann_a, "utf-8")
    (articles,) = P.load_split(tmp_path, "dev")
    assert articles.name == "news_2016-01-01_a-b"
    assert articles.ann_file == "news_2016-01-01_a-b_aa11.ann"
    assert articles.n_ann_files == 2
    assert articles.annotations.spans["T1"].text == "said"
    assert articles.offset_mismatches == ()


def test_load_split_missing_folder(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="dev"):
        P.load_split(tmp_path, "dev")


# --- gold -----------------------------------------------------------------------------


def test_gold_keeps_reporting_word_cues_with_a_source(synth):
    article = _article(synth)
    assert article.offset_mismatches == ()
    gold = P.gold_source_spans(article)
    assert [P.span_text(article.text, g.fragments) for g in gold] == [
        "Mayor Ann Lee",
        "The mayor and the governor",
    ]
    sources = P.all_source_spans(article)
    assert len(sources) == 3  # plus "Engineers", the holder of a belief


@pytest.mark.parametrize(
    ("cue", "is_gold"),
    [
        ("said", True),
        ("According to", True),
        ("has SAID", True),
        ("essays", False),  # "says" inside a word
        ("sayings", False),
        ("thinks", False),
        ("told reporters", True),
    ],
)
def test_reporting_word_is_matched_as_whole_word(cue, is_gold):
    text = f"Ms. Roe {cue} that it rained."
    start = text.index(cue)
    ann = (
        f"T1\tSource 0 7\tMs. Roe\nT2\tCue {start} {start + len(cue)}\t{cue}\n"
        f"T3\tAttribution {start} {start + len(cue)}\t{cue}\nE1\tAttribution:T3 Source:T1 Cue:T2\n"
    )
    article = P.PolnearArticle("d", text, "d_a.ann", 1, P.parse_brat(ann))
    assert bool(P.gold_source_spans(article)) is is_gold


def test_shared_source_counts_once():
    text = "Ms. Roe said it rained and added that it snowed."
    ann = (
        "T1\tSource 0 7\tMs. Roe\nT2\tCue 8 12\tsaid\nT3\tAttribution 8 12\tsaid\n"
        "T4\tCue 27 32\tadded\nT5\tAttribution 27 32\tadded\n"
        "E1\tAttribution:T3 Source:T1 Cue:T2\nE2\tAttribution:T5 Source:T1 Cue:T4\n"
    )
    article = P.PolnearArticle("d", text, "d_a.ann", 1, P.parse_brat(ann))
    assert len(P.gold_source_spans(article)) == 1
    assert P.score_articles([article], lambda _: [])["n_gold_attributions"] == 2


# --- scoring --------------------------------------------------------------------------


def test_overlap_is_half_open():
    assert not P.overlaps(0, 5, [(5, 9)])
    assert not P.overlaps(9, 12, [(5, 9)])
    assert P.overlaps(8, 12, [(5, 9)])
    assert not P.overlaps(4, 4, [(0, 9)])  # an empty span overlaps nothing


def test_score_articles_hand_computed(synth):
    article = _article(synth)
    text = article.text
    extract = synth.fake_extractor(
        {
            text: [
                synth.ev(text, "named_source", "Ann Lee"),  # gold 1
                synth.ev(text, "expert_source", "Ann Lee"),  # same span again
                synth.ev(text, "expert_source", "Mayor Ann Lee"),  # gold 1 again
                synth.ev(text, "anonymous_source", "Engineers"),  # a Source, not gold
                synth.ev(text, "named_source", "later"),  # in the gap of gold 2: wrong
                synth.ev(text, "hedge", "think"),  # not a source signal: ignored
            ]
        }
    )
    r = P.score_articles([article], extract)
    assert r["n_gold"] == 2
    assert r["n_gold_found"] == 1
    assert r["n_predictions"] == 4  # "Ann Lee" counts once overall
    assert r["n_correct"] == 3
    assert r["precision"] == pytest.approx(0.75)
    assert r["recall"] == pytest.approx(0.5)
    assert r["f1"] == pytest.approx(0.6)
    assert r["per_signal"] == {
        "anonymous_source": {"n": 1, "n_correct": 1, "precision": 1.0},
        "expert_source": {"n": 2, "n_correct": 2, "precision": 1.0},
        "named_source": {"n": 2, "n_correct": 1, "precision": 0.5},
    }
    assert r["n_source_spans"] == 3
    assert r["n_attributions"] == 4
    assert r["n_gold_attributions"] == 2
    assert r["n_invalid_evidence"] == 0


def test_second_part_of_discontinuous_gold_counts(synth):
    article = _article(synth)
    text = article.text
    extract = synth.fake_extractor({text: [synth.ev(text, "named_source", "governor")]})
    r = P.score_articles([article], extract)
    assert (r["n_gold_found"], r["n_correct"], r["n_predictions"]) == (1, 1, 1)
    assert r["precision"] == 1.0
    assert r["recall"] == 0.5


def test_no_predictions_scores_zero(synth):
    r = P.score_articles([_article(synth)], lambda _: [])
    assert (r["precision"], r["recall"], r["f1"]) == (0.0, 0.0, 0.0)
    assert r["per_signal"] == {}


def test_perfect_predictions_score_one(synth):
    article = _article(synth)
    text = article.text
    extract = synth.fake_extractor(
        {
            text: [
                synth.ev(text, "named_source", "Mayor Ann Lee"),
                synth.ev(text, "named_source", "the governor"),
            ]
        }
    )
    r = P.score_articles([article], extract)
    assert (r["precision"], r["recall"], r["f1"]) == (1.0, 1.0, 1.0)


def test_invalid_evidence_is_counted(synth):
    article = _article(synth)
    bad = Evidence("named_source", 0, 5, "Wrong")
    r = P.score_articles([article], lambda _: [bad])
    assert r["n_invalid_evidence"] == 1


def test_find_errors_lists_missed_and_false_positives(synth):
    article = _article(synth)
    text = article.text
    extract = synth.fake_extractor(
        {text: [synth.ev(text, "named_source", "Ann Lee"), synth.ev(text, "media_source", "dam")]}
    )
    errors = P.find_errors([article], extract, width=10)
    (missed,) = errors["missed"]
    assert missed["span"] == "The mayor and the governor"
    assert "[[The mayor and, later, the governor]]" in missed["context"]
    (fp,) = errors["false_positive"]
    assert (fp["signal"], fp["span"]) == ("media_source", "dam")
    assert fp["context"] == "… said the [[dam]] is safe. …"
