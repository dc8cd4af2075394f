"""Round 17: restatements identified by their noun phrases, and durations in forms no rule read
(restated_event, duration_arithmetic).

Restatements: each explicit date is attached to the nearest event noun (or event verb) of its
sentence; two mentions of one group of event nouns (accord/treaty/pact/deal, quake/earthquake,
walkout/strike, collision/crash, verdict/ruling/judgment, ...) are one event when the later
phrase is demonstrative, a one-instance word stands in either phrase, both phrases share a
capitalised name, or the later phrase is definite (or a pronoun's verb) right after the first.
They stay apart for another instance ("another", "second", "annual"), for different names, for
two identifying dates ("the 2011 Oslo summit" / "the 2014 Oslo summit") and for verbs of another
stage ("ratified", "overturned", "completed").

Durations: a length told as a noun's measure, after "after"/"over those", or closed by "in all";
"D2, N units later"; "N units ago" beside the date of the same event; ages beside a birth date
("As a 31-year-old", "Aged nineteen", "her 70th birthday", "is now 63"); lengths measured across
two sentences; "for half a century", "a decade", centenaries.  Written in other words than any
template set; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    # a shared name, recurring kind, two different words
    "The 1977 Treaty of Vardo settled the herring quotas. Under the Vardo pact, signed in March 1969, each fleet kept its own grounds.",
    # a demonstrative later phrase
    "Brindle Athletic have won only one regional cup final, in 1958. That final, staged at a half-empty ground in 1962, went to extra time.",
    # a one-instance word in the first phrase
    "The port town's sole typhus epidemic, in 1866, killed dozens. The outbreak, which peaked in August 1871, emptied the markets.",
    # a definite noun right after a verb of the same group
    "Two freight barges collided below the Marnholt lock on 4 May 2003. The Marnholt collision of 18 September 2001 closed the canal for a week.",
    # a definite synonym right after an indefinite first mention
    "A blast wrecked the Ostmark paint factory on 2 March 1999. Inspectors had warned of fumes months before the 14 July 1997 explosion.",
    # a pronoun's verb retelling a launch named by a noun
    "The research rocket's launch in 2004 was delayed twice by wind. It lifted off from the island pad on 3 October 2001.",
    # a determiner before a date with commas ("the May 3, 2002 collision")
    "Two ferries collided off Skerne Point on June 9, 2004. Repairs after the May 3, 2002 collision cost millions.",
    # a verb and its noun: elected / victory, abolished / abolition
    "Ilse Moravec was first elected mayor of Dunholt in 1996. Her first victory, in 1989, came by eleven votes.",
    "Portavel abolished its bridge toll in 2005. Drivers who lobbied for its abolition, finally won in 1999, held a party.",
])
def test_identified_restatements_fire(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # two summits, each identified by its own date
    "The 2011 Oslo summit agreed on a fisheries fund. The 2014 Oslo summit agreed on nothing.",
    # another instance
    "Dockers at Farrow Quay went on a two-day strike in 2009. Another strike, in 2012, closed the port for a week.",
    # different names
    "The 1912 flood of the Avenmore drowned the lower town. The flood of the Crale in 1920 was smaller.",
    # a later stage of the same treaty, and a ruling overturned later
    "The Kessel accord was signed in 1994. Parliament said the accord was ratified in 1997 after long delays.",
    "Locals still talk about the ruling of 1977. That ruling, overturned on appeal in 1984, cost the council dearly.",
    # the same event, dated alike
    "The Pellow collision happened on 3 June 2008. The Pellow crash, on 3 June 2008, led to new signals.",
    # two people's victories
    "Ilse Moravec was first elected in 1996. The council met on Monday. Petr Halas's first victory, in 1989, was narrow.",
    # the only repeat of a kind is an annual event
    "The first walkout at the Tenby mill, in 1987, lasted a day. A second walkout, in 1990, lasted a month.",
])
def test_identified_restatements_do_not_fire(text: str) -> None:
    check_dated_case(text, None, absent="restated_event")


@pytest.mark.parametrize("text", [
    # a noun's measure between two dated points
    "The yacht left Kinsale on 2 April 1997 and moored in Halifax on 20 April 1997, a passage of 11 weeks.",
    # "in all"
    "Repairs to the viaduct began in March 2001 and it reopened in May 2002, 40 months in all.",
    # the later point set off before "N units later"
    "Surveyors began mapping the fen in June 2003; the map was printed in August 2003, 14 months later.",
    # "N units ago" beside the date of the same event
    "The ferry link, which closed in May 2001, five months ago, may yet return.",
    # an age beside a birth
    "Mirela Dancu was born on 4 May 1961. As a 31-year-old, she rowed the Atlantic on 9 July 1985.",
    "Anselm Ruck, who was born in 1948, is now 41 and still farms the upper fields.",
    "Born on 3 March 1920, he celebrated his 80th birthday with a concert on 3 March 1990.",
    # a length measured across two sentences
    "The Harrowgate line opened in 1911 and closed in 1958. It had carried passengers for 63 years.",
    # a word length to the publication year, and a centenary between two dates
    "The Lowry bakery has sold bread on Quay Street for half a century, ever since it opened in 1934.",
    "Old boys gathered for the centenary of Thornbury Grammar, which was founded in 1881; the dinner was held in 1962.",
])
def test_round17_durations_fire(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # consistent lengths and ages
    "The yacht left Kinsale on 2 April 1997 and moored in Halifax on 20 April 1997, a passage of 18 days.",
    "Repairs to the viaduct began in March 2001 and it reopened in May 2002, 14 months in all.",
    "The ferry link, which closed in April 2016, five months ago, may yet return.",
    "Mirela Dancu was born on 4 May 1961. As a 24-year-old, she rowed the Atlantic on 9 July 1985.",
    "Anselm Ruck, who was born in 1948, is now 68 and still farms the upper fields.",
    "The Harrowgate line opened in 1911 and closed in 1958. It had carried passengers for 47 years.",
    "The Lowry bakery has sold bread on Quay Street for half a century, ever since it opened in 1966.",
    # a length measured to now, not to the next sentence's date
    "Okafor has been a councillor for 26 years, since his first election in 1990. He lost a bid for mayor in 2002.",
    # an age of someone else
    "The painter, who was born in 1950, says his nephew is 30.",
    # dated list items with a length between them
    "June 2011 Troops enter the town after 40 days of siege. 2013 Rebels retake the bridge.",
    # two different dates "ago" and a recalled event
    "Two years ago, Mayor Lind recalled the 1998 flood at a memorial.",
])
def test_round17_durations_do_not_fire(text: str) -> None:
    check_dated_case(text, None, absent="duration_arithmetic")
