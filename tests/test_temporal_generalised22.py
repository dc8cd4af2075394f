"""Round 21 rules, in new words (none copied from the template files): a past event dated after
publication read through its clause's grammar; sequence adverbs led by a length or standing inside
the next sentence's clause; an event ordered after a dated one and dated only by its next step; a
length between two dated steps of one narration, whose roles need no start or end word, with a
yearless day taking its sentence's year. Each mechanism has cases that must fire and near-misses
that must stay quiet. Publication is the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

TO_NOW_FIRES = [
    "Kessock Ropeworks, founded in 1958, says it has been twisting hemp for 21 years.",
    "Since taking over the Ferry Inn in 1994, Ros Gale has run it for 40 years.",
    "\"We've been together 45 years now,\" said Ailsa Dunn, who married Col Dunn in 2003.",
    "The Orbit cinema, which opened in 1990, is celebrating half a century of films.",
]

TO_NOW_QUIET = [
    "Kessock Ropeworks, founded in 1958, says it has been twisting hemp for 58 years.",
    "Since taking over the Ferry Inn in 1994, Ros Gale has run it for 22 years.",
    # the past perfect measures to another moment
    "Kessock Ropeworks, founded in 1958, had made rope for 21 years when the fire broke out.",
    # no start word before the date
    "Ros Gale has run the Ferry Inn for 40 years and won a prize in 1994.",
]

PRESENT_AGE_FIRES = [
    "Tavish Moore, now 71, was born in 1962 above his father's forge.",
    "Elin Varga, who was born in Pecs on 3 March 1980, is now 19 and coaches the junior squad.",
    "Aged 29, Cora Blaine - born in May 1955 in Ullapool - is the oldest swimmer in the club.",
]

PRESENT_AGE_QUIET = [
    "Tavish Moore, now 54, was born in 1962 above his father's forge.",
    "The town where Tavish Moore was born in 1962 is 40 miles from the coast.",
    "Tavish Moore, born in 1962, said his mother is now 71.",
]

ANACHRONISM_FIRES = [
    # the verb of a bare date is the word right before it
    "Orla Penhallow, who retired March 14, 2023, was honoured by the rowing club.",
    # an irregular past before the date
    "The tribunal upheld the dismissal of the Keswick bus drivers on 3 February 2021.",
    # an infinitive or a coordinated clause after the date is another event's
    "Dunmere Rovers beat Halsey 2-1 on 12 March 2022 to stay top of the table.",
    "The inquest opened on 4 May 2020 and is expected to run for a week.",
    # "according to" is no infinitive; "by 7 percent" is no deadline; "through" a place is no end
    "House prices in Wexcombe fell by 4 percent, according to land registry data released in June 2021.",
    "Floodwater poured through the high street on 9 January 2022 and reached the church steps.",
    # a date in a definite subject before its past verb, or in a fronted phrase before the main clause
    "Pickets gathered outside the depot - the stoppage on 18 October 2021 was the longest in its history.",
    "Between 2019 and 2021, the food bank handed out 30,000 parcels.",
    # a document dated after publication; a date in parentheses is its own clause
    "Half the branch staff were laid off, according to a memo dated 2 March 2019.",
    "The board said the pool would close for good (minutes dated 14.11.2021).",
    # a year naming an event whose outcome is told in the past
    "In the 2021 county election, the Liberals took six seats from Labour.",
    "Dunmere Rovers finished third at the end of the 2020 season and sold their captain.",
    # seasons and ranges
    "Storms tore the roof off the Marlow pavilion in the spring of 2024.",
    "The lighthouse was repainted between 2018 and 2020 at a cost of two million.",
]

ANACHRONISM_QUIET = [
    # a future or undone event told of a date after publication
    "The board said the hearing set for 4 May 2020 would be moved.",
    "The new bridge, which will be opened in the spring of 2024, is behind schedule.",
    "Between 2019 and 2021, the charity plans to hand out 30,000 parcels.",
    "The mayor said the hall could be rebuilt between 2018 and 2020.",
    "Turnout rose by 12 percent and the count is expected to finish on 3 March 2019.",
    "The ferry runs through the summer of 2018 if the contract is renewed.",
    "The lease will be signed next month and a notice dated 2 March 2019 will follow.",
    "In the 2021 county election, the Liberals will defend six seats.",
    "In the 2018 race, voters favoured Smith in early polls taken last week.",
    "His contract runs to the end of the 2019 season.",
    "Half the branch staff were laid off, according to a memo dated 2 March 2016.",
]

PIN_FIRES = [
    # a word of the recent past and a full date, adjuncts of one predicate
    "The harbour master was sacked this morning at an emergency board meeting on 4 March 2003.",
    "Councillors yesterday rejected the budget in a late-night vote held on 9 December 2011.",
    "Two climbers were rescued from Scafell last night, the 3rd of February, 2008, after a long search.",
]

PIN_QUIET = [
    "This morning the panel met at the old town hall to review a flood that struck on 3 May 2001.",
    "Yesterday the minister spoke at a memorial service for the victims of the crash on 3 May 2001.",
    "Today marks the anniversary of the flood on 3 May 2001.",
    "Yesterday ministers discussed the plan approved on 3 May 2001.",
    "The harbour master was sacked this morning at an emergency board meeting on 26 September 2016.",
]

FRAME_SCOPE_FIRES = [
    # a frame word in a coordinated clause after both dates does not make them future
    "The ferry service ended on 3 March 2001, long before the bridge opened on 9 June 1999, and few commuters could remember it.",
]

FRAME_SCOPE_QUIET = [
    "The ferry service would end on 3 March 2001, long before the bridge opened on 9 June 1999.",
    "If the ferry service ended on 3 March 2001, long before the bridge opened on 9 June 1999, few would notice.",
]

PARTICIPLE_FIRES = [
    "Wenna Tull quit the choir before its 1996 tour of Norway, returning her music folder in 2003.",
    "The owners sold the mill after the great flood of 1968, moving the looms to Leeds in 1961.",
]

PARTICIPLE_QUIET = [
    "Wenna Tull quit the choir before its 1996 tour of Norway, returning her music folder in 1994.",
    # a reporting participle, or a noun's participle, dates something else
    "The owners sold the mill after the great flood of 1968, citing a survey carried out in 1961.",
    "The owners sold the mill after the great flood of 1968, blaming the dam built in 1961.",
    # the pluperfect tells background
    "The owners had sold the mill after the great flood of 1968, moving the looms to Leeds in 1961.",
]

UNTIL_FIRES = [
    "The lido was closed until repairs were completed in 2009, and it reopened to swimmers in 2004.",
    "Until the 1991 ruling, unmarried couples could not adopt in the province. The first such adoption was approved in 1987.",
    "Halvard Brun was not picked for the national side until March 2003, and he played for it for the first time in November 2002.",
]

UNTIL_QUIET = [
    "The lido was closed until repairs were completed in 2009, and it reopened to swimmers in 2010.",
    # no stopped or negated state
    "Mirren Oakes worked at the port until 1990, and first visited Japan in 1985.",
    # the next clause is background
    "The lido was closed until repairs were completed in 2009, and it had first opened in 1934.",
]

SEQUENCE_FIRES = [
    "The Renwick mill was sold on 4 April 1989. Weeks later, on 2 February 1989, its looms were shipped abroad.",
    "The treaty was ratified on 6 October 1970. Trade across the border resumed later, on 3 March 1970, customs records show.",
]

SEQUENCE_QUIET = [
    "The Renwick mill was sold on 4 April 1989. Weeks later, on 2 June 1989, its looms were shipped abroad.",
    # "earlier" inside the next sentence's clause says earlier, and the dates agree
    "The treaty was ratified on 6 October 1970. Trade had resumed earlier, on 3 March 1970, customs records show.",
    # no sequence adverb at all
    "The treaty was ratified on 6 October 1970. Trade across the border resumed on 3 March 1970, customs records show.",
]

CONTINUED_ORDER_FIRES = [
    # a fronted after-type connective, the main clause's object dated by its relative clause
    "After the 1987 storm, the harbour board commissioned a new breakwater, which was finished in 1981.",
    # ... by a process clause
    "Once the strike had ended in May 1998, the company began rehiring its drivers, a process that started in January 1997.",
    # ... by the next sentence, opened by a definite phrase
    "Following the 2003 fire, the parish launched an appeal. The appeal closed in 2001 with 40,000 pounds raised.",
    # a causal verb after a dated subject
    "The 1972 collapse of the Ashby viaduct triggered new inspection rules, which took effect in 1966.",
]

CONTINUED_ORDER_QUIET = [
    "After the 1987 storm, the harbour board commissioned a new breakwater, which was finished in 1991.",
    # background told in the pluperfect or with "originally"
    "After the 1987 storm, the harbour board hired a contractor, which had been founded in 1950.",
    "Following the 2003 fire, the parish restored the organ, which was originally built in 1890.",
    # the next sentence does not point back
    "Following the 2003 fire, the parish launched an appeal. Elsewhere in the county, floods closed roads in 2001.",
    "The 1972 collapse of the Ashby viaduct triggered new inspection rules, which took effect in 1974.",
    # an object that was there before the event: a name, or a relative clause telling its origin
    "After the 2009 merger, Ilse Varga moved to Corrant Bank, which opened in 1990.",
    "After the 2009 merger, Ilse Varga joined a small bank, which was set up in 1990.",
]

SPAN_FIRES = [
    # two dated steps across two sentences, the second opened by a pronoun
    "Petra Valcourt rowed out of Falmouth on 2 March 2010. She landed in Barbados on 19 April 2010, 21 days later.",
    # a fronted length whose subject carries a relative clause
    "After 80 days of hearings, the inquiry that opened on 3 February 2005 closed on 9 September 2005.",
    # an adjectival length on the span's object, the end in the next sentence
    "The liner Marisca went into dock in March 1999 for a 6-month overhaul. She sailed again in August 2001.",
    # a yearless day taking the year of its sentence's other date
    "Jorun Pask was admitted on January 9 and discharged on June 30, 2011 after 40 days on the ward.",
    "Her 12-day crossing in 2007 began on May 2 and ended on June 20.",
    # the subject's own length, its relative clause dating the start
    "A nine-day cold snap that began on 4 January 2009 finally broke on 29 January, the forecasters said.",
    # the length alone in its sentence, both dates in the next
    "Tomas Rehn spent fifty days in hospital after the fall. He was admitted on 3 May 2012 and sent home on 2 October 2012.",
]

SPAN_QUIET = [
    "Petra Valcourt rowed out of Falmouth on 2 March 2010. She landed in Barbados on 23 March 2010, 21 days later.",
    "Jorun Pask was admitted on January 9 and discharged on February 18, 2011 after 40 days on the ward.",
    "Her 12-day crossing in 2007 began on May 2 and ended on May 14.",
    "A nine-day cold snap that began on 4 January 2009 finally broke on 13 January, the forecasters said.",
    # a length that holds the dated events
    "During her 25 years on the council, Anwen Price opposed the 1994 bypass and the 1996 incinerator.",
    # a length placed at its own date
    "He worked in Lagos for two months in 2009 and moved to Accra in March 2013.",
    # a length of a thing, not of the narration's steps
    "Kell rented the barn on a 5-year lease in 1990. He bought it in 2008.",
    # a length up to now
    "Brona Kells has chaired the trust for 26 years, since its founding in 1990. She stood down as treasurer in 1996.",
    # a length of another kind
    "The yard built ferries for 10 years each. It opened in 1950. It closed in 1990.",
    # an adjectival length on a noun that is no step of the narration
    "Sanna Holm, who left school in 1990 without a four-year degree, founded her firm in 2001.",
]


SERIES_FIRES = [
    # more editions than years since the first
    "The 31st staging of the Harwell kite festival, first held in 1999, drew 5,000 people in 2012.",
    "The Branmoor fun run, launched in 2001, was held for the 25th time in 2010.",
    # an annual series or a season counts every year
    "The 2014 Corran book fair was the 4th edition of the annual fair, first held in 1995.",
    "Edda Lorne, who joined Kestrel Town in 1998, was in her 3rd season with the club when she left in 2009.",
    "Now in his 19th season at the club, Iver Hale took charge of the youth team in 2011.",
]

SERIES_QUIET = [
    # a series that need not be yearly may have fewer editions than years
    "The 12th edition of the Harwell kite festival, first held in 1980, drew 5,000 people in 2012.",
    "The Branmoor fun run, launched in 2001, was held for the 10th time in 2010.",
    "Edda Lorne, who joined Kestrel Town in 1998, was in her 12th season with the club when she left in 2009.",
    "His 2nd year at the college began in 2004, after he arrived in 1999.",
    "The 20th edition of the festival, first held in 1990, is planned for 2030.",
]


@pytest.mark.parametrize("text", SERIES_FIRES)
def test_ordinal_series_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", SERIES_QUIET)
def test_ordinal_series_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", TO_NOW_FIRES)
def test_length_to_now_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", TO_NOW_QUIET)
def test_length_to_now_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", PRESENT_AGE_FIRES)
def test_present_age_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", PRESENT_AGE_QUIET)
def test_present_age_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", ANACHRONISM_FIRES)
def test_past_event_after_publication_fires(text: str) -> None:
    check_dated_case(text, "publication_anachronism")


@pytest.mark.parametrize("text", ANACHRONISM_QUIET)
def test_future_or_undone_event_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


@pytest.mark.parametrize("text", PIN_FIRES)
def test_recent_word_pinned_far_fires(text: str) -> None:
    check_dated_case(text, "publication_anachronism")


@pytest.mark.parametrize("text", PIN_QUIET)
def test_recent_word_pin_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


@pytest.mark.parametrize("text", FRAME_SCOPE_FIRES)
def test_frame_scope_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", FRAME_SCOPE_QUIET)
def test_frame_scope_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", PARTICIPLE_FIRES)
def test_participle_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", PARTICIPLE_QUIET)
def test_participle_order_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", UNTIL_FIRES)
def test_until_end_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", UNTIL_QUIET)
def test_until_end_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", SEQUENCE_FIRES)
def test_sequence_adverb_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", SEQUENCE_QUIET)
def test_sequence_adverb_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", CONTINUED_ORDER_FIRES)
def test_continued_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", CONTINUED_ORDER_QUIET)
def test_continued_order_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", SPAN_FIRES)
def test_sequence_span_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", SPAN_QUIET)
def test_sequence_span_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


_KINDS = {"anachronism": "publication_anachronism", "duration": "duration_arithmetic"}

# Near-misses that older rules (not this round's) flagged on the base; the lead's precision guards of session 23
# (tests/test_lead23_precision.py) keep them quiet now.
OLDER_RULE_FALSE_ALARMS_FIXED = [
    ("anachronism", "The hearing on 4 May 2020 was postponed after the judge fell ill."),
    ("anachronism", "Yesterday the court heard that the fraud took place on June 3, 2009."),
    ("anachronism", "Yesterday the court heard evidence about a fraud at the depot in June 2009."),
    ("duration", "After serving six years for a fraud committed in 1980, she was cleared in 1999."),
    ("duration", "He was jailed for 12 years in 2001 and released on licence in 2008."),
    ("duration", "The lease, signed in 2004, runs for 25 years and was renewed in 2010."),
    ("duration", "Kessock Ropeworks, founded in 1958, has made rope for 21 years at the site it bought in 1995."),
    ("duration", "Freed after six years for a fraud committed in 1980, she was cleared in 1999."),
    ("duration", "The tenancy, agreed in 2004 for 25 years each way, was renewed in 2010."),
]


@pytest.mark.parametrize(("kind", "text"), OLDER_RULE_FALSE_ALARMS_FIXED)
def test_older_rule_false_alarms_fixed(kind: str, text: str) -> None:
    check_dated_case(text, None, _KINDS[kind])


# Still flagged by an older rule: kept as a strict xfail. (Arguably a real conflict: the chair, taken in 1993,
# held "for a decade until 2010" is 17 years; unless "the post" is the board seat.)
OLDER_RULE_FALSE_ALARMS = [
    ("duration", "She joined the board in 1990, became chair three years later and held the post for a decade until 2010."),
]


@pytest.mark.xfail(strict=True, reason="flagged by an older rule on the base already")
@pytest.mark.parametrize(("kind", "text"), OLDER_RULE_FALSE_ALARMS)
def test_older_rule_false_alarms(kind: str, text: str) -> None:
    check_dated_case(text, None, _KINDS[kind])
