"""Score a web page: extract its main text, title and date, then score that text.

Extraction uses trafilatura (optional extra ``[html]``), imported only when a
page is scored. Evidence offsets index the *extracted* text, which the result
carries (:attr:`HtmlAssessment.text`) so every span can be checked and shown.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from reliability.api import DEFAULT_MIN_WORDS, ModelArgument, score
from reliability.article import DEFAULT_MAX_CHARS, parse_published
from reliability.errors import ArticleTypeError, InputTooLargeError, InvalidArticleError, ReliabilityError, check_int
from reliability.explain import Assessment

__all__ = ["score_html", "extract_article", "ExtractedArticle", "HtmlAssessment", "HtmlSupportMissingError",
           "DEFAULT_MAX_HTML_BYTES", "DEFAULT_MAX_HTML_TAGS"]

#: Largest accepted page, in bytes of HTML (markup is larger than its text).
DEFAULT_MAX_HTML_BYTES = 20_000_000
#: Most ``<`` characters (tags, roughly) accepted in a page. The extractor's time
#: grows with the element count (about 60 s for 100,000 paragraphs on one core),
#: while real article pages hold a few thousand elements.
DEFAULT_MAX_HTML_TAGS = 40_000


class HtmlSupportMissingError(ReliabilityError, ImportError):
    """trafilatura, needed to read HTML pages, is not installed."""


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """The main content of a page: body text, headline and publication date (ISO) if found."""

    text: str
    title: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "title": self.title, "published": self.published}


@dataclass(frozen=True, slots=True)
class HtmlAssessment:
    """The assessment of a page together with the text its evidence offsets index."""

    assessment: Assessment
    article: ExtractedArticle

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def title(self) -> str | None:
        return self.article.title

    def to_dict(self) -> dict[str, Any]:
        """The assessment's dictionary plus ``"extracted"``: the text, title and date that were scored."""
        return {**self.assessment.to_dict(), "extracted": self.article.to_dict()}

    def to_html(self) -> str:
        """The self-contained HTML report of the extracted article."""
        return self.assessment.to_html(self.article.text, self.article.title)


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as error:
        import importlib.util

        # Installed but broken (a dependency missing, such as lxml_html_clean) is not "not installed".
        state = "is installed but cannot be imported" if importlib.util.find_spec("trafilatura") else "is not installed"
        raise HtmlSupportMissingError(
            f"html: reading HTML pages needs trafilatura, which {state} "
            f"(ImportError: {error}); install it with: pip install 'reliability[html]'"
        ) from error
    return trafilatura


def extract_article(html: str | bytes, *, url: str | None = None,
                    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
                    max_html_tags: int = DEFAULT_MAX_HTML_TAGS) -> ExtractedArticle:
    """Extract the main text, headline and publication date of a web page.

    The headline is removed from the start of the body when the extractor
    repeats it there, so it is scored once, as the title.

    Examples
    --------
    >>> import pytest; _ = pytest.importorskip("trafilatura")
    >>> page = ("<html><body><article><h1>Bridge to reopen</h1><p>" + "Officials said the bridge "
    ...         "will reopen next week after repairs. " * 5 + "</p></article></body></html>")
    >>> extract_article(page).title
    'Bridge to reopen'
    """
    if isinstance(html, bytes):
        size = len(html)
    elif isinstance(html, str):
        size = len(html.encode("utf-8", errors="surrogatepass"))
    else:
        raise ArticleTypeError.for_parameter("html", html, "a str or bytes holding an HTML page")
    if url is not None and not isinstance(url, str):
        # url=5 reached the extractor and came back blaming the page ("received one the extractor
        # rejected (AttributeError)").
        raise ArticleTypeError.for_parameter("url", url, "a str (the page's address) or None")
    for name, limit in (("max_html_bytes", max_html_bytes), ("max_html_tags", max_html_tags)):
        # Unchecked, a limit of "10" or None reached the comparisons below as a bare TypeError,
        # and 0 or -1 was reported as the page being too large.
        check_int(name, limit, 1, "a positive int")
    if size > max_html_bytes:
        raise InputTooLargeError(f"html: expected at most {max_html_bytes} bytes, received {size}")
    tags = html.count(b"<" if isinstance(html, bytes) else "<")
    if tags > max_html_tags:
        raise InputTooLargeError(f"html: expected at most {max_html_tags:,} tags (max_html_tags), received {tags:,}")
    trafilatura = _trafilatura()
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except (RecursionError, ValueError, TypeError, AttributeError) as error:
        # A page the parser cannot digest is bad input, not a server error.
        raise InvalidArticleError(
            f"html: expected a parseable HTML page, received one the extractor rejected ({type(error).__name__})"
        ) from error
    if document is None:
        raise InvalidArticleError("html: expected a page with a main text, received one with no extractable text")
    fields: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = fields.get("text") or fields.get("raw_text") or ""
    title = fields.get("title") or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:]
    if not text.strip():
        raise InvalidArticleError("html: expected a page with a main text, received one with no extractable text")
    published = fields.get("date") or None
    if published is not None:
        try:
            _dt.date.fromisoformat(str(published)[:10])
            published = str(published)[:10]
        except ValueError:
            published = None  # an unparseable page date is dropped, not fatal
    return ExtractedArticle(text=text, title=title, published=published)


def score_html(
    html: str | bytes,
    *,
    url: str | None = None,
    title: str | None = None,
    published: Any = None,
    source: str | None = None,
    prior: float | None = None,
    model: ModelArgument = None,
    min_words: int = DEFAULT_MIN_WORDS,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES,
    max_html_tags: int = DEFAULT_MAX_HTML_TAGS,
    check_language: bool = True,
) -> HtmlAssessment:
    """Score the main article of a web page.

    Parameters
    ----------
    html : str or bytes
        The page. Larger than ``max_html_bytes``, or with more than
        ``max_html_tags`` ``<`` characters, raises ``InputTooLargeError``.
    url : str, optional
        The page's address (helps the extractor; never fetched).
    title, published : optional
        Override the headline and date found in the page.
    source, prior, model, min_words, max_chars, check_language
        As for :func:`reliability.score`.

    Returns
    -------
    HtmlAssessment
        ``.assessment`` (offsets index ``.text``), ``.article`` (text, title, date).

    Raises
    ------
    HtmlSupportMissingError
        trafilatura is not installed (``pip install 'reliability[html]'``).

    Examples
    --------
    >>> import pytest; _ = pytest.importorskip("trafilatura")
    >>> page = ("<html><body><article><h1>Bridge to reopen</h1><p>" + "Officials said the bridge "
    ...         "could reopen next week. " * 12 + "</p></article></body></html>")
    >>> result = score_html(page)
    >>> all(result.text[e.start:e.end] == e.text for e in result.assessment.evidence if e.field == "text")
    True
    """
    article = extract_article(html, url=url, max_html_bytes=max_html_bytes, max_html_tags=max_html_tags)
    if title is not None or published is not None:
        # Checked as score() checks it: str() let published=20160920 through as '20160920', and
        # made published=True an "ISO 8601" error rather than the wrong type.
        override = parse_published(published)
        article = ExtractedArticle(
            text=article.text,
            title=title if title is not None else article.title,
            published=override.isoformat() if override is not None else article.published,
        )
    assessment = score(article.text, title=article.title, published=article.published, source=source,
                       prior=prior, model=model, min_words=min_words, max_chars=max_chars,
                       check_language=check_language)
    return HtmlAssessment(assessment=assessment, article=article)
