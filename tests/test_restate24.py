"""Round restate24 of ``restated_event``: an event head with an "of" complement, a place set off after the head, and
more words for one event.

The misses of blind43 read this round (``benchmarks/results/restate24_dev.md``) were, besides the yearless days
far from the event and the scheduled kinds left alone by design, mostly a later mention that restate22's
repeated-head rule (``temporal._r27_repeated_heads``) could not parse as one event phrase:

1. the head has an "of" complement naming its party ("The loss of the vessel on D2", "the arrest of the fugitive,
   on D2", "The storming of the embassy on D2"): the rule took the complement ("vessel") as the head and dropped it
   as no event. The head before "of" is now read when the complement is a definite noun phrase that names no event
   itself (no clause, no instance marker); "the loss of" a ship is its sinking, "the loss of the contract" nothing;
2. a place is set off between the head and the date ("The arrest, at a guesthouse in Tallow on D2", "The blast,
   outside the station on D2"): read as the event's place; a name in it counts as another party only when the
   earlier sentence names a place of its own;
3. another word for the event of the earlier sentence (``_R27_SYNONYMS``): caught/captured/detained and the
   arrest, stormed/attacked and the assault, merged and the amalgamation, came out and the publication, freed and
   the release, married and the wedding, evacuated and the exodus, invaded and the incursion, unearthed and the
   find, caught fire and the blaze, and a few more; and a word for any mishap ("the disaster of", "that tragedy")
   after a sentence that tells one by a word of a mishap kind ("burst its banks") or by its toll ("trapping 23
   miners", "killing 31 passengers").

4. a day told without its year far from the full date (beyond restate22's 400 characters): restate22 and round
   16 left it unread because the narrative may have moved to another year, where a far yearless day names another
   instance. That does not hold for a once-only kind told as a party's own ("his coronation", "his resignation"):
   that party has no other instance in any year, so its yearless day restates it within the rule's whole reach,
   the guards on times tied to the event in between and on the head told in between still holding.

Positives are flagged by the rule alone and end to end; near-misses are silent both ways.
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


POSITIVES = [
    # an "of" complement naming the event's party
    ("The trawler Kestrel foundered off Barra on 3 March 1961. Relatives still mourn the loss of the trawler in "
     "November 1958.", "3 March 1961 / November 1958"),
    ("Police arrested the gunman behind the siege on 4 May 1990. The arrest of the gunman, on 9 June 1991, ended "
     "a week of fear.", "4 May 1990 / 9 June 1991"),
    ("Rebels stormed the presidential palace on 2 April 1970. The storming of the palace on 7 May 1972 lasted six "
     "hours.", "2 April 1970 / 7 May 1972"),
    # a place set off after the head, after an earlier sentence that names no place
    ("Detectives caught the fugitive Aldo Brenn on 3 May 1990. The capture, at a farmhouse near Tallow on 8 June "
     "1991, was filmed.", "3 May 1990 / 8 June 1991"),
    ("A bomb exploded in a crowded cafe on 3 May 1990. The blast, outside the Leith station on 4 June 1992, killed "
     "two.", "3 May 1990 / 4 June 1992"),
    # another word for the event
    ("Rebels attacked the barracks at dawn on 2 April 1970. That assault, on 7 May 1972, left nine dead.",
     "2 April 1970 / 7 May 1972"),
    ("Corven Mills merged with Dalby Yarns on 1 July 1998. Staff greeted the amalgamation of 3 March 2001 with "
     "dismay.", "1 July 1998 / 3 March 2001"),
    ("The novel came out on 3 May 1990. Its publication on 8 June 1993 divided critics.", "3 May 1990 / 8 June 1993"),
    ("The hostages were freed on 3 May 1990. Their release, on 8 June 1993, was broadcast live.",
     "3 May 1990 / 8 June 1993"),
    ("The old mill caught fire on 3 May 1990. Firemen fought the blaze of 8 June 1993 for two days.",
     "3 May 1990 / 8 June 1993"),
    ("A farmer unearthed a hoard of Roman coins near Tarr on 3 May 1990. The find, made on 4 June 1992, is now in "
     "a museum.", "3 May 1990 / 4 June 1992"),
    ("Troops evacuated the island on 12 May 1941. The exodus of 3 August 1943 ended a way of life.",
     "12 May 1941 / 3 August 1943"),
    # a word for any mishap after a mishap told by its toll or by another word of a mishap kind
    ("Water poured into the Old Tolbury colliery on February 21, 2000, trapping 23 miners. Those who died in the "
     "disaster of December 28, 2009 are remembered.", "February 21, 2000 / December 28, 2009"),
    ("A coach plunged into a ravine near Varno on 3 May 1990, killing 31 passengers. Relatives of the victims of "
     "the tragedy of 8 June 1992 are still waiting for compensation.", "3 May 1990 / 8 June 1992"),
    ("The river burst its banks at Tarr on 3 May 1990. The disaster of 8 June 1992 left 400 homeless.",
     "3 May 1990 / 8 June 1992"),
]

NEAR_MISSES = [
    # a "loss" of something that is no vessel: no sinking
    "The ferry Kestrel sank off Barra on 3 March 1961. The loss of the contract in November 1958 hurt the yard.",
    "The ferry Kestrel sank off Barra on 3 March 1961. The loss of the ship's cargo in November 1958 was insured.",
    # a clause, not a noun phrase, after "of" (a real article: the approval of the sale, not the dossier's date)
    "They asked about the sale of a company that mines uranium and a dossier assembled on Donald Trump in 2016. "
    "The sale of that company was approved in 2013 by a board.",
    # another event in the complement
    "Two firms merged on 1 July 1998. The combination of rain and wind in 2001 flooded the plant.",
    # a head with a complement that tells no event of the earlier sentence
    "Police arrested the gunman on 4 May 1990. The trial of the gunman on 9 June 1991 lasted a week.",
    # the place set off after the head differs from the one the earlier sentence names
    "Detectives caught the fugitive Aldo Brenn in Leith on 3 May 1990. The capture, at a farmhouse near Tallow on "
    "8 June 1991, was filmed.",
    # a time, not a place, set off after the head
    "Detectives caught the fugitive Aldo Brenn on 3 May 1990. The capture, at the end of a long chase in June "
    "1991, was filmed.",
    # two named instances, with a complement: never one event
    "The sinking of the ferry in 2018 was filmed. Divers studied the loss of the ferry in 2023.",
    # another instance of the kind
    "Rebels attacked the barracks on 2 April 1970. An earlier assault, on 7 May 1968, had failed.",
    "Rebels attacked the barracks on 2 April 1970. They were caught in a second assault on 7 May 1972.",
    # another party's event told with another word
    "The hostages were freed on 3 May 1990. Ada Quinn's release in 1993 came after a long campaign.",
    # words of other kinds
    "The novel came out on 3 May 1990. Its adaptation on 8 June 1993 divided critics.",
    "The couple married on 3 May 1990. Their divorce in 1993 was bitter.",
    # a word for any mishap after a sentence that tells a number, but no toll of harm
    "The firm cut 30 jobs at its Tarr plant on 3 May 1990. The disaster of 8 June 1992 left the town poorer.",
    "Rovers lost 5-0 to United on 3 May 1990, leaving 12 fans in tears. That disaster of 8 June 1992 is still "
    "discussed.",
    "The team claimed the title on 3 May 1990. The tragedy of 8 June 1992 cost them their captain.",
    # a toll, and a mishap of another place
    "A coach plunged into a ravine on 3 May 1990, killing 31 passengers. The disaster at Orrin Colliery of 8 June "
    "1992 was worse.",
]

# Narrative without a time, more than 400 characters long.
FILLER = " The council also discussed parking charges." * 12

YEARLESS_FAR = [
    ("Alistair Yarrow was crowned king of Tarvany on 9 December 1971." + FILLER
     + " Guests at his coronation, on 3 November, included two foreign monarchs.", "9 December 1971 / 3 November"),
    ("Tom Reed resigned as chairman of Orrin Mills on 4 May 1990." + FILLER
     + " Shares fell sharply after his resignation on 12 June.", "4 May 1990 / 12 June"),
]

YEARLESS_FAR_NEAR_MISSES = [
    # a kind that may recur, or one that does not recur but is no party's own: the narrative may have moved to
    # another year and instance (round 16's derailment, restate22's bomb scare)
    "Nurses at Pellingham General walked out on January 20, 1980 over unpaid overtime." + FILLER
    + " The stoppage, on December 6, was the first in the hospital's history.",
    "The gasworks explosion at Caddington on 1 April 1953 shattered windows a mile away." + FILLER
    + " Firemen who fought the blaze after the gasworks explosion of 8 February were given medals.",
    "Thirty cars were involved in a pile-up in fog on the Grimsditch bypass on 16 June 1988." + FILLER
    + " Police said the pile-up on 25 April began when a lorry braked sharply.",
    # a time tied to the event in between (a shared name)
    "Tom Reed resigned as chairman of Orrin Mills on 4 May 1990." + FILLER
    + " Ann Reed flew home on 4 May." + FILLER
    + " Shares fell sharply after his resignation on 12 June.",
    # the yearless day repeats the event's day and month
    "Tom Reed resigned as chairman of Orrin Mills on 4 May 1990." + FILLER
    + " Shares fell sharply after his resignation on 4 May.",
    # beyond the rule's reach
    "Alistair Yarrow was crowned king of Tarvany on 9 December 1971." + FILLER * 5
    + " Guests at his coronation, on 3 November, included two foreign monarchs.",
]

# Near-misses the new readings leave alone but an older reading flags end to end, as at 45141d5 (the learned
# event-identity pass or another rule): kept to show this round's readings add none of them.
OLDER_FLAGS = [
    # an instance marker in the complement
    "Police arrested the gunman on 4 May 1990. The arrest of the second suspect on 9 June 1991 ended the hunt.",
    # the complement is an event of a scheduled kind
    "Leaders met at the summit in Varno on 2 October 2018. The opening of the summit on 4 March 2023 was delayed.",
    # a later stage told with a participle
    "Corven Mills merged with Dalby Yarns on 1 July 1998. The amalgamation, approved by regulators in 2001, was "
    "welcomed.",
    # two named instances with a complement
    "The storming of the palace in 2018 was brief. The storming of the palace in 2023 took a day.",
    # a once-only kind, far, told without a party's possessive (the new reach is not this rule's)
    "Tom Reed resigned as chairman of Orrin Mills on 4 May 1990." + FILLER
    + " Shares fell sharply after the resignation on 12 June.",
    "Alistair Yarrow was crowned king of Tarvany on 9 December 1971." + FILLER
    + " Guests at the coronation, on 3 November, included two foreign monarchs.",
]


@pytest.mark.parametrize(("text", "evidence"), POSITIVES)
def test_an_event_head_of_a_complement_a_set_off_place_or_another_word_is_read(text: str, evidence: str) -> None:
    assert _rule(text) == [evidence]
    assert evidence in _restated(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_another_thing_another_instance_or_another_party_stays_silent(text: str) -> None:
    assert _rule(text) == []
    assert _restated(text) == []


@pytest.mark.parametrize(("text", "evidence"), YEARLESS_FAR)
def test_a_far_yearless_day_restates_a_partys_once_only_event(text: str, evidence: str) -> None:
    assert _rule(text) == [evidence]
    assert evidence in _restated(text)


@pytest.mark.parametrize("text", YEARLESS_FAR_NEAR_MISSES)
def test_a_far_yearless_day_of_another_kind_or_tied_to_another_time_stays_silent(text: str) -> None:
    assert _rule(text) == []
    assert _restated(text) == []


@pytest.mark.parametrize("text", OLDER_FLAGS)
def test_the_new_readings_add_nothing_where_an_older_reading_speaks(text: str) -> None:
    assert _rule(text) == []
    assert _restated(text)  # as at 45141d5: another reading's pair, not this rule's


def test_there_are_at_least_as_many_near_misses_as_positives() -> None:
    assert len(NEAR_MISSES) >= len(POSITIVES)
    assert len(YEARLESS_FAR_NEAR_MISSES) >= len(YEARLESS_FAR)
