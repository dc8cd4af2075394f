"""Round anchor18: duration arithmetic with no publication date, the remaining rules measured to the floor.

With no publication date, round anchor17 measured lengths to "now" against a floor: the latest first day
of any past date the article writes with its year.  Five rules still measured to the inferred reference,
which prefers a full date or a month to a bare year, so that in "Ada Frey, 32, who was born on 13
September 1969" beside a text reporting 2008 the reference was the birth date itself and nothing could be
too young.  They now use the floor too, and under inference flag only a count too SMALL for it (now has no
ceiling): an appositive age ("X, 31, who was born on ..."), an age told in the present ("who was born on
..., is now 70"; this rule was silent under inference before), "Now in her 9th season in charge, ... took
over in 1990", "Now in its 10th year, ... first held in 1990", "This year ... marks the 30th anniversary
of the 1952 ...".  Also an age predicate after a birth and a death may carry its unit and pass 99 ("born
on ... and died on ..., was 23 years old"; "was 102"), an age at an event may be spelled out ("was just fifteen when the
ferry went down on ...", "at the age of nine", "Aged five,", "As a seven-year-old") and a birthday ordinal
may pass 99: lengths between two dates, which need no "now".

Near-misses stay silent: counts too large for the floor (no ceiling), the birth date as the article's only
date, a later year in a future frame, a count with no "now" word, an age told in the past, a consistent
predicate age, an age at another event ("was 32 years old when she married"), spelled ages that fit and
spelled numbers that are not ages ("was one of forty", "was fifteen minutes late").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _evidence(text: str, published: datetime.date | None = None) -> list[tuple[str, list[str]]]:
    return [(conflict.kind, [text[start:end] for start, end in conflict.spans])
            for conflict in analyse_dates(text, published=published).conflicts]


POSITIVES = [
    # An appositive age with a full birth date, too young for the later bare year the article reports
    # (the inferred reference was the birth date itself).
    ("The harbour wall was rebuilt in 2010. Tomasz Ilunga, 31, who was born on 2 April 1960, said the fleet had halved.",
     ["31", "2 April 1960"]),
    # An age told in the present after a full birth date with a place between (only the present-age rule reads it).
    ("Council elections were held in 2015. Rosalind Achterberg, who was born on November 5, 1931 in a mill "
     "cottage, is now 70 and still keeps bees.",
     ["November 5, 1931", "is now 70"]),
    # A season count told now, too small for the floor.
    ("The stand was rebuilt in 2014. Now in her 9th season in charge, Ines Varga took over at Millbrook Town in 1990.",
     ["9th season", "1990"]),
    # "in its Nth year" told now, measured to the later year rather than an older full date.
    ("The audit closed on 4 February 1998. The ward was redrawn in 2015. Now in its 10th year, the book fair "
     "was first held in 1990.",
     ["10th year", "1990"]),
    # An anniversary told this year, measured to the later year rather than an older full date.
    ("The dam burst on 3 March 1940. The inquiry reported in 2015. This year the valley marks the 30th "
     "anniversary of the 1952 landslide.",
     ["30th anniversary", "1952"]),
    # An age between a birth and a death, with its unit: no "now" needed.
    ("Maud Ellingham, who was born on Nov. 21, 1936 and died on March 23, 1969, was 23 years old.",
     ["Nov. 21, 1936", "March 23, 1969", "was 23 years old"]),
    # The same past 99.
    ("The composer, who was born on 27 July 1916 and died on 28 February 2005, was 102.",
     ["27 July 1916", "28 February 2005", "was 102"]),
    # An age at an event, spelled out, in a "when" clause (between two dates).
    ("The youngest survivor, born on September 21, 1961, was just fifteen when the ferry went down on November 9, 1968.",
     ["September 21, 1961", "fifteen", "November 9, 1968"]),
    # The same after the event's date.
    ("Nadia Orlova, who was born in 1950, won the sculling title in 1971 at the age of nine.",
     ["1950", "1971", "nine"]),
    # A birthday ordinal past 99.
    ("Born on 27 November 1906, she celebrated her 108th birthday with a party at the care home on 6 November 1999.",
     ["27 November 1906", "her 108th birthday", "6 November 1999"]),
    # Ages below ten spelled out beside a birth: opening the sentence, and as a noun in the next sentence.
    ("Aged five, the prodigy - born on Jan. 17, 1973 - played her first concert at the cathedral on Sept. 6, 1986.",
     ["Aged five", "Jan. 17, 1973", "Sept. 6, 1986"]),
    ("Rashid Karimov was born on 30 August 1932. As a seven-year-old, he swam the channel on 2 July 1952, setting a record.",
     ["30 August 1932", "As a seven-year-old", "2 July 1952"]),
]

NEAR_MISSES = [
    # Too old for the floor: now may be decades later (no ceiling without a publication date).
    "The harbour wall was rebuilt in 2010. Tomasz Ilunga, 99, who was born on 2 April 1960, said the fleet had halved.",
    "Council elections were held in 2015. Rosalind Achterberg, who was born on November 5, 1931 in a mill "
    "cottage, is now 95 and still keeps bees.",
    "The stand was rebuilt in 2014. Now in her 40th season in charge, Ines Varga took over at Millbrook Town in 1990.",
    "The inquiry reported in 2015. This year the valley marks the 90th anniversary of the 1952 landslide.",
    # The birth date is the article's only date: nothing bounds now.
    "Tomasz Ilunga, 31, who was born on 2 April 1960, said the fleet had halved.",
    # The later year is a plan, not a past date: it does not lift the floor.
    "The new stadium will open in 2030. Tomasz Ilunga, 31, who was born on 2 April 1960, said the fleet had halved.",
    # No "now": "in her 9th season" may be narrated at any time.
    "The stand was rebuilt in 2014. In her 9th season in charge, Ines Varga took over at Millbrook Town in 1990.",
    # An age told in the past, at some earlier time.
    "Council elections were held in 2015. Rosalind Achterberg, who was born on November 5, 1931, was 70 when she retired.",
    # A consistent age between a birth and a death, with its unit.
    "Maud Ellingham, who was born on Nov. 21, 1936 and died on March 23, 1969, was 32 years old.",
    # An age at another event than the death.
    "Maud Ellingham, who was born on Nov. 21, 1936 and died on March 23, 1969, was 23 years old when she married.",
    # Consistent past 99.
    "The composer, who was born on 27 July 1916 and died on 28 February 2005, was 88.",
    # Spelled-out ages that fit, and spelled numbers that are not ages.
    "The youngest survivor, born on September 21, 1961, was just seven when the ferry went down on November 9, 1968.",
    "The survivor, born on September 21, 1961, was one of forty people rescued when the ferry went down on November 9, 1968.",
    "The youngest survivor, born on September 21, 1961, was fifteen minutes late when the ferry went down on November 9, 1968.",
    "Nadia Orlova, who was born in 1950, won the sculling title in 1971 at the age of twenty-one.",
    "Born on 27 November 1906, she celebrated her 92nd birthday with a party at the care home on 6 November 1999.",
    "Aged thirteen, the prodigy - born on Jan. 17, 1973 - played her first concert at the cathedral on Sept. 6, 1986.",
    "Aged five, the prodigy - born on Jan. 17, 1981 - played her first concert at the cathedral on Sept. 6, 1986.",
    "Rashid Karimov was born on 30 August 1932. As a nineteen-year-old, he swam the channel on 2 July 1952, setting a record.",
]


@pytest.mark.parametrize(("text", "spans"), POSITIVES)
def test_positive_without_publication_date(text: str, spans: list[str]) -> None:
    assert _evidence(text) == [("duration_arithmetic", spans)]


@pytest.mark.parametrize(("text", "spans"), POSITIVES)
def test_positive_with_publication_date(text: str, spans: list[str]) -> None:
    assert _evidence(text, PUBLISHED) == [("duration_arithmetic", spans)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_silent_without_publication_date(text: str) -> None:
    assert _evidence(text) == []


def test_reference_date_unchanged() -> None:
    # The floor is used for the measurement; the inferred reference (which anchors relative dates) is not changed.
    analysis = analyse_dates(POSITIVES[0][0])
    assert analysis.reference_date == datetime.date(1960, 4, 2)
    assert analysis.reference_inferred


def test_floor_explanations() -> None:
    (appositive,) = analyse_dates(POSITIVES[0][0]).conflicts
    assert appositive.explanation == ('an age of 31 does not fit "2 April 1960": someone born then would be at least 49 '
                                      "by 2010, the year of the article's latest date")
    (present,) = analyse_dates(POSITIVES[1][0]).conflicts
    assert present.explanation == ("an age of 70 told in the present does not fit a birth on November 5, 1931: at least "
                                   "83 years by 2015, the year of the article's latest date (no publication date: a lower "
                                   "bound on when it was written)")
    (season,) = analyse_dates(POSITIVES[2][0]).conflicts
    assert season.explanation == ('"9th season" of a series at most yearly does not fit: the year of the article\'s '
                                  "latest date, 2014, a lower bound on when it was written, is 24 years after 1990")
