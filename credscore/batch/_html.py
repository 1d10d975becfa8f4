"""Article text from an HTML page: trafilatura when installed, tag stripping otherwise.

With the optional ``html`` extra (``pip install 'credscore[html]'``), `trafilatura
<https://trafilatura.readthedocs.io>`_ keeps the article's main text and drops menus,
footers and comments. Without it (or when trafilatura finds no main text), every tag is
stripped: ``script``, ``style`` and similar elements are removed with their content,
block elements become line breaks, and entities are unescaped. Tag stripping keeps the
page's navigation text, so scores of whole pages are less reliable than of articles.

>>> strip_tags("<p>Officials said &amp; <b>denied</b></p><script>x()</script><p>Next</p>")
'Officials said & denied\\n\\nNext'
"""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html", "strip_tags", "trafilatura_available"]

#: Elements whose content is never article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
#: Elements that end a paragraph.
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer tr table "
    "pre figure figcaption dd dt hr".split()
)
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_tags(html: str) -> str:
    """The text of ``html`` without tags, scripts or styles; paragraphs on their own lines."""
    parser = _Stripper()
    parser.feed(html)
    parser.close()
    text = _SPACES.sub(" ", "".join(parser.parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    """Whether a text (of a file not named ``.html``) is an HTML page.

    >>> looks_like_html("<!DOCTYPE html><p>Hi</p>"), looks_like_html("A <b> tag in prose.")
    (True, False)
    """
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and ("<body" in text[:65536].lower() or "<p>" in head)
    )


def trafilatura_available() -> bool:
    """Whether the optional ``trafilatura`` package is installed (not imported)."""
    return importlib.util.find_spec("trafilatura") is not None


def html_to_text(html: str, use_trafilatura: bool | None = None) -> str:
    """The article text of an HTML page.

    Parameters
    ----------
    html : str
        The page.
    use_trafilatura : bool, optional
        None (default): trafilatura if installed. False: always strip tags.
    """
    if use_trafilatura is None:
        use_trafilatura = trafilatura_available()
    if use_trafilatura:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False)
        if text and text.strip():
            return str(text)
    return strip_tags(html)
