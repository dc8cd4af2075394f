"""Round order16: order by life-cycle stages whose order is necessary in the world.

Written for this round in its own words (not blind33's sentences): two dated stages of one
thing's life cycle (born/died, indicted/found guilty, elected/took office, built/pulled down,
closed/reopened, signed/ratified, founded/dissolved, diagnosed/recovered, discovered/mined,
the first/the last) told in their order with one subject, but dated the other way round. Each
positive is checked for its kind and the exact offsets of both dates. The near-misses must stay
silent: pairs whose order is not fixed (relegated/promoted, announced/completed), two different
people or objects, "re-elected", another case ("in an earlier case"), plans and quotations,
infinitives, "passed away", "at last", and consistent dates.
"""

from __future__ import annotations

import pytest

from reliability.features.temporal import analyse_dates


def _order(text: str) -> list[tuple[tuple[int, int], ...]]:
    return [conflict.spans for conflict in analyse_dates(text).conflicts if conflict.kind == "order_violation"]


def _span(text: str, date: str) -> tuple[int, int]:
    start = text.index(date)
    return (start, start + len(date))


POSITIVES = [
    ("Okonkwo was born on 4 May 1961 and died on 2 February 1958.", "4 May 1961", "2 February 1958"),
    ("The defendant was indicted in March 2011 and found guilty in October 2009.", "March 2011", "October 2009"),
    ("Reyes was elected governor on November 6, 2012 and took office on January 14, 2011.",
     "November 6, 2012", "January 14, 2011"),
    ("The old mill was built in 1874 and pulled down in 1860.", "1874", "1860"),
    ("The museum closed on 3 March 2015; it reopened on 9 May 2012.", "3 March 2015", "9 May 2012"),
    ("Founded in 1998, Marlow Press was dissolved in 1994.", "1998", "1994"),
    ("Ministers signed the protocol on 9 June 2004 and ratified it on 2 February 2003.", "9 June 2004",
     "2 February 2003"),
    ("Pereira was diagnosed in April 2009 and fully recovered in June 2007.", "April 2009", "June 2007"),
    ("Surveyors discovered the copper deposit in 1931; mining began in 1925.", "1931", "1925"),
    ("Ada Brant was born in 1921. She died in 1919 at her home.", "1921", "1919"),
    ("Tomas Vidal joined the orchestra in 1990 and left it in 1984.", "1990", "1984"),
    ("The club hired Dunne as coach on 2 March 2010 and sacked him on 5 January 2009.", "2 March 2010",
     "5 January 2009"),
    ("The first ferry sailed on 2 May 1990; the last crossed the strait on 5 June 1985.", "2 May 1990", "5 June 1985"),
    ("The first stone of the chapel was laid in 1902 and the building completed in 1897.", "1902", "1897"),
]


@pytest.mark.parametrize(("text", "first", "second"), POSITIVES)
def test_stage_pair_told_in_order_but_dated_backwards(text: str, first: str, second: str) -> None:
    assert (_span(text, first), _span(text, second)) in _order(text)


def test_yearless_day_takes_the_year_of_the_full_date_before_it() -> None:
    text = "They got engaged on 12 October 2003 and married on 2 August."
    assert _order(text) == [(_span(text, "12 October 2003"), _span(text, "2 August"))]


def test_explanation_names_both_stages() -> None:
    text = "Okonkwo was born on 4 May 1961 and died on 2 February 1958."
    conflict = next(c for c in analyse_dates(text).conflicts if c.kind == "order_violation")
    assert "born" in conflict.explanation and "died" in conflict.explanation


NEAR_MISSES = [
    # consistent dates
    "Okonkwo was born on 4 May 1931 and died on 2 February 1998.",
    "The old mill was built in 1874 and pulled down in 1960.",
    # pairs whose order is not fixed in the world
    "The club was relegated in 2005 and promoted in 2001.",
    "Kestrel Foods announced the takeover on 2005-06-22 and completed it on 2000-01-17.",
    "The town was flooded in 2009 and evacuated in 2004.",
    # two different people or things
    "Okonkwo was born in 1980 and his father died in 1975.",
    "Okonkwo was born in 1980. Adeyemi died in 1975.",
    "Lee joined Acme in 2005 and left Brill in 2003.",
    "The council built the bypass in 2000 and closed the old road in 1995.",
    "Lee was appointed chief executive of Acme in 2010 and resigned from the board of Brill in 2005.",
    "The museum was founded in 1998. The gallery closed in 1994.",
    # re-election is not the first election
    "She was re-elected mayor on 5 May 2010 and sworn in on 3 June 2006.",
    # another instance of the stage
    "He was first charged in March 2005 and convicted in an earlier case in June 2001.",
    "The pair married in 2004 and had divorced from previous partners in 2001.",
    "She was arrested in 2010 and released after a separate arrest in 2008.",
    # plans, futures and quotations
    "The couple became engaged in May 2013 and planned to marry in June 2012.",
    "The council approved the scheme in 2011 and hopes to complete the hall in 2009.",
    'Doyle was elected in 2014 and said: "I took office in 2010 as a councillor."',
    # an infinitive and "passed away"
    "He introduced the bill in 2010 and passed away in 2008.",
    # "last" without a determiner orders nothing
    "The first issue appeared in 1990 and at last, in 1985, the paper found a buyer.",
    "The first edition was printed in 1990, and last year, in 1985, the shop closed.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_order_violation(text: str) -> None:
    assert _order(text) == []


def test_consistent_yearless_day_is_silent() -> None:
    assert _order("They got engaged on 12 February 2003 and married on 2 August.") == []


def test_yearless_day_just_after_new_year_may_be_the_next_year() -> None:
    # a reader may take 23 January as the January after: too ambiguous to flag
    assert _order("They got engaged on 19 November 1994 and married on 23 January.") == []
    assert _order("The festival began on December 28, 2010 and ended on January 3.") == []


def test_pronoun_after_a_possessive_subject_is_not_linked() -> None:
    assert _order("Her father was born in 1950. She died in 1940.") == []
    text = "Ada Brant was born in 1950. She died in 1940."
    assert _order(text) == [(_span(text, "1950"), _span(text, "1940"))]


def test_lexicon_orders_only_within_a_chain() -> None:
    from reliability.features.temporal import _ordered_stages

    assert _ordered_stages("born", "died")
    assert not _ordered_stages("died", "born")
    assert _ordered_stages("charged", "convicted")
    assert _ordered_stages("elected", "sworn in")
    assert _ordered_stages("closed", "reopened")
    assert not _ordered_stages("married", "married")
    assert not _ordered_stages("relegated", "promoted")
    assert not _ordered_stages("announced", "completed")
    assert not _ordered_stages("born", "ratified")


# ---------------------------------------------------------------------------
# Durations (round order16): a length told after the later of two dated steps ("..., ending N years in
# exile", "..., a fortnight later", "N days after take-off"), a yearless day before "N days after <event>
# of DATE", and lengths up to publication closed by "and counting", "to date", "now ... for N weeks" or
# a total after a since-date in a present perfect sentence.
import datetime  # noqa: E402

PUBLISHED = datetime.date(2016, 9, 27)


def _durations(text: str, published: datetime.date | None = PUBLISHED) -> list[tuple[str, ...]]:
    return [tuple(text[start:end] for start, end in conflict.spans)
            for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == "duration_arithmetic"]


DURATION_POSITIVES = [
    ("Oduya left the country on 2 June 1971 and came home on 8 May 1989, ending six years abroad.",
     ("2 June 1971", "8 May 1989", "six years"), None),
    ("The liner left Lisbon on May 2, 1950 and reached Recife on June 30, 1950, a fortnight later.",
     ("May 2, 1950", "June 30, 1950", "a fortnight"), None),
    ("The airship left Friedrichshafen on 3 August 1929 and landed on 29 September 1929, 21 days after take-off.",
     ("3 August 1929", "29 September 1929", "21 days"), None),
    ("Divers found the wreck on June 2, 140 days after the sinking of January 5, 1987.",
     ("140 days", "June 2", "January 5, 1987"), None),
    ("The road has been closed since 4 January 2015, a closure that has now lasted 30 weeks.",
     ("since 4 January 2015", "30 weeks"), PUBLISHED),
    ("Hale has coached the side since his appointment on 3 March 1990, 12 years and counting.",
     ("3 March 1990", "12 years"), PUBLISHED),
    ("The shelter has housed families since it opened on 1 May 1981: 20 years in all.",
     ("1 May 1981", "20 years"), PUBLISHED),
]


@pytest.mark.parametrize(("text", "spans", "published"), DURATION_POSITIVES)
def test_duration_positive(text: str, spans: tuple[str, ...], published: datetime.date | None) -> None:
    found = _durations(text, published)
    assert found, text
    assert sorted(spans) == sorted(found[0])


DURATION_NEAR_MISSES = [
    # the stated lengths fit
    ("Oduya left the country on 2 June 1971 and came home on 8 May 1989, ending eighteen years abroad.", None),
    ("The liner left Lisbon on May 2, 1950 and reached Recife on May 16, 1950, a fortnight later.", None),
    ("The airship left on 3 August 1929 and landed on 24 August 1929, 21 days after take-off.", None),
    ("Divers found the wreck on June 2, 148 days after the sinking of January 5, 1987.", None),
    ("The road has been closed since 4 January 2016, a closure that has now lasted 38 weeks.", PUBLISHED),
    ("Hale has coached the side since his appointment on 3 March 1990, 26 years and counting.", PUBLISHED),
    ("The shelter has housed families since it opened on 1 May 1981: 35 years in all.", PUBLISHED),
    # lengths up to now are not measured without a publication date
    ("Hale has coached the side since his appointment on 3 March 1990, 12 years and counting.", None),
    # "in all" of a past span, not up to now
    ("The shelter housed families from 1 May 1981 to 2 May 1990: nine years in all.", PUBLISHED),
    # "after" another event than the departure
    ("The liner left Lisbon on May 2, 1950 and reached Recife on June 30, 1950, 20 days after the storm.", None),
]


@pytest.mark.parametrize(("text", "published"), DURATION_NEAR_MISSES)
def test_duration_near_miss(text: str, published: datetime.date | None) -> None:
    assert _durations(text, published) == []


def test_a_stage_word_inside_a_name_is_not_a_stage() -> None:
    text = "Vellacott joined Harrow Mining on July 21, 1970 and left the company on August 27, 1966."
    assert _order(text) == [(_span(text, "July 21, 1970"), _span(text, "August 27, 1966"))]
    assert _order("Harrow Mining was founded in 1990 and Vellacott left in 1980.") == []


def test_opening_participle_with_a_pronoun_subject() -> None:
    text = "Born in 1990, she died in 1980."
    assert _order(text) == [(_span(text, "1990"), _span(text, "1980"))]
    assert _order("Born in 1990, the king died in 1980.") == []


def test_inferred_reference_flags_only_a_length_too_short_to_reach_it() -> None:
    lead = "The report was filed on 3 March 2016. "
    short = lead + "Novak has lived in Hollin since her wedding on 21 February 1980, 17 years and counting."
    assert _durations(short, None) == [("21 February 1980", "17 years")]
    # too long for the inferred reference is no conflict: publication may be later than it
    assert _durations(lead + "Novak has lived in Hollin since her wedding on 21 February 1980, 40 years and counting.", None) == []
    # the reference inferred from the length's own date says nothing
    assert _durations("Novak has lived in Hollin since her wedding on 21 February 1980, 3 years and counting.", None) == []


SPAN_NOUN_POSITIVES = [
    ("The dredger Kittiwake, commissioned in May 1937 and scrapped in October 1954, saw 31 years of service.",
     ("May 1937", "October 1954", "31 years")),
    ("Ilse and Bruno, who married on 2 March 1950, celebrated 61 years of marriage on 5 June 1990.",
     ("2 March 1950", "5 June 1990", "61 years")),
    ("They married on 4 March 1951 and had 64 years together until he died on 17 April 1994.",
     ("4 March 1951", "17 April 1994", "64 years")),
]


@pytest.mark.parametrize(("text", "spans"), SPAN_NOUN_POSITIVES)
def test_length_named_as_the_state_between_two_steps(text: str, spans: tuple[str, ...]) -> None:
    assert sorted(spans) in [sorted(found) for found in _durations(text, None)]


@pytest.mark.parametrize("text", [
    "The dredger Kittiwake, commissioned in May 1937 and scrapped in October 1954, saw 17 years of service.",
    "Ilse and Bruno, who married on 2 March 1950, celebrated 40 years of marriage on 5 June 1990.",
    "The painter, who visited Rome in 1980 and Paris in 1990, had 30 years of training.",
])
def test_length_named_as_a_state_near_misses(text: str) -> None:
    assert _durations(text, None) == []
