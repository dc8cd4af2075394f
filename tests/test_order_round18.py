"""Round order18: life-cycle chains whose order is fixed in the world, and the clause that names them back.

Written for this round in its own words (not blind33-35's sentences). New chains of
``lexicons/life_cycle_stages.tsv``: an application before its grant or refusal, a launch before
reaching orbit, an agreement to buy before the deal completes, a sentence or conviction before its
appeal, a relegation before bouncing back, a finished manuscript before publication, a bid before
its acceptance, a birth before a christening, a recording before its release, going missing before
being found, take-off before landing, an order before delivery, a trial before its verdict. Links:
the second clause names the first event's product or the body that answers it ("and the takeover was
completed", "and the board accepted it"), or opens with the stage word as its head after a
possessive or "the" ("; his appeal against the sentence was rejected"). Positives are checked for
kind and the exact offsets of both spans. Near-misses must stay silent: consistent dates, plans and
hypotheticals, quotations, another instance, another subject, and pairs whose order is not fixed
(announced/completed, independence/joined, signed/debut).
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _spans(text: str, kind: str, published: datetime.date | None = None) -> list[tuple[tuple[int, int], ...]]:
    return [conflict.spans for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == kind]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


ORDER_POSITIVES = [
    ("Marta Koval applied for a building licence in March 2004; it was finally granted in June 2001.",
     "March 2004", "June 2001"),
    ("The lander was launched on 3 May 2011 and reached orbit around Mars on 9 April 2010.",
     "3 May 2011", "9 April 2010"),
    ("Brindle Foods agreed to acquire Castwell Mills in 2008, and the takeover was completed in 2006.", "2008", "2006"),
    ("Osric Penn was sentenced in March 1999; his appeal against the sentence was rejected in May 1998.",
     "March 1999", "May 1998"),
    ("Harwick Town were relegated in May 1987 and bounced back with the title in April 1985.", "May 1987", "April 1985"),
    ("Ines Varga completed the manuscript in 2011, and the book was published in 2009.", "2011", "2009"),
    ("Tollgate Holdings made a bid for the port on 4 June 2002, and the board accepted it on 1 February 2002.",
     "4 June 2002", "1 February 2002"),
    ("Edith Marr was born on 2 May 1921 and christened on 14 March 1921.", "2 May 1921", "14 March 1921"),
    ("The quartet recorded the album in 2014, and it was released in 2011.", "2014", "2011"),
    ("The hiker went missing on 3 July 2015 and was found alive on 29 June 2015.", "3 July 2015", "29 June 2015"),
    ("The jet took off on 4 March 2012 and landed on 3 March 2012.", "4 March 2012", "3 March 2012"),
    ("The navy ordered the frigates in 2011, and they were delivered in 2007.", "2011", "2007"),
    ("Hyde went on trial in March 2004; the verdict came in May 2003.", "March 2004", "May 2003"),
]


@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_fixed_chain_told_out_of_order(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _spans(text, "order_violation", published) == [(_span(text, first), _span(text, second))]


ORDER_NEAR_MISSES = [
    # Consistent dates.
    "Marta Koval applied for a building licence in March 2004; it was finally granted in June 2005.",
    "Osric Penn was sentenced in March 1999; his appeal against the sentence was rejected in May 2000.",
    "Tollgate Holdings made a bid for the port on 4 June 2002, and the board accepted it on 1 August 2002.",
    # Plans and hypotheticals.
    "Marta Koval applied for a building licence in March 2004 and hopes it will be granted in June 2001.",
    "Brindle Foods agreed to acquire Castwell Mills in 2008, and the takeover was expected to be completed in 2006.",
    # Quotations.
    'Osric Penn was sentenced in March 1999; "his appeal was rejected in May 1998," his lawyer claimed.',
    # Another instance.
    "Osric Penn was sentenced in March 1999; his earlier appeal against a fine was rejected in May 1998.",
    "Tollgate Holdings made a bid for the port on 4 June 2002, and the board accepted another offer on 1 February 2002.",
    "The lander was launched on 3 May 2011 and a different probe reached orbit around Mars on 9 April 2010.",
    # Another subject.
    "Osric Penn was sentenced in March 1999; his brother's appeal was rejected in May 1998.",
    # Orders not fixed in the world.
    "Hollin Group announced the deal in 2005 and completed it in 2000.",
    "Kazimiria won independence in 1993 and joined the regional trade bloc in 1982.",
    "The club signed Penrose on 8 August 1984, and he made his debut on 17 May 1980.",
    "Ines Varga published the essay in 2011 and completed the manuscript of her novel in 2009.",
    "The quartet recorded the album in 2014 and released a single in 2011.",
    # The second stage told of another owner.
    "Hyde went on trial in March 2004; the verdict in his brother's case came in May 2003.",
    "Hyde was sentenced in March 2004; the appeal of his co-defendant was dismissed in May 2003.",
    # Consistent, and planned.
    "The jet took off on 4 March 2012 and landed on 5 March 2012.",
    "The navy ordered the frigates in 2011, and they are expected to be delivered in 2007.",
]


@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
def test_order_near_misses_stay_silent(text: str) -> None:
    assert _spans(text, "order_violation") == []
    assert _spans(text, "order_violation", PUBLISHED) == []


def test_length_between_two_dates_without_publication() -> None:
    # With no publication date the reference is inferred from the article's latest year (its middle); the
    # later date lies in that year, so it is not a date still to come.
    text = "Ostrava Mills ended its price freeze in 1994, ending a decade of restraint that began in 1967."
    expected = [(_span(text, "1994"), _span(text, "a decade"), _span(text, "1967"))]
    assert _spans(text, "duration_arithmetic") == expected
    assert _spans(text, "duration_arithmetic", PUBLISHED) == expected


@pytest.mark.parametrize("text", [
    # The length fits.
    "Ostrava Mills ended its price freeze in 1994, ending a decade of restraint that began in 1985.",
    # A date still to come.
    "Ostrava Mills will end its price freeze in 2031, ending a decade of restraint that began in 2004.",
])
def test_length_between_two_dates_near_misses(text: str) -> None:
    assert _spans(text, "duration_arithmetic") == []


def test_indefinite_length_adjective_with_its_start_and_end() -> None:
    text = "The two unions ended in May 2001 a 14-month strike that began in August 1997."
    expected = [(_span(text, "May 2001"), _span(text, "14-month"), _span(text, "August 1997"))]
    assert sorted(_spans(text, "duration_arithmetic")[0]) == sorted(expected[0])
    assert _spans(text, "duration_arithmetic", PUBLISHED) == _spans(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # The length fits.
    "The two unions ended in May 2001 a 14-month strike that began in March 2000.",
    # Joining ends nothing: the dates need not bound the length.
    "Marla Quint joined in May 2001 a 14-month project that began in August 1997.",
    # The start belongs to another instance.
    "The two unions ended in May 2001 a 14-month strike, the second since one began in August 1997.",
    # No start told for the noun.
    "The two unions ended in May 2001 a 14-month strike and held talks in August 1997.",
])
def test_indefinite_length_adjective_near_misses(text: str) -> None:
    assert _spans(text, "duration_arithmetic") == []
    assert _spans(text, "duration_arithmetic", PUBLISHED) == []


def test_within_bounds_the_time_between_two_dates_from_above() -> None:
    text = "Corvane Textiles opened its mill in March 1952 and, within 9 months, by October 1955, employed 400 weavers."
    expected = [(_span(text, "March 1952"), _span(text, "9 months"), _span(text, "October 1955"))]
    assert _spans(text, "duration_arithmetic") == expected
    assert _spans(text, "duration_arithmetic", PUBLISHED) == expected


@pytest.mark.parametrize("text", [
    # Sooner than the bound: "within" is an upper bound only.
    "Corvane Textiles opened its mill in March 1952 and, within 9 months, by May 1952, employed 400 weavers.",
    "Corvane Textiles opened its mill in March 1952 and, within 9 months, by October 1952, employed 400 weavers.",
    # A promise or a plan, not a measure of what happened.
    "Corvane Textiles opened its mill in March 1952 and promised that, within 9 months, by October 1955, it would employ 400.",
    # Counted from another event.
    "Corvane Textiles opened its mill in March 1952 and, within 9 months of the merger, by October 1955, employed 400.",
    # The later date is another clause's.
    "Corvane Textiles opened its mill in March 1952, and within 9 months it was busy; by October 1955 it employed 400.",
])
def test_within_near_misses(text: str) -> None:
    assert _spans(text, "duration_arithmetic") == []
    assert _spans(text, "duration_arithmetic", PUBLISHED) == []
