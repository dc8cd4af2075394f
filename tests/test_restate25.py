"""Round restate25 of ``restated_event``: a first mention dated by a day without its year, a time word governing
the first mention's head, the stage a clause names, and more words for one event.

The misses of blind44 read this round (``benchmarks/results/restate25_dev.md``) that the rules missed even with
the two sentences standing alone were of four constructions of restate22's repeated-head rule
(``temporal._r27_repeated_heads``), each read here as a general construction:

1. the first mention is dated by a day without its year ("A stampede at the Lido on 2 February left eleven
   injured.") and the later one by a full date ("the stampede, which happened on 27 September 1986"): the rule read
   only explicit dates as antecedents. A day and month that the later date does not repeat (a week's slack) cannot
   be it in any year, so the pair conflicts whatever year the first day means; the rule now looks back to such a day,
   alone in its sentence, when no dated sentence tells the event, every guard of an explicit antecedent holding;
2. the first mention's head is governed by "after", "following" or "before" and its date follows the head right
   away ("Two streets were evacuated after a gas leak on D1"): the date dates the head, so that one time word no
   longer sets the date apart; a measure before it ("two years after the stampede on D1") or any other time word in
   the clause still does;
3. the clause of the later mention names a stage: an onset ("the drought, which set in in D2") dates the event as
   "began" does; an end ("the hijacking, which was over on D2", "which ended on") restates only an earlier date
   told as the same end ("ended peacefully on D1"); an onset after an end, or an end after an onset, is the other
   end of the event;
4. another word for the event (``_R27_SYNONYMS``): expelled and the expulsion, hijacked and the seizure, knighted
   and the investiture, toppled and the overthrow, and more of the kind: abdicated, defected, impeached, executed,
   demolished, mutinied, a ceasefire and the truce, went down and the crash, collided, stolen and the theft, wound
   up and the liquidation, shot dead and the murder, attacked and the raid, looted and the unrest, found dead and
   the death, opened fire and the massacre, walked off the job and the walkout; and "struck"/"hit" as verbs of
   occurrence in the later clause ("the twister, which struck on D2"). Two guards come with them: a relative in the
   "of" complement or as the owner ("the investiture of his son", "his wife's death") and an owner told as one of
   several ("A rival club's liquidation") name another party.

5. "It" retelling the event of the sentence right before with another word of its kind as the whole verb phrase
   ("Her memoir was published on D1. It came out on D2"; ``temporal._r29_pronoun_retold``, a late pass after
   restate22's): not with anything else in the verb phrase ("It came out on DVD in"), not after another sentence,
   not another kind ("was launched ... It sank").

Positives are flagged by the rule alone and end to end; near-misses are silent both ways.
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


def _rule(text: str) -> list[str]:
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in temporal._r27_repeated_heads(context, set())]


YEARLESS_FIRST = [
    ("A stampede at the Highcliffe Lido on 2 February left eleven people injured. The owners were fined over the "
     "stampede, which happened on 27 September 1986.", "2 February / 27 September 1986"),
    ("A tornado crossed the outskirts of Tarrow on 26 June. Farmers said the twister, which struck on 25 February "
     "1958, flattened their barns.", "26 June / 25 February 1958"),
    ("The bombing of the railway station in Fenwick on January 24 killed six people. Police arrested a suspect "
     "months after the bombing on August 31, 1963.", "January 24 / August 31, 1963"),
    ("A gas explosion wrecked a block of flats in Tarrow on 12 June. The blast, which happened on 3 November 1987, "
     "killed four.", "12 June / 3 November 1987"),
    ("Two trains collided outside Tarrow on 12 June. The collision, on 3 November 1987, led to new signals.",
     "12 June / 3 November 1987"),
    ("A stampede at the Lido on 12 June left eleven injured. The stampede, which happened in May 2007, led to new "
     "rules.", "12 June / May 2007"),
]

YEARLESS_FIRST_NEAR_MISSES = [
    # the same day and month: the first day may be in that year
    "A stampede at the Lido on 22 April left eleven people injured. The owners were fined over the stampede, which "
    "happened on 22 April 2007.",
    "A stampede at the Lido on 22 April left eleven people injured. The stampede, which happened in April 2007, led "
    "to new rules.",
    # a year alone cannot be apart from a day without one
    "A stampede at the Lido on 22 April left eleven people injured. The owners were fined over the stampede, which "
    "happened in 2007.",
    # another instance: a comparison, an instance marker, a premodifying date, another place or party
    "A stampede at the Lido on 22 April left eleven people injured. It was the worst since the stampede on 8 "
    "September 2007.",
    "A stampede at the Lido on 22 April left eleven people injured. An earlier stampede, on 8 September 2007, killed "
    "two.",
    "A stampede at the Lido on 12 June left eleven injured. Another stampede, on 3 November 1987, killed two.",
    "A stampede at the Lido on 22 April left eleven people injured. The 2007 stampede killed two.",
    "A stampede at the Lido on 12 June left eleven injured. The stampede at the Odeon on 3 November 1987 killed two.",
    "A stampede at the Lido on 12 June left eleven injured. Last year's stampede, on 3 November 2015, killed two.",
    "A stampede at the Lido on 22 April left eleven people injured. Carla Ruiz's stampede on 8 September 2007 was "
    "another matter.",
    # a kind held on a schedule, another event, another thing dated
    "The summit opened in Geneva on 22 April. The summit, held on 8 September 2007, ended in failure.",
    "The fire at the Lido on 12 June left eleven injured. The stampede, on 3 November 1987, killed two.",
    "The storm hit Tarrow on 12 June. A similar storm on 3 November 1987 killed two.",
    "Fans were crushed in a stampede at the Lido on 12 June. The inquiry into the stampede reported on 3 November "
    "1987.",
    # a staged event may be staged again on a day told without its year (round 16's near-miss)
    "The play had its premiere in Gaborone on May 7. The director skipped the premiere, held on October 18, 1978, "
    "because of illness.",
    "The band played a concert at the Lido on 12 June. Fans still recall the concert, staged on 3 November 1987.",
]

GOVERNED_HEAD = [
    ("Two streets in Kilbraddan were evacuated after a gas leak on July 28, 1997. The gas leak, on Dec. 29, 1999, "
     "was caused by a digger.", "July 28, 1997 / Dec. 29, 1999"),
    ("The hall reopened after the stampede on 3 May 1990. The stampede, on 9 October 1995, injured eleven people.",
     "3 May 1990 / 9 October 1995"),
    ("The plant was closed after an explosion on 12 June. The explosion, in November 1987, was blamed on a valve.",
     "12 June / November 1987"),
]

GOVERNED_HEAD_NEAR_MISSES = [
    # measured from the event: the date may date the main verb
    "The hall reopened two years after the stampede on 3 May 1990. The stampede, in October 1985, injured eleven "
    "people.",
    "The hall reopened shortly after the stampede on 3 May 1990. The stampede, in October 1985, injured eleven "
    "people.",
    # another time word of the clause still sets the date apart
    "A memorial was unveiled after the stampede on 3 May 1990. The stampede, on 9 October 1995, injured eleven "
    "people.",
    "The hall was never reopened after the stampede on 3 May 1990. The stampede, on 9 October 1995, injured eleven "
    "people.",
]

STAGES = [
    ("The drought that emptied the reservoirs of Pelagonia started in May 1982. Farmers sold their herds during the "
     "drought, which set in in April 1988.", "May 1982 / April 1988"),
    ("The hijacking of a flight from Kilbraddan to Meridona ended peacefully on March 12, 2015. All the passengers "
     "survived the hijacking, which was over on July 7, 2008.", "March 12, 2015 / July 7, 2008"),
    ("The siege of the embassy ended on 4 May 1980. Hostages were freed when the siege, which finished on 9 June "
     "1985, was over.", "4 May 1980 / 9 June 1985"),
]

STAGE_NEAR_MISSES = [
    # the other end of the event
    "The drought in the south ended in May 1982. The drought, which set in in April 1980, ruined farmers.",
    "The siege of the embassy took place in May 1980. The siege, which ended in June 1981, left six dead.",
    "The blockade of the port was imposed in May 1980. The blockade, which was over in June 1981, ruined traders.",
]

OTHER_WORDS = [
    ("Crispin Whitlock was expelled from the Workers' and Crofters' Union on 1953-08-11. The party's minutes date "
     "his expulsion to 1957-12-14.", "1953-08-11 / 1957-12-14"),
    ("Army officers toppled the president of Illyra on December 24th, 2010. The overthrow of July 28th, 2001 was "
     "condemned by Ostravia.", "December 24th, 2010 / July 28th, 2001"),
    ("Pirates hijacked the ferry Ravensholme Star off the coast of Pelagonia on 2 May 1976. The owners paid a "
     "ransom months after the seizure of the ship on 24 Aug 1983.", "2 May 1976 / 24 Aug 1983"),
    ("Ambrose Ellingboe was knighted at the palace on the 28th of January, 1963. Photographs of his investiture on "
     "the 20th of June, 1961 hang in the town hall.", "28th of January, 1963 / 20th of June, 1961"),
    ("King Olaf abdicated on 3 March 1951. His abdication, on 9 October 1955, ended the dynasty.",
     "3 March 1951 / 9 October 1955"),
    ("The senator defected to the opposition on 3 March 1951. Her defection in October 1955 cost the party its "
     "majority.", "3 March 1951 / October 1955"),
    ("Sailors mutinied aboard the Stella on 3 March 1951. The mutiny, in October 1955, was put down within a day.",
     "3 March 1951 / October 1955"),
    ("The airliner went down near Tarrow on 3 March 1991. The crash, on 9 October 1995, killed 80 people.",
     "3 March 1991 / 9 October 1995"),
    ("The painting was stolen from the museum on 3 March 1991. The theft, on 9 October 1995, was never solved.",
     "3 March 1991 / 9 October 1995"),
    ("The club was wound up on 3 March 1991. Its liquidation, in October 1995, left debts of 2 million.",
     "3 March 1991 / October 1995"),
    ("Rebels attacked the garrison at Tarrow on 3 March 1991. The raid, on 9 October 1995, left six dead.",
     "3 March 1991 / 9 October 1995"),
    ("Rioters looted shops in Tarrow on 3 March 1991. The unrest, in October 1995, cost millions.",
     "3 March 1991 / October 1995"),
    ("The star was found dead at his home on 3 March 1991. His death, in October 1995, shocked fans.",
     "3 March 1991 / October 1995"),
    ("Troops opened fire on marchers in Tarrow on 3 March 1991. The massacre, in October 1995, killed 14.",
     "3 March 1991 / October 1995"),
    ("Workers walked off the job at the Tarrow plant on 3 March 1991. The walkout, in October 1995, lasted a week.",
     "3 March 1991 / October 1995"),
]

OTHER_WORD_NEAR_MISSES = [
    "Crispin Whitlock was expelled from the union on 11 August 1953. A second expulsion, on 14 December 1957, "
    "followed.",
    "Crispin Whitlock was expelled from the union on 11 August 1953. Ben Ortiz's expulsion, on 14 December 1957, "
    "split the branch.",
    "Army officers toppled the president of Illyra on December 24th, 2010. The 2001 overthrow was condemned by "
    "Ostravia.",
    "Army officers toppled the president of Illyra on December 24th, 2010. An earlier overthrow in July 2001 was "
    "condemned.",
    "The senator defected to the opposition on 3 March 1951. Two other defections followed in October 1955.",
    "The painting was stolen from the museum on 3 March 1991. The 1995 theft of its twin was never solved.",
    "The airliner went down near Tarrow on 3 March 1991. The crash of a second airliner, on 9 October 1995, killed "
    "80 people.",
    "The summit of 2018 was held in Tarrow. The summit of 2023 was held in Leith.",
    "The 2018 summit ended in failure. The 2023 summit, held in Leith, ended in a deal.",
    "Ambrose Ellingboe was knighted at the palace on 28 January 1963. The investiture of his son, on 20 June 1971, "
    "was held in Leith.",
    "The club was wound up on 3 March 1991. A rival club's liquidation, in October 1995, left debts of 2 million.",
    "Crowds rioted in Tarrow on 3 March 1991. Another riot, in October 1995, cost millions.",
    "The star was found dead at his home on 3 March 1991. His wife's death, in October 1995, shocked fans.",
    "The star was found dead at his home on 3 March 1991. The death of his son, in October 1995, shocked fans.",
    "Troops opened fire on marchers in Tarrow on 3 March 1991. The Leith massacre, in October 1995, killed 14.",
    "Workers walked off the job at the Tarrow plant on 3 March 1991. A second walkout, in October 1995, lasted a "
    "week.",
]


PRONOUN_RETOLD = [
    ("Winifred Okonkwo-Lind's memoir was published by Osgood & Lyle on August 22, 1985. It came out on October 29, "
     "1992 to warm reviews and sold 90,000 copies.", "August 22, 1985 / October 29, 1992"),
    ("The ferry capsized off Leith on 3 March 1991. It sank on 9 October 1995.", "3 March 1991 / 9 October 1995"),
    ("The company was founded in Leith in March 1991. It was set up in October 1995.", "March 1991 / October 1995"),
]

PRONOUN_RETOLD_NEAR_MISSES = [
    "Her memoir was published on August 22, 1985. It came out on DVD in October 1992.",
    "Her memoir was published on August 22, 1985. It was reissued in October 1992.",
    "Her memoir was written in August 1985. It came out in October 1992.",
    "The ship was launched in March 1991. It sank in October 1995.",
    "Her memoir was published on August 22, 1985. It came out on August 25, 1985.",
    "Her memoir was published on August 22, 1985. Critics loved it. It came out on October 29, 1992.",
    "Her memoir was published on August 22, 1985. It will come out in paperback in October 1992.",
    "The ship was launched in March 1991. It was launched again in October 1995 after a refit.",
]


@pytest.mark.parametrize(("text", "evidence"), PRONOUN_RETOLD)
def test_it_with_another_word_of_the_event_retells_the_sentence_before(text: str, evidence: str) -> None:
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    assert [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in temporal._r29_pronoun_retold(context, set())] == [evidence]
    assert evidence in _restated(text)


@pytest.mark.parametrize("text", PRONOUN_RETOLD_NEAR_MISSES)
def test_it_with_another_release_another_event_or_another_sentence_stays_silent(text: str) -> None:
    assert _restated(text) == []
    assert _restated(text, None) == []


@pytest.mark.parametrize(("text", "evidence"), YEARLESS_FIRST + GOVERNED_HEAD + STAGES + OTHER_WORDS)
def test_the_new_constructions_are_read(text: str, evidence: str) -> None:
    assert _rule(text) == [evidence]
    assert evidence in _restated(text)


@pytest.mark.parametrize("text", YEARLESS_FIRST_NEAR_MISSES + GOVERNED_HEAD_NEAR_MISSES + STAGE_NEAR_MISSES
                         + OTHER_WORD_NEAR_MISSES)
def test_other_instances_other_stages_and_other_times_stay_silent(text: str) -> None:
    assert _rule(text) == []
    assert _restated(text) == []
    assert _restated(text, None) == []


@pytest.mark.parametrize(("text", "evidence"), YEARLESS_FIRST)
def test_a_yearless_first_mention_is_read_without_a_publication_date(text: str, evidence: str) -> None:
    assert evidence in _restated(text, None)


def test_there_are_at_least_as_many_near_misses_as_positives() -> None:
    assert len(YEARLESS_FIRST_NEAR_MISSES) >= len(YEARLESS_FIRST)
    assert len(GOVERNED_HEAD_NEAR_MISSES) >= len(GOVERNED_HEAD)
    assert len(STAGE_NEAR_MISSES) >= len(STAGES)
    assert len(OTHER_WORD_NEAR_MISSES) >= len(OTHER_WORDS)
    assert len(PRONOUN_RETOLD_NEAR_MISSES) >= len(PRONOUN_RETOLD)
