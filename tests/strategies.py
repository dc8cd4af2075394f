"""Hypothesis strategies for hostile and realistic article text, shared by the tests.

Sizes scale with the hypothesis profile: the "default" profile (CI) keeps the
large strategies (very long tokens, runs of quotes or digits) to 20,000
characters, the "long" profile to 200,000 (a run of 100,000 examples must fit
in an afternoon); tests/test_fuzz.py adds fixed runs of a million quotes and digits.
"""

from __future__ import annotations

import os

from hypothesis import strategies as st

_LONG_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default") == "long"
#: Longest run ("millions of quotes or digits") a strategy may build.
MAX_RUN = 200_000 if _LONG_PROFILE else 20_000

_FRAGMENTS = [
    "According to a source with direct access to the discussions, ",
    "officials said ", "URGENT UPDATE: ", "Stay tuned!!! ", "reportedly ", "could ",
    "Monday, March 14, 2017 ", "February 30, 2016 ", "the 2019 treaty ", "signed in June 2024. ",
    "“Curly quotes” ", "‘single’ ", " — ", "Михайлов said ", "Choe Son Hui ", "🙂 ", "<script>x</script> ",
    "&amp; ", "\u200b", "\u202e", "\x00", "\n\n", "May 2024 ", "Theresa May ", "2,000 troops ",
    "Mr. Smith said. ", "!!!", "???", '"', "'", "-", "...",
]

#: Text mixing news phrases, markup, control characters and arbitrary Unicode.
article_text = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=60
).map("".join)

#: Optional titles.
titles = st.one_of(st.none(), st.text(max_size=80), st.sampled_from(["You Won't Believe This!", "BREAKING: Talks Fail"]))

# --- hostile text ----------------------------------------------------------

#: Any code point of any Unicode category except lone surrogates (which a str
#: from decoded input never holds), astral planes included.
any_unicode = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=("Cs",)),
                      max_size=200)

_CONTROL_AND_INVISIBLE = (
    [chr(code) for code in range(0x00, 0x20)] + ["\x7f"] + [chr(code) for code in range(0x80, 0xA0)]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f",  # zero-width, soft hyphen
       "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi marks and embeddings
       "\u2066", "\u2067", "\u2068", "\u2069", "\u061c",  # bidi isolates, Arabic letter mark
       "\u2028", "\u2029", "\u0085", "\ufffd", "\ufffe", "\uffff", "\U000e0001", "\U000e0041"]  # tags
)
#: Control, format and zero-width characters, alone and between words.
control_text = st.lists(
    st.one_of(st.sampled_from(_CONTROL_AND_INVISIBLE), st.sampled_from(["said", "could", "May", "2017", "Mr."])),
    max_size=80,
).map("".join)

_SCRIPT_WORDS = [
    "officials said", "reportedly", "Monday, March 14, 2017",  # Latin
    "قال مسؤولون", "ربما", "الاثنين ١٤ مارس ٢٠١٧",  # Arabic, right to left, Arabic-Indic digits
    "אמרו גורמים", "אולי",  # Hebrew
    "сообщили источники", "возможно", "Михайлов",  # Cyrillic
    "据消息人士称", "可能", "二〇一七年三月十四日",  # CJK
    "कथित तौर पर", "१२३",  # Devanagari with its digits
    "ＵＲＧＥＮＴ", "１２３４",  # full-width forms
    "𝐔𝐑𝐆𝐄𝐍𝐓", "𝟏𝟐𝟑", "👩‍👩‍👧‍👦", "🇺🇸", "e\u0301\u0301\u0301",  # astral letters, emoji ZWJ, stacked marks
    "\u202eDIAS SLAICIFFO\u202c", "\u2067שלום said\u2069",
]
#: Right-to-left runs, bidi overrides and words from many scripts mixed in one text.
mixed_script_text = st.lists(
    st.tuples(st.sampled_from(_SCRIPT_WORDS), st.sampled_from([" ", ". ", ", ", "\n", "! ", "? ", "\u200f ", ""])),
    max_size=60,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))

_TAGS = ["<html>", "</html>", "<body>", "<p>", "</p>", "<div class='a'>", "</div>", "<br/>", "<script>",
         "</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>", "<a href=\"javascript:x()\">", "</a>",
         "&amp;", "&lt;", "&#0;", "&#x110000;", "&nbsp;", "<", ">", "</", "<<<>>>", "<?xml?>", "<!DOCTYPE html>"]
#: Broken HTML with script and style blocks, entities and stray angle brackets around news text.
html_soup = st.lists(
    st.one_of(st.sampled_from(_TAGS), st.sampled_from(_FRAGMENTS), st.text(max_size=20)), max_size=80
).map("".join)


@st.composite
def long_token_text(draw: st.DrawFn) -> str:
    """A text holding one very long run: a token, quotes, digits, punctuation or separators."""
    unit = draw(st.sampled_from([
        "a", "A", "9", '"', "'", "“", "”", "«", "!", "?", ".", "-", "—", ",", "0,", "1.", "Mr.", "'s", "said ",
        "\n", " ", "\u200b", "<", "&amp;", "A. ", "May ", "2017 ", "\"a\" ", "don't-", "e\u0301",
    ]))
    length = draw(st.integers(min_value=1, max_value=MAX_RUN // len(unit)))
    before = draw(st.sampled_from(["", "Officials said ", "URGENT: ", "\"", "On March 14, 2017, "]))
    after = draw(st.sampled_from(["", " said the source.", "\"", " on Monday, March 14, 2017."]))
    return before + unit * length + after


#: Every hostile family, for tests that take "any text".
hostile_text = st.one_of(article_text, any_unicode, control_text, mixed_script_text, html_soup, long_token_text())

#: Optional titles drawn from the hostile families too (bounded: titles are short in practice, not in attacks).
hostile_titles = st.one_of(titles, any_unicode, control_text, mixed_script_text)

_INVALID_UTF8_PIECES = [
    b"\x80", b"\xbf", b"\xc0\xaf", b"\xc1\xbf", b"\xe0\x80\xaf", b"\xed\xa0\x80",  # overlong, surrogate
    b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xfe", b"\xff", b"\xc3", b"\xe2\x82",  # too high, truncated
    b"\xef\xbb\xbf", b"\x00", b"\r\n", b"officials said ", "Михайлов ".encode(), "“quote” ".encode(),
]


@st.composite
def invalid_utf8_bytes(draw: st.DrawFn) -> bytes:
    """Bytes that are never valid UTF-8: text fragments with malformed sequences spliced in."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(_INVALID_UTF8_PIECES), st.binary(max_size=30)), max_size=40))
    data = b"".join(pieces)
    position = draw(st.integers(min_value=0, max_value=len(data)))
    return data[:position] + draw(st.sampled_from([b"\x80", b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[position:]
