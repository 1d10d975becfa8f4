"""The HTML report in a real browser: headless Chromium renders it, we check the DOM and pixels.

Needs Debian's ``chromium`` (``.ci/run`` installs it). Without it the tests
skip, except under CI (the ``CI`` environment variable set and not ``0`` or
``false``), where a missing browser is a failure. Screenshots are written to the
test's temporary directory, and also to ``$CREDSCORE_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

import credscore
from credscore import Evidence, Report
from credscore.render import reasons, render_html
from credscore.render.html import _SIGNAL_COLOURS
from credscore.signals import SIGNAL_INFO

from .conftest import EXAMPLES

WIDTH, HEIGHT = 1280, 1400


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None
    )
    if path is None:
        if _in_ci():
            pytest.fail("chromium is not installed, and CI is set: .ci/run should install it")
        pytest.skip("chromium is not installed (apt-get install chromium); CI is not set")
    return path


def _run(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    profile.mkdir()
    proc = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


class _Dom(HTMLParser):
    """The parts of the rendered DOM the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.bars: list[dict[str, str]] = []
        self.rects: list[dict[str, str]] = []
        self.svg_text: list[str] = []
        self.legend: list[str] = []
        self.depth = 0
        self.article: list[str] = []
        self.in_article = 0
        self.in_svg = 0

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if self.in_article:
            self.in_article += 1
        elif a.get("class") == "article":
            self.in_article = 1
        if tag == "svg" or (self.in_svg and tag not in ("rect", "line")):
            self.in_svg += 1
        if tag == "mark" and self.in_article:
            self.marks.append(a)
        if tag == "g" and a.get("class") == "bar":
            self.bars.append(a)
        if tag == "rect":
            self.rects.append(a)
        if tag == "li" and "data-signal" in a:
            self.legend.append(a["data-signal"])

    def handle_endtag(self, tag):
        if self.in_article:
            self.in_article -= 1
        if self.in_svg and tag not in ("rect", "line"):
            self.in_svg -= 1

    def handle_data(self, data):
        if self.in_article:
            self.article.append(data)
        if self.in_svg:
            self.svg_text.append(data)


def _dom(chromium: str, tmp: Path, page: str) -> _Dom:
    path = tmp / "report.html"
    path.write_text(page, encoding="utf-8")
    proc = _run(chromium, tmp, "--dump-dom", path.as_uri())
    dom = _Dom()
    dom.feed(proc.stdout)
    dom.close()
    return dom


def _png_pixels(path: Path) -> np.ndarray:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes) to an array."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    assert header is not None
    w, h, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, header
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    out = np.zeros((h, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.int64)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = np.frombuffer(raw, np.uint8, stride, y * (stride + 1) + 1).astype(np.int64)
        if f == 0:
            cur = line
        elif f == 1:  # Sub: a running sum per channel
            cur = np.cumsum(line.reshape(-1, bpp), axis=0).ravel() % 256
        elif f == 2:  # Up
            cur = (line + prev) % 256
        else:  # Average, Paeth: left to right
            cur_l = [0] * stride
            lst, up = line.tolist(), prev.tolist()
            for i in range(stride):
                a = cur_l[i - bpp] if i >= bpp else 0
                b = up[i]
                if f == 3:
                    cur_l[i] = (lst[i] + (a + b) // 2) % 256
                else:
                    c = up[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                    cur_l[i] = (lst[i] + pred) % 256
            cur = np.asarray(cur_l, dtype=np.int64)
        out[y] = cur
        prev = cur
    return out.reshape(h, w, bpp)[:, :, :3]


def _has_colour(pixels: np.ndarray, hex_colour: str, tol: int = 6, at_least: int = 20) -> bool:
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    close = np.all(np.abs(pixels.astype(int) - rgb) <= tol, axis=2)
    return int(close.sum()) >= at_least


@pytest.fixture(scope="module")
def well() -> Report:
    return credscore.score((EXAMPLES / "well-sourced.txt").read_text(encoding="utf-8"))


def test_browser_renders_highlights_and_chart(chromium, tmp_path, well):
    dom = _dom(chromium, tmp_path, render_html(well))
    assert "".join(dom.article) == well.text  # highlighting never changes the text
    by_signal: dict[str, set[str]] = {}
    for m in dom.marks:
        assert m["class"].startswith("hl s-") and m["data-signal"] in SIGNAL_INFO
        by_signal.setdefault(m["data-signal"], set()).add(m["data-ev"])
    for signal in {e.signal for e in well.evidence}:
        expected = {str(i) for i, e in enumerate(well.evidence) if e.signal == signal}
        assert by_signal.get(signal) == expected, signal
    assert set(dom.legend) >= set(SIGNAL_INFO)
    charted = [r for r in reasons(well, None, 0) if abs(r.points) >= 0.05]
    assert [b["data-group"] for b in dom.bars] == [r.group for r in charted]
    bars = [r for r in dom.rects if r.get("class") in ("pos", "neg")]
    assert len(bars) == len(charted) and all(float(r["width"]) > 0 for r in bars)
    labels = " ".join(dom.svg_text)
    for r in charted:
        assert r.label in labels
    assert "score points" in labels


def test_browser_keeps_crossing_spans_nested(chromium, tmp_path):
    text = 'He said <b>"it may fail"</b> & left. Officials said so.'
    spans = [("direct_quote", 11, 24), ("hedge", 15, 18), ("named_source", 0, 14)]
    spans.append(("anonymous_source", text.index("Officials"), text.index("Officials") + 9))
    ev = [Evidence(s, a, b, text[a:b]) for s, a, b in spans]
    report = Report(0.5, 50.0, "weakly sourced", ev, [], 0.0, 0.0, "test", text)
    page = render_html(report)
    dom = _dom(chromium, tmp_path, page)
    assert "".join(dom.article) == text
    # the browser built exactly the marks we wrote: nothing was repaired or dropped
    written = re.findall(r'<mark [^>]*data-ev="(\d+)"', page.split('class="article"')[1])
    assert [m["data-ev"] for m in dom.marks] == written
    assert {m["data-ev"] for m in dom.marks} == {"0", "1", "2", "3"}


def test_browser_screenshot_is_not_blank(chromium, tmp_path, well):
    page = tmp_path / "well-sourced.html"
    page.write_text(render_html(well), encoding="utf-8")
    shot = tmp_path / "well-sourced.png"
    _run(
        chromium,
        tmp_path,
        "--hide-scrollbars",
        # paint everything before the shot: without these, tiles are sometimes still blank
        "--run-all-compositor-stages-before-draw",
        "--virtual-time-budget=2000",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    if os.environ.get("CREDSCORE_SCREENSHOTS"):
        keep = Path(os.environ["CREDSCORE_SCREENSHOTS"])
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, keep / shot.name)
    pixels = _png_pixels(shot)
    assert pixels.shape == (HEIGHT, WIDTH, 3)
    colours = np.unique(pixels.reshape(-1, 3)[::7], axis=0)
    assert len(colours) > 50, "the screenshot is nearly uniform"
    background = np.all(pixels == pixels[0, 0], axis=2).mean()
    assert background < 0.9, "the screenshot is mostly background"
    # the highlights and the bars are on screen, in their colours
    for signal in ("named_source", "direct_quote", "organization_source", "specifics"):
        assert _has_colour(pixels, _SIGNAL_COLOURS[signal].background), signal
    assert _has_colour(pixels, "#2e7d32", at_least=200)  # green bars (and legend borders)
