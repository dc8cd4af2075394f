"""Style, headline and the new lexical features: table-driven cases and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.lexical import extract_lexical
from reliability.features.style import extract_headline, extract_style


def _title_spans(title: str, feature: str) -> list[str]:
    result = extract_headline(Article("Body.", title=title))
    return [title[s.start:s.end] for s in result[feature].spans]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("You Won't Believe What Happens Next", ["You Won't Believe", "What Happens Next"]),
        ("17 Things You Need To Know About Cats", ["17 Things", "You Need To"]),
        ("This Comedian's Special Will Speak To Your Soul", ["This"]),
        ("Which Disney Princess Are You", ["Which Disney Princess Are You"]),
        ("Here's why the Fed raised rates", ["Here's why"]),
        # near-misses: news headlines
        ("Fed raises rates by a quarter point", []),
        ("U.N. penalizes North Korean companies over nuclear arms", []),
        ("Thousands flee as this year's floods hit Assam", []),
    ],
)
def test_headline_clickbait(title: str, expected: list[str]) -> None:
    assert _title_spans(title, "headline_clickbait") == expected


@pytest.mark.parametrize(
    ("title", "reader", "number", "caps"),
    [
        ("17 Things Your Dentist Won't Tell You", 2, 1, 0),
        ("SHOCKING: Senator EXPOSED in leaked video", 0, 0, 2),
        ("NATO and FBI officials meet in Brussels", 0, 0, 0),
        ("Three dead after storm hits coast", 0, 1, 0),
        ("WAKE UP AMERICA", 0, 0, 1),
    ],
)
def test_headline_counts(title: str, reader: int, number: int, caps: int) -> None:
    result = extract_headline(Article("Body.", title=title))
    assert result["headline_reader_address"].value == reader
    assert result["headline_number_start"].value == number
    assert result["headline_all_caps_words"].value == caps
    for measurement in result.values():
        assert all(span.field == "title" for span in measurement.spans)


def test_headline_undefined_without_title() -> None:
    result = extract_headline(Article("Body text."))
    assert all(math.isnan(m.value) and m.reason == "no title given" for m in result.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Benjamin Young met officials from Rand in Seoul.", ["Benjamin Young", "Rand", "Seoul"]),
        ("The meeting ended. Nobody spoke.", []),  # sentence-initial capitals are not names
        ('He said: "Nothing changed."', []),
        # A dotted abbreviation is one entity, the whole of it (not "S" of "U.S."), ...
        ("The U.S. envoy met the U.K. minister in Washington, D.C. on Friday.",
         ["U.S.", "U.K.", "Washington", "D.C.", "Friday"]),
        ("Troops left the U.S.A. and went home.", ["U.S.A."]),
        ("He met President George H.W. Bush there.", ["President George H.W.", "Bush"]),
        ("Ships sailed to the U.S Virgin Islands.", ["U.S Virgin Islands"]),
        # ... or none when its first letter is not one (the abbreviation opens a sentence or a quote).
        ("U.S. officials met. Nothing changed.", []),
        ('He said "U.S. officials" lied.', []),
        # near-misses: initials and single letters keep their spans
        ("It was written by J. Smith and Kim Jong Un.", ["J", "Smith", "Kim Jong Un"]),
        ("They visited St.Louis with Plan B.", ["St", "Louis", "Plan B"]),
    ],
)
def test_named_entity_density(text: str, expected: list[str]) -> None:
    result = extract_style(Article(text))
    assert [text[s.start:s.end] for s in result["named_entity_density"].spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The so-called experts were wrong again.", ["so-called"]),
        ('The self-proclaimed leader met the "journalists" from the network.', ["self-proclaimed", '"journalists"']),
        ('A "news" site ran the story.', ['"news"']),
        # near-misses: quoted speech, titles, names
        ('"We will win," she said.', []),
        ('He starred in "Breaking Bad" for years.', []),
        ('Sources at "Babel" said the units moved.', []),
    ],
)
def test_distancing(text: str, expected: list[str]) -> None:
    result = extract_lexical(Article(text))
    assert [text[s.start:s.end] for s in result["distancing_density"].spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the worst deal in history and the greatest scam of all time.", ["worst", "in history", "greatest", "of all time"]),
        ("The most dangerous man alive.", ["most dangerous"]),
        ("The largest city hosted the best-attended meeting.", []),
    ],
)
def test_superlatives(text: str, expected: list[str]) -> None:
    result = extract_lexical(Article(text))
    assert [text[s.start:s.end] for s in result["superlative_density"].spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some people say the vaccine is widely regarded as unsafe.", ["Some people", "widely regarded"]),
        ("The bridge opened in 1999.", []),
    ],
)
def test_weasel_words(text: str, expected: list[str]) -> None:
    result = extract_lexical(Article(text))
    assert [text[s.start:s.end] for s in result["weasel_density"].spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hillary was caught on camera and finally admitted it.", ["caught", "admitted"]),
        ("The leaked memo revealed what she is hiding.", ["revealed", "hiding"]),
        ("This is proof that the media won't tell you the truth about it.", ["proof that", "won't tell you", "the truth about"]),
        ("The senator confessed; reporters uncovered the real reason.", ["confessed", "uncovered", "the real reason"]),
        ("Police say he let slip the admission during questioning.", ["let slip", "admission"]),
        # near-misses: the same words without a gotcha, and words counted elsewhere
        ("The barn caught fire and the driver was caught up in traffic.", []),
        ("She was admitted to the hospital on Monday; admission is free.", []),
        ("The couple threw a gender reveal party.", []),
        ("The report exposed a scandal kept secret for years.", []),  # loaded language and secrecy, not here
        ("He revisited the hidden valley and admired the view.", []),
    ],
)
def test_revelation_framing(text: str, expected: list[str]) -> None:
    result = extract_lexical(Article(text))
    assert [text[s.start:s.end] for s in result["revelation_density"].spans] == expected


def test_boilerplate_is_not_a_feature() -> None:
    plain = "He said it's over. Officials said the plan failed."
    curly = "He said it\u2019s over. Officials said the plan failed.\nStory Continued Below\nShare on Facebook"
    from reliability.features import extract

    a, b = extract(Article(plain)), extract(Article(curly))
    # Typography changes nothing; boilerplate lines change only length-normalised densities.
    assert {k for k, v in a.items() if v.spans} == {k for k, v in b.items() if v.spans} - {"named_entity_density"}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=80)))
def test_any_string_never_crashes_and_spans_slice(text: str, title: str | None) -> None:
    article = Article(text, title=title)
    for result in (extract_style(article), extract_headline(article), extract_lexical(article)):
        for measurement in result.values():
            for span in measurement.spans:
                source = title if span.field == "title" else text
                assert source is not None and 0 <= span.start < span.end <= len(source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wire datelines open a line: place, optional state and agency, then a dash. Not shouting.
        ("NEW YORK (AP) \u2014 An immigrant was arrested.", []),
        ("WASHINGTON, D.C. \u2013 The Senate voted.", []),
        ("KENT, OHIO\u2014A lonely supporter stood.", []),
        ("PHOENIX A.Z. (AP) \u2014 For months, rumours grew.", []),
        ("A summary line.\n\n  MOSCOW (Reuters) - Talks resumed.", []),
        ("\u0412\u041b\u0410\u0414\u0418\u0412\u041e\u0421\u0422\u041e\u041a \u2014 Talks resumed.", []),  # Cyrillic
        # Capitals elsewhere, or cue words before the dash, still shout.
        ("BREAKING NEWS \u2014 the vote failed.", ["BREAKING NEWS"]),
        ("URGENT UPDATE - read this now.", ["URGENT UPDATE"]),
        ("He flew to NEW YORK \u2014 again.", ["NEW YORK"]),
        ("WASHINGTON is lying to you.", ["WASHINGTON"]),
        ("WAKE UP PEOPLE OF THIS COUNTRY - now.", ["WAKE UP PEOPLE OF THIS COUNTRY"]),
    ],
)
def test_wire_datelines_are_not_shouting(text: str, expected: list[str]) -> None:
    spans = extract_style(Article(text))["all_caps_density"].spans
    assert [text[span.start:span.end] for span in spans] == expected
