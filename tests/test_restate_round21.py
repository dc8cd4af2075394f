"""Round restate21 of ``restated_event``: more phrases read as naming the event told before.

Round restate20's diagnosis found that most missed restatements fail because no rule reads the later phrase
as an event phrase at all. Round restate21 widens what counts, by structure rather than by word lists:

* the bridging rule (``temporal._r25_bridging_references``):
  - a head not shaped as a noun made from a verb ("the vote", "the heist") names an event when the sentence
    it takes up tells its kind (a class, group or family of the engine's tables) or its own bare verb
    ("voted" / "the vote"); a "kind", "concept", "lemma" or recurring class joins too much ("bought" / "the
    sale", "voted" / "the ballot");
  - an auxiliary may stand in its relative clause ("the stoppage, which had started on");
  - a word of the earlier sentence that reads as remembering ("recalled") does not block when it is the
    event's own verb ("the recall");
  - a head used before is taken up by a demonstrative or a set-off date ("That election, held in") when
    every earlier use of the word stands in the antecedent sentence: the one earlier event of its kind;
  - the antecedent's date may follow "at" ("won the seat at the 1991 election");
  - a relative clause that dates the phrase ("the eruption, which they date to") dates it, when the kind is
    told in the antecedent;
* a new rule (``temporal._r26_event_adverbials``): an event named and dated inside a "since", "after",
  "following" or "when" phrase ("Since abolition on ...", "Since it was identified in ...") restates the event of the
  nearest dated sentence before when the two share a verb stem or a class of the tables, the phrase holds no
  clause break, other instance, stage or anniversary, and the deeds are not done to different things.

Positives: each of these readings, flagged by the rule alone and end to end with the exact evidence.
Near-misses: two deeds of one verb done to different things, another deed of the same thing (an end after a
beginning, a release after an arrest, a report of a crash, an approval after an announcement, a reopening),
an anniversary, a thing dated by a relative clause, a year-premodified other instance, a recurring kind, a
head used before the antecedent, a repeated head with a restrictive date, a head whose kind is not told.
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


def _rules(text: str) -> list[tuple[str, str]]:
    """The bridging rule and the since/after rule alone: (evidence, explanation) of each conflict."""
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    found = temporal._r25_bridging_references(context, set()) + temporal._r26_event_adverbials(context, set())
    return [(" / ".join(text[start:end] for start, end in conflict.spans), conflict.explanation) for conflict in found]


POSITIVES = [
    # a head told by the earlier event's bare verb ("voted" / "the vote")
    ("The Caldoria parliament voted on the assisted dying bill on April 11, 1987. The vote, taken on June 5, "
     "1995, was 212 to 190.", "April 11, 1987 / June 5, 1995", "vote"),
    # a head of the kind the earlier sentence tells ("robbed" / "the heist": one class of the tables)
    ("Thieves robbed the Cairnmouth museum in January 1995. The heist, on 25 March 1992, was never solved.",
     "January 1995 / 25 March 1992", "heist"),
    # "recalled" is the event of "the recall", not a remembering
    ("Greyhaven Mining recalled forty thousand toasters in February 1996. The recall, which began in June 1994, "
     "cost the company dear.", "February 1996 / June 1994", "recall"),
    # an auxiliary in the relative clause
    ("Dock workers at Pellham went on strike on 8 October 1971. The stoppage, which had started on 2 May 1973, "
     "closed the port.", "8 October 1971 / 2 May 1973", "stoppage"),
    # a head used before, only in the antecedent, taken up by a demonstrative
    ("Voters chose a mayor in the 1991 election. That election, held in January 1993, was the closest in the "
     "town's history.", "1991 / January 1993", "election"),
    # the antecedent's date after "at"
    ("Ruairi Ravenhill won the seat at the 1991 election. That election, held in March 1993, was the closest "
     "in the constituency's history.", "1991 / March 1993", "election"),
    # a relative clause that dates the phrase, the kind told before
    ("The eruption of Mount Kessler in 1985 buried three villages under ash. Volcanologists have spent years "
     "studying the eruption, which they date to mid-1988.", "1985 / mid-1988", "eruption"),
    # since/after/following phrases naming the earlier deed
    ("Tarquesa abolished the death penalty on October 19, 1979. Since abolition on April 11, 1987, no "
     "government has tried to restore it.", "October 19, 1979 / April 11, 1987", "abolition"),
    ("Professor Idris Bamidele discovered the comet that now bears her name in 1985. Since it was identified "
     "in 1980, the comet has returned twice.", "1985 / 1980", "identified"),
    ("Quarry workers at Dunmere went on strike on 3 March 1984. After the walkout in June 1986, the quarry "
     "closed.", "3 March 1984 / June 1986", "walkout"),
    ("The Harlow Street footbridge collapsed on 4 March 1998. Since its collapse on 12 April 1997, walkers "
     "have used the ford.", "4 March 1998 / 12 April 1997", "collapse"),
    ("Professor Idris Bamidele discovered the comet in 1985. When it was identified in 1980, it was very "
     "faint.", "1985 / 1980", "identified"),
]

NEAR_MISSES = [
    # a recurring kind: a ballot after a vote may be another ballot
    "The Caldoria parliament voted on the bill on April 11, 1987. The ballot, held on June 5, 1995, was close.",
    # a head whose kind the earlier sentence does not tell (restate19's upset, still silent)
    "Voters in Ardlow ousted the sitting mayor on 6 May 2004. Commentators blamed the upset (9 May 2006) on "
    "low turnout.",
    # a relative clause dating a thing, not the event told before
    "The great flood of 1996 swept away the old mill at Fallowden. The memorial, which locals date to 1850, "
    "survived.",
    "The great flood of 1996 swept away the old mill at Fallowden. The chapel, which historians date to 1430, "
    "survived.",
    # another instance, told by its year
    "The 2018 summit ended in acrimony. Historians studied the 2023 summit, which they date to June 2023.",
    # a repeated head with a restrictive date (no demonstrative, no date set off): another election
    "Voters chose a mayor in the 1991 election. The election in January 1993 was close.",
    "Voters chose a mayor in the 1991 election. Turnout at the election of 4 March 1993 was low.",
    # a repeated head with a restrictive date: another flood
    "The flood of 1994 drowned half of Redcastle Moor. Old residents still talk of the flood of 2000 and the "
    "boats in the high street.",
    # the same verb done to different things
    "Rovers won the cup on 3 May 1990. After winning the league on 9 May 1992, they sold their striker.",
    # a deed the earlier sentence does not tell
    "The museum opened in 1990. Since joining the board in 1995, she has raised money.",
    # an event and its report
    "The Larkwing plane crashed on 3 May 2014. Since the crash report in June 2016, the airline has changed its "
    "training.",
    # another stage of the same thing: an end after a beginning, a release after an arrest, an approval
    "The strike began in June 1984. Since the strike ended in March 1985, the pits have closed.",
    "Marta Kell was arrested on 3 May 2001. Since her release in June 2004, she has written two books.",
    "The merger was announced in January 2015. Since its approval in August 2015, shares have risen.",
    # the event again, another instance
    "The Orla bridge opened in 1961. Since its reopening in 1990, traffic has doubled.",
    # an anniversary
    "The Corran dam burst on 12 March 1987. Since the anniversary service in March 2012, a plaque has marked "
    "the spot.",
    # "when" clauses: another instance ("its new wing"), another deed ("closed"), the event again ("again")
    "The museum opened in 1990. When it opened its new wing in 2005, visitors doubled.",
    "The museum opened in 1990. When it closed in 2005, the collection was sold.",
    "Mount Ossery erupted in 1953. When it erupted again in 1958, ash fell on Brindlow.",
    # a deed one may do again (an election: round 22's recurring words)
    "Ilse Brandt was elected mayor of Tremworth in March 1988. Since her election in June 1991, the town has "
    "prospered.",
    # a party the earlier clause does not name: another person's deed
    "Ilse Brandt resigned from the Marlow board in 2004. When Teodor Brandt quit in 2009, shares fell.",
    # another named thing of the same kind
    "The Harwell flour mill closed in March 2003. Jobs vanished after the Corran flour mill closed in August 2003.",
    # the same deed told only by its object: a title may be taken again
    "Rovers took the title in the 1998 season. Since taking the title in 2002, Rovers have spent heavily.",
    # the same deed of another thing
    "The Orla bridge collapsed in 1961. Since the collapse of the Tarrant viaduct in 1990, engineers have "
    "worried.",
]


@pytest.mark.parametrize(("text", "evidence", "head"), POSITIVES)
def test_a_phrase_naming_the_event_told_before_is_read(text: str, evidence: str, head: str) -> None:
    assert _restated(text) == [evidence]
    ((found, explanation),) = _rules(text)
    assert found == evidence
    assert explanation.startswith(f"the {head} is dated ")


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_another_event_or_stage_stays_silent(text: str) -> None:
    assert _rules(text) == []
    assert _restated(text) == []


def test_there_are_at_least_as_many_near_misses_as_positives() -> None:
    assert len(NEAR_MISSES) >= len(POSITIVES)


# Silent for these rules; an older rule flags each end to end, as it did at 6f0bebd.
RULES_ONLY_NEAR_MISSES = [
    # a head used before the antecedent sentence: which election is meant is open
    "The election campaign in Tremworth was bitter. Voters chose a mayor in the 1991 election. That election, "
    "held in January 1993, was the closest in the town's history.",
    # a repeated head dated by two days within a week: days of one multi-day event
    "The Dunmere conference opened on 3 May 2011. Delegates praised the conference, held on 7 May 2011, as a "
    "success.",
]


@pytest.mark.parametrize("text", RULES_ONLY_NEAR_MISSES)
def test_these_rules_stay_silent_where_an_older_rule_speaks(text: str) -> None:
    assert _rules(text) == []
