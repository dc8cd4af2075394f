"""Round 14: stated lengths against the dates that bound them (duration_arithmetic).

A length told as a measure ("lasted", "took", "spent", "ran for", "after serving", "a tenure of",
"N units later", "The N-unit noun", "a decade", "a fortnight", "N-night") against the two dated
ends of its sentence, whatever the verbs of starting and ending; and a length in years "since" a
dated start, told in the present, against the publication date.  Written in other words than any
injected template; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    "Nurses downed tools on 3 February 1989 and went back to the wards on 30 June 1989, ending a stoppage that had lasted 6 weeks.",
    "The blockade lasted 3 days: trawlers sealed the harbour on 2nd May 1994 and sailed off on 20th May 1994.",
    "Restoring the abbey roof took 25 years, starting in 1971 and finishing in 1977.",
    "The lockout, which began in 1951 and was resolved only in 1979, lasted a decade, union records show.",
    "The tenancy, signed in March 2002, ran for 40 months until it lapsed in June 2003.",
    "Digging of the canal began in April 1820, and 30 months later the first barge passed through, in June 1821.",
    "The calf, born on 4 May 2008, spent nine months with its mother before being moved on 20 June 2008.",
    "The 30-week dispute at the docks, which began in March 1972 and ended in May 1972, cost the port dearly.",
    "The bridge took a fortnight to repaint, from June 1 to July 30, 2004, at night.",
    "The five-night opera season ran from May 2 to May 24, 2001 in the old corn exchange.",
    "Ronan Tully walked free in June 2009 after serving 30 years of the sentence passed in April 1999.",
    "It is 70 years since the last ferry crossed the estuary in 1981, but the slipway is still there.",
    "Greta Olsen has run the village post office since 1999, a tenure of 40 years that regulars celebrate.",
])
def test_measured_length_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # approximate wording within tolerance
    "The stoppage lasted nearly 20 weeks, from 3 February 1989 until the crews went back on 30 June 1989.",
    "Restoring the abbey roof took about seven years, starting in 1971 and finishing in 1977.",
    "The lockout, which began in 1968 and was resolved only in 1979, lasted a decade, union records show.",
    # inclusive and exclusive counting
    "The blockade lasted 19 days: trawlers sealed the harbour on 2nd May 1994 and sailed off on 20th May 1994.",
    "The blockade lasted 18 days: trawlers sealed the harbour on 2nd May 1994 and sailed off on 20th May 1994.",
    "The tenancy, signed in March 2002, ran for 15 months until it lapsed in June 2003.",
    "Digging of the canal began in April 1820, and 14 months later the first barge passed through, in June 1821.",
    # future spans
    "The new contract, running for 3 years, starts in 2018 and ends in 2030.",
    # the dates belong to another noun or event
    "She taught for 12 years at the academy, which opened in 1900 and closed in 1980.",
    "After serving nearly four years for a robbery committed in 1961, he was later pardoned in 1990.",
    "The 3-week course moved to the college, which opened in 1950 and closed in 1990.",
    "He ran for office in 1992, won a seat two years later and served for a decade before retiring in 2010.",
    "She was jailed for 2 years in 1995, having joined the gang in 1980.",
    # another person's age, and a length told in the past
    "It was 20 years since the ferry last crossed in 1960, her grandson said in 1980.",
    "Greta Olsen, 40, has run the post office since 1999 with her mother, who is 70.",
    "It is 35 years since the last ferry crossed the estuary in 1981.",
])
def test_measured_length_does_not_fire(text: str) -> None:
    check_dated_case(text, None, absent="duration_arithmetic")
