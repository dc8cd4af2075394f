"""Invisible format characters, decomposed accents and CR-only line endings.

Text copied from macOS or some CMSs holds "Jose" + U+0301 rather than "José", soft
hyphens and zero-width spaces inside words, or old-Mac "\\r" line endings. The article
drops the format characters and composes the accents on a rare path that keeps an
offset map, so every feature sees the words and every span still slices the caller's
text; a lone "\\r" is folded to "\\n" one-to-one.
"""

from __future__ import annotations

import math
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability import score
from reliability.article import (
    _TYPOGRAPHY,
    FORMAT_CHARACTERS,
    Article,
    _cluster_re,
    clean_text,
    normalise_typography,
)
from reliability.features import extract
from reliability.features.attribution import extract_attribution
from reliability.features.style import extract_style

NFC_NAMES = "José Martínez said the Zoë Ångström plan would fail, officials said."


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _spans(text: str, feature: str, title: str | None = None) -> list[str]:
    measurement = extract(Article(text, title=title), [feature])[feature]
    return [(title if span.field == "title" else text)[span.start:span.end] for span in measurement.spans]  # type: ignore[index]


# --- decomposed accents ------------------------------------------------------


def test_decomposed_accents_do_not_split_names() -> None:
    text = _nfd(NFC_NAMES)
    assert text != NFC_NAMES
    assert Article(text).words == Article(NFC_NAMES).words
    assert Article(text).word_count == Article(NFC_NAMES).word_count
    # The evidence is the caller's (decomposed) text, covering whole names.
    assert _spans(text, "named_attribution_density") == [_nfd("José Martínez said")]
    assert _spans(text, "named_entity_density") == [_nfd("Martínez"), _nfd("Zoë Ångström")]


def test_decomposed_accents_score_like_composed() -> None:
    body = (NFC_NAMES + " ") * 6
    composed, decomposed = score(body), score(_nfd(body))
    assert composed.to_dict()["features"] == decomposed.to_dict()["features"]
    assert [item.text for item in decomposed.evidence] == [_nfd(item.text) for item in composed.evidence]
    for item in decomposed.evidence:
        assert _nfd(body)[item.start:item.end] == item.text


def test_decomposed_title() -> None:
    title = _nfd("Olé! You Won't Believe What José Did")
    article = Article("Body.", title=title)
    assert article.norm_title == normalise_typography(unicodedata.normalize("NFC", title))
    for item in score("Body text. " * 10, title=title).evidence:
        if item.field == "title":
            assert title[item.start:item.end] == item.text


def test_combining_marks_nfc_cannot_compose_stay_as_they_were() -> None:
    # "q" + U+0301 has no composed form, Hebrew points are normalised already: the common path.
    for text in ("The q\u0301 officials said.", "The \u05e9\u05b8\u05c1 officials said.", "Ok \u263a\ufe0f said."):
        article = Article(text)
        assert article.text_offsets is None and article.clean_text is text


def test_ordinary_unicode_text_takes_the_common_path() -> None:
    for text in ("\u201cIt\u2019s a deal\u201d \u2014 she said", "Михайлов said it.", "Ein Café in Köln, naïve."):
        article = Article(text)
        assert article.text_offsets is None
        assert article.norm == normalise_typography(text)


# --- invisible format characters ---------------------------------------------


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e"])
def test_format_characters_inside_words_are_ignored(invisible: str) -> None:
    plain = "Two officials said the bridge would reopen."
    hidden = plain.replace("officials", f"offi{invisible}cials").replace("said", f"said{invisible}")
    assert Article(hidden).words == Article(plain).words
    assert _spans(hidden, "anonymous_source_density") == [f"Two offi{invisible}cials said"]


def test_zero_width_space_after_verb_keeps_the_attribution() -> None:
    plain = '"We will win," said Benjamin Young.'
    hidden = '"We will win," said\u200b Benjamin\u2060 Young.'
    assert _spans(plain, "named_attribution_density") == ["said Benjamin Young"]
    assert _spans(hidden, "named_attribution_density") == ["said\u200b Benjamin\u2060 Young"]


def test_format_characters_at_span_edges_stay_outside() -> None:
    text = "\ufeffWAKE UP PEOPLE\u200b! It is here."
    assert _spans(text, "all_caps_density") == ["WAKE UP PEOPLE"]


def test_only_format_characters() -> None:
    text = "\u200b\u00ad\ufeff"
    article = Article(text)
    assert article.norm == "" and article.word_count == 0
    assert score(text).label == "insufficient text"


def test_format_table_matches_unicodedata() -> None:
    found = {chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Cf"}
    if unicodedata.unidata_version == "14.0.0":
        assert set(FORMAT_CHARACTERS) == found
    else:  # a newer Unicode may add format characters: those are then not dropped
        assert set(FORMAT_CHARACTERS) <= found


def test_typography_characters_need_no_cleaning() -> None:
    # Article proves a text clean from its ASCII norm: no typography character may be a format
    # character, combine with a neighbour, or change under NFC.
    composed_seconds = set()
    for code in range(0x30000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and decomposition[0] != "<" and len(decomposition.split()) == 2:
            composed_seconds.add(chr(int(decomposition.split()[1], 16)))
    for code in _TYPOGRAPHY:
        character = chr(code)
        assert unicodedata.category(character) != "Cf"
        assert unicodedata.combining(character) == 0 and character not in composed_seconds
        assert unicodedata.normalize("NFC", character) == character


def test_composition_needs_only_marks_and_jamo() -> None:
    # The clusters: NFC composes a character only with a following mark (or Hangul jamo).
    pattern = _cluster_re()
    for code in range(0x30000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and decomposition[0] != "<" and len(decomposition.split()) == 2:
            first, second = (chr(int(part, 16)) for part in decomposition.split())
            if unicodedata.normalize("NFC", first + second) == chr(code):
                assert pattern.fullmatch(first + second), hex(code)
        if unicodedata.combining(chr(code)):
            assert unicodedata.category(chr(code))[0] == "M"
    assert clean_text("\u1100\u1161\u11a8")[0] == "\uac01"  # Hangul L + V + T


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_clean_text_is_nfc_without_format_characters(text: str) -> None:
    cleaned, offsets = clean_text(text)
    expected = unicodedata.normalize("NFC", "".join(c for c in text if c not in FORMAT_CHARACTERS))
    assert cleaned == expected
    if offsets is None:
        assert cleaned == text
        return
    for start in range(len(cleaned) + 1):
        for end in range(start, min(len(cleaned), start + 4) + 1):
            original_start, original_end = offsets.span(start, end)
            assert 0 <= original_start <= original_end <= len(text)
            piece = text[original_start:original_end]
            composed = unicodedata.normalize("NFC", "".join(c for c in piece if c not in FORMAT_CHARACTERS))
            assert cleaned[start:end] in composed  # whole clusters, never half of one


# --- CR-only line endings ------------------------------------------------------


def test_lone_carriage_return_is_a_line_break() -> None:
    lines = ["WASHINGTON", "Officials said the plan would fail", "Nobody knows why"]
    for joiner in ("\n", "\r\n", "\r"):
        text = joiner.join(lines)
        article = Article(text)
        assert [text[s:e] for s, e in article.sentences] == lines, repr(joiner)
    assert normalise_typography("a\rb\r\nc\n") == "a\nb\r\nc\n"


def test_carriage_returns_score_like_line_feeds() -> None:
    body = "BREAKING NEWS\nOfficials said the talks failed.\n\nStay tuned!!\n" * 5
    assert score(body.replace("\n", "\r")).to_dict() == score(body).to_dict()
    assert score(body.replace("\n", "\r\n")).features == score(body).features


def test_consistency_notes_quote_the_cleaned_text() -> None:
    text = _nfd("Benjamin Jósé told reporters the talks failed. Later Jésé said they resumed. ") * 2
    for item in score(text).evidence:
        assert text[item.start:item.end] == item.text
