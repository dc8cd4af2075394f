"""Round 11: general causes of misses, not templates.

Anachronism read in the date's own clause (a past verb further back than a fixed window, future
words only in that clause, "of" + a month, "for" after a period's figures); a word of the recent
past pinned through the event's own participle or relative clause; order by sequence words
("the following season", "then" with a longer predicate), bare units before a connective,
"preceding", "after which", a cue in the subject's relative clause and a yearless day beside a
full date; durations with one unit ("a decade after"), "N years on from", an appositive age told
earlier for the surname a birth sentence opens with, a relative's death, an age after a death's
date, and "will mark its Nth anniversary".  Written in other words than any injected template;
published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    # a past verb far back in the clause
    "Marguerite Olsson stepped down as conductor of the municipal orchestra after leading it on a tour of Japan in March 2019.",
    # a future-looking word in another clause does not hide it
    "The ring road was finished in late 2021, well ahead of the original forecasts.",
    "Since the ferry service to Holm resumed in 2023, bookings have beaten every projection.",
    # "of" + month, "for" after a period's figures
    "The harbour wall was breached by the storm of January 2022, and the fish market flooded.",
    "The brewer posted annual earnings of 48 million euros for 2020, a fall of a fifth.",
    # a present-looking past before a determiner
    "The regulator cut the permitted catch by a tenth at its session on 2018-03-14.",
])
def test_past_clause_anachronism_fires(text: str) -> None:
    check_dated_case(text, "publication_anachronism")


@pytest.mark.parametrize("text", [
    "The ring road was finished in late 2011, well ahead of the original forecasts.",
    # future, hoped-for or infinitive events after publication
    "The council said the ring road would be finished in late 2021.",
    "The brewer expects annual earnings of 48 million euros for 2020.",
    "Talks on the harbour wall are scheduled for January 2022.",
    # an adjective, not a verb, before the date
    "A retired judge will chair the inquiry in 2018.",
    # "of" a bare year: a class or cohort, not an event
    "Students in the class of 2019 arrived on campus this week.",
    # "for" without a period's figures
    "The ministry set aside money for 2018.",
])
def test_past_clause_anachronism_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


@pytest.mark.parametrize("text", [
    "The pensioners' march through the capital took place last weekend, which began on 3 May 2008 outside parliament.",
    "Trading in the shares was suspended yesterday, announced at 9 a.m. on 11 February 2003.".replace(
        ", announced at 9 a.m. on", ", announced on"),
    "The tribunal ruled this morning -- the ruling is dated 14 October 2009 -- that the strike was lawful.",
    "The bridge was shut this afternoon when a barge capsized on 2 June 2012.",
])
def test_recent_word_pinned_through_clause_fires(text: str) -> None:
    check_dated_case(text, "publication_anachronism")


@pytest.mark.parametrize("text", [
    "The pensioners' march took place last weekend, which began on 24 September 2016 outside parliament.",
    # a different, older thing cited in the sentence
    "Yesterday, citing a survey published on 3 May 2010, the minister resigned.",
    "The minister resigned yesterday, a year after he was appointed on 3 May 2010.",
])
def test_recent_word_pinned_through_clause_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


@pytest.mark.parametrize("text", [
    # sequence words
    "The abbey was first restored in 1962; it was then photographed for the national register by volunteers in 1958.",
    "Dunmore Athletic lost their cup final in 1984 but returned the next season, beating the holders in 1981.",
    "The firm moved to Leeds in 1977, having opened a second office the previous year, in 1979.",
    # a bare unit before the connective; "preceding"
    "The cannery shut in 1961, decades before the harbour it served was silted up in 1950.",
    "Pickets gathered outside the gates on 4 May 1988, in the days preceding the 1986 ballot on the merger.",
    # "after which"
    "The festival held its final edition in June 2004, after which the field was sold to a housebuilder in 2001.",
    # a cue in the subject's relative clause
    "The lighthouse, which predates the 1890 harbour wall, was completed in 1895.",
    # a yearless day ordered against a full date
    "The ferry was refloated on March 2 after running aground near the point on March 20, 1999.",
])
def test_order_generalised_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    "The abbey was first restored in 1962; it was then photographed for the national register by volunteers in 1968.",
    "Dunmore Athletic lost their cup final in 1984 but returned the next season, beating the holders in 1985.",
    "The cannery shut in 1961, decades before the harbour it served was silted up in 1990.",
    "The festival held its final edition in June 2004, after which the field was sold to a housebuilder in 2006.",
    "The lighthouse, which predates the 1890 harbour wall, was completed in 1885.",
    # a yearless day across a new year
    "The ferry was refloated on January 4 after running aground near the point on December 22, 1999.",
    # "the preceding year" names a year, orders nothing
    "In the preceding year, 1990, sales rose; the firm was sold in 1991.",
])
def test_order_generalised_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", [
    "The hospice opened in 1999, a decade after the appeal for it was launched in 1971.",
    "Former crew members met at the shipyard in 2011, thirty years on from the 1962 launch.",
    "The new treasurer, Ines Varga, 71, took office in March. Varga, who was born in 1961, trained as an accountant.",
    "Oskar Brandt, 80, who was born in 1950 in Kiel, has run the bakery since his mother's death.",
    "Mirela Dinu, who died on 2 March 1999 at the age of 70, was born on 9 May 1941 in Cluj.",
    "The rowing club, which was founded in 1966, will celebrate its 31st anniversary with a regatta.",
])
def test_duration_generalised_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    "The hospice opened in 1999, a decade after the appeal for it was launched in 1989.",
    "Former crew members met at the shipyard in 2012, thirty years on from the 1982 launch.",
    "The new treasurer, Ines Varga, 55, took office in March. Varga, who was born in 1961, trained as an accountant.",
    # two ages for the surname: which one is meant?
    "Ines Varga, 55, and her son Pal Varga, 30, spoke. Varga, who was born in 1980, trained as an accountant.",
    "Oskar Brandt, 66, who was born in 1950 in Kiel, has run the bakery since his mother's death.",
    "Mirela Dinu, who died on 2 March 1999 at the age of 57, was born on 9 May 1941 in Cluj.",
    "The rowing club, which was founded in 1966, will celebrate its 50th anniversary with a regatta.",
    "The rowing club, founded in 1966, would celebrate its 31st anniversary if it could afford a regatta.",
])
def test_duration_generalised_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")
