"""The renderers: reasons, sources, missing, and the text, Markdown, JSON and HTML reports.

The JSON output is validated against ``credscore/schema/report.schema.json``
with a small validator of the JSON Schema keywords that schema uses (a test
makes sure it uses no other). The HTML is checked here as markup; in a real
browser by ``test_render_html_browser.py``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import pty
import re
import subprocess
import sys
from html.parser import HTMLParser
from importlib import resources
from typing import Any

import pytest

import credscore
import credscore.explain
import credscore.render
from credscore import Evidence, Report
from credscore.cli import EXIT_OK, main
from credscore.explain import _GROUPS
from credscore.features import FEATURE_NAMES
from credscore.features.indicators import spokesperson
from credscore.render import (
    JSON_SCHEMA_VERSION,
    format_points,
    json_schema,
    missing,
    quote,
    reasons,
    render_html,
    render_json,
    render_markdown,
    render_text,
    report_json,
    sources,
)
from credscore.render.html import _SIGNAL_COLOURS
from credscore.report import BANDS, PATTERN_PREFIX, Contribution, points_for
from credscore.signals import SIGNAL_INFO
from credscore.training import train

from .conftest import EXAMPLES, ROOT

WELL = EXAMPLES / "well-sourced.txt"
POOR = EXAMPLES / "poorly-sourced.txt"
ANSI = re.compile(r"\033\[[0-9;]*m")

# Markup-like text, to prove that every renderer escapes the article.
TRICKY = (
    "Officials <script>alert(1)</script> said the *bridge* may close & [reopen](x) later.\n\n"
    '"It is `clearly` unsafe | for now," said Dr. Ana Ruiz, an engineer at the '
    "University of Leeds. She said costs rose 12 percent, according to a council report."
)


@pytest.fixture(scope="module")
def reports(example_texts: dict[str, str]) -> dict[str, Report]:
    out = {name: credscore.score(text) for name, text in example_texts.items()}
    out["tricky"] = credscore.score(TRICKY)
    return out


def _synthetic(text: str, spans: list[tuple[str, int, int]]) -> Report:
    """A report over ``text`` with the given evidence and no contributions."""
    ev = [Evidence(sig, s, e, text[s:e]) for sig, s, e in spans]
    return Report(0.5, 50.0, "weakly sourced", ev, [], 0.0, 0.0, "test", text)


# --------------------------------------------------------------------------------------
# reasons, sources, missing
# --------------------------------------------------------------------------------------


def test_reasons_partition_the_contributions_exactly(reports):
    for name, report in reports.items():
        everything = reasons(report, limit=None, min_points=0.0)
        features = [f for r in everything for f in r.features]
        assert sorted(features) == sorted(c.feature for c in report.contributions), name
        total = sum(r.contribution for r in everything)
        assert math.isclose(report.intercept + total, report.logit, abs_tol=1e-9), name
        for r in everything:
            assert math.isclose(r.points, points_for(report.score_logit, r.contribution)), name
            assert r.feature in r.features and r.label and r.group


def test_reasons_largest_first_limited_and_filtered(reports):
    report = reports["poorly-sourced"]
    rs = reasons(report)
    assert 0 < len(rs) <= 6
    assert [abs(r.points) for r in rs] == sorted((abs(r.points) for r in rs), reverse=True)
    assert all(abs(r.points) >= 0.5 for r in rs)
    assert len(reasons(report, limit=2)) == 2


def test_reasons_group_rate_and_share_of_a_signal(reports):
    anon = next(r for r in reasons(reports["poorly-sourced"], None, 0) if r.group == "anonymous")
    assert set(anon.features) == {"anonymous_sources", "anonymous_share"}
    assert anon.text.startswith("all 5 anonymous sources, e.g. '")
    assert str(anon).endswith(" points)")
    # The reason's sign is the model's: the sum of its features' contributions.
    total = sum(
        c.contribution
        for c in reports["poorly-sourced"].contributions
        if c.feature in anon.features
    )
    assert (anon.points < 0) == (total < 0)
    assert [e.signal for e in anon.evidence] == ["anonymous_source"] * 5


def test_reasons_read_like_sentences(reports):
    texts = {r.group: r.text for r in reasons(reports["well-sourced"], None, 0)}
    assert texts["expert"].startswith("1 named expert with credentials, e.g. 'a civil engineer")
    n_named = sum(e.signal == "named_source" for e in reports["well-sourced"].evidence)
    assert re.match(rf"\d+ named people quoted or cited \({n_named} mentions of ", texts["named"])
    assert texts["verification"].startswith("2 signs the reporters checked, e.g. '")
    # The counts behind the share: sentences on the record, plus those citing only unnamed
    # sources at half weight, over all sentences.
    m = re.match(
        r"(\d+) of (\d+) sentences say on the record who or what a claim comes from"
        r".*?(?:; (\d+) more cites? only unnamed sources \(counted half\))?$",
        texts["attribution"],
    )
    assert m, texts["attribution"]
    on_record, n, unnamed = int(m[1]), int(m[2]), int(m[3] or 0)
    share = next(
        c.value
        for c in reports["well-sourced"].contributions
        if c.feature == "attributed_sentence_share"
    )
    assert (on_record + unnamed / 2) / n == pytest.approx(share)
    assert (
        texts["readability"].startswith("readability: ")
        and "words per sentence" in texts["readability"]
    )
    none = {r.group: r.text for r in reasons(reports["poorly-sourced"], None, 0)}
    assert none["quotes"] == "no direct quotes"
    assert none["named"] == "no named people quoted or cited"


def test_every_reason_is_backed_by_exact_evidence(reports):
    for name, report in reports.items():
        for r in reasons(report, None, 0):
            for e in r.evidence:
                assert report.text[e.start : e.end] == e.text, name
            if r.group in {"named", "anonymous", "quotes", "hedge", "statistic"}:
                signal = {"named": "named_source", "anonymous": "anonymous_source"}.get(r.group)
                if signal:
                    # an unnamed spokesperson counts as the body it speaks for, not here
                    n = sum(e.signal == signal and not spokesperson(e) for e in report.evidence)
                    assert len(r.evidence) == n, (name, r.group)


_PLACEHOLDER = re.compile(r"<(?:w|Cap|CAPS|num|Day|Month|url|@|#)>")


def test_writing_patterns_are_one_reason_that_shows_no_pattern():
    from .test_model import _tiny_frame

    scorer = train([_tiny_frame()], kind="logistic").scorer
    report = scorer.score(_tiny_frame().text[0])
    pats = [c for c in report.contributions if c.feature.startswith(PATTERN_PREFIX)]
    assert pats
    r = next(r for r in reasons(report, None, 0) if r.group == "patterns")
    assert sorted(r.features) == sorted(c.feature for c in pats)
    assert r.evidence == () and "not sourcing" in r.text
    for out in (render_text(report, color=False), render_markdown(report)):
        assert not _PLACEHOLDER.search(out), out
        for c in pats:  # no pattern is quoted as a reason or in a table
            gram = c.feature[len(PATTERN_PREFIX) :]
            assert f"'{gram}'" not in out and f"`{gram}`" not in out


def test_default_reports_show_no_writing_pattern(reports):
    for name, report in reports.items():
        assert not any(c.feature.startswith(PATTERN_PREFIX) for c in report.contributions), name
        for out in (render_text(report, color=False), render_markdown(report)):
            assert not _PLACEHOLDER.search(out), name


@pytest.mark.parametrize(
    ("points", "shown"),
    [(-9.2, "-9 points"), (6.4, "+6 points"), (1.0, "+1 point"), (-0.3, "-0.3 points")],
)
def test_format_points(points, shown):
    assert format_points(points) == shown


def test_sources_who_kind_statements(reports):
    srcs = {s.name: s for s in sources(reports["well-sourced"])}
    okoye = srcs["Dr. Alan Okoye"]
    assert (okoye.kind, okoye.statements, okoye.expert) == ("named", 2, True)
    assert len(okoye.mentions) == 2  # "Okoye said" is merged into the full name
    assert srcs["Councilman Raymond Price"].statements == 2  # "he said" resolved to him
    assert srcs["A spokeswoman for the state environmental agency"].kind == "organisation"
    poor = sources(reports["poorly-sourced"])
    assert poor and all(s.kind == "unnamed" and not s.expert for s in poor)


def test_missing_says_what_a_reader_would_expect(reports):
    poor = missing(reports["poorly-sourced"])
    assert "no named source" in poor and "no direct quotes" in poor and "no named expert" in poor
    assert any(g.startswith("nothing the article's own reporters verified") for g in poor)
    well = missing(reports["well-sourced"])
    assert well == []


def test_quote_marks_the_span_in_its_sentence():
    text = "First one. Then Dr. Lee said the plan may fail badly. Last one."
    e = Evidence("hedge", text.index("may"), text.index("may") + 3, "may")
    assert quote(text, e) == ("Then Dr. Lee said the plan ", "may", " fail badly.")
    long = "Start " + "word " * 100 + "may" + " more" * 100 + "."
    e = Evidence("hedge", long.index("may"), long.index("may") + 3, "may")
    before, span, after = quote(long, e, width=80)
    assert before.startswith("…") and after.endswith("…") and span == "may"
    assert len(before) + len(after) < 100


# --------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------


def test_text_report_plain(reports):
    out = render_text(reports["well-sourced"])
    assert not ANSI.search(out)
    assert re.match(r"Score \d+/100: (well|adequately|weakly|poorly) sourced\n", out)
    for heading in ("What moved the score", "Sources", "Evidence", "Bands: 80+ well sourced"):
        assert heading in out
    assert "[a civil engineer at the State University of Harlow" in out
    assert re.search(r"^\s+[+-][\d.]+ points?  ", out, flags=re.MULTILINE)
    assert "model credscore-default" in out
    for report in reports.values():
        assert max(len(line) for line in render_text(report).splitlines()) <= 100


def test_text_report_colour(reports):
    out = render_text(reports["poorly-sourced"], color=True)
    assert "\033[1m" in out and "\033[31m" in out and "\033[1;4m" in out
    assert ANSI.sub("", out).count("\n") == render_text(reports["poorly-sourced"]).count("\n")


def _run_on_a_terminal(env_extra: dict[str, str]) -> str:
    """``credscore explain`` with its standard output on a pseudo-terminal."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update({"TERM": "xterm-256color", **env_extra})
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "credscore", "explain", str(WELL)],
        stdout=slave,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8")


def test_cli_colours_a_terminal_and_respects_no_color():
    assert ANSI.search(_run_on_a_terminal({}))
    assert not ANSI.search(_run_on_a_terminal({"NO_COLOR": "1"}))


# --------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------


def test_markdown_report(reports):
    md = render_markdown(reports["well-sourced"])
    assert re.match(r"# Sourcing report: \d+/100, \w+ sourced\n", md)
    for heading in ("## What moved the score", "## Sources", "## Every feature"):
        assert f"\n{heading}\n" in md
    assert "| Dr. Alan Okoye | named, expert | 2 |" in md
    assert re.search(r"^- \*\*[+-][\d.]+ points?\*\*: ", md, flags=re.MULTILINE)
    top = reasons(reports["well-sourced"])[0]
    quoted = " ".join(top.evidence[0].text.split())  # quotes are shown on one line
    assert f"**{quoted}**" in md  # the evidence quoted, its span in bold


def test_markdown_escapes_the_article(reports):
    md = render_markdown(reports["tricky"])
    assert "<script>" not in md and "\\<script\\>" in md
    assert "the \\*bridge\\*" in md and "[reopen](x)" not in md
    assert "\\`clearly\\`" in md
    pipes = re.compile(r"(?<!\\)\|")
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    header = rows[0]
    for line in rows:  # article text never adds a table column
        if len(pipes.findall(line)) != len(pipes.findall(header)):
            header = line  # the next table
        assert len(pipes.findall(line)) in (4, 5), line


# --------------------------------------------------------------------------------------
# JSON and its schema
# --------------------------------------------------------------------------------------

_KEYWORDS = {
    "$schema",
    "$ref",
    "$defs",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "minimum",
    "maximum",
    "minItems",
    "minLength",
    "anyOf",
}
_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _keywords_used(schema: Any, found: set[str]) -> set[str]:
    if isinstance(schema, dict):
        found.update(schema)
        for key in ("properties", "$defs"):
            for sub in schema.get(key, {}).values():
                _keywords_used(sub, found)
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                _keywords_used(schema[key], found)
        for sub in schema.get("anyOf", []):
            _keywords_used(sub, found)
    return found


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def validate(value: Any, schema: dict, root: dict, path: str = "$") -> list[str]:
    """Errors of ``value`` against ``schema`` (the keywords of :data:`_KEYWORDS`)."""
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/$defs/"), ref
        return validate(value, root["$defs"][ref.split("/")[-1]], root, path)
    errors: list[str] = []
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            return [f"{path}: {value!r} is not of type {types}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value!r} < {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        errors.append(f"{path}: {value!r} > {schema['maximum']}")
    if "minLength" in schema and len(value) < schema["minLength"]:
        errors.append(f"{path}: shorter than {schema['minLength']}")
    if "minItems" in schema and len(value) < schema["minItems"]:
        errors.append(f"{path}: fewer than {schema['minItems']} items")
    if "anyOf" in schema and all(validate(value, s, root, path) for s in schema["anyOf"]):
        errors.append(f"{path}: matches none of anyOf")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}: missing {k!r}" for k in schema.get("required", []) if k not in value]
        for k, v in value.items():
            if k in props:
                errors += validate(v, props[k], root, f"{path}.{k}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected field {k!r}")
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            errors += validate(v, schema["items"], root, f"{path}[{i}]")
    return errors


def test_schema_uses_only_keywords_the_validator_checks():
    schema = json_schema()
    assert _keywords_used(schema, set()) <= _KEYWORDS
    assert schema["properties"]["schema_version"]["const"] == JSON_SCHEMA_VERSION
    assert schema["properties"]["label"]["enum"] == [label for _, label in BANDS]


def test_validator_catches_errors():
    schema = json_schema()
    good = report_json(credscore.score("Officials said the bridge may close. " * 3))
    assert validate(good, schema, schema) == []
    bad = json.loads(json.dumps(good))
    bad["score"] = 101
    bad["surprise"] = 1
    del bad["label"]
    bad["sources"][0]["kind"] = "alien"
    bad["evidence"][0]["start"] = "0"
    errors = "\n".join(validate(bad, schema, schema))
    for needle in ("$.score", "surprise", "missing 'label'", "alien", "$.evidence[0].start"):
        assert needle in errors


def test_json_output_follows_the_schema(reports):
    schema = json_schema()
    for name, report in reports.items():
        data = json.loads(render_json(report))
        assert validate(data, schema, schema) == [], name
        assert data["schema_version"] == JSON_SCHEMA_VERSION
        for e in data["evidence"]:
            assert data["text"][e["start"] : e["end"]] == e["text"]
            assert e["context"]["text"] == " ".join(e["text"].split())
        n = len(data["evidence"])
        for item in data["reasons"] + data["sources"]:
            assert all(0 <= i < n for i in item["evidence"])
        total = sum(r["contribution"] for r in data["reasons"])
        assert math.isclose(data["intercept"] + total, data["logit"], abs_tol=1e-9)
        assert data["bands"] == [{"min": lo, "label": label} for lo, label in BANDS]


def test_json_keeps_the_1_0_field_names(reports):
    data = report_json(reports["well-sourced"])
    for key in ("probability", "score", "label", "model", "logit", "intercept", "publisher"):
        assert key in data
    assert {"text", "points", "feature"} <= set(data["reasons"][0])
    assert {"name", "kind", "statements", "expert"} <= set(data["sources"][0])
    assert isinstance(data["missing"], list)


def test_every_schema_field_is_documented():
    doc = (ROOT / "docs" / "report-format.md").read_text(encoding="utf-8")
    schema = json_schema()
    names = set(schema["properties"])
    for d in ("evidence", "contribution", "reason", "source"):
        names |= set(schema["$defs"][d]["properties"])
    for name in names:
        assert f"`{name}`" in doc, name


# --------------------------------------------------------------------------------------
# HTML, as markup
# --------------------------------------------------------------------------------------

VOID = {"meta", "br", "img", "input", "link", "hr", "rect", "line"}


class _Tree(HTMLParser):
    """Checks that tags nest, and collects the text of the article and its marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.article_depth: int | None = None
        self.article: list[str] = []
        self.marks: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag not in VOID:
            self.stack.append(tag)
        if a.get("class") == "article":
            self.article_depth = len(self.stack)
        if tag == "mark" and self.article_depth not in (None, -1):
            self.marks.append(a)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if self.article_depth is not None and len(self.stack) == self.article_depth:
            self.article_depth = -1
        self.stack.pop()

    def handle_data(self, data):
        if self.article_depth not in (None, -1):
            self.article.append(data)


def parse(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert tree.errors == [] and tree.stack == [], (tree.errors, tree.stack)
    return tree


def test_html_article_text_is_unchanged_and_every_span_marked(reports):
    for name, report in reports.items():
        tree = parse(render_html(report))
        assert "".join(tree.article) == report.text, name
        firsts = {m["id"] for m in tree.marks if "id" in m}
        assert firsts == {f"ev-{i}" for i in range(len(report.evidence))}, name
        for m in tree.marks:
            assert report.evidence[int(m["data-ev"])].signal == m["data-signal"]


def test_html_escapes_everything(reports):
    page = render_html(reports["tricky"])
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    evil = _synthetic('<img src=x onerror="alert(1)"> said "A & B"', [("named_source", 0, 5)])
    page = render_html(evil, title='<b onclick="x">')
    assert "<img" not in page and "<b onclick" not in page and "onerror=&quot;" in page
    parse(page)


def test_html_nests_overlapping_and_crossing_spans():
    text = "alpha beta gamma delta epsilon zeta"
    spans = [
        ("direct_quote", 0, 22),  # alpha beta gamma delta
        ("hedge", 6, 10),  # beta, inside the quote
        ("named_source", 17, 30),  # delta epsilon: crosses the quote's end
        ("booster", 17, 22),  # delta: inside both
        ("specifics", 6, 10),  # beta again, same span as the hedge
        ("anonymous_source", 31, 35),  # zeta: alone
    ]
    report = _synthetic(text, spans)
    page = render_html(report)
    tree = parse(page)
    assert "".join(tree.article) == text
    pieces = [m for m in tree.marks if m["data-signal"] == "named_source"]
    assert len(pieces) == 2 and "cont" in pieces[1]["class"] and "id" not in pieces[1]
    assert {m["data-ev"] for m in tree.marks} == {str(i) for i in range(len(spans))}


def test_html_is_self_contained(reports):
    page = render_html(reports["well-sourced"])
    assert page.startswith("<!DOCTYPE html>")
    low = page.lower()
    for banned in ("<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "@font-face"):
        assert banned not in low, banned
    assert not re.search(r"https?:|//", low.replace('xmlns="http://www.w3.org/2000/svg"', ""))
    assert "default-src 'none'" in page and "@media print" in page
    assert page.count('<g class="bar"') >= 2 and "<svg" in page
    mixed = render_html(reports["poorly-sourced"])  # scores away from the ends: many reasons
    assert mixed.count('<g class="bar"') >= 3


def test_every_registered_signal_has_colours():
    # Names and descriptions come from the registry; colours are the HTML renderer's own.
    assert set(_SIGNAL_COLOURS) == set(SIGNAL_INFO), "a signal lacks colours, or colours a signal"
    for signal, colours in _SIGNAL_COLOURS.items():
        assert re.fullmatch(r"#[0-9a-f]{6}", colours.background), signal
        assert re.fullmatch(r"#[0-9a-f]{6}", colours.border), signal
        assert colours.style in {"solid", "dashed", "dotted", "double", "wavy"}, signal
    styles = {(c.border, c.style) for c in _SIGNAL_COLOURS.values()}
    assert len(styles) == len(_SIGNAL_COLOURS)  # told apart in greyscale too


def test_html_legend_names_and_describes_every_registered_signal():
    page = render_html(_synthetic("Officials said so.", [("anonymous_source", 0, 9)]))
    css = page.split("<style>", 1)[1].split("</style>", 1)[0]
    for signal, info in SIGNAL_INFO.items():
        n = 1 if signal == "anonymous_source" else 0
        assert f'data-signal="{signal}"><span class="sw sw-{signal}">{n}</span>' in page
        assert f'<b>{info.label}</b> <span class="desc">{info.description}</span>' in page
        assert f".s-{signal}{{background:{_SIGNAL_COLOURS[signal].background};" in css
    assert 'title="anonymous source"' in page  # a highlight's title is its signal's label


def test_style_sheet_ships_with_the_package():
    sheet = resources.files("credscore.render").joinpath("report.css").read_text(encoding="utf-8")
    assert "@media print" in sheet and sheet in render_html(_synthetic("It rained.", []))
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "credscore.render" in config["tool"]["setuptools"]["packages"]
    assert "*.css" in config["tool"]["setuptools"]["package-data"]["credscore.render"]


def test_render_re_exports_the_explanation_and_its_formats():
    for name in ("Reason", "SourceEntry", "format_points", "missing", "reasons", "sources"):
        assert getattr(credscore.render, name) is getattr(credscore.explain, name)
    assert all(hasattr(credscore.render, name) for name in credscore.render.__all__)


def test_reason_groups_name_existing_features_once():
    grouped = [f for _key, _label, feats in _GROUPS for f in feats]
    assert set(grouped) <= set(FEATURE_NAMES) and len(grouped) == len(set(grouped))


def test_the_explanation_is_plain_words(reports):
    for report in reports.values():
        said = [r.text for r in reasons(report, None, 0)] + missing(report)
        said += [s.kind for s in sources(report)] + [r.label for r in reasons(report, None, 0)]
        for words in said:
            assert "\033[" not in words and "<mark" not in words and "**" not in words, words


# --------------------------------------------------------------------------------------
# The command line and the README
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "start"), [("md", "# Sourcing report"), ("html", "<!DOCTYPE")])
def test_cli_explain_formats(tmp_path, capsys, fmt, start):
    out = tmp_path / f"report.{fmt}"
    assert main(["explain", str(WELL), "--format", fmt, "-o", str(out)]) == EXIT_OK
    assert out.read_text(encoding="utf-8").startswith(start)
    assert main(["explain", str(WELL), "--format", fmt]) == EXIT_OK
    assert capsys.readouterr().out.startswith(start)


def test_library_and_cli_give_the_same_report(capsys):
    report = credscore.score(WELL.read_text(encoding="utf-8"))
    assert main(["explain", str(WELL), "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == json.loads(render_json(report))


def test_readme_text_report_is_generated():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Reports\n", 1)[1].split("\n## ", 1)[0]
    assert "(docs/report-screenshot.png)" in section
    assert (ROOT / "docs" / "report-screenshot.png").is_file()
    block = re.search(r"```console\n\$ credscore explain (\S+)\n(.*?)```", section, re.DOTALL)
    assert block, "no `$ credscore explain FILE` console block in the README's Reports section"
    expected = render_text(credscore.score((ROOT / block.group(1)).read_text(encoding="utf-8")))
    assert block.group(2) == expected, (
        "the README's text report is out of date: regenerate it with "
        f"`.venv/bin/credscore explain {block.group(1)}`"
    )


# --------------------------------------------------------------------------------------
# Hostile text: escape sequences, bidi overrides, 5 MB tokens
# --------------------------------------------------------------------------------------

# Screen clearing, an OSC window title, a bidi override, the one-byte C1 CSI, a carriage
# return: in the article's prose, in a direct quote and in a named source's name.
HOSTILE = (
    "Officials said the bridge may close\x1b[2J, a spokesman told reporters on Monday.\n\n"
    '"It is unsafe\x1b]0;pwned\x07 for now\u202e, \x9b31mreally," said Dr. Ana\x1b[1K Ruiz, '
    "an engineer at the University of Leeds. She said costs rose 12 percent\r, according "
    "to a council report.\u2066 It was\x7f unclear\u200f when it would reopen."
)
# What must never reach a terminal raw: C0 (bar newline and tab), DEL, C1, bidi controls.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _hostile_synthetic() -> Report:
    """Controls in a source's resolved name, a quote's speaker, the model's name, a reason."""
    text = 'He said "ok\x1b]0;title\x07 now" and Ana\x9b2J Ruiz agreed with him.'
    quote_at = text.index('"ok')
    quote_end = text.index('now"') + 4
    ana = text.index("Ana")
    ev = [
        Evidence("named_source", 0, 2, "He", {"resolved": "Ana\x1b[2J Ruiz\u202e"}),
        Evidence("direct_quote", quote_at, quote_end, text[quote_at:quote_end], {"speaker": "He"}),
        Evidence("named_source", ana, ana + 9, text[ana : ana + 9]),
    ]
    contributions = [
        Contribution("direct_quotes", "quotes\x1b[31m", 1.0, 0.4, 9.0, None, (ev[1],)),
        Contribution("named_sources", "named", 2.0, 0.3, 7.0, None, (ev[0], ev[2])),
        Contribution("evil\x1b]0;x\x07", "evil\x1b[2J desc", 1.0, 0.2, 5.0),
    ]
    return Report(
        0.7, 70.0, "adequately sourced", ev, contributions, 0.1, 1.0,
        "model\x1b]0;owned\x07\u202e", text, publisher="Ledger\x1b[2J",
    )  # fmt: skip


@pytest.fixture(scope="module")
def hostile_reports() -> dict[str, Report]:
    return {"scored": credscore.score(HOSTILE), "synthetic": _hostile_synthetic()}


def test_hostile_article_is_found_and_quoted():
    # The escapes must not hide the evidence: the quote and Dr. Ruiz are still found.
    report = credscore.score(HOSTILE)
    signals = {e.signal for e in report.evidence}
    assert {"direct_quote", "hedge"} <= signals, signals
    assert any(ch in e.text for e in report.evidence for ch in "\x1b\x9b\u202e")


@pytest.mark.parametrize("color", [False, True])
def test_text_report_escapes_every_control_character(hostile_reports, color):
    for name, report in hostile_reports.items():
        out = render_text(report, color=color)
        if color:  # only the report's own colours: ESC [ digits m
            out = ANSI.sub("", out)
        assert not RAW_CONTROL.search(out), (name, RAW_CONTROL.findall(out))
        assert "\\x1b" in out, name
    out = render_text(hostile_reports["synthetic"])
    assert "model model\\x1b]0;owned\\x07\\u202e" in out
    assert "Ana\\x1b[2J Ruiz\\u202e" in out  # the source's resolved name
    assert "Ana\\x9b2J Ruiz" in out  # a name in the text
    assert '["ok\\x1b]0;title\\x07 now"]' in out  # the quotation, its span marked


def test_markdown_report_escapes_every_control_character(hostile_reports):
    for name, report in hostile_reports.items():
        md = render_markdown(report)
        assert not RAW_CONTROL.search(md), (name, RAW_CONTROL.findall(md))
    md = render_markdown(hostile_reports["synthetic"])
    assert "model ``model\\x1b]0;owned\\x07\\u202e``" not in md  # no backtick in the name
    assert "model `model\\x1b]0;owned\\x07\\u202e`" in md
    assert "| Ana\\x1b\\[2J Ruiz\\u202e | named | 1 |" in md  # Markdown still escaped
    assert '**"ok\\x1b\\]0;title\\x07 now"**' in md


def test_markdown_code_span_holds_any_model_name():
    report = dataclasses.replace(_hostile_synthetic(), model="a`b ``c")
    assert "model ```a`b ``c```." in render_markdown(report)


def test_json_escapes_controls_and_keeps_the_text(hostile_reports):
    for report in hostile_reports.values():
        out = render_json(report)
        assert not RAW_CONTROL.search(out)
        assert json.loads(out)["text"] == report.text  # escapes, not changes
    lone = dataclasses.replace(_synthetic("bad \udcff byte", []), model="m")
    out = render_json(lone)
    out.encode("utf-8")  # a lone surrogate is escaped, so the JSON can be written
    assert json.loads(out)["text"] == "bad \udcff byte"


def test_html_shows_controls_as_escapes(hostile_reports):
    for name, report in hostile_reports.items():
        page = render_html(report).replace("\r", "")  # HTML reads CR as a line end
        assert not RAW_CONTROL.search(page), (name, RAW_CONTROL.findall(page))
        tree = parse(page)
        shown = "".join(tree.article)
        assert "\\x1b" in shown and "\x1b" not in shown
    page = render_html(_synthetic("line one\r\nline two", []))
    assert "line one\r\nline two" in page  # carriage returns are line ends in HTML


def _five_mb_report() -> Report:
    """A 5 MB line with no space, quoted whole, with a hedge inside it and reasons."""
    token = "x" * 5_000_000
    text = f'Officials said "{token}may{token}" on Monday.'
    quote_at = text.index('"')
    may = text.index("may")
    ev = [
        Evidence("anonymous_source", 0, 9, "Officials"),
        Evidence("direct_quote", quote_at, len(text) - 12, text[quote_at : len(text) - 12]),
        Evidence("hedge", may, may + 3, "may"),
    ]
    contributions = [
        Contribution("direct_quotes", "quotes", 1.0, 0.4, 9.0, None, (ev[1],)),
        Contribution("hedges_per_sentence", "hedges", 1.0, -0.4, -9.0, None, (ev[2],)),
        Contribution("anonymous_sources", "anon", 1.0, -0.2, -5.0, None, (ev[0],)),
    ]
    return Report(0.5, 50.0, "weakly sourced", ev, contributions, 0.0, 0.0, "test", text)


def test_long_tokens_are_cut_in_quoted_evidence():
    report = _five_mb_report()
    assert len(render_text(report)) < 5_000
    assert len(render_markdown(report)) < 5_000
    page = render_html(report)
    quotes = page.split('<section id="reasons">', 1)[1]
    assert len(quotes) < 10_000  # the article itself is on the page, whole, once
    data = report_json(report)
    for e in data["evidence"]:
        context = e["context"]
        assert len(context["before"]) + len(context["text"]) + len(context["after"]) <= 245
    for r in data["reasons"]:
        assert len(r["text"]) < 300


def test_quote_cuts_a_long_span_and_a_long_token_around_it():
    token = "y" * 100_000
    text = f"Start {token} may {token} end."
    may = text.index(" may ") + 1
    before, span, after = quote(text, Evidence("hedge", may, may + 3, "may"))
    assert span == "may" and before.startswith("…y") and after.endswith("y…")
    assert len(before) + len(after) <= 240
    whole = Evidence("direct_quote", 0, len(text), text)
    before, span, after = quote(text, whole, width=100)
    assert (before, after) == ("", "") and len(span) == 60 and span.endswith("…")


def test_html_highlights_many_spans_without_quadratic_time():
    # 10,000 spans, nested and crossing: scanning every span for each piece of the text
    # took minutes; the sweep takes a second or two.
    import time

    text = "may " * 10_000
    spans = [("hedge", 4 * i, 4 * i + 3) for i in range(10_000)]
    spans += [("booster", 4 * i, 4 * i + 7) for i in range(0, 9_998, 3)]
    report = _synthetic(text, spans)
    t0 = time.perf_counter()
    page = render_html(report)
    assert time.perf_counter() - t0 < 20
    assert page.count('<mark id="ev-') == len(spans)
