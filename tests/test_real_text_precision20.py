"""The last date false alarm on the shared corpora (session 20, lead).

Reading every date conflict flagged on the 3,230 corpus articles (``python benchmarks/date_flags.py``) left one
after session 19: a SemEval article, published in January 2018, that looks forward to a candidate "to win the
presidency in 2020". Its plan ("the plan is for ...") stands 140 characters before the date, beyond the window
in which an intent is read, so the anachronism rule looked for a past verb near the date and found two that tell
other things: "misrepresented", inside a parenthesis about someone ("Warren (who misrepresented her own race
...)"), and "postponed", an adjective between an article and its noun ("for a slightly postponed takeover").

Two general readings now keep such verbs from telling the dated event: a verb inside a parenthesis that closes
before the date, and a participle between an article (with at most one "-ly" adverb) and the next word. The
near-misses below keep the past verbs that do tell it.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.corpora import load_corpus
from reliability.features.temporal import analyse_dates
from tests.conftest import load_benchmark, requires_shared_data, shared_data_dir

PUBLISHED = datetime.date(2016, 9, 27)


def _conflicts(text: str) -> list[tuple[str, list[str]]]:
    return [(conflict.kind, [text[start:end] for start, end in conflict.spans])
            for conflict in analyse_dates(text, published=PUBLISHED).conflicts]


NOT_TOLD_IN_THE_PAST = [
    # The only past verbs are inside an aside closed before the date, or adjectives.
    "The plan now is for the governor or the senator (who misrepresented her record), to win the presidency in 2020.",
    "Supporters expect the mayor (who lost narrowly) to take the seat in 2019.",
    "The favourite (who campaigned hard) is to contest the election in 2020 after a delayed start.",
    "The scheme is for the club to move in 2019 into a newly renovated stadium.",
    "The aim is for a slightly modified version to reach shops in March 2018.",
    "Organisers want the event (which they founded) to return in 2019 with an expanded programme.",
]

STILL_TOLD_IN_THE_PAST = [
    # A past verb outside the aside, or the aside holds the date.
    ("The council (which met on Monday) approved the plan in 2020.", ["2020"]),
    ("The senator, who misrepresented her record, won the seat in 2020.", ["2020"]),
    ("The bridge (completed in 2019) now carries traffic.", ["2019"]),
    ("The newly built bridge was opened in 2019.", ["2019"]),
    ("They held a slightly delayed ceremony in March 2019.", ["March 2019"]),
    ("The delayed vote took place in 2019.", ["2019"]),
    ("The long-awaited report was published in 2019.", ["2019"]),
    # A past verb after an article's noun ("the fans had wanted") is no adjective.
    ("In 2019 the club chose a design that the fans had wanted.", ["2019"]),
]


@pytest.mark.parametrize("text", NOT_TOLD_IN_THE_PAST)
def test_a_verb_in_an_aside_or_an_adjective_tells_no_event_after_publication(text: str) -> None:
    assert _conflicts(text) == []


@pytest.mark.parametrize(("text", "sides"), STILL_TOLD_IN_THE_PAST)
def test_a_past_verb_of_the_dated_clause_is_still_read(text: str, sides: list[str]) -> None:
    assert _conflicts(text) == [("publication_anachronism", sides)]


@requires_shared_data
def test_the_real_article_read_in_session_20_is_silent() -> None:
    date_flags = load_benchmark("date_flags")
    record = next(record for record in load_corpus("semeval", shared_data_dir()) if record["id"] == "0000618")
    assert analyse_dates(record["text"], published=date_flags._published(record)).conflicts == ()
