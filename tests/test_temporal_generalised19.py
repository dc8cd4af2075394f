"""Round 18: restatements of one event told far apart, by a verb and a noun of a person's
once-only event, or by a storm's given name (restated_event).

- Events that befall one person or one body (a death, a birth, a resignation, an arrest, a
  conviction, a retirement, a graduation, a break-up, ...) are grouped with their verbs ("died",
  "passed away", "stepped down", "quit", "broke up"); two mentions are one event only when they
  share a capitalised name and the later one names nobody the earlier does not.
- An event noun whose own verb tells it happening keeps the date ("The fire that ... broke out on").
- A storm named by a given name is retold by the name alone.
- A definite later mention dated by its own identifier retells the event an earlier mention
  introduced when the two are the article's only mentions of their kind, at any distance; "only",
  "sole", "inaugural", "maiden" hold at any distance when nothing of the kind stands between.

Written in other words than any template set; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

# Article text with no dates and no event words, to set two mentions far apart.
_FILLER = (
    " Councillors met on a wet evening to hear the treasurer read out the accounts line by line."
    " Several residents asked why the library hours had been cut, and the chairman promised an answer."
    " A local baker handed round trays of scones while the clerk took notes in longhand."
    " Traffic on the ring road was slow, and the buses ran late for most of the afternoon."
    " The planning officer described the plans for a footbridge over the canal in some detail."
    " Some of the older members grumbled about the cost, but the vote to continue was unanimous."
    " Afterwards the hall was swept and the chairs were stacked against the back wall."
    " Nobody could remember a meeting that had run so long or drawn so many questions."
)


@pytest.mark.parametrize("text", [
    # one person's resignation told by two verbs, the name shared
    "Marisol Quayle stepped down as head of the Tarrow Trust on 4 March 2011. When Marisol Quayle quit on 19 June 2009, the trustees were stunned.",
    # a death told by a possessive noun and then by a verb with the full name
    "Teodor Brannigan's death in 1998 was mourned across the valley. Teodor Brannigan passed away at his home in Fellside on 12 May 1995.",
    # a verb first, the noun later with the surname
    "The sculptor Wilhelmina Osterby retired in 2002 after forty years at the Kelso workshop. Osterby's retirement, in 1997, surprised her pupils.",
    # a storm retold by its given name
    "Typhoon Mirela, which swept across the Batanes on 14 August 2009, sank a dozen ferries. Mirela came ashore near Basco on 2 August 2011.",
    # an event noun keeps the date its own verb carries
    "The fire that ruined the Hesketh tannery broke out on 9 May 2002. No cause was ever found for the fire of 3 June 2004.",
    # introduced by an indefinite, retold far away by its identifying date
    "A gas explosion wrecked the Pardoe bakery on 12 March 2007, injuring three." + _FILLER
    + " Neighbours still recall the explosion of 30 October 2009.",
    # introduced by a verb, retold far away by a date before the noun
    "Typhoid broke out among the dockers at Wrenmouth in May 1931." + _FILLER + " Doctors traced the 1928 outbreak to a cistern.",
    # a noun of the kind that only modifies another noun ("Fire crews") names no second event
    "A blaze gutted the Ormsby printworks on 3 March 2010." + _FILLER + " Fire crews said the May 2012 fire began in a storeroom.",
    # "only" at any distance
    "The only strike in the history of Vennick Mills came in May 1979." + _FILLER
    + " Pickets from the walkout of June 1983 still meet each spring.",
])
def test_round18_restatements_fire(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # two people of one family die: the later possessor's full name names someone new
    "Greta Korrig passed away at the farm in 1990. Ansel Korrig's death in 2003 ended the tenancy.",
    # one person leaves two bodies: the later clause names a body the earlier does not
    "Ilka Farrow stepped down from the Dunmore Bank board in 2004. When Ilka Farrow quit Castleton Foods in 2009, shares fell.",
    # two people of one surname
    "Ilka Farrow stepped down from the Dunmore Bank board in 2004. When Oskar Farrow quit in 2009, shares fell.",
    # two storms with different names
    "Hurricane Orla flattened the cane fields in 2003. Hurricane Pimm flooded the capital in 2005.",
    "Typhoon Mirela, which swept across the Batanes on 14 August 2009, sank a dozen ferries. Typhoon Jorge came ashore near Basco on 2 August 2011.",
    # a storm's name that is part of another name
    "Hurricane Bettany struck the atoll in 2003. The new clinic at Bettany Ross was opened on 4 May 2005.",
    # a second instance marked as such, far away
    "A gas explosion wrecked the Pardoe bakery on 12 March 2007." + _FILLER + " Neighbours still recall a second explosion of 30 October 2009.",
    # another dated mention of the kind between: the last need not retell the first
    "A gas explosion wrecked the Pardoe bakery on 12 March 2007." + _FILLER + " Months later a blast hit the depot in 2008."
    + _FILLER + " Neighbours still recall the explosion of 30 October 2009.",
    # elections are retold routinely: one far away with its own date is another election
    "Voters backed Ivo Castell in an election in 2004." + _FILLER + " Turnout in the election of 2008 was low.",
    # an outbreak told to have happened again
    "The epidemic that emptied the schools broke out in March 1931. Cholera broke out again in 1934.",
])
def test_round18_restatements_stay_apart(text: str) -> None:
    check_dated_case(text, None, "restated_event")


# Order: a sentence opening "Since <something> in D1," dates what its present-perfect main clause tells.
@pytest.mark.parametrize("text", [
    "Since quitting the cabinet in 2011, Renata Solberg has published three novels, the first of them in 2008.",
    "Since its purchase by Harlow Freight in May 2003, the Dunmere line has shut nine stations, beginning with Orbury in June 2001.",
])
def test_round18_since_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    # a relative clause may tell an older past
    "Since its purchase by Harlow Freight in May 2003, the line has shut nine stations, which had opened in 1998.",
    # "since" meaning "because", told in the past
    "Since the levy was raised in 2012, traders moved their stalls to Corby in 2009.",
    # a pluperfect main clause
    "Since joining the board in 2010, she had already sold her shares in 2008, the filing shows.",
    # the later date after the start
    "Since quitting the cabinet in 2011, Renata Solberg has published three novels, the first of them in 2013.",
])
def test_round18_since_order_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "order_violation")


# Durations measured to the publication date (2016-09-27).
@pytest.mark.parametrize("text", [
    # a length set off after a "since" date
    "Olwen Pryce has run the Caerfai lifeboat station since 1989, a span of 12 years.",
    "The Marlow ferry has crossed the estuary since 1977 \u2014 20 years of daily sailings.",
    # the age of a thing beside the date its subject came into being
    "The Tollgate viaduct, built in 1921, is 64 years old, the railway says.",
    "The Penhallow lighthouse, which was erected in 1871, is now a 90-year-old landmark facing demolition.",
])
def test_round18_lengths_to_now_fire(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # the right lengths
    "Olwen Pryce has run the Caerfai lifeboat station since 1989, a span of 27 years.",
    "The Tollgate viaduct, built in 1921, is 95 years old, the railway says.",
    "The Penhallow lighthouse, which was erected in 1871, is now a 145-year-old landmark facing demolition.",
    # the age of something else told in another clause
    "The Penhallow lighthouse, which was erected in 1871, guards a reef where the oldest wreck is a 90-year-old trawler.",
    # a length that is not the since-date's measure
    "Olwen Pryce has run the lifeboat station since 1989, and her deputy has served for 12 years.",
])
def test_round18_lengths_to_now_stay_quiet(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")
