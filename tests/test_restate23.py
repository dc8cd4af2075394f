"""Round restate23 of ``restated_event``: the event told last, not the date told last, and a few other words.

The misses of blind42 (and blind41/blind40) read this round were mostly two mentions of one event that
restate22's repeated-head rule (``temporal._r27_repeated_heads``) reads when side by side, but not with an article's
own narrative between them: the rule took the nearest dated sentence before the phrase as the one event it
can take up, and blocked on any time in between that ``_r25_redates`` ties to the narrative (a definite subject,
any shared content word), so "The shooting took place Tuesday" or a post signed "September 23, 2016" between
"A gas leak closed the street on D1" and "Engineers traced the gas leak of D2" left the pair unread.

The antecedent is now the nearest dated sentence that tells the head (the word itself, or another word of
``_r27_linked``), within the rule's 2,500 characters, and a time in between blocks only when it is tied to that
event: it stands in either mention's sentence, it is measured from another time ("two days later", "the next
day"), its sentence opens with a pronoun that may stand for the event ("It", "This"), it shares a name with a
mention, or it tells the event in its own words.

Positives: the pair read across unrelated dated narrative, flagged by the rule alone and end to end.
Near-misses: the head used in between (another instance), two named instances ("the 2018 summit" / "the 2023
summit") with narrative between, a time in between tied to the event (a pronoun, a shared name, the event's
words, "two days later", "the next day"), a dated sentence in between that tells the head, and both mentions
far apart.
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


def _rule(text: str) -> list[str]:
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in temporal._r27_repeated_heads(context, set())]


# Unrelated narrative of a host article: its own dated sentences, a definite subject with a time, a pronoun "he",
# opened and closed by sentences without a time (a time right next to a mention keeps restate20's looser ties).
NARRATIVE = (
    " Elsewhere the campaign went on as before. The council met on Monday to discuss the budget. The shooting took place Tuesday afternoon after officers "
    "arrived at an apartment complex in Charlotte. The officer has been employed with the department since "
    "July 21, 2014, and is assigned to the metro division. \u201cThat was very moving,\u201d he added, after a "
    "reminder of the friendships developed over the last eight years. The debate drew a large audience. ")

POSITIVES = [
    ("A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
     + "Engineers traced the gas leak of 10 March 1974 to a cracked main.", "5 January 1976 / 10 March 1974"),
    ("Three prisoners escaped from Dunhallow jail through a tunnel on January 2, 1971." + NARRATIVE
     + "The breakout, on November 6, 1966, led to the governor's resignation.", "January 2, 1971 / November 6, 1966"),
    ("A bank run emptied the vaults of the Fennimore Savings Bank in March 1966." + NARRATIVE
     + "Depositors who queued during the bank run of November 1973 were paid in full.", "March 1966 / November 1973"),
    ("Four inmates escaped from Ashcombe prison in a jailbreak on November 7, 1975. Elsewhere the campaign went on. "
     "Republican chairman Reince Priebus on Sunday said he would never endorse the plan. His trial is scheduled to "
     "be held prior to April 24, 2017. The debate drew a large audience. Two of the men who took part in the jailbreak on May 6, 1982 were never recaptured.",
     "November 7, 1975 / May 6, 1982"),
]


@pytest.mark.parametrize(("text", "evidence"), POSITIVES)
def test_the_event_told_last_is_taken_up_across_other_narrative(text: str, evidence: str) -> None:
    assert evidence in _rule(text)
    assert evidence in _restated(text)


NEAR_MISSES = [
    # the head used in between: another instance
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
    + "A gas leak hit the estate again later. Engineers traced the gas leak of 10 March 1974 to a cracked main.",
    # two named instances, narrative between
    "Leaders met at the 2018 summit in Brussels on 3 March 2018." + NARRATIVE
    + "The 2023 summit on 4 May 2023 was shorter.",
    "The drought of 1982 dried up the River Windle." + NARRATIVE + "Farmers ruined by the drought in 1993 were "
    "offered loans.",
    # a time in between tied to the event: a pronoun standing for it
    "A landslip buried the road above Brackenford on 10 April 2004." + NARRATIVE
    + "It moved again on 12 March 2005. Engineers who studied the landslip of 2 February 2005 blamed the rain.",
    # ... a name shared with a mention
    "Tobias Strickland escaped from Thornaby prison on 7 December 1986." + NARRATIVE
    + "Strickland was caught in Leeds on 3 January 1987. His breakout on 7 August 1987 led to a manhunt.",
    # ... the event's own words
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
    + "Crews found the leaking main on 2 February 1976. Engineers traced the gas leak of 10 March 1974 to a main.",
    # ... measured from another time
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
    + "Two days later the street reopened. Engineers traced the gas leak of 10 March 1974 to a cracked main.",
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
    + "The next day the street reopened. Engineers traced the gas leak of 10 March 1974 to a cracked main.",
    # a dated sentence in between that tells the head (another instance) is the antecedent, and it agrees
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
    + "A gas leak of 10 March 1974 was smaller. Engineers traced the gas leak of 10 March 1974 to a main.",
    # both mentions too far apart
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE * 8
    + "Engineers traced the gas leak of 10 March 1974 to a cracked main.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_pair_across_narrative_tied_to_the_event_or_to_another_instance(text: str) -> None:
    assert not _rule(text)
    if "moved again" not in text:  # that one an older rule reads as a restatement (at 92221d8 too)
        assert not _restated(text)


# A time in the sentence right next to either mention continues that mention's narrative: restate20's looser ties
# (a pronoun or possessive subject, a definite subject, a shared content word) still block there.
ADJACENT = [
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976. Their owners left last week."
    + NARRATIVE + "Engineers traced the gas leak of 10 March 1974 to a cracked main.",
    "A gas leak forced the closure of a street in Kirkhaven on 5 January 1976." + NARRATIVE
    + "The street was resurfaced in May 1979. Engineers traced the gas leak of 10 March 1974 to a cracked main.",
    "Three prisoners escaped from Dunhallow jail through a tunnel on January 2, 1971." + NARRATIVE
    + "The governor was sacked on Monday. The breakout, on November 6, 1966, led to the governor's resignation.",
]


@pytest.mark.parametrize("text", ADJACENT)
def test_a_time_next_to_a_mention_still_blocks(text: str) -> None:
    assert not _rule(text)


# Other words for one event (round restate23's additions to ``_R27_SYNONYMS``), participles that date the doing
# of one kind only (``_R27_KIND_DOING``), "the act of N", and a name later in the sentence than the phrase
# attached to the later date.
WORDS = [
    ("A landslip buried the road above Brackenford on 10 April 2004. Engineers who studied the slope failure of "
     "2 February 1995 blamed weeks of heavy rain.", "10 April 2004 / 2 February 1995"),
    ("A mudslide swept through Orrin on 3 March 1988. The landslide of 9 May 1991 destroyed six houses.",
     "3 March 1988 / 9 May 1991"),
    ("The freighter Ostrelian Star ran aground on the Millbeck bar on November 8, 1998. The grounding, on "
     "December 26, 1993, spilled oil along the beaches.", "November 8, 1998 / December 26, 1993"),
    ("Fergus Reid vanished while walking on Ben Dorran on April 29, 1989. Police reopened the file on his "
     "disappearance of 18 February 1990.", "April 29, 1989 / 18 February 1990"),
    ("Tobias Strickland was pardoned by the president on Feb. 4, 1970. The act of clemency, granted on "
     "May 27, 1979, surprised his prosecutors.", "Feb. 4, 1970 / May 27, 1979"),
    ("Octavius Lindqvist was knighted for services to science on 7 January 1958. Colleagues said the honour, "
     "bestowed on 9 May 1967, was long overdue.", "7 January 1958 / 9 May 1967"),
    ("Fallowfield Dairies collapsed into administration on May 12, 1997. The firm's failure, announced on "
     "Sept. 3, 1990, cost 1,200 jobs.", "May 12, 1997 / Sept. 3, 1990"),
    ("Larkspur Aviation went into administration on 15 January 1961. The firm's failure in May 1956 cost nine "
     "hundred jobs in Quarrington.", "15 January 1961 / May 1956"),
]


@pytest.mark.parametrize(("text", "evidence"), WORDS)
def test_other_words_for_the_event(text: str, evidence: str) -> None:
    assert evidence in _rule(text)
    assert evidence in _restated(text)


WORD_NEAR_MISSES = [
    # "failure" alone is a firm's, not a slope's
    "A landslip buried the road above Brackenford on 10 April 2004. The bank's failure of 2 February 1995 cost jobs.",
    # another instance, named as such
    "A landslip buried the road above Brackenford on 10 April 2004. Engineers who studied an earlier slope failure "
    "of 2 February 1995 blamed rain.",
    # a participle of another kind: a later stage
    "Ada Quinn appealed against the ruling on 3 March 1990. The appeal, granted on 9 May 1991, freed her.",
    "The two firms agreed a merger on 3 March 1990. The merger, announced on 9 May 1991, cost 300 jobs.",
    "The unions struck a deal on 3 March 1990. The strike, sealed on 9 May 1991, ended the dispute.",
    # a pardon asked for, then granted: the participle dates the grant, the first date the request
    "Tobias Strickland asked the president for clemency on Feb. 4, 1970. The act of clemency, granted on "
    "May 27, 1979, surprised his prosecutors.",
    # an act that is a thing, not an event
    "Tobias Strickland was pardoned by the president on Feb. 4, 1970. The act of parliament, passed in 1979, "
    "changed the rules.",
    # another party named right after the later date
    "Larkspur Aviation went into administration on 15 January 1961. The firm's failure in May 1956 at Orrin Steel "
    "cost nine hundred jobs.",
    # the yearless day with the event's day and month
    "Fergus Reid vanished while walking on Ben Dorran on April 29, 1989. Police reopened the file on his "
    "disappearance of 29 April.",
]


@pytest.mark.parametrize("text", WORD_NEAR_MISSES)
def test_no_pair_for_other_kinds_stages_or_parties(text: str) -> None:
    assert not _rule(text)


# An apposition renaming the event carries its date ("The relaunch, a gala evening on").
APPOSITIONS = [
    ("The Alhambra at Fennimore reopened to the public on February 25, 1986 after a lengthy restoration. The "
     "relaunch, a gala evening on November 4, 1997, was attended by the mayor.", "February 25, 1986 / November 4, 1997"),
    ("Dockers in Grimsditch went on strike on 26 September 1991. The walkout, a bitter affair in December 1995, "
     "halted exports.", "26 September 1991 / December 1995"),
]

APPOSITION_NEAR_MISSES = [
    # the apposition names another thing, whose date it gives
    "Dockers in Grimsditch went on strike on 26 September 1991. The walkout, a response to the pay cuts in "
    "December 1995, halted exports.",
    "Dockers in Grimsditch went on strike on 26 September 1991. The walkout, a first for the port in 1995, "
    "halted exports.",
    "Dockers in Grimsditch went on strike on 26 September 1991. The walkout, the longest in 1995, halted exports.",
    # the same date, or an apposition that is a time
    "The Alhambra reopened to the public on February 25, 1986. The relaunch, a gala evening on February 25, 1986, "
    "was attended by the mayor.",
    "The Alhambra reopened to the public on February 25, 1986. The relaunch, a year in the making in 1985, "
    "was attended by the mayor.",
]


@pytest.mark.parametrize(("text", "evidence"), APPOSITIONS)
def test_an_apposition_dates_the_event(text: str, evidence: str) -> None:
    assert evidence in _rule(text)
    assert evidence in _restated(text)


@pytest.mark.parametrize("text", APPOSITION_NEAR_MISSES)
def test_an_apposition_of_another_thing_or_time(text: str) -> None:
    assert not _rule(text)


def test_a_name_after_a_head_premodified_by_its_date_is_another_party() -> None:
    # the phrase attached to "the 1981 nationalisation" goes on after the head
    for text in ("Halvorsen Steel was nationalised in 1976. Traffic on the ring road was light for most of the "
                 "afternoon. The 1981 nationalisation of Brandt Mining cost taxpayers dearly.",
                 "Halvorsen Steel was nationalized in 1976. The 1981 nationalisation of Brandt Mining cost taxpayers "
                 "dearly."):
        assert not _rule(text)
        assert not _restated(text)
