"""Tests for reliability.features.temporal: gold-set accuracy, conflict rules, properties."""

from __future__ import annotations

import csv
import datetime
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.features.temporal import (
    CONFLICT_KINDS,
    DateAnalysis,
    analyse_dates,
    dated_reference_density,
    extract_temporal,
)

GOLD = Path(__file__).parent / "data" / "temporal_gold.tsv"
PUBLISHED = datetime.date(2016, 9, 20)


def _gold_rows() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_gold_set_has_at_least_300_expressions() -> None:
    assert sum(1 for row in _gold_rows() if row["expression"]) >= 300


def test_gold_precision_recall_and_intervals() -> None:
    by_sentence: dict[str, list[dict[str, str]]] = {}
    for row in _gold_rows():
        by_sentence.setdefault(row["sentence"], []).append(row)
    true_positive = false_positive = false_negative = 0
    interval_checked = interval_correct = 0
    for sentence, rows in by_sentence.items():
        expected = {(row["expression"], row["kind"]): row for row in rows if row["expression"]}
        found = {(expression.text, expression.kind): expression
                 for expression in extract_temporal(sentence, published=PUBLISHED)}
        for key, expression in found.items():
            if key not in expected:
                false_positive += 1
                continue
            true_positive += 1
            row = expected[key]
            if row["earliest"]:
                interval_checked += 1
                interval_correct += (str(expression.earliest), str(expression.latest)) == (row["earliest"], row["latest"])
        false_negative += sum(1 for key in expected if key not in found)
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall
    assert interval_correct / interval_checked >= 0.95


@pytest.mark.parametrize("text", [
    "The agency deployed 2,000 troops and 10,000 volunteers.",
    "Their office is at Suite 200, and 34 people work there.",
    "He said it may rain later, and Theresa May agreed.",
    "Prices fall when demand weakens.",
    "The march drew thousands to the capital.",
])
def test_near_misses_are_not_extracted(text: str) -> None:
    assert extract_temporal(text, published=PUBLISHED) == ()


def _kinds(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    return [conflict.kind for conflict in analyse_dates(text, published=published).conflicts]


CONFLICT_CASES = [
    # (text, expected kind or None for a near miss that must not be flagged)
    ("The summit opened on Monday, March 14, 2017.", "weekday_mismatch", None),
    ("The summit opened on Tuesday, March 14, 2017.", None, None),
    ("Officials met on Mon., March 7. The review, due in March 2016, was done.", None, None),
    ("The contract was signed on February 30, 2016.", "impossible_date", None),
    ("The deal closed on April 31.", "impossible_date", None),
    ("The deal closed on February 29, 2015.", "impossible_date", None),
    ("The deal closed on February 29, 2016.", None, None),
    ("The 2019 bilateral treaty was a landmark. Officials confirmed the treaty was signed in June 2024.",
     "restated_event", datetime.date(2025, 1, 1)),
    ("The 2018 summit was tense. The 2023 summit was calmer.", None, datetime.date(2025, 1, 1)),
    ("The 2019 treaty was praised. The treaty was ratified in 2021.", None, datetime.date(2025, 1, 1)),
    ("The accord was signed in 2017 in the aftermath of the 2018 summit.", "order_violation", datetime.date(2019, 1, 1)),
    ("The accord was signed in 2019 in the aftermath of the 2018 summit.", None, datetime.date(2020, 1, 1)),
    ("Before the 2015 election, the party was founded in 2016.", "order_violation", datetime.date(2017, 1, 1)),
    ("The bridge was opened on March 3, 2018, officials said.", "publication_anachronism", datetime.date(2016, 9, 20)),
    ("The bridge will open in 2018, officials said.", None, datetime.date(2016, 9, 20)),
    ("The governor said yesterday, March 3, 2009, that he would stay.", "publication_anachronism", datetime.date(2016, 9, 20)),
    ("The governor said yesterday, Sept. 19, that he would stay.", None, datetime.date(2016, 9, 20)),
    ("The club was founded in 1948, 60 years ago.", "duration_arithmetic", datetime.date(2016, 9, 20)),
    ("The club was founded in 1948, 68 years ago.", None, datetime.date(2016, 9, 20)),
    ("The three-day summit ran from June 18 to June 24.", "duration_arithmetic", None),
    ("The seven-day summit ran from June 18 to June 24.", None, None),
    ("The 40-year-old senator, who was born in 1950, declined to comment.", "duration_arithmetic", datetime.date(2016, 9, 20)),
    ("The 66-year-old senator, who was born in 1950, declined to comment.", None, datetime.date(2016, 9, 20)),
    ("The family has run the shop for 50 years, since 1948.", "duration_arithmetic", datetime.date(2016, 9, 20)),
]


@pytest.mark.parametrize(("text", "expected", "published"), CONFLICT_CASES)
def test_conflict_rules(text: str, expected: str | None, published: datetime.date | None) -> None:
    kinds = _kinds(text, published)
    if expected is None:
        assert kinds == []
    else:
        assert expected in kinds


def test_conflicts_carry_both_spans_and_plain_explanations() -> None:
    text = "The 2019 bilateral treaty was a landmark. Officials confirmed the treaty was signed in June 2024."
    (conflict,) = analyse_dates(text, published=datetime.date(2025, 1, 1)).conflicts
    assert [text[start:end] for start, end in conflict.spans] == ["2019", "June 2024"]
    assert conflict.explanation == "the treaty is dated 2019 here, but June 2024 at offset 87"
    assert conflict.kind in CONFLICT_KINDS


def test_reference_is_inferred_and_noted_without_publication_date() -> None:
    analysis = analyse_dates("The vote was held on September 19, 2016. Officials said yesterday the count was done.")
    assert analysis.reference_date == datetime.date(2016, 9, 19)
    assert analysis.reference_inferred
    yesterday = next(expression for expression in analysis.expressions if expression.text == "yesterday")
    assert yesterday.earliest == datetime.date(2016, 9, 18)
    assert "inferred reference date 2016-09-19" in yesterday.note


def test_density_counts_explicit_dates_per_thousand_words() -> None:
    analysis = analyse_dates("Talks began in March 2015 and ended on 3 May 2016, last week.")
    assert dated_reference_density(analysis, 10) == 200.0
    with pytest.raises(ValueError, match="word_count must be a positive int, received 0"):
        dated_reference_density(analysis, 0)


def test_rejects_non_string_text() -> None:
    with pytest.raises(TypeError, match="text must be a str, received bytes"):
        analyse_dates(b"2016")  # type: ignore[arg-type]


def test_large_input_is_linear() -> None:
    import time
    text = ("The 2019 treaty was signed on Monday, March 4, 2019, after the 2018 summit. " * 20000)[:10_000_000]
    adversarial = "1" * 2_000_000 + " March " * 200_000 + "-" * 1_000_000
    started = time.perf_counter()
    analyse_dates(adversarial)
    extract_temporal(text[:2_000_000])
    assert time.perf_counter() - started < 10


DATE_PIECES = st.sampled_from([
    "March 3, 2015", "3 March 2015", "2015-03-03", "Mon., March 3", "February 30, 2016", "2019-2021",
    "from June 18 to June 24", "yesterday", "last week", "two weeks ago", "since 1948", "for 76 years",
    "the three-day summit", "mid-October", "early 2024", "the 1990s", "60-year-old", "last summer", "May",
    "after", "before", "in the aftermath of", "the 2019 treaty was signed in", "12/31/1999", "Sept. 31",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), DATE_PIECES), max_size=25),
       st.one_of(st.none(), st.dates(min_value=datetime.date(1700, 1, 1), max_value=datetime.date(2100, 1, 1))))
def test_random_text_never_crashes_and_offsets_slice(pieces: list[str], published: datetime.date | None) -> None:
    text = " ".join(pieces)
    analysis = analyse_dates(text, published=published)
    assert isinstance(analysis, DateAnalysis)
    for expression in analysis.expressions:
        assert text[expression.start:expression.end] == expression.text
        if expression.earliest is not None and expression.latest is not None:
            assert expression.earliest <= expression.latest
    for conflict in analysis.conflicts:
        assert conflict.kind in CONFLICT_KINDS
        assert 1 <= len(conflict.spans) <= 2
        for start, end in conflict.spans:
            assert 0 <= start < end <= len(text)


CONSISTENT_SENTENCES = [
    "The treaty was signed on Tuesday, March 3, 2015, in Geneva.",
    "The 2015 treaty was praised by both governments.",
    "Officials said the treaty was signed in March 2015.",
    "The club was founded in 1948, 67 years ago.",
    "The three-day summit ran from June 18 to June 20, 2015.",
    "The agreement was reached in 2015, after the 2014 talks.",
    "Negotiators met again yesterday, Sept. 19, 2015.",
    "The 2012 election and the 2014 election were close.",
    "Turnout has fallen since 2010.",
    "Prices rose in early 2015 and fell in mid-October.",
]


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_reordering_a_consistent_article_adds_no_conflicts(generator: random.Random) -> None:
    published = datetime.date(2015, 9, 20)
    base = " ".join(CONSISTENT_SENTENCES)
    assert analyse_dates(base, published=published).conflicts == ()
    shuffled = CONSISTENT_SENTENCES[:]
    generator.shuffle(shuffled)
    assert analyse_dates(" ".join(shuffled), published=published).conflicts == ()
    assert analyse_dates(" ".join(shuffled)).conflicts == ()
