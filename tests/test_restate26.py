"""Round restate26 of ``restated_event``: more shapes of the later mention, more words for one event, and two
readings of the earlier clause (``benchmarks/results/restate26_dev.md``).

The wordings below were written for this round (not taken from any template set); the misses of blind45 read this
round fell in the same classes. Each positive is flagged end to end in both modes and by restate22's repeated-head
rule alone (``temporal._r27_repeated_heads``); each near-miss is silent end to end in both modes and the rule alone
never pairs it.

1. The head as the subject of a verb of occurrence with no comma ("the riot had started on", "The blaze broke out
   on"), or of its gerund ("within weeks of the blockade starting in", "the withdrawal beginning in"), dates the
   event as the relative clause "the riot, which started on" does; a phrase opening "that the riot" is read from
   its article ("heard that the riot had started": the head is "riot", not "the riot").
2. A relative clause whose own subject dates the event ("The famine, which historians date to", "the mutiny, which
   most historians put in", "the blast, which investigators place on") dates it as "dated" does.
3. "before" or "after" a time of day ("began before dawn on", "shortly after midnight on") tells the hour of the
   event, not another event that sets its date apart.
4. "every" or "each" tells a recurrence only before a time ("every year", "each spring"): "remembered in every
   family" tells none.
5. More words for one event: siege and blockade, famine and the great hunger, withdrew and the withdrawal, wildfire,
   bushfire and the blaze.
6. A dating verb with "it" right after the head ("The report into the collision dates it to", "The inquest into the
   collision placed it on") dates the event as "dated" does.
7. The first mention named by a day ("after the blizzard of 24 October", "after the storm of 12 March") is taken up
   by a later clause that tells the event with a verb ("The blizzard, which began on 4 December 1961"): a day names
   no instance that the later definite mention keeps apart (a year still does: "The drought of 1982"); "after" that
   governs the head, its date right after it by "of", dates the head, and a verb of reporting before it ("Drifts were
   reported after the blizzard of") tells when the report came.
8. "It" with a verb of occurrence alone or with its place ("It happened on", "It started in a storeroom on") retells
   the event that the sentence right before has as its subject ("The factory fire broke out on D1";
   ``temporal._r29_pronoun_retold``): not after a subject that is no event ("The fire brigade arrived"), another
   verb phrase ("It began to rain on", "It spread to Kelso on"), "again", or a sentence in between.
9. A mishap's toll told as the subject ("Nine miners were killed at the pit on D1") is a mishap that "the disaster"
   or "the tragedy" takes up, as "killing nine" already was.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import temporal
from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _restated(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    analysis = analyse_dates(text, published=published)
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in analysis.conflicts if conflict.kind == "restated_event"]


def _conflicts(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    return [conflict.kind for conflict in analyse_dates(text, published=published).conflicts]


def _rule(text: str) -> list[str]:
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in temporal._r27_repeated_heads(context, set())]


POSITIVES = [
    # 1. the head as the subject of a verb of occurrence, or of its gerund
    ("The riot outside the Corn Exchange in November 1956 left forty people injured. Magistrates later heard that "
     "the riot had started on 5th November 1965 over ticket prices.", "November 1956 / 5th November 1965"),
    ("The blockade of Polwenna began in April 1974. Food ran short within weeks of the blockade starting in October "
     "1972.", "April 1974 / October 1972"),
    ("A bushfire tore through the valley on 7 February 2009. The blaze broke out on 12 March 2011, fire crews said.",
     "7 February 2009 / 12 March 2011"),
    ("Troops pulled out of the Kell valley in March 1989. Within a month of the withdrawal beginning in May 1991, "
     "rebels retook the town.", "March 1989 / May 1991"),
    # 2. a relative clause whose subject dates the event
    ("The famine that struck the island in 1969 is remembered in every family there. The great hunger, which "
     "islanders date to 1967, halved the population.", "1969 / 1967"),
    ("The hijacking of the Flight 212 began after dark on 3 March 1985. The seizure of the jet, which records date to "
     "9 June 1986, ended without bloodshed.", "3 March 1985 / 9 June 1986"),
    ("The explosion at the Harwell refinery happened before dawn on 11 December 2005. The blast, which investigators "
     "place on 2 February 2007, was heard 100 miles away.", "11 December 2005 / 2 February 2007"),
    # 3. a time of day after "before" / "after"
    ("The coup in Estoria began before dawn on 17 May 1951. The putsch, on 8 Aug 1961, was crushed within hours.",
     "17 May 1951 / 8 Aug 1961"),
    ("The coup in Estoria began before dawn on 17 May 1951. Leaders of the putsch of 8 Aug 1961 were later tried for "
     "treason.", "17 May 1951 / 8 Aug 1961"),
    # 5. more words for one event
    ("The wildfire that swept the hills above Elmstead in June 1992 destroyed sixty homes. The blaze, which started "
     "in August 1996, burned three farms.", "June 1992 / August 1996"),
    ("The troops of Brenmark withdrew from Cresswater on 6 December. The withdrawal, on 8 February 1980, was watched "
     "by cheering crowds.", "6 December / 8 February 1980"),
    ("The troops of Brenmark withdrew from Cresswater on Dec 6. Their withdrawal, on 8 Feb 1980, was watched by "
     "cheering crowds.", "Dec 6 / 8 Feb 1980"),
    # 6. a dating verb with "it" after the head
    ("Two ships collided in fog off Glenmorrow on 2 July 2015. The inquest into the collision placed it on 15 June "
     "2006.", "2 July 2015 / 15 June 2006"),
    ("The mine flooded on 3 May 1951, trapping 40 miners. A survivor's account of the flooding dates it to 8 October "
     "1956.", "3 May 1951 / 8 October 1956"),
    # 7. a first mention named by a day, taken up by a clause
    ("Schools closed after the storm of 12 March. The storm, which struck on 3 April 1987, felled thousands of "
     "trees.", "12 March / 3 April 1987"),
    ("The closure of the pier was announced after the storm on 12 March. The storm, which struck on 3 April 1987, "
     "felled thousands of trees.", "12 March / 3 April 1987"),
    ("Roads were reported impassable after the blizzard of 24 October. The blizzard, which began on 4 December 1961, "
     "cut the village off.", "24 October / 4 December 1961"),
]

NEAR_MISSES = [
    # another instance, told as one
    "A riot broke out outside the Corn Exchange on 3 November 1956. Another riot had started on 5 November 1965 over "
    "ticket prices.",
    "The riot outside the Corn Exchange in November 1956 left forty people injured. A second riot began on 5 November "
    "1965 over ticket prices.",
    "The blockade of Polwenna began in April 1974. Food ran short within weeks of another blockade starting in "
    "October 1972.",
    "The mutiny aboard the frigate Hecate broke out in May 1797. A later mutiny, which most historians put in June "
    "1799, was crushed within days.",
    "The wildfire that swept the hills above Elmstead in June 1992 destroyed sixty homes. A second blaze, which "
    "started in August 1996, burned three farms.",
    # another party or place
    "The blockade of Polwenna began in April 1974. Food ran short in Tarrow within weeks of the blockade of Tarrow "
    "starting in October 1972.",
    "Rebels besieged Kelmar in April 1974. The siege of Tarrow, which began in October 1972, lasted a year.",
    "The wildfire that swept the hills above Elmstead in June 1992 destroyed sixty homes. The blaze at the Tarrow "
    "sawmill, which started in August 1996, burned three farms.",
    "Brenmark's troops withdrew from Cresswater on 6 December 1979. Their withdrawal from Tarrow, on 8 February 1980, "
    "was watched by cheering crowds.",
    # named by its date: two instances ("the famine of 1969")
    "The famine of 1969 is remembered in every family there. The famine, which historians date to 1967, halved the "
    "population.",
    # the same date
    "The mutiny aboard the frigate Hecate broke out in May 1797. The mutiny, which most historians put in May 1797, "
    "was crushed within days.",
    # "every" before a time: a recurrence
    "The famine that struck the island in 1969 is remembered there every spring. The famine, which islanders date "
    "to 1967, halved the population.",
    # "after" another event, a plan: the date may date something else
    "The coup in Estoria began after the king died on 17 May 1951. The putsch, on 8 August 1961, was crushed within "
    "hours.",
    "The coup in Estoria was planned before dawn on 17 May 1951. The putsch, on 8 August 1961, was crushed within "
    "hours.",
    # another kind of the same word ("hunger strike")
    "The famine that struck the island in 1969 is remembered in every family there. A hunger strike, which began in "
    "1967, ended in victory.",
    # two summits of two years
    "The 2008 summit in Oslo ended without a deal. The 2013 summit began on 4 May 2013 in Bergen.",
    "Leaders met at the 2008 summit in Oslo in May 2008. The summit of 2013 had started on 4 May 2013.",
    # 6. the same day, another instance, a year named
    "Two ships collided in fog off Glenmorrow on 2 July 2015. The report into the collision dates it to 3 July 2015.",
    "Two ships collided in fog off Glenmorrow on 2 July 2015. The report into the 2006 collision dates it to 15 June "
    "2006.",
    "Two ships collided in fog off Glenmorrow on 2 July 2015. The report into a later collision dates it to 15 June "
    "2016.",
    # 7. measured from the event, a plan, both named by their dates, another instance, the same days
    "Schools closed two weeks after the storm of 12 March. The storm, which struck on 3 April 1987, felled thousands "
    "of trees.",
    "Schools will close after the storm of 12 March. The storm, which struck on 3 April 1987, felled thousands of "
    "trees.",
    "Schools closed after the storm of 12 March. The storm of 3 April 1987 felled thousands of trees.",
    "Schools closed after the storm of 12 March. Another storm, which struck on 3 April 1987, felled thousands of "
    "trees.",
    "Schools closed after the storm of 12 March. The storm, which struck on 15 March 1987, felled thousands of trees.",
]

PRONOUN_POSITIVES = [
    ("The factory fire broke out on 3 March 1987. It started in a storeroom on 9 June 1989, investigators said.",
     "3 March 1987 / 9 June 1989"),
    ("A riot broke out in Tarrow on 3 November 1956. It began on 5 November 1965, magistrates heard.",
     "3 November 1956 / 5 November 1965"),
]

TOLL_POSITIVES = [
    ("Nine miners were killed at the Kelso pit on 3 May 1951. The disaster, on 8 October 1956, led to new safety "
     "rules.", "3 May 1951 / 8 October 1956"),
]

LATE_NEAR_MISSES = [
    "The fire brigade arrived at the mill on 3 March 1987. It started in a storeroom on 9 June 1989, investigators "
    "said.",
    "A riot broke out in Tarrow on 3 November 1956. It began to rain on 5 November 1965, magistrates heard.",
    "A riot broke out in Tarrow on 3 November 1956. It spread to Kelso on 5 November 1965, magistrates heard.",
    "A riot broke out in Tarrow on 3 November 1956. It began again on 5 November 1965, magistrates heard.",
    "A riot broke out in Tarrow on 3 November 1956. Police arrested forty people. It began on 5 November 1965.",
    "The council approved the plan on 3 March 1987. It started on 9 June 1989, officials said.",
    "The 1956 riot broke out in Tarrow on 3 November 1956. It began on 5 November 1965 in Kelso.",
    "The strike ended on 3 March 1987. It began on 9 June 1985.",
    "Six climbers reached the summit of Ben Carrow on 2 February 1975. The tragedy, which happened on 14 January "
    "1978, led to new rules.",
    "Six climbers died on Ben Carrow on 2 February 1975. Another tragedy, which happened on 14 January 1978, led to "
    "new rules.",
    "Nine miners were killed at the Kelso pit on 3 May 1951. The disaster at the Tarrow pit, on 8 October 1956, led "
    "to new safety rules.",
    "Nine miners were killed at the Kelso pit on 3 May 1951. The disaster, on 5 May 1951, led to new safety rules.",
]


def _pronoun_rule(text: str) -> list[str]:
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in temporal._r29_pronoun_retold(context, set())]


@pytest.mark.parametrize("text, expected", PRONOUN_POSITIVES)
def test_it_occurred(text: str, expected: str) -> None:
    assert expected in _restated(text)
    assert expected in _restated(text, None)
    assert expected in _pronoun_rule(text)


@pytest.mark.parametrize("text, expected", TOLL_POSITIVES)
def test_toll_as_subject(text: str, expected: str) -> None:
    assert expected in _restated(text)
    assert expected in _restated(text, None)
    assert expected in _rule(text)


@pytest.mark.parametrize("text", LATE_NEAR_MISSES)
def test_late_near_misses_silent(text: str) -> None:
    assert _conflicts(text) == []
    assert _conflicts(text, None) == []
    assert _rule(text) == [] and _pronoun_rule(text) == []


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_positive_end_to_end(text: str, expected: str) -> None:
    assert expected in _restated(text)
    assert expected in _restated(text, None)


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_positive_by_the_rule(text: str, expected: str) -> None:
    assert expected in _rule(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_silent(text: str) -> None:
    assert _conflicts(text) == []
    assert _conflicts(text, None) == []
    assert _rule(text) == []


def test_every_before_a_time_only() -> None:
    text = "remembered in every family; held every year; each spring; each of them"
    found = [text[match.start():match.end()] for match in temporal._R23_RELATION.finditer(text)
             if temporal._R30_EVERY.fullmatch(match.group(0)) is None
             or temporal._R30_EVERY_TIME.match(text, match.end()) is not None]
    assert found == ["every", "each"]
    assert not temporal._r30_relation("remembered in every family there", 0, 32)
    assert temporal._r30_relation("remembered there every spring", 0, 29)


def test_time_of_day_is_no_other_event() -> None:
    assert not temporal._r25_apart("The coup began before dawn on ", 0, 30, "coup")
    assert not temporal._r25_apart("It struck shortly after midnight on ", 0, 36, "")
    assert temporal._r25_apart("The coup began after the king died on ", 0, 38, "coup")
    assert temporal._r25_apart("The raid came before the election on ", 0, 37, "raid")
