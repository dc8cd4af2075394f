"""Counts in a round-up of incidents on several days are not one quantity (session 19, lead).

Reading the 23 ``conflicting_figures`` pairs that ``benchmarks/name_pairs.py --figures`` lists on the
3,230 corpus articles found most of the FA-KES ones to be two incidents of a round-up: "Four people were
killed in the attack" ... "On Saturday two women and two children were among eight people killed when a
barrel bomb hit a building". When an article names two or more different days or months, a count dated
by a day or month and one dated by none are now other incidents (9 of the 23 pairs; every development
and held-out consistency split scores exactly as before). An article that names one day still has its
counts compared.
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _figures(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return [text[span.start:span.end] for span in measurement.spans]


ROUND_UPS = [
    "Four people were killed in the attack on the market, a monitor said. On Saturday eight people were killed "
    "when a barrel bomb hit a building. On Monday rockets struck the old city.",
    "A woman was killed and six other people were injured when a landmine exploded. On October 13th 30 people "
    "were killed and 90 others were injured in a suicide bombing. In November the city was quiet.",
    "Six civilians were killed on Thursday and 34 others were injured in rocket attacks. A source said two "
    "people were killed and 15 others were injured in a rocket attack. The market reopened on Sunday.",
]

ONE_STORY = [
    # One day named: the two counts are compared as before.
    ("Four people were killed in the attack on the market, a monitor said. On Saturday eight people were "
     "killed in the attack on the market.", ["Four people were killed", "eight people were killed"]),
    ("The storm killed 14 people on Tuesday as it crossed the coast. Rescuers said 17 people were killed in "
     "the storm.", ["14 people", "17 people"]),
]


@pytest.mark.parametrize("text", ROUND_UPS)
def test_counts_of_a_round_up_on_several_days_are_other_incidents(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "sides"), ONE_STORY)
def test_counts_of_one_dated_story_are_still_compared(text: str, sides: list[str]) -> None:
    assert _figures(text) == sides


def test_a_numeric_date_dates_a_count_like_a_year() -> None:
    # A listing of dated headlines: the headline's total and one incident's count are other statements,
    # as "5 people were killed in 2016" and "3 people were killed" are (7 more of the 23 FA-KES pairs).
    listing = ("07-07-2016 5 Civilians Killed in Rocket Attacks in the City. A police source said three civilians "
               "were killed after rockets hit a square.")
    assert _figures(listing) == []
    iso = ("2016-07-07 5 Civilians Killed in Rocket Attacks in the City. A police source said three civilians "
           "were killed after rockets hit a square.")
    assert _figures(iso) == []


def test_the_round_up_check_is_read_once_per_article() -> None:
    # One day named and many conflicting pairs: the article's days are read once, not once per pair
    # (read per pair, 4x the text took 9x the time).
    import time

    unit = "On Monday 5 people were killed in the blast. Officials said 7 people were killed in the blast. "

    def seconds(repeats: int) -> float:
        article = Article(unit * repeats)
        started = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - started

    for _ in range(3):
        small, large = seconds(300), seconds(1200)
        if large <= 6 * small + 0.01:
            return
    assert large <= 6 * small + 0.01, (small, large)
