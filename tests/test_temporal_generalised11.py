"""Round 10: general causes of misses, not templates.

An age stated at a dated event measured from the birth told in the same sentence or the ones
next to it ("was N when", "at N when", "aged N" after the event's date, "In 1990 the N-year-old");
a length between a dated clause and the dated clause it governs with "after"/"before"; the
adjectival length of a definite noun whose own start and end are dated ("His 13-year career
began ... and ended ..."); and restatements where a set-off participle or relative clause after an
event noun carries the date ("the invasion of X, launched in"), "first elected" as a once-only
event, and eruptions as once-only events.  Written in other words than any injected template:
each case uses its own events, names and wording."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    # "was N when", the birth told in the next sentence, with a pronoun subject
    "Odile Marchetti was 19 when she crossed the Sahara by motorbike in 1961. She was born in Turin in 1930.",
    # "at N when", the birth told in the sentence before
    "Bram Kuiper was born on 2 April 1950 in Delft. At 51 when he was knighted in 1979, he was the youngest engineer so honoured.",
    # "aged N" right after the event's date, the birth later in the same sentence
    "The cellist Rosa Lindgren, who retired from the orchestra in June 1998 aged 40, was born in Malmo in 1931.",
    # "as a N-year-old" after the event's date
    "Tobin Mure, born in 1970, joined the lifeboat crew in 1988 as a 31-year-old.",
    # "In <date> the N-year-old", the birth a sentence later
    "In 1996 the 27-year-old Lena Ostrova set a national record in the 400 metres. She was born in Minsk on 8 May 1960.",
    # a birth given in brackets
    "Yusuf Demir (born 14 March 1944) was 12 when his first poem appeared in a newspaper in 1971.",
])
def test_age_at_event_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # the consistent versions (exact and within a year of birthday rounding)
    "Odile Marchetti was 30 when she crossed the Sahara by motorbike in 1961. She was born in Turin in 1930.",
    "Bram Kuiper was born on 2 April 1950 in Delft. At 29 when he was knighted in 1979, he was the youngest engineer so honoured.",
    "The cellist Rosa Lindgren, who retired from the orchestra in June 1998 aged 66, was born in Malmo in 1931.",
    "In 1996 the 36-year-old Lena Ostrova set a national record in the 400 metres. She was born in Minsk on 8 May 1960.",
    # a relative's birth is not the subject's
    "Hana Sato was 12 when she first exhibited in 1984. Her mother, born in 1941, ran a frame shop.",
    "Piet Ruys was 40 when his son was born in 1972; the boy was born in 1972 at home.".replace("the boy was born in 1972 at home", "he farmed near Ghent"),
    # two births nearby: whose age is it?
    "Ada Frey was born in 1950 and her husband Ole in 1944. She was 19 when they married in 1977.",
    # an age at a future or hoped-for event
    "Mina Petrov, born in 1990, hopes to be 30 when she sails around the world in 2030.",
])
def test_age_at_event_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # "N years after <clause dated D2>"
    "The lighthouse was automated in 1982, 40 years after its first keeper arrived in 1911.",
    # "a decade before"
    "The company floated on the stock exchange in 1987, a decade before it had bought its first ship in 1996.".replace(
        "a decade before it had bought", "six years before it bought"),
    # approximate, but far off
    "The last tram ran in 1957, nearly 30 years after the network was electrified in 1901.",
])
def test_interval_clause_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    "The lighthouse was automated in 1982, 71 years after its first keeper arrived in 1911.",
    "The company floated on the stock exchange in 1987, nine years before it bought its first ship in 1996.",
    # approximate wording within tolerance
    "The last tram ran in 1957, nearly 60 years after the network was electrified in 1899.",
    "The archive reopened in 2004, some two decades after a flood closed it in 1983.",
    # the governed clause is in the future
    "The yard opened in 2010, five years before it is expected to be sold in 2025.",
])
def test_interval_clause_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # an adjectival length of a definite subject, start and end marked by their verbs
    "Her 9-year reign at the club began in May 1970 and ended with her resignation in June 1992.",
    "The 30-day siege, which began on 2 March 1854, ended when the garrison was freed on 25 August 1854.",
    "The 6-week trial opened on 3 February 2003, and the jury returned its verdict on 20 October 2003.",
    # a length told with "for", started by a kidnapping
    "Held for 7 months after being abducted on 2 January 2008, the engineer was released on 30 May 2010.",
])
def test_adjectival_span_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    "Her 22-year reign at the club began in May 1970 and ended with her resignation in June 1992.",
    "The 6-week trial opened on 3 February 2003, and the jury returned its verdict on 14 March 2003.",
    # an indefinite object: a contract's length is not the span between its signing and a sacking
    "He signed a 5-year contract in 2010 and was sacked in 2012.",
    # another thing's relative clause, not the noun's own
    "The 3-day festival moved to the park, which opened in 1950 and closed in 1990.",
])
def test_adjectival_span_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # a set-off participle after an event noun dates the noun ("launched", not a launch)
    "Rebels annexed the Korva valley in 1974. The annexation of Korva, completed in 1969, was never recognised.".replace(
        "completed", "proclaimed"),
    # a relative clause with a verb of its own after the event noun
    "The 1988 takeover of Dunmore Mills ended a century of family ownership. Staff remember the takeover, which took effect on 1 May 1991.",
    # eruptions are once-only for a named volcano; "began" is not an event of its own
    "The 1912 eruption of Mount Ossery buried three villages. Survey records say the eruption started on 4 June 1908.",
    # "first elected" is once-only, even though elections recur
    "Ines Garrido, first elected to parliament in 1996, is stepping down. She was first elected in 1989 after two failed attempts.",
    # a part of the day between the event word and its date
    "The discovery of the wreck in 1994 was front-page news. The discovery was made on the morning of 3 June 1990 by divers.",
])
def test_restated_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # the consistent versions
    "The 1988 takeover of Dunmore Mills ended a century of family ownership. Staff remember the takeover, which took effect on 1 May 1988.",
    "The 1912 eruption of Mount Ossery buried three villages. Survey records say the eruption started on 4 June 1912.",
    # elections recur: without "first", two elections are two events
    "Ines Garrido was elected to parliament in 1996. She was elected in 2000 with a larger majority.",
    # a repeated eruption is another event
    "Mount Ossery erupted in 1912. It erupted again in 1931, the observatory says.",
    # two different volcanoes, each named
    "The 1912 eruption of Mount Ossery buried three villages. The eruption of Mount Calder in 1920 was smaller.",
])
def test_restated_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    # a weekday naming an event, whose own set-off participle carries the date
    "Friday's referendum in the canton, held on 12 June 2005, drew a record turnout.",
    # a weekday naming an event dated in another sentence by a verb of the same event
    "The two sides signed the ceasefire on 3 October 2010. Analysts said the Tuesday signing surprised diplomats.",
    "Dunmore Mills closed the plant on 14 March 2003. Workers marched on the day of the Thursday closure.",
])
def test_weekday_event_fires(text: str) -> None:
    check_dated_case(text, "weekday_mismatch")


@pytest.mark.parametrize("text", [
    # the consistent versions (12 June 2005 was a Sunday; 3 October 2010 a Sunday; 14 March 2003 a Friday)
    "Sunday's referendum in the canton, held on 12 June 2005, drew a record turnout.",
    "The two sides signed the ceasefire on 3 October 2010. Analysts said the Sunday signing surprised diplomats.",
    # two dated signings: which one the weekday names is unknown
    "Kell signed the first deal on 3 October 2010 and Marr signed a second on 9 May 2011. The Tuesday signing was delayed.",
    # a weekday of another event ("vote") than the dated one
    "The two sides signed the ceasefire on 3 October 2010. Tuesday's vote in parliament backed it.",
    # the weekday is when something was said, not the event's day
    "The council said on Tuesday that the merger, completed on 12 June 2005, had saved money.",
])
def test_weekday_event_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "weekday_mismatch")


@pytest.mark.parametrize("text", [
    # "At N," setting off the age before its clause
    "At 22, Ruth Okello became the first woman to captain the national side when she was picked in 1999. She was born in Jinja in 1970.",
    # the article's only birth told further away, with a subject that refers back
    ("Tomas Ek died on 2 May 1990, aged 51. The Uppsala council had commissioned three bridges from him. "
     "His partner ran the office. The firm closed soon after. He was born in Lund on 1 March 1925."),
])
def test_age_far_birth_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    "At 29, Ruth Okello became the first woman to captain the national side when she was picked in 1999. She was born in Jinja in 1970.",
    ("Tomas Ek died on 2 May 1990, aged 65. The Uppsala council had commissioned three bridges from him. "
     "His partner ran the office. The firm closed soon after. He was born in Lund on 1 March 1925."),
    # a birth far away told of a different named person
    ("Tomas Ek died on 2 May 1990, aged 51. The Uppsala council had commissioned three bridges from him. "
     "His partner ran the office. The firm closed soon after. Anna Berg was born in Lund on 1 March 1925."),
])
def test_age_far_birth_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")
