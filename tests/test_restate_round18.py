"""Round restate18 of ``restated_event``: an event taken up again by a pronoun, by its verb or after "since".

- A court's decision told by its verb ("The appeal court quashed the conviction on ...") is the ruling a
  later back-reference dates ("That ruling, handed down on ..."); a find told by a verb of finding
  ("Divers uncovered a hoard ...") is the find later dated ("The discovery, made in ...").
- A vessel named as one that "went down" sank; the later wreck is that sinking.
- "Since the merger, in July 1992, ...": a time since something is no point, so the set-off date is the
  event's own.
- Crimes that befall their victims once (a hijacking, a kidnapping, an assassination) are one event.
- "It began, organisers say, in 1985" retells how the thing of the sentence before came into being
  ("was first run in 1980", "was founded in 1980"); "The new library opened ..." is no other opening.
- "When it struck, in June 1995, ..." takes up the storm or quake the dated sentence before began with.

Near-misses: something else begun ("It began to crack"), a deed with an object ("It struck a deal"),
another subject between, a date measured after "since" with words in between, a verb with no court,
"went down to" a place, a pronoun for a thing that did not come into being, the same date.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import temporal
from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _restated(text: str) -> list[str]:
    analysis = analyse_dates(text, published=PUBLISHED)
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in analysis.conflicts if conflict.kind == "restated_event"]


POSITIVES = [
    # a court's decision by its verb, the ruling dated later in a comma clause
    ("The appeal court quashed the conviction of the Dunmore Four on 14 March 1991. Crowds cheered outside. "
     "That ruling, handed down on 2 November 1995, changed how confessions are heard.",
     "14 March 1991 / 2 November 1995"),
    ("Judges at the tribunal struck down the planning permit on 8 May 2003. The developer appealed. "
     "The judgment, delivered on 19 January 2007, ended the scheme.",
     "8 May 2003 / 19 January 2007"),
    # a find by a verb that means nothing else
    ("Cavers uncovered a painted chamber under the Helmsby quarry in March 1997. Experts were amazed. "
     "The find, made in September 2001, is now closed to the public.",
     "March 1997 / September 2001"),
    # a vessel that went down, and its wreck
    ("HMS Tenacious went down off the Skerries on 4 April 1917. Only three men survived. "
     "The wreck, which historians date to 22 October 1916, is a war grave.",
     "4 April 1917 / 22 October 1916"),
    # since the event, its date set off
    ("The merger of Halden Bank and Fyfe Mutual was sealed on 12 May 1994. Branches closed within weeks. "
     "Since the merger, in March 1998, the bank has shed 900 jobs.",
     "12 May 1994 / March 1998"),
    # a crime that befalls its victims once
    ("Gunmen seized the ferry Saint Brendan in a kidnapping near Corfu on 9 July 1985. Nine passengers were held. "
     "Police reopened the kidnapping, which began on 30 August 1989, after new evidence emerged.",
     "9 July 1985 / 30 August 1989"),
    # "It began" / "It started": the coming into being told before
    ("The Ravensfield folk festival was first held in 1972. Tickets sell out within hours. "
     "It started, the founders recall, in 1976 as a single evening in a village hall.",
     "1972 / 1976"),
    ("The Orley food co-operative was founded in 1971. It began in 1979 with six members.",
     "1971 / 1979"),
    # the new thing that opened, taken up by "it"
    ("The new Saltash swimming baths opened on 3 June 1968. Queues stretched round the block. "
     "It had opened, the town council notes, on 9 September 1972.",
     "3 June 1968 / 9 September 1972"),
    # a disaster taken up by "it" and a verb of its striking
    ("Typhoon Orlena came ashore near Bantay in September 1984. Whole villages were flattened. "
     "When it struck, in July 1990, the warning sirens had failed.",
     "September 1984 / July 1990"),
    ("The earthquake levelled the old town of Varna Minor on 3 May 1971. "
     "It hit on 9 August 1978, just before dawn.",
     "3 May 1971 / 9 August 1978"),
    # a named person's death taken up by a possessive
    ("Marguerite Oyelaran-Fisk, the harpist, died in Lisbon on 12 October 1983. Concert halls fell silent. "
     "Her passing, on 2 March 1987, was mourned across the city.",
     "12 October 1983 / 2 March 1987"),
    ("Anselm Torvik was killed in a climbing accident on the Brenva face in July 1959. "
     "An inquest heard that his fatal fall in August 1962 was caused by a frayed rope.",
     "July 1959 / August 1962"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_restated(text: str, expected: str) -> None:
    assert expected in _restated(text)


NEAR_MISSES = [
    # a court named, but the verb is no ruling of it; the later ruling is another
    "The court house burned down on 14 March 1991. Crowds gathered outside. "
    "That ruling, handed down on 2 November 1995, changed how confessions are heard.",
    # "struck down" with no court: an illness
    "The singer was struck down by fever on 8 May 2003. Fans waited for news. "
    "The judgment, delivered on 19 January 2007, ended the case.",
    # "went down to" a place: no sinking
    "The trawler Morning Star went down to Falmouth on 4 April 1917. Its crew were paid off. "
    "The wreck, which historians date to 22 October 1916, is a war grave.",
    # shares "went down": no vessel
    "Shares in Tenacious Shipping went down on 4 April 2011. Investors were nervous. "
    "The wreck, which historians date to 22 October 1916, is a war grave.",
    # since the event, then something else done in the date's clause
    "The takeover of Brightwell Foods by Ardent Group closed on 3 February 1999. Prices rose soon after. "
    "Since the takeover, approved by regulators in August 2004, the brand has been sold twice.",
    # "It began" with something begun
    "The Orley footbridge was opened in 1971. It began to crack in 1979.",
    "The Orley food co-operative was founded in 1971. It started trading in 1979 with six members.",
    # "It began" after no coming into being
    "The walkout at the mill was called off in 1971. It began in 1979.",
    # a new exhibition that closed: another deed, not the opening
    "A new exhibition of Dutch prints opened at the gallery on 14 January 1977. It closed on 16 December 1986.",
    # "It struck" a deal: a deed with an object
    "Hurricane Casimira came ashore at Tollingham in October 1986. It struck a second town in June 1995.",
    # "it" after a strike of workers: not a disaster
    "The strike at the Orley mill began in October 1986. When it hit, in June 1995, orders were lost.",
    # the disaster is not the subject of the sentence before
    "A memorial to the earthquake was unveiled on 3 May 1971. It struck on 9 August 1968.",
    # a possessive of a death that is no death ("Her passing of the exam"): no death noun right before the date
    "Marguerite Oyelaran-Fisk, the harpist, died in Lisbon on 12 October 1983. "
    "Her passing grade in music, awarded in 1957, was framed.",
    # the same date told twice
    "Anselm Torvik was killed on the Brenva face in July 1959. His death in July 1959 shocked the club.",
    # the same date told twice
    "Typhoon Orlena came ashore near Bantay in September 1984. When it struck, in September 1984, the sirens failed.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text: str) -> None:
    assert _restated(text) == []


# An older rule flagged this one at 933f41f already (a date measured from the event); silent since round
# restate27 (``temporal._r31_other_event``: "Two years after the takeover, in": a time measured from the event).
def test_measured_after_is_an_older_false_alarm() -> None:
    assert _restated("The takeover of Brightwell Foods by Ardent Group closed on 3 February 1999. Prices rose soon "
                     "after. Two years after the takeover, in 2001, the brand was sold.") == []


# Older rules flag a relation's death taken up by "his death" at 933f41f already; the possessive rule of this
# round stays silent on them by itself (the person must be named as the subject, no other death between).
RELATION_DEATHS = [
    "His father died in 1990. His death in 2003 shocked the village.",
    "Tobias Quarrington died in 1990. His son Peter was killed in a crash. His death in 2003 shocked the village.",
    "Marguerite Oyelaran-Fisk, the harpist, died in Lisbon on 12 October 1983. Her husband was killed in a crash. "
    "His death, on 2 March 1987, was mourned across the city.",
]


@pytest.mark.parametrize("text", RELATION_DEATHS)
def test_possessive_rule_alone_is_silent_on_other_deaths(text: str) -> None:
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    assert temporal._r24_possessive_deaths(context, set()) == []


# Session 17's review: restate18's "It began" branch took every "began"/"started" and, when its own test
# failed, skipped the same-deed rule below it, which had flagged these at ebe0327.
SAME_DEED_BEGINNINGS = [
    ("The strike began on 3 May 1990 at the docks. It began on 9 June 1990, union officials said.",
     ["3 May 1990", "9 June 1990"]),
    ("The festival began in 1985 in a field outside town. It began in 1987, according to the council.",
     ["1985", "1987"]),
]


@pytest.mark.parametrize(("text", "sides"), SAME_DEED_BEGINNINGS)
def test_a_failed_beginning_test_falls_to_the_same_deed_rule(text: str, sides: list[str]) -> None:
    from tests.conftest import date_conflicts

    assert date_conflicts(text) == [("restated_event", sides)]
