"""credscore.batch._html: article text from HTML, with and without trafilatura."""

from __future__ import annotations

import pytest

from credscore.batch._html import html_to_text, strip_tags

PAGE = """<!doctype html><html><head><title>T</title>
<style>body { color: red }</style><script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Pumps repaired</h1>
<p>Maria Okafor, the council&#39;s treasurer, said on Tuesday that all four pumps were
repaired in March, according to the maintenance records seen by the Harlow Ledger.</p>
<p>&ldquo;We replaced every one of them,&rdquo; she said. The work cost 2.1 million euros,
the council&rsquo;s annual report shows, and was finished two weeks ahead of schedule.</p>
<p>Residents of the east side had complained of low pressure since the winter, when the
oldest pump failed during a cold spell and the backup could not keep up with demand.</p>
</article><footer>Copyright 2026 Harlow Ledger</footer></body></html>"""


def test_strip_tags_drops_scripts_styles_and_unescapes():
    text = strip_tags(PAGE)
    assert "tracking" not in text and "color: red" not in text and "<" not in text
    assert "the council's treasurer" in text and "\u201cWe replaced every one of them" in text
    # paragraphs stay apart
    assert "ahead of schedule.\n\nResidents" in text


def test_without_trafilatura_tags_are_stripped():
    assert html_to_text(PAGE, use_trafilatura=False) == strip_tags(PAGE)


def test_trafilatura_keeps_the_article_and_drops_the_menu():
    pytest.importorskip("trafilatura")
    text = html_to_text(PAGE, use_trafilatura=True)
    assert "Maria Okafor" in text and "Residents of the east side" in text
    assert "tracking" not in text and "Home | News" not in text


def test_page_without_article_text_falls_back_to_stripping():
    assert html_to_text("<p>Short.</p>", use_trafilatura=True) == "Short."
