"""The HTML report: escaping, one highlight per evidence item, self-contained, and a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reliability import score
from reliability.errors import InvalidArticleError
from reliability.explain import Assessment, Evidence
from reliability.report import render_html

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ARTIFACTS = ROOT / "artifacts"
HOSTILE = (
    'URGENT UPDATE: <script>alert("x")</script> officials said the "deal" could collapse. '
    "<img src=x onerror=alert(1)> &amp; </div></mark><!-- a source close to the talks said --> "
)
VOID = {"meta", "br", "hr", "img", "input", "link", "line", "rect", "path", "circle"}


class _Tree(HTMLParser):
    """Checks nesting and collects highlights, scripts and external references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.mismatches: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.scripts = 0
        self.urls: list[str] = []
        self.text_in_article: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            self.marks.append(attributes)
        for name in ("src", "href", "action", "data", "poster"):
            value = attributes.get(name)
            if value is not None:
                self.urls.append(value)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.mismatches.append(f"</{tag}> inside {self.stack[-3:]}")
            return
        self.stack.pop()


def _parse(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    return tree


def test_hostile_article_text_is_escaped() -> None:
    text = HOSTILE * 8
    title = "<script>alert('title')</script> SHOCKING!!"
    page = score(text, title=title).to_html(text, title)
    tree = _parse(page)
    assert tree.scripts == 0
    assert "<script>alert" not in page and "<img src=x" not in page and "<!-- a source" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert tree.mismatches == []
    assert tree.stack == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_one_highlight_per_evidence_item_and_nothing_external(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    title = "Officials said: the worst crisis ever?!"
    assessment = score(text, title=title, published="2024-06-19")
    page = render_html(assessment, text, title)
    tree = _parse(page)
    assert tree.mismatches == [] and tree.stack == []
    assert len(tree.marks) == len(assessment.evidence)
    assert sorted(int(str(mark["data-evidence"])) for mark in tree.marks) == list(range(len(assessment.evidence)))
    assert tree.scripts == 0
    assert all(not re.match(r"\s*(https?:)?//", url) for url in tree.urls), tree.urls
    assert all(url.startswith("#ev-") for url in tree.urls)
    assert "signals in the writing, not truth" in page.lower()
    assert not re.search(r"url\(|@import", page)


def test_crossing_and_nested_spans_render_one_mark_each() -> None:
    text = "abcdefghij"
    evidence = (
        Evidence("hedging_density", 1, 5, text[1:5], "hedge"),
        Evidence("urgency_density", 3, 8, text[3:8], "urgent"),
        Evidence("loaded_language_density", 4, 9, text[4:9], "loaded"),
        Evidence("restated_event", 0, 2, text[0:2], "restated event: one event, two dates"),
        Evidence("restated_event", 8, 10, text[8:10], "restated event: one event, two dates"),
        Evidence("hedging_density", 6, 6, "", "empty span"),
        Evidence("urgency_density", 3, 8, text[3:8], "same span twice"),
    )
    assessment = Assessment(0.5, "uncertain", 0.0, {}, {"intercept": 0.0}, evidence)
    page = render_html(assessment, text)
    tree = _parse(page)
    assert tree.mismatches == [] and tree.stack == []
    assert len(tree.marks) == len(evidence)
    article = page[page.index('<div class="article">'):]
    article = article[:article.index("</div>")]
    assert re.sub(r"<[^>]+>|&#8596;", "", article) == text  # the text survives, in order, once
    # Both sides of the date conflict link each other.
    assert 'href="#ev-4"' in article and 'href="#ev-3"' in article



def test_a_conflict_repeated_in_the_same_words_links_each_side_once() -> None:
    # Every side used to link every other side of a conflict with the same note: n sides wrote
    # n*(n-1) links (a 228 KB text repeating one weekday mismatch gave a 1.4 GB report, and at
    # 900 KB the process was killed for memory). Now each side links the next, round to the first.
    sides = 400
    text = "Monday, March 14 " * sides
    note = "weekday mismatch: the article calls March 14, 2017 a Monday, but March 14, 2017 was a Tuesday"
    evidence = tuple(Evidence("weekday_mismatch", 17 * k, 17 * k + 6, "Monday", note) for k in range(sides))
    page = render_html(Assessment(0.5, "uncertain", 0.0, {}, {"intercept": 0.0}, evidence), text)
    links = re.findall(r'<a class="link" href="#ev-(\d+)"', page)
    assert len(links) == sides
    assert [int(target) for target in links] == [*range(1, sides), 0]
    assert len(page) < 400 * len(text)
    # The list of conflicts still names every side once.
    listed = page[page.index("<li>weekday mismatch"):]
    assert len(re.findall(r'<a href="#ev-\d+">Monday</a>', listed[:listed.index("</li>")])) == sides

def test_text_that_was_not_scored_is_rejected() -> None:
    text = "Officials said the bridge could reopen next week. " * 12
    with pytest.raises(InvalidArticleError, match=r"^text: expected the string that was scored"):
        render_html(score(text), text.upper())


def test_text_changed_where_no_evidence_points_is_rejected(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002"]
    assessment = score(text, title="A title")
    with pytest.raises(InvalidArticleError, match=r"^text: expected the string that was scored \(\d[\d,]* words\)"):
        assessment.to_html(text + " And an extra tail.", "A title")
    assert assessment.to_html(text, "A title").startswith("<!DOCTYPE html>")


def test_not_judged_article_still_renders() -> None:
    page = score("Too short <b>here</b>.").to_html("Too short <b>here</b>.")
    assert "insufficient text" in page and "<b>here" not in page


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.skipif(_chromium() is None, reason="no Chromium binary on PATH (Debian: apt-get install chromium "
                                                 "chromium-driver); the browser check of the HTML report is skipped")
@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_report_in_headless_chromium(path: Path, tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    text = path.read_text(encoding="utf-8")
    title = "Credibility <check> of " + path.stem
    assessment = score(text, title=title)
    page_file = tmp_path / "report.html"
    page_file.write_text(assessment.to_html(text, title), encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             f"--user-data-dir={tmp_path / 'profile'}"]
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / f"report_{path.stem}.png"
    screenshot.unlink(missing_ok=True)
    # One browser run: the rendered DOM on stdout, the console on stderr, a screenshot as a build artefact.
    dumped = subprocess.run([*flags, "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--window-size=1200,2400",
                             f"--screenshot={screenshot}", "--dump-dom", page_file.as_uri()],
                            capture_output=True, text=True, timeout=60)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    assert len(re.findall(r'<mark class="ev\b', dom)) == len(assessment.evidence)
    assert "<check>" not in dom
    # Chromium logs every console message (errors, CSP violations) as INFO:CONSOLE.
    console = [line for line in dumped.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    assert screenshot.stat().st_size > 10_000


def test_report_command_writes_the_page(tmp_path: Path) -> None:
    import io

    from reliability.cli import main

    output = tmp_path / "report.html"
    err = io.StringIO()
    code = main(["report", str(SEEDS[0]), "-o", str(output), "--title", "A <b>title</b>"], stdout=io.StringIO(),
                stderr=err)
    assert code == 0 and err.getvalue() == f"wrote {output}\n"
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "A &lt;b&gt;title&lt;/b&gt;" in page
    missing = main(["report", str(tmp_path / "missing.txt"), "-o", str(output)], stdout=io.StringIO(),
                   stderr=io.StringIO())
    assert missing == 1


def test_report_shows_the_parameter_uncertainty_band(seed_texts: dict[str, str]) -> None:
    text = seed_texts["000"]
    assessment = score(text)
    html = render_html(assessment, text)
    low, high = assessment.interval
    assert 'stroke-dasharray="3 2"' in html
    assert f"{low:.2f} to {high:.2f}" in html


@pytest.mark.parametrize(("credibility", "label", "shown", "percent"), [
    (0.5996, "uncertain", "0.59", "59%"), (0.3996, "not credible", "0.39", "39%"),
    (0.6, "credible", "0.60", "60%"), (0.4004, "uncertain", "0.40", "40%"), (0.7149, "credible", "0.71", "71%"),
])
def test_a_score_is_never_shown_on_the_other_side_of_its_label_threshold(credibility: float, label: str, shown: str,
                                                                         percent: str, tmp_path: Path) -> None:
    # 0.5996 was shown as "0.60 (uncertain)" by explain() and the CLI table and as "60% uncertain" in
    # the report, beside "credible from 0.6": rounding carried it across the threshold.
    import math

    from reliability.cli import _format_table

    assessment = Assessment(credibility, label, math.log(credibility / (1 - credibility)), {}, {"intercept": 0.0}, ())
    assert assessment.explain().startswith(f"Credibility: {shown} ({label});")
    assert f'<span class="value">{percent}</span>' in render_html(assessment, "")
    row = {"path": "a.txt", "credibility": credibility, "label": label, "word_count": 0, "reasons": ""}
    assert _format_table([row]).splitlines()[2].split()[:2] == [shown, label.split()[0]]
