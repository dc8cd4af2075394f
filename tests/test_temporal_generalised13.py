"""Round 12: restated events through definite descriptions, not templates.

A possessive pronoun as the determiner of a referring mention ("her election, in 1997"); a relative
clause or a renaming appositive that takes up a recurring event's single dated identifier ("the
storm of 1987" ... "the storm, which came in"); a first mention owned by a named or common possessor
("The county's worst landslide, in 1962"); an "of" identifier with a day or a month; a proper-name
modifier that must match the earlier mention; thousands in the gap; more occurrence verbs.  Written
in other words than any injected template; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

FILLER = " The council met on Tuesday to discuss the library budget. "


@pytest.mark.parametrize("text", [
    # a possessive pronoun refers back to the one dated mention
    "Odile Brantome became the first mayor of Harwick chosen by its voters at the election of 1983." + FILLER
    + "Her election, in 1986, surprised everyone.",
    "Kasimir Lenk was chosen party leader at the leadership election of 2001." + FILLER
    + "His election, in 2004, split the party in two.",
    # a relative clause takes up a recurring event's single dated identifier
    "The storm of 1987 flattened the beech woods above Ravensholt." + FILLER
    + "Foresters still talk about the storm, which came in the autumn of 1989, as the worst night of their careers.",
    # a renaming appositive
    "Dust from the 1996 landslide blocked the valley road for a week." + FILLER
    + "Geologists have modelled the landslide, a sudden slip in early 2001, using borehole data.",
    # a first mention owned by a possessor, set off or passive
    "The county's worst landslide, in 1962, buried the hamlet of Coldharbour." + FILLER
    + "Villagers still mark that worst landslide, which struck on 3 May 1968.",
    "The tribunal's ruling against Marten Holt was issued on 4 March 2005 after a short hearing." + FILLER
    + "Holt's lawyers challenged the ruling, issued on 19 October 2006, in the higher court.",
    # an "of" identifier with a day, a named modifier that matches
    "The Kessbach avalanche of 14 February 1999 buried eleven chalets." + FILLER
    + "Rescuers at the Kessbach avalanche, which struck on 2 March 2000, worked through the night.",
    # thousands in the gap, a demonstrative
    "Harrowby Town have not reached a cup final since the 1994 cup final." + FILLER
    + "That cup final, played before 12,400 people in May 1991, is still celebrated.",
])
def test_definite_description_restatement_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # the same dates: no conflict
    "The storm of 1987 flattened the beech woods above Ravensholt." + FILLER
    + "Foresters still talk about the storm, which came in the autumn of 1987, as the worst night of their careers.",
    # recurring events in different years: two identifiers are two events
    "The storm of 1987 flattened the beech woods above Ravensholt." + FILLER
    + "The storm of 1990 was milder but flooded the lower fields.",
    # a second event marked as such
    "The storm of 1987 flattened the beech woods above Ravensholt." + FILLER
    + "Foresters still talk about the second storm, which came in the autumn of 1989.",
    "The first festival, in 1965, was held in a marquee." + FILLER
    + "The second festival, which was held in 1967, moved to the town hall.",
    # another owner's noun is another event
    "Pellow's election, in 2010, was a surprise to his party." + FILLER
    + "Garrick's election, in 2012, was not.",
    # a named modifier that names another place
    "The Kessbach avalanche of 14 February 1999 buried eleven chalets." + FILLER
    + "Rescuers at the Oberau avalanche, which struck on 2 March 2000, worked through the night.",
    # a named first mention alone does not start a chain ("the Lowther fair" is a recurring event)
    "The Lowther book fair was first held in 1988 in a church hall." + FILLER
    + "The book fair was held in 2010 in a tent.",
    # a dated noun three times is a series
    "The storm of 1987 flattened the woods." + FILLER + "The storm of 1990 flooded the fields." + FILLER
    + "Foresters remember the storm, which came in 1994, best of all.",
    # the end of a month is not an event
    "The end of May 2010 was wet." + FILLER + "The end, which came in June 2011, was a relief.",
])
def test_definite_description_restatement_must_not_fire(text: str) -> None:
    check_dated_case(text, None, absent="restated_event")
