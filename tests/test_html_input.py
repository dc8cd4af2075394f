"""HTML page input: extraction, offsets into the extracted text, the CLI, and the missing-extra error."""

from __future__ import annotations

import builtins
import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import pytest

from reliability.cli import main
from reliability.errors import ArticleTypeError, InputTooLargeError, InvalidArticleError, ReliabilityError

ROOT = Path(__file__).resolve().parent.parent
BODY = (ROOT / "seeds" / "000_803334ff5fc673fd.txt").read_text(encoding="utf-8")
PAGE = (
    "<html><head><title>Site | Secret meeting</title>"
    '<meta property="article:published_time" content="2024-06-19T10:00:00Z"></head><body>'
    "<nav><a href='/'>Home</a> | <a href='/about'>About us</a></nav>"
    "<article><h1>Secret meeting in Moscow</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in BODY.split("\n") if paragraph.strip())
    + "</article><footer>Copyright 2024. All rights reserved.</footer></body></html>"
)


def test_missing_trafilatura_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from reliability.html_input import HtmlSupportMissingError, score_html

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(HtmlSupportMissingError, match=r"pip install 'reliability\[html\]'"):
        score_html(PAGE)
    assert issubclass(HtmlSupportMissingError, ReliabilityError)


def test_html_extra_installs_an_importable_trafilatura() -> None:
    # lxml 5.2+ moved lxml.html.clean (which trafilatura's justext imports) to lxml_html_clean.
    # justext asks for it as lxml[html_clean], which pip 23 (the one `python3 -m venv` gives on
    # Python 3.11) does not match to lxml's "html-clean" extra: a fresh `pip install
    # 'reliability[html]'` then had a trafilatura that fails to import, and the error told the
    # user to run that same command again. The extra names the package itself.
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(requirement.replace("-", "_").lower().startswith("lxml_html_clean") for requirement in extras["html"])


def test_broken_trafilatura_install_is_told_apart_from_a_missing_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from reliability.html_input import HtmlSupportMissingError, score_html

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: object() if name == "trafilatura" else None)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(HtmlSupportMissingError) as raised:
        score_html(PAGE)
    assert str(raised.value).startswith("html: reading HTML pages needs trafilatura, which is installed but cannot "
                                        "be imported (ImportError: lxml.html.clean module is now a separate project")
    assert "pip install 'reliability[html]'" in str(raised.value)


def test_too_large_page_is_rejected_before_parsing() -> None:
    from reliability.html_input import score_html

    with pytest.raises(InputTooLargeError, match=r"^html: expected at most 100 bytes, received \d+$"):
        score_html(PAGE, max_html_bytes=100)



@pytest.mark.parametrize(("limits", "error", "message"), [
    ({"max_html_bytes": "100"}, ArticleTypeError, "max_html_bytes: expected a positive int, received str '100'"),
    ({"max_html_bytes": None}, ArticleTypeError, "max_html_bytes: expected a positive int, received NoneType None"),
    ({"max_html_bytes": 1.5}, ArticleTypeError, "max_html_bytes: expected a positive int, received float 1.5"),
    ({"max_html_tags": True}, ArticleTypeError, "max_html_tags: expected a positive int, received bool True"),
    ({"max_html_tags": 0}, InvalidArticleError, "max_html_tags: expected a positive int, received int 0"),
    ({"max_html_bytes": -1}, InvalidArticleError, "max_html_bytes: expected a positive int, received int -1"),
    # url=5 was blamed on the page: "expected a parseable HTML page, received one the extractor rejected".
    ({"url": 5}, ArticleTypeError, "url: expected a str (the page's address) or None, received int 5"),
])
def test_bad_page_limits_are_named_errors(limits: dict, error: type, message: str) -> None:
    # "100" and None were a bare TypeError from the size comparison; 0 and -1 were reported as
    # the page being too large ("expected at most -1 tags").
    from reliability.html_input import score_html

    with pytest.raises(error) as raised:
        score_html(PAGE, **limits)
    assert str(raised.value) == message


needs_trafilatura = pytest.mark.skipif(
    importlib.util.find_spec("trafilatura") is None,
    reason="HTML input needs the [html] extra: pip install 'reliability[html]'",
)


@needs_trafilatura
def test_score_html_extracts_text_title_and_date() -> None:
    from reliability.html_input import score_html

    result = score_html(PAGE)
    assert result.title == "Secret meeting in Moscow"
    assert result.article.published == "2024-06-19"
    assert "highly classified meeting" in result.text
    assert "Home" not in result.text and "Copyright" not in result.text
    for item in result.assessment.evidence:
        source = result.text if item.field == "text" else result.title
        assert source is not None and source[item.start:item.end] == item.text
    data = result.to_dict()
    assert data["extracted"] == {"text": result.text, "title": result.title, "published": "2024-06-19"}
    assert data["credibility"] == result.assessment.credibility
    assert "<mark" in result.to_html()


@needs_trafilatura
def test_published_override_is_checked_as_score_checks_it() -> None:
    # str(published) let an int through ('20160920' reads as ISO 8601's basic format), while
    # score() and the rest of the API refuse it as the wrong type.
    import datetime

    from reliability.html_input import score_html

    with pytest.raises(ArticleTypeError, match=r"^published: expected a datetime.date, an ISO 8601 string or None"):
        score_html(PAGE, published=20160920)
    with pytest.raises(InvalidArticleError, match=r"^published: expected an ISO 8601 date"):
        score_html(PAGE, published="4/5/17")
    for given in ("2016-09-20", "2016-09-20T23:30:00-05:00", datetime.date(2016, 9, 20),
                  datetime.datetime(2016, 9, 20, 8, 0)):
        result = score_html(PAGE, published=given)
        assert result.article.published == "2016-09-20"
        assert result.assessment.to_dict() == score_html(PAGE, published="2016-09-20").assessment.to_dict()


@needs_trafilatura
@pytest.mark.parametrize("page", ["", "<html><body><script>var x = 1;</script></body></html>", "<div>" * 20_000])
def test_pages_without_an_article_are_invalid(page: str) -> None:
    from reliability.html_input import score_html

    with pytest.raises(InvalidArticleError, match=r"^html: expected a page with a main text"):
        score_html(page)


@needs_trafilatura
def test_cli_scores_html_pages_and_reports_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = io.StringIO()
    assert main(["score", str(page), "--json"], stdout=out, stderr=io.StringIO()) == 0
    row = json.loads(out.getvalue())
    assert row["extracted"]["title"] == "Secret meeting in Moscow"
    assert all(row["extracted"]["text"][e["start"]:e["end"]] == e["text"] for e in row["evidence"]
               if e["field"] == "text")
    report = tmp_path / "report.html"
    assert main(["report", str(page), "-o", str(report)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert "Secret meeting in Moscow" in report.read_text(encoding="utf-8")
    # .xhtml and .shtml pages are pages too (they were scored as plain text, tags and all).
    for suffix in (".xhtml", ".SHTML"):
        other = tmp_path / f"page{suffix}"
        other.write_text(PAGE, encoding="utf-8")
        out = io.StringIO()
        assert main(["score", str(other), "--json"], stdout=out, stderr=io.StringIO()) == 0
        assert json.loads(out.getvalue())["extracted"]["title"] == "Secret meeting in Moscow"


@needs_trafilatura
def test_cli_explain_reads_html_pages_like_score_and_report(tmp_path: Path) -> None:
    # `explain page.html` used to score the raw markup as if it were the article's text.
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = io.StringIO()
    assert main(["explain", str(page)], stdout=out, stderr=io.StringIO()) == 0
    assert "<p>" not in out.getvalue() and "[a source with direct access" in out.getvalue()


class _Stdin(io.StringIO):
    """A text stdin with bytes beneath, as sys.stdin has."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.buffer = io.BytesIO(text.encode("utf-8"))


@needs_trafilatura
@pytest.mark.parametrize("opening", ["<!DOCTYPE html>\n", "\ufeff  <!doctype HTML>", "<!-- saved -->\n", ""])
def test_a_text_that_opens_as_a_page_is_read_as_one_on_stdin_or_under_any_name(tmp_path: Path, opening: str) -> None:
    # `curl -s URL | reliability score -` scored the page's markup as prose ("<p>" among the
    # words, the menu as sentences): stdin and files without an .html suffix are now read as a
    # page when they open as one, with a note on stderr.
    document = opening + PAGE
    saved = tmp_path / "page.txt"
    saved.write_text(document, encoding="utf-8")
    for args, stdin in ((["score", "-", "--json"], _Stdin(document)), (["score", str(saved), "--json"], None)):
        out, err = io.StringIO(), io.StringIO()
        assert main(args, stdout=out, stderr=err, stdin=stdin) == 0
        row = json.loads(out.getvalue())
        assert row["extracted"]["title"] == "Secret meeting in Moscow"
        assert "read as an HTML page" in err.getvalue()
        assert all(row["extracted"]["text"][e["start"]:e["end"]] == e["text"] for e in row["evidence"]
                   if e["field"] == "text")
    out = io.StringIO()
    assert main(["explain", "-"], stdout=out, stderr=io.StringIO(), stdin=_Stdin(document)) == 0
    assert "<p>" not in out.getvalue() and "[a source with direct access" in out.getvalue()
    out = io.StringIO()
    assert main(["report", "-", "-o", "-"], stdout=out, stderr=io.StringIO(), stdin=_Stdin(document)) == 0
    assert "Secret meeting in Moscow" in out.getvalue() and "&lt;nav&gt;" not in out.getvalue()


@pytest.mark.parametrize("text", [
    "The <html> tag opens every page, the instructor said. " * 10,   # prose that mentions a tag
    "Notes\n\n<p>Officials said the bridge could reopen.</p> " * 10,  # a fragment, not a document
    "<htmlish> " + BODY,
])
def test_prose_that_only_mentions_markup_is_scored_as_text(text: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["score", "-", "--json"], stdout=out, stderr=err, stdin=_Stdin(text)) == 0
    assert "extracted" not in json.loads(out.getvalue()) and "HTML page" not in err.getvalue()
