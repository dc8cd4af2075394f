"""Round duration23 (session 21): duration readings from the misses of blind42 (now development).

Five general readings, each with near-misses that must stay silent:

- an age reached on a date ("turned 33 on 16 December 1988") or told as a noun with "when" ("was a 40-year-old
  when he first played ..., on 27 March 1941"), against the subject's birth told beside it, also when that is
  "date of birth as ..." (not a relative's age, not another person's birth); an age of 100 to 119 set off before
  its clause ("At 104, ..."); an "At N," opening a sentence whose first verb is present ("At 2, she is the oldest
  ... ; she was born on ...") measured to now;
- a season with its year ("arriving in the autumn of 1902 and retiring in the summer of 1940") is a dated point
  of a length told for them;
- a thing dated by its own creation ("which entered service in 1968") told in the present perfect to have been
  doing something for a length ("has been sailing for 78 years"): longer than its life is wrong, shorter is
  wrong only for its existence ("sailing", "trading", "in service");
- "a decade" told as an exact length between a start and an end ("Exactly a decade after the bridge was opened on
  ..., it was closed on ..."), counted as ten years give or take five; not "more than a decade", "a decade or so",
  "for a decade after";
- a length set off as the subject's apposition before the range it ran ("The regatta, a fortnight of racing on
  the river, ran from 16 March to 11 May 1947").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _durations(text: str, published: datetime.date | None = PUBLISHED) -> list[list[str]]:
    return [[text[start:end] for start, end in conflict.spans]
            for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == "duration_arithmetic"]


FLAGGED = [
    ("Greta Holm turned 33 on 16 December 1988; she was born in Vesterby on 9 October 1966.", "33"),
    ("Greta Holm, who was born in Vesterby on 9 October 1966, turned 33 on 16 December 1988.", "33"),
    ("Tom Reilly turned 19 in 2004, and he was born in Cork in 1961.", "19"),
    ("Karl Lind was a 40-year-old when he first played for Hallby Rovers, on 27 March 1941; the club's records give "
     "his date of birth as 21 August 1916.", "40"),
    ("Karl Lind was only a 12-year-old when he joined the orchestra, in March 1971. His date of birth is 2 May 1940.",
     "12"),
    ("At 104, Ada Frost became the oldest woman to swim the strait, landing on March 11, 1998. She was born on "
     "June 4, 1928.", "104"),
    ("At 2, Gwendolen Blake is the oldest person ever to graduate from the Fenmore College of Art; she was born in "
     "Lower Ashby on 5th October 1936.", "At 2,"),
    ("The Harrow lifeboat, launched in July 1978, has now been in service for 58 years.", "for 58 years"),
    ("Joan Pike taught music at the academy for 11 years, arriving in the autumn of 1902 and retiring in the summer "
     "of 1940.", "for 11 years"),
    ("He was editor for 30 years, from the spring of 1950 to the winter of 1962.", "for 30 years"),
    ("MV Northern Tern, which entered service in 1968, has been sailing for 78 years.", "for 78 years"),
    ("MV Northern Tern, which entered service in 1968, has been sailing for 20 years.", "for 20 years"),
    ("The bakery, which opened in 1990, has been trading for 60 years.", "for 60 years"),
    ("Exactly a decade after the Kelby bridge was opened on September 9, 1925, it was closed for repairs on "
     "August 29, 1952.", "a decade"),
    ("A decade after the pier opened in 1960, it was closed in 1999.", "decade"),
    ("The Arnsby regatta, a fortnight of racing on the River Tole, ran from 16 March to 11 May 1947.", "fortnight"),
]


@pytest.mark.parametrize(("text", "stated"), FLAGGED)
def test_flagged(text: str, stated: str) -> None:
    found = _durations(text)
    assert any(stated in span for spans in found for span in spans), found


SILENT = [
    # The same constructions with lengths that fit (birthdays not yet reached, inclusive counts).
    "Greta Holm turned 22 on 16 December 1988; she was born in Vesterby on 9 October 1966.",
    "Greta Holm turned 21 on 16 December 1988; she was born in Vesterby on 9 October 1966.",
    "Karl Lind was a 24-year-old when he first played for Hallby Rovers, on 27 March 1941; the club's records give "
    "his date of birth as 21 August 1916.",
    # A relative's age, another person's birth, an institution without a birth.
    "Her son turned 5 on 3 May 2001; she was born in Leeds on 9 October 1966.",
    "Greta Holm turned 22 on 16 December 1988; her mother was born in Vesterby on 9 October 1950.",
    "Karl Lind was a 40-year-old when he first played for Hallby Rovers, on 27 March 1941; the records give his "
    "father's date of birth as 21 August 1916.",
    "The club turned 50 on 16 December 1988. It was founded on 9 October 1966.",
    "At 104, Ada Frost became the oldest woman to swim the strait, landing on March 11, 1998. She was born on "
    "June 4, 1894.",
    # "At N," with a fitting age, or told of a past event (the clause's first verb is past).
    "At 79, Gwendolen Blake is the oldest person ever to graduate from the Fenmore College of Art; she was born in "
    "Lower Ashby on 5th October 1936.",
    "At 12, Gwendolen Blake won the title that is still named after her; she was born in Lower Ashby on 5th October "
    "1936.",
    "The Harrow lifeboat, launched in July 1978, has now been in service for 38 years.",
    # Seasons whose span fits, or a season without its year.
    "Joan Pike taught music at the academy for 38 years, arriving in the autumn of 1902 and retiring in the summer "
    "of 1940.",
    "Joan Pike taught music for 11 years, arriving in the autumn and retiring in the summer of 1940.",
    # A present perfect that fits, a qualified activity, past perfect,
    # approximate.
    "MV Northern Tern, which entered service in 1968, has been sailing for 48 years.",
    "MV Northern Tern, which entered service in 1968, has been sailing for 47 years.",
    "MV Northern Tern, which entered service in 1968, has been sailing under the Maltese flag for 20 years.",
    "MV Northern Tern, which entered service in 1968, had been sailing for 20 years when she sank.",
    "MV Northern Tern, which entered service in 1968, has been sailing for about 45 years.",
    # "A decade" that fits, approximate, a stretch inside a longer time.
    "Exactly a decade after the Kelby bridge was opened on September 9, 1925, it was closed for repairs on "
    "August 29, 1936.",
    "A decade after the pier opened in 1960, it was closed in 1972.",
    "More than a decade after the pier opened in 1960, it was closed in 1990.",
    "A decade or so after the pier opened in 1960, it was closed in 1990.",
    "Nearly a decade after the pier opened in 1960, it was closed in 1968.",
    "Within a decade after the pier opened in 1960, it had been extended, and it closed in 1999.",
    # A fortnight that fits (counted inclusively), a fortnight that is not the range's measure.
    "The Arnsby regatta, a fortnight of racing on the River Tole, ran from 16 March to 29 March 1947.",
    "The Arnsby festival, a fortnight of music, ran from 1 July to 14 July 2001.",
    "The Arnsby regatta, after a fortnight of rain, ran from 16 March to 11 May 1947.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert _durations(text) == []
    assert _durations(text, None) == []


def test_inferred_reference_reads_only_a_length_too_short() -> None:
    # Without a publication date the article's latest date is a floor on now: 20 years since 1968 is too short
    # for a text that reports 3 May 2016, but 78 years cannot be refuted by a floor.
    short = "The report came out on 3 May 2016. MV Tern, which entered service in 1968, has been sailing for 20 years."
    long = "The report came out on 3 May 2016. MV Tern, which entered service in 1968, has been sailing for 78 years."
    assert _durations(short, None)
    assert _durations(long, None) == []
