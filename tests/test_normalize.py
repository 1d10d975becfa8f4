"""The normaliser (credscore/normalize.py) and extract() running behind it.

Each rule of the module docstring has a test; then offsets, idempotency, linear time,
and the invariance of extract() over re-typed, re-wrapped and CRLF copies of short
news articles written for these tests by the credscore team (fictional people and
places).
"""

from __future__ import annotations

import random
import re
import textwrap
import time
import unicodedata

import pytest

from credscore._evidence import Evidence
from credscore._text import Doc
from credscore.normalize import (
    DASH,
    DOUBLE_QUOTES,
    HYPHENS,
    SINGLE_QUOTES,
    Normalized,
    anchor,
    normalize,
)
from credscore.signals import SOURCE_SIGNALS, extract, extract_normalized


def norm(text: str) -> str:
    return normalize(text).text


# --- rule 1: Unicode forms ---------------------------------------------------------------


def test_nfkc_compatibility_forms():
    assert norm("\ufb01nal \ufb02ight") == "final flight"
    assert norm("\uff21\uff22\uff23 \uff11\uff12\uff05") == "ABC 12%"
    assert norm("ten\u00a0percent\u2009more\u3000here") == "ten percent more here"
    assert norm("km\u00b2") == "km2"


def test_nfc_composes_accents_and_maps_back_over_the_mark():
    n = normalize("Jose\u0301 Marti\u0301nez")
    assert n.text == "Jos\u00e9 Mart\u00ednez"
    assert n.span(0, 4) == (0, 5)
    assert n.span(5, 13) == (6, 15)
    assert n.original[slice(*n.span(3, 4))] == "e\u0301"


def test_marks_without_a_composed_form_stay_with_their_letter():
    n = normalize("q\u0301 x")
    assert n.text == "q\u0301 x"
    assert n.span(0, 1) == (0, 2)  # the letter alone maps over its mark


# --- rule 2: quote marks, hyphens, ellipsis ----------------------------------------------


@pytest.mark.parametrize("mark", list(DOUBLE_QUOTES))
def test_double_quotes(mark):
    assert norm(f"{mark}Yes{mark} she said") == '"Yes" she said'


@pytest.mark.parametrize("mark", list(SINGLE_QUOTES))
def test_single_quotes_and_apostrophes(mark):
    assert norm(f"it{mark}s {mark}fine{mark}") == "it's 'fine'"


def test_listed_quotes_and_full_width_quotes():
    assert norm("\u201cA\u201d \u201eB\u201f \u00abC\u00bb \u2033D\u2033 \uff02E\uff02") == (
        '"A" "B" "C" "D" "E"'
    )
    assert norm("\u2018a\u2019 \u201ab\u201b \u2032c\u2032 `d'") == "'a' 'b' 'c' 'd'"


@pytest.mark.parametrize("mark", list(HYPHENS))
def test_unicode_hyphens_become_ascii(mark):
    assert norm(f"well{mark}known") == "well-known"


@pytest.mark.parametrize("typed", ["wait\u2026", "wait...", "wait. . .", "wait.\u00a0.\u00a0."])
def test_ellipsis(typed):
    assert norm(typed) == "wait..."


# --- rule 3: line endings, spaces, paragraphs --------------------------------------------


def test_line_endings():
    assert norm("One.\r\nTwo.\rThree.\nFour.") == "One.\nTwo.\nThree.\nFour."
    assert norm("One.\r\n\r\nTwo.\r\rThree.") == "One.\n\nTwo.\n\nThree."
    assert norm("One.\u2028Two.\u2029Three.") == "One.\nTwo.\n\nThree."


def test_spaces_tabs_and_trailing_spaces():
    assert norm("a  b\t\tc \t d") == "a b c d"
    assert norm("First line.   \nSecond line.\t\n  Third.") == "First line.\nSecond line.\nThird."
    assert norm("  \n  padded  \n ") == "padded"
    assert norm(" \n\t ") == ""


def test_paragraph_breaks():
    assert norm("One.\n\n\n\nTwo.") == "One.\n\nTwo."
    assert norm("One.\n  \t\n \nTwo.") == "One.\n\nTwo."
    assert norm("One. \r\n \r\n Two.") == "One.\n\nTwo."


# --- rule 4: dashes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "word\u2014word",
        "word \u2014 word",
        "word -- word",
        "word--word",
        "word---word",
        "word \u2013 word",
        "word - word",
        "word\u2015word",
        "word  \u2014\tword",
    ],
)
def test_dashes_become_one_spaced_em_dash(typed):
    assert norm(typed) == f"word {DASH} word"


@pytest.mark.parametrize(
    "typed",
    ["well-known", "7-2", "2019-2021", "-5 degrees", "pre- and post-war", "x ---- y", "a-b-c"],
)
def test_hyphens_are_left_alone(typed):
    assert norm(typed) == typed


def test_range_dashes_between_letters_or_digits_become_hyphens():
    assert norm("2019\u20132021") == "2019-2021"
    assert norm("the Paris\u2013Berlin line") == "the Paris-Berlin line"
    assert norm("call 555\u20121234") == "call 555-1234"


def test_dash_at_the_edges_and_next_to_punctuation():
    assert norm("\u2014 and so") == f"{DASH} and so"
    assert norm("and so --") == f"and so {DASH}"
    assert norm('"I was going to--" he said') == f'"I was going to {DASH} " he said'


# --- rule 5: hard wraps ------------------------------------------------------------------

WRAP_PARAGRAPHS = [
    "The council voted on Tuesday to close the Dunmore Street bridge for six months, "
    "after engineers found corrosion in many of its steel supports. Repairs will start "
    "in March.",
    "Mayor Lena Ortiz said the city had no choice. Residents who use the bridge every "
    "day will have to take a detour through the industrial estate, which adds about "
    "ten minutes to the journey. Bus routes will change too.",
]


def test_hard_wrapped_document_is_joined():
    typed = "\n\n".join(WRAP_PARAGRAPHS)
    for width in (50, 60, 72, 80):
        wrapped = "\n\n".join(textwrap.fill(p, width) for p in WRAP_PARAGRAPHS)
        assert "\n" in wrapped.split("\n\n")[0]
        assert norm(wrapped) == typed, width


def test_wrap_before_a_capital_is_joined_only_in_a_wrapped_document():
    capital_breaks = 0
    for width in range(50, 81):
        wrapped = "\n\n".join(textwrap.fill(p, width) for p in WRAP_PARAGRAPHS)
        breaks = re.findall(r"[^.\n]\n[A-Z]", wrapped)  # "...about\nTen": only rule 5b joins
        capital_breaks += len(breaks)
        assert "\n" not in norm(wrapped).replace("\n\n", ""), width
        for brk in breaks:  # alone, the same break is kept
            assert norm(f"one line{brk}wo") == f"one line{brk}wo"
    assert capital_breaks


def test_clear_wrap_is_always_joined():
    assert norm("The bridge will close\nfor six months.") == "The bridge will close for six months."
    assert norm("It cost\n4 million.") == "It cost 4 million."
    assert norm('She called it "iconic"\nand unsafe.') == 'She called it "iconic" and unsafe.'


def test_sentence_end_or_capital_keeps_the_break_in_an_unwrapped_document():
    assert norm("Bridge to close\nOfficials said it may fall.") == (
        "Bridge to close\nOfficials said it may fall."
    )
    assert norm("It will close.\nit is old.") == "It will close.\nit is old."
    assert norm('He said "Stop."\nthen left.') == 'He said "Stop."\nthen left.'
    assert norm("Note:\n1. First") == "Note:\n1. First"


def test_headline_and_long_paragraph_lines_are_not_a_wrapped_document():
    text = "Bridge to close for repairs\n" + WRAP_PARAGRAPHS[0] + "\n" + WRAP_PARAGRAPHS[1]
    assert norm(text) == text  # lines over 110 characters: typed, not wrapped


def test_short_lines_are_not_a_wrapped_document():
    text = "Harlow Ledger\nBy Ann Lee\nUpdated Tuesday\nPolitics"
    assert norm(text) == text


def test_hyphenated_line_end_is_joined_without_space_and_keeps_the_hyphen():
    assert norm("a well-\nknown expert") == "a well-known expert"
    assert norm("the 2019-\n2021 figures") == "the 2019-2021 figures"
    # textwrap breaks lines after the hyphens of compound words, as editors do.
    paragraph = (
        "A well-known flood-defence engineer from the Jean-Pierre Lamy laboratory said "
        "the long-delayed, much-criticised sea-wall project was finally back on track, "
        "and that the council's re-drawn plans for the north-east harbour were sound. "
        "Work on the half-built breakwater would resume in mid-April, she said."
    )
    broken = 0
    for width in range(50, 81):
        wrapped = textwrap.fill(paragraph, width)
        broken += len(re.findall(r"[a-z]-\n", wrapped))
        assert norm(wrapped) == paragraph, width
    assert broken


def test_hyphen_break_in_a_name_stays_in_an_unwrapped_document():
    assert norm("Jean-\nPierre Lamy said so.") == "Jean-\nPierre Lamy said so."


# --- offsets -----------------------------------------------------------------------------

PIECES = [
    "a",
    "B",
    "Word",
    "said",
    "x",
    "7",
    "\u00e9",
    "e\u0301",
    "q\u0316\u0301",
    "\u0301",
    "\ufb01",
    "\uff21",
    "\u00b2",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    '"',
    "'",
    "`",
    "\u2033",
    "\u00ab",
    "\u2014",
    "\u2013",
    "\u2015",
    "\u2012",
    "\u2011",
    "-",
    " - ",
    "--",
    "---",
    "----",
    "\u2026",
    "...",
    ". . .",
    ".",
    "!",
    ":",
    ",",
    "(",
    ")",
]


def random_texts(count: int, seed: int) -> list[str]:
    """Strings of pieces chosen to meet every rule, and each other."""
    rng = random.Random(seed)
    return ["".join(rng.choices(PIECES, k=rng.randint(0, 40))) for _ in range(count)]


def random_documents(count: int, seed: int) -> list[str]:
    """Lines of random words and lengths, with single and double line breaks."""
    rng = random.Random(seed)
    words = ["the", "Bridge", "may", "close", "said", "Ann", "lee", "4", "well-", "it.", "so:"]
    out = []
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 12)):
            n = rng.choice([2, 5, 9, 14, 25])
            lines.append(" ".join(rng.choices(words, k=n)))
            lines.append(rng.choice(["\n", "\n", "\n\n", "\r\n", " \n"]))
        out.append("".join(lines))
    return out


def check_map(n: Normalized) -> None:
    size = len(n.original)
    spans = [n.span(i, i + 1) for i in range(len(n.text))]
    for s, e in spans:
        assert 0 <= s <= e <= size
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)
    assert [e for _, e in spans] == sorted(e for _, e in spans)
    for i, (s, e) in enumerate(spans):
        if n.text[i].isalnum():  # a letter comes from a slice that normalises to it
            assert n.text[i] in unicodedata.normalize("NFKC", n.original[s:e]), (i, n)
        if s == e:
            assert n.text[i] == " "  # only the spaces put beside a dash come from nowhere
    assert n.offset(len(n.text)) <= size
    for i in range(len(n.text) + 1):
        for j in range(i, min(len(n.text), i + 5) + 1):
            s, e = n.span(i, j)
            assert 0 <= s <= e <= size
            if j > i:
                assert (s, e) == (spans[i][0], spans[j - 1][1])


def ids(texts: list[str], prefix: str) -> list[str]:
    return [f"{prefix}{k}" for k in range(len(texts))]


OFFSET_TEXTS = random_texts(200, seed=2) + random_documents(100, seed=3)
IDEMPOTENCY_TEXTS = random_texts(300, seed=0) + random_documents(150, seed=1)


@pytest.mark.parametrize("text", OFFSET_TEXTS, ids=ids(OFFSET_TEXTS, "random"))
def test_offsets_map_inside_the_original_and_are_monotone(text):
    check_map(normalize(text))


def test_span_rejects_offsets_outside_the_text():
    n = normalize("abc")
    with pytest.raises(ValueError):
        n.span(2, 4)
    with pytest.raises(ValueError):
        n.span(2, 1)
    with pytest.raises(ValueError):
        n.offset(-1)


def test_empty_and_blank_texts():
    for text in ("", "   ", "\r\n\r\n"):
        n = normalize(text)
        assert n.text == "" and n.span(0, 0) == (0, 0) and n.offset(0) == 0


def test_normalize_rejects_non_strings():
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


# --- idempotency and linear time ---------------------------------------------------------


@pytest.mark.parametrize("text", IDEMPOTENCY_TEXTS, ids=ids(IDEMPOTENCY_TEXTS, "random"))
def test_idempotent(text):
    once = norm(text)
    assert norm(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "-" * 200_000,
        "\n" * 200_000,
        "\u201c" * 200_000,
        "a\n" * 100_000,
        "e" + "\u0301" * 200_000,
        "q" + "\u0316\u0301" * 100_000,
        "\u0301\u0316" * 100_000,
        "\u2014" * 200_000,
        " -" * 100_000,
        ". " * 100_000,
        " " * 200_000 + "x",
        "\r\n" * 100_000 + "x",
        ("word " * 12 + "\n") * 3_000,
    ],
    ids=lambda t: repr(t[:6]) + f"x{len(t)}",
)
def test_linear_time_on_pathological_input(text):
    t0 = time.perf_counter()
    n = normalize(text)
    assert time.perf_counter() - t0 < 5
    assert len(n.text) <= 2 * len(text)


# --- anchor ------------------------------------------------------------------------------


def test_anchor_maps_offsets_and_text_and_keeps_details_and_duplicates():
    n = normalize("\u201cWe\u2019re\u00a0ready\u201d -- Jose\u0301 said the \ufb01rm")
    a = n.text.index("We're")
    j = n.text.index("Jos")
    f = n.text.index("firm")
    found = [
        Evidence("direct_quote", 0, a + 12, n.text[: a + 12], {"words": 2}),
        Evidence("named_source", j, j + 4, "Jos\u00e9", {"cues": ["said"]}),
        Evidence("named_source", j, j + 3, "Jos", {}),
        Evidence("specifics", f, f + 1, "f", {}),
        Evidence("specifics", f, f + 2, "fi", {}),
    ]
    out = anchor(found, n)
    assert [e.text for e in out] == [
        "\u201cWe\u2019re\u00a0ready\u201d",
        "Jose\u0301",
        "Jos",
        "\ufb01",
        "\ufb01",
    ]
    assert out[0].details == {"words": 2} and out[1].details == {"cues": ["said"]}
    assert (out[3].start, out[3].end) == (out[4].start, out[4].end)  # both kept
    for e in out:
        assert n.original[e.start : e.end] == e.text


# --- extract() behind the normaliser -----------------------------------------------------

# Short articles written for these tests (fictional people, places and outlets), as typed:
# straight quotes, em dashes, three full stops. Paragraphs are joined by blank lines.
ARTICLES = {
    "bridge": "\n\n".join(
        [
            "Harlow bridge to close for repairs, city says",
            (
                "HARLOW \u2014 The Dunmore Street bridge will close for at least six months "
                "starting in March, city officials said on Tuesday, after an inspection"
                " found corrosion in 40 percent of its steel supports."
            ),
            (
                "\"We can't keep a bridge open that we can't vouch for,\" Mayor Lena "
                'Ortiz told reporters at City Hall. "The repairs are going to cost $4.2'
                ' million, and every dollar of it is necessary."'
            ),
            (
                "The inspection report, prepared by the engineering firm Castell & "
                'Rowe, found that the bridge\'s deck was "probably safe for now" but '
                "that its supports could fail within five years if left untreated."
            ),
            (
                "Two people familiar with the city's budget talks said the council may "
                "have to delay other projects\u2014including a new library\u2014to pay for the "
                "work. A spokeswoman for the council declined to comment."
            ),
            (
                "According to the Harlow Ledger, traffic on the bridge has doubled "
                "since 2015, to roughly 18,000 cars a day."
            ),
            (
                "Tomas Lind, a civil engineering professor at Northfield University who"
                ' reviewed the report, said the findings were "serious but not '
                'surprising." "Bridges of this age... they all need this kind of work '
                'eventually," he said.'
            ),
        ]
    )
    + "\n",
    "plant": "\n\n".join(
        [
            "Orbis Foods may shut its Kestrel plant, sources say",
            (
                "Orbis Foods is considering closing its packaging plant in Kestrel, a "
                "move that could cost about 350 jobs, according to three people "
                "familiar with the company's plans."
            ),
            (
                "The company has not made a final decision, the people said, speaking "
                "on condition of anonymity because the talks are private. An Orbis "
                'spokesperson said the company "regularly reviews its operations" but '
                "declined to comment further."
            ),
            (
                '"It\'s a rumour at this point \u2014 nobody has told us anything," said '
                "Priya Nair, who heads the local branch of the food workers' union. "
                '"But if it happens, it would be devastating for this town."'
            ),
            (
                "Reuters reported last month that Orbis had hired advisers to review "
                "its European sites. Sales fell 12 percent in the first half of the "
                "year, according to the company's own figures."
            ),
            (
                'Some analysts warned that the closure might be only the first. "They '
                'are likely to consolidate \u2014 the question is where," said Jonas Berg, a'
                " senior analyst at Halden Securities."
            ),
        ]
    )
    + "\n",
    "flu": "\n\n".join(
        [
            "Flu cases rise for third straight week",
            (
                "The number of flu cases in the region rose for a third straight week, "
                "health officials said on Friday, with 1,240 new cases reported\u2014up from"
                " 980 the week before."
            ),
            (
                "Dr. Maria Okafor, an epidemiologist at the Regional Health Agency, "
                'said the increase was "worrying but expected for this time of year." '
                "She added that vaccination rates had fallen to 58 percent, compared "
                "with 64 percent in 2019-2021."
            ),
            (
                '"We are seeing more hospital admissions among older people," Okafor '
                'said. "It\'s possible the peak is still weeks away..."'
            ),
            (
                "A well-known clinic in Harlow said it had run out of vaccine doses on "
                "Thursday, according to a report by the Harlow Ledger. Officials "
                "suggested that supplies would probably arrive next week, but did not "
                "give a date."
            ),
            (
                "The agency's figures could not be independently verified. A spokesman "
                "for the health ministry did not respond to a request for comment."
            ),
        ]
    )
    + "\n",
    "council": "\n\n".join(
        [
            "Council delays vote on housing plan",
            (
                "The Kestrel town council on Monday postponed a vote on a plan to build"
                " 600 homes on the old airfield, the second delay this year."
            ),
            (
                "Councillor Ruth Adeyemi, who chairs the planning committee, said "
                "members needed more time to study a traffic survey published last "
                'week. "Nobody wants to vote blind," she said. "We owe residents a '
                'proper answer, not a rushed one."'
            ),
            (
                "Critics argue that the plan is too large for the town's roads. "
                "According to the survey, peak-hour traffic on the main road could rise"
                " by 30 percent. The developer, Marlow Homes, said in a statement that "
                "it would pay for a new junction; a company official, who asked not to "
                'be named, said the firm was "frustrated but patient."'
            ),
            (
                "The Kestrel Gazette reported that several councillors had received "
                "hundreds of letters about the plan. Adeyemi declined to say when the "
                "vote would be held."
            ),
        ]
    )
    + "\n",
}


def smart_quotes(text: str) -> str:
    """Curl straight quotes the way word processors do: open after space or start."""
    text = re.sub(r'(^|[\s(\[\u2014])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[\u2014])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def wrap(text: str, width: int) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def variants(text: str) -> dict[str, str]:
    double_hyphen = re.sub(" ?\u2014 ?", " -- ", text)
    return {
        "typed": text,
        "curly": smart_quotes(text),
        "double hyphen": double_hyphen,
        "double hyphen unspaced": re.sub(" ?\u2014 ?", "--", text),
        "spaced hyphen": re.sub(" ?\u2014 ?", " - ", text),
        "en dash": re.sub(" ?\u2014 ?", " \u2013 ", text),
        "ellipsis": text.replace("...", "\u2026"),
        "wrapped 60": wrap(text, 60),
        "wrapped 72": wrap(text, 72),
        "crlf": text.replace("\n", "\r\n"),
        "everything": wrap(smart_quotes(double_hyphen), 72).replace("\n", "\r\n"),
        "nfd": unicodedata.normalize("NFD", smart_quotes(text)),
    }


def key(ev: list[Evidence]) -> list[tuple[str, str]]:
    # A span that crosses a wrapped line break holds that break in the text as given;
    # alone, "Lena\nOrtiz" is not a wrapped document, so compare up to white space.
    return [(e.signal, " ".join(normalize(e.text).text.split())) for e in ev]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_copy_normalises_to_the_same_text(name):
    base = norm(ARTICLES[name])
    for label, text in variants(ARTICLES[name]).items():
        assert norm(text) == base, label


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_extract_is_invariant_over_retyping_rewrapping_and_line_endings(name):
    expected = key(extract(ARTICLES[name]))
    assert {s for s, _ in expected} >= {"named_source", "direct_quote", "hedge"}
    for label, text in variants(ARTICLES[name]).items():
        assert key(extract(text)) == expected, label


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_evidence_text_is_the_original_slice(name):
    for label, text in variants(ARTICLES[name]).items():
        ev = extract(text)
        assert ev, label
        for e in ev:
            assert text[e.start : e.end] == e.text, (label, e)
        order = [(e.start, e.end) for e in ev]
        assert order == sorted(order), label


def test_evidence_text_is_the_original_slice_on_random_texts():
    for text in random_texts(150, seed=4) + random_documents(80, seed=5):
        for e in extract(text):
            assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize("width", [50, 60, 72])
def test_hard_wrapped_text_loses_no_sources(name, width):
    def sources(text: str) -> list[tuple[str, str]]:
        return [(s, t) for s, t in key(extract(text)) if s in SOURCE_SIGNALS]

    typed = sources(ARTICLES[name])
    assert any(s == "named_source" for s, _ in typed)
    assert sources(wrap(ARTICLES[name], width)) == typed


def test_hard_wrapped_name_keeps_its_source():
    paragraph = (
        "The levee on the east bank will hold through the spring floods and the repairs "
        "can wait until the summer, said Maria Okafor, the city engineer, who inspected "
        "it on Monday with a team from the regional water board and two contractors."
    )
    split = 0
    for width in range(50, 81):
        wrapped = textwrap.fill(paragraph, width)
        split += "Maria\nOkafor" in wrapped
        named = [e for e in extract(wrapped) if e.signal == "named_source"]
        assert [" ".join(e.text.split()) for e in named] == ["Maria Okafor"], width
    assert split


def test_nfd_names_are_never_cut_mid_character():
    text = unicodedata.normalize(
        "NFD",
        "Jos\u00e9 Mart\u00ednez, a spokesman for the Fundaci\u00f3n R\u00edo, said the "
        "pl\u00e1n was safe. \u201cWe will reopen the caf\u00e9,\u201d said Ren\u00e9e "
        "L\u00f3pez. Officials in S\u00e3o Tom\u00e9 said it may take weeks.",
    )
    ev = extract(text)
    assert {unicodedata.normalize("NFC", e.text) for e in ev if e.signal == "named_source"} >= {
        "Jos\u00e9 Mart\u00ednez",
        "Ren\u00e9e L\u00f3pez",
    }
    for e in ev:
        assert text[e.start : e.end] == e.text
        assert not unicodedata.combining(text[e.start])
        assert e.end == len(text) or not unicodedata.combining(text[e.end])


def test_extract_normalized_returns_the_doc_and_the_anchored_evidence():
    text = smart_quotes(ARTICLES["bridge"]).replace("\n", "\r\n")
    n = normalize(text)
    doc, ev = extract_normalized(n, publisher="Harlow\u00a0Ledger")
    assert isinstance(doc, Doc) and doc.text == n.text
    assert ev == extract(text, publisher="Harlow Ledger")
    assert not [e for e in ev if e.signal == "media_source" and "Ledger" in e.text]
    assert [e.text for e in ev] == [text[e.start : e.end] for e in ev]
    with pytest.raises(TypeError):
        extract_normalized(text)  # type: ignore[arg-type]


def test_extract_of_a_doc_is_taken_as_it_is():
    wrapped = (
        "The levee on the east bank will hold through the spring floods and the repairs\n"
        "can wait until the summer, the engineers said in a report published by Maria\n"
        "Okafor, the city engineer, who inspected it on Monday with two contractors.\n"
    )
    n = normalize(wrapped)
    assert "Maria Okafor" in n.text
    as_given = extract(Doc(wrapped))  # the line break still ends a sentence
    assert all(wrapped[e.start : e.end] == e.text for e in as_given)
    assert "Okafor" not in [e.text for e in as_given if e.signal == "named_source"]
    # a Doc of the normalised text gives normalised offsets, which anchor() maps back
    assert anchor(extract(Doc(n.text)), n) == extract(wrapped)


def test_shared_article_copies_find_the_same_sources(nk_text):
    def sources(text: str) -> list[tuple[str, str]]:
        return [(s, t) for s, t in key(extract(text, publisher="NK News")) if s in SOURCE_SIGNALS]

    expected = sources(nk_text)
    assert expected
    for text in (nk_text.replace("\n", "\r\n"), wrap(nk_text, 72), nk_text.replace("\u2013", "--")):
        assert sources(text) == expected
        for e in extract(text):
            assert text[e.start : e.end] == e.text
