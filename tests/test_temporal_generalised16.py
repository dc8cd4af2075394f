"""Round 15: restatements keyed by what the date attaches to, and order across a trailing relative clause.

Causes worked on (diagnosed over blind10-blind15 together): two bare years a year apart were read
as overlapping; the date of an occurrence verb ("happened", "took place", "began") or of a passive
or of an event's relative clause was not given to its subject; a date standing before its noun
("the March 1989 invasion") or after a determiner anywhere in the sentence was not a mention; a
relative clause ("which closed on"), an opening participle ("Held in June 2003, the ...") and a
news-style day after a verb ("closed Nov. 30, 1997") did not date their noun; a unique event of a
recurring kind ("the island's only referendum"); a day without its year restating a full date;
two named days weeks apart; a restatement within one sentence across a reported clause.
Written in other words than any injected template; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

FILLER = " The council also discussed parking charges and the library's opening hours."


@pytest.mark.parametrize("text", [
    # two bare years, one apart
    "The Kestrel Bay ferry sank in 1958." + FILLER + " Survivors of the sinking, in 1959, still meet each spring.",
    # the subject of an occurrence verb
    "The rockfall occurred near Tarn Hollow on 9 June 1964." + FILLER + " That rockfall, on 2 July 1966, closed the pass.",
    "A great landslip took place above Corrin in 1931." + FILLER + " Farmers still blame that landslip, in 1934, for the lost grazing.",
    # a passive event subject
    "The auction was held at Lowther Hall in 1977." + FILLER + " Dealers at the auction, held in 1981, paid record sums.",
    # an event noun with a relative clause
    "The eruption that buried the lodge in 1951 killed nine guides." + FILLER + " Rescuers who dug through the ash of that eruption, in 1954, were decorated.",
    # a date before its noun, after a verb-dated first mention
    "Rebels seized the radio station in 1962." + FILLER + " Veterans of the 1965 seizure still meet in the capital.",
    # news-style day after a verb
    "The liner was launched Aug. 3, 1950, at Greenock." + FILLER + " Her launch on May 9, 1952 drew crowds to the river.",
    # a relative clause dates its noun
    "Pell Foods has struggled since the 1984 takeover of Brill Dairies." + FILLER + " The takeover, which closed on June 2, 1987, cost 90 million.",
    # an opening participle dates the subject after it
    "The Tarnby conference of 1999 set new fishing quotas." + FILLER + " Held in June 2003, the Tarnby conference drew 40 delegates.",
    # one sentence, across a reported clause
    "Orla Books' 1988 takeover of Penfold Press doubled its list, and critics said the takeover, completed in 1991, had ruined the imprint.",
    # a day without its year restating a full date
    "The derailment at Moss Junction on 2 April 1961 injured six." + FILLER + " Inspectors said the derailment, on April 19, was caused by a cracked rail.",
    # two named days weeks apart
    "The jury's verdict was delivered on 3 March 2004." + FILLER + " Her lawyers appealed against the verdict, returned on 24 March 2004, at once.",
    # the subject of an occurrence verb as the later mention
    "Ilse Marr was born at Dunholm on 2 May 1941." + FILLER + " The cottage where her birth took place, on 9 July 1943, is now a museum.",
    # a named complement between the event noun and its occurrence verb; an ordinal day after "the"
    "The hijacking of Flight 220 began over Crete on 3 March 1977." + FILLER + " Passengers recalled the hijacking of 9 April 1979 in court.",
    "The maiden voyage of the Orla took place in 1961." + FILLER + " On that maiden voyage, on the 4th of June, 1963, she lost a propeller.",
    # a relative clause with the subject's own act; the subject before a relative clause
    "Ines Marr set the county record for the hammer in 1977." + FILLER + " She still holds the record, which she set in 1980 at Dunholm.",
    "The blaze that gutted the Corn Exchange broke out on 3 March 1966." + FILLER + " That blaze, on 8 May 1968, cost the town its market.",
    # both told as the last; parts of years; the only one named again with its words
    "The geyser's last eruption, in 1902, scalded two visitors." + FILLER + " Guides still describe that last eruption in 1907.",
    "Norland held its only monarchy ballot in early 1958." + FILLER + " Turnout in the monarchy ballot of late 1961 was 81 per cent.",
    # a unique event of a recurring kind
    "The island's only plebiscite took place on 5 May 1977." + FILLER + " Turnout in that plebiscite, held on 30 June 1979, was 70 per cent.",
])
def test_restatement_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # another instance of the same kind
    "The rockfall occurred near Tarn Hollow in 1964." + FILLER + " Another rockfall, in 1966, closed the pass.",
    "The rockfall occurred near Tarn Hollow in 1964." + FILLER + " A second rockfall happened there in 1966.",
    # two dated antecedents leave the third mention unlinked
    "The gale of 1952 flattened the orchards." + FILLER + " The gale of 1958 stripped the roofs." + FILLER
    + " Farmers remember the gale, which struck in 1961, best of all.",
    # a date before the noun picks one of several
    "Her 2008 manifesto promised tax cuts." + FILLER + " Her 2012 manifesto promised none.",
    "The 1996 mayoral race was close." + FILLER + " Their 2000 mayoral rematch was not.",
    # a month against the next year is a loose telling, not a conflict
    "The dock strike began in December 1984." + FILLER + " The strike, in 1985, closed the port for weeks.",
    # an active verb with an object: the subject is not an event
    "The company bought the mill in 1988." + FILLER + " The company, in 1995, employed 30 weavers.",
    "The firm that bought the quarry in 1971 went bust." + FILLER + " The firm, in 1975, was wound up by creditors.",
    # a recurring kind not told as the only one
    "Norland held a monarchy ballot in early 1958." + FILLER + " Turnout in the monarchy ballot of late 1961 was 81 per cent.",
    # an occurrence verb with an object: the subject did something, it did not happen
    "The union struck a deal with the owners in 1988." + FILLER + " The union, in 1991, had 400 members.",
    # a yearless first mention with no year in its sentence
    "The play had its premiere in Gaborone on May 7." + FILLER + " The director skipped the premiere, held on October 18, 1978, because of illness.",
    # a yearless day far from the full date
    "The derailment at Moss Junction on 2 April 1961 injured six." + FILLER * 9
    + " Inspectors said the derailment, on April 19, was caused by a cracked rail.",
    # a few days: a multi-day event's first and last
    "The summit opened on 3 March 2004." + FILLER + " Delegates praised the summit, held on 6 March 2004, as a success.",
    # one sentence without a reported clause: two stages of one deal
    "The merger was agreed in 1990 and the merger, completed in 1991, was a success.",
    # a second event of the same family with its own date before the noun, first dated by a noun
    "The 1983 flood ruined the mill." + FILLER + " The 1994 flood spared it.",
])
def test_restatement_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    "Following the 1988 fire, the trust rebuilt the east wing, which was completed in 1985.",
    "Before moving to Leeds in 1990, he coached the youth side at Wexcombe, which he left in 1994.",
    # a perfect participle tells what came first
    "Having qualified as a surveyor in 1975, Ines Marr joined the county planning office in 1971.",
    "The vicar retired in 1990, having been ordained in 1996.",
    # two days without their year in a sentence that tells it
    "In 2003, the orchard was picked on October 12, long before the first frost on October 2.",
    # "once" with a passive past clause
    "Once the ring road was finished in 1994, the market square was closed to lorries, in 1991.",
])
def test_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    # the relative clause dates its own noun's origin, not the main event
    "Following the 2008 crash, she moved to Acme, which was founded in 1990.",
    # in order
    "Before moving to Leeds in 1990, he coached the youth side at Wexcombe, which he left in 1989.",
    "Following the 1988 fire, the trust rebuilt the east wing, which was completed in 1991.",
    "Having qualified as a surveyor in 1968, Ines Marr joined the county planning office in 1971.",
    "In 2003, the orchard was picked on September 12, long before the first frost on October 2.",
    # no year told before the two days
    "The orchard was picked on October 12, long before the first frost on October 2.",
    "Once the ring road was finished in 1994, the market square was closed to lorries, in 1997.",
    # "once" meaning formerly
    "Once the busiest port in 1900, the town had no ships by 1890.",
])
def test_order_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "order_violation")
