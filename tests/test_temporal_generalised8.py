"""Date-conflict mechanisms generalised from the blind5-blind7 misses (branch dates8).

Every sentence here was written for this file, in wordings other than the benchmark
templates; each positive has near misses that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

FILLER = " Shares in the sector were flat on the week. Analysts expect little change."


RESTATED_CASES = [
    # --- cause 1: a noun dated once and taken up by a demonstrative or set-off definite anaphor with
    # its own date; the first dated mention makes the noun an event, no lexicon needed.
    ("Residents still talk about the evacuation of 1977." + FILLER
     + " That evacuation, carried out by the army in 1984, took three days.", "restated_event"),
    ("Orvik Dairy never recovered from its 2003 salmonella scare." + FILLER
     + " The scare, announced by inspectors in 2008, emptied its shelves.", "restated_event"),
    ("Pilots remember the airlift of 1961 over the Tarn plateau." + FILLER
     + " That airlift began from the plateau in June 1968 with six planes.", "restated_event"),
    ("Voters chose Imre Lask at a run-off held on 3 March 2009." + FILLER
     + " Turnout at that run-off, in 2012, was poor.", "restated_event"),
    # a noun dated with a complement, then named by an identifier.
    ("Divers led the salvage of the Orla wreck in 1992." + FILLER
     + " Coins from the 1995 salvage are on show in Cobh.", "restated_event"),
    # a modifier before the anaphor's noun, and a passive occurrence verb after "the N".
    ("Farmers still resent the cull of 1993." + FILLER
     + " That notorious cull, ordered by ministers in 1998, took a month.", "restated_event"),
    ("Historians cite the airlift of 1961." + FILLER + " The airlift was mounted from Orla in 1966.", "restated_event"),
    ("Residents signed the petition of 2009 in their thousands." + FILLER
     + " That petition, lodged with the court in 2012, was rejected.", "restated_event"),
    # --- near misses.
    # a passive verb of a later stage ("criticised") does not date the event.
    ("Historians cite the airlift of 1961." + FILLER + " The airlift was criticised in parliament in 1966.", None),
    # one date for one event, said twice, is consistent.
    ("Residents still talk about the evacuation of 1977." + FILLER
     + " That evacuation, carried out by the army in 1977, took three days.", None),
    # a later stage of the event ("overturned", "ratified") has its own date.
    ("Residents still talk about the verdict of 1977." + FILLER
     + " That verdict, overturned on appeal in 1984, ruined three lives.", None),
    # two identifiers are two events ("the 1992 salvage", "the 1995 salvage").
    ("Coins from the 1992 salvage are in Dublin." + FILLER + " Coins from the 1995 salvage are in Cobh.", None),
    # a repeat cue marks a second event.
    ("Residents still talk about the evacuation of 1977." + FILLER
     + " A second evacuation, carried out by the army in 1984, took three days.", None),
    # "the N came in DATE" without a demonstrative or set-off phrase is not taken as the anaphor.
    ("Residents still talk about the evacuation of 1977." + FILLER
     + " The evacuation warning came from the army in 1984.", None),
    # nouns of time are not events.
    ("Farmers recall the summer of 1976." + FILLER + " That summer, in 1983, was wet.", None),
    # an indefinite noun phrase is taken up only by a demonstrative, and a name's own "X's 2012 N" is another one's.
    ("Orla Venn lost an independent campaign for her old seat in 2014." + FILLER
     + " Donors backed Karl Renn's 2012 campaign.", None),
    # --- cause 1b: a once-only event keyed by what it is about ("the 1998 ban on lead paint" /
    # "outlawed lead paint in 2007"), and new families (uprisings, bans) in the lexicon.
    ("Doctors praise the 2004 ban on trans fats in school meals." + FILLER
     + " The assembly prohibited trans fats in 2009 after a long campaign.", "restated_event"),
    # A false alarm of the learned event-identity pass since session 13 (it does not compare what a ban is
    # about). Quiet since session 14 only because the date tests' negative pairs weigh three times in its fit
    # and this text is one of them (with this file left out, the weight-1 model of that session still scored
    # the pair 0.987): not a general fix, the model still does not compare what a ban is about.
    ("Doctors praise the 2004 ban on trans fats in school meals." + FILLER
     + " The assembly prohibited sugary drinks in 2009 after a long campaign.", None),
    ("Few remember the Tarn Valley rebellion of 1921." + FILLER
     + " The insurrection in Tarn Valley, which broke out in March 1926, lasted a week.", "restated_event"),
    ("Few remember the Tarn Valley rebellion of 1921." + FILLER
     + " The insurrection in Tarn Valley, which broke out in March 1921, lasted a week.", None),
    # a gerund after a verb is not a noun phrase ("was running for ... in 1992").
    ("Quayle was Bush's 1988 running mate." + FILLER + " Gore was running for vice president in 1992.", None),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_CASES)
def test_restated_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "restated_event")


def test_anaphor_evidence_is_both_dates() -> None:
    from reliability.features.temporal import analyse_dates

    text = ("Residents still talk about the evacuation of 1977." + FILLER
            + " That evacuation, carried out by the army in 1984, took three days.")
    [conflict] = [c for c in analyse_dates(text).conflicts if c.kind == "restated_event"]
    assert [text[start:end] for start, end in conflict.spans] == ["1977", "1984"]
    assert "evacuation" in conflict.explanation


DURATION_CASES = [
    # --- cause 2: an age told as a noun after the event's date ("in 1984 as a 30-year-old").
    ("Born in 1970, Odile Marsh entered the civil service in 1992 as a 35-year-old.", "duration_arithmetic"),
    ("Born in 1970, Odile Marsh entered the civil service in 1992 as a 22-year-old.", None),
    # --- cause 3: "for the past N years" after a beginning, like "for N years".
    ("The Lenz brothers opened a bakery in Tarn in 1990 and have baked there for the past 9 years.", "duration_arithmetic"),
    ("The Lenz brothers opened a bakery in Tarn in 1990 and have baked there for the past 26 years.", None),
    # --- cause 4: a length before or after a start and an end word that ends a state
    # (lifted, released, expired, revoked, ...).
    ("The 12-day blockade of the port began on 3 May 2011 and was lifted on 30 May 2011.", "duration_arithmetic"),
    ("The 12-day blockade of the port began on 3 May 2011 and was lifted on 15 May 2011.", None),
    ("Ilse Varga was detained in 2001 and freed in 2004 at the end of a 10-year term.", "duration_arithmetic"),
    ("Ilse Varga was detained in 2001 and freed in 2004 at the end of a three-year term.", None),
    # a clause break hands the second date to another clause.
    ("Ilse Varga was detained in 2001 and freed in 2004, which ended a 10-year campaign.", None),
    # --- cause 5: a milestone with its own date, measured between the two dates of its sentence.
    ("The Orla choir, founded in 1890, celebrated its centenary in 1975 with a gala.", "duration_arithmetic"),
    ("The Orla choir, founded in 1875, celebrated its centenary in 1975 with a gala.", None),
    ("In 1990, the town marked half a century since the 1955 flood.", "duration_arithmetic"),
    ("In 2005, the town marked half a century since the 1955 flood.", None),
    ("Ada Lyle, born on 2 March 1920, turned 70 on 1 May 1995 at the care home.", "duration_arithmetic"),
    ("Ada Lyle, born on 2 March 1920, turned 75 on 1 May 1995 at the care home.", None),
    # --- cause 6: a length right before a written range ("lasted a fortnight, from ... to ...").
    ("The dock strike lasted a fortnight, from 2 June 2003 to 30 June 2003.", "duration_arithmetic"),
    ("The dock strike lasted a fortnight, from 2 June 2003 to 15 June 2003.", None),
    # --- cause 7: the start told after the end ("ended on ..., having begun on ...").
    ("The 20-day occupation of the mill ended on 9 October 2010, having begun on 2 August 2010.", "duration_arithmetic"),
    ("The 20-day occupation of the mill ended on 9 October 2010, having begun on 20 September 2010.", None),
    # --- cause 8: a birth told after the age at an event ("in 1982 at the age of 12, having been born in 1954").
    ("Mira Ost climbed Denali in 2001 at the age of 19, having been born in 1960 in Tromso.", "duration_arithmetic"),
    ("Mira Ost climbed Denali in 2001 at the age of 41, having been born in 1960 in Tromso.", None),
    # --- cause 9: a beginning told after a perfect length ("for 40 years, having taken over in ...").
    ("Karl Renn has run the Tarn ferry for 12 years, having taken over in 1980.", "duration_arithmetic"),
    ("Karl Renn has run the Tarn ferry for 36 years, having taken over in 1980.", None),
    # --- cause 10: the Nth of a yearly series is N - 1 years after its first.
    ("Launched in 1990, the Orla film festival staged its 30th annual programme in 2001.", "duration_arithmetic"),
    ("Launched in 1990, the Orla film festival staged its 12th annual programme in 2001.", None),
    ("Now in its 15th year, the Tarn marathon was first run in 1980.", "duration_arithmetic"),
    ("Now in its 37th year, the Tarn marathon was first run in 1980.", None),
    # a person's "2nd year" is not a series' age.
    ("Launched in 1990, the scheme helped Ona Hale, now in his 2nd year at Tarn College.", None),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_CASES)
def test_duration_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "duration_arithmetic")


ORDER_CASES = [
    # --- cause 11: causal connectives (a response or consequence comes after its cause), and a
    # connective whose noun phrase carries its date further back than 45 characters.
    ("Militias burned the depot in May 1999, in reprisal for the 2003 raid on their camps.", "order_violation"),
    ("Militias burned the depot in May 2004, in reprisal for the 2003 raid on their camps.", None),
    ("The ferry service was cut in 2001 because of the harbour silting reported by engineers in 2006.", "order_violation"),
    ("The ferry service was cut in 2007 because of the harbour silting reported by engineers in 2006.", None),
    ("The mill shut in 1990 in response to the collapse of the Orla textile cartel in 1994.", "order_violation"),
    ("The mill shut in 1995 in response to the collapse of the Orla textile cartel in 1994.", None),
    # --- cause 12: an ordering verb whose object opens with a possessive name.
    ("The 2009 audit led to Ilse Varga's dismissal as treasurer in March 2004.", "order_violation"),
    ("The 2009 audit led to Ilse Varga's dismissal as treasurer in March 2010.", None),
    # --- cause 13: "from DATE until <event> in DATE" with the end before the start.
    ("Odile Marsh ran the hostel from 2002 until its closure in 1996.", "order_violation"),
    ("Odile Marsh ran the hostel from 1996 until its closure in 2002.", None),
    # --- cause 14: "the subsequent N, in DATE" opening a sentence refers to the last dated sentence.
    ("Police arrested Karl Renn in 2004." + FILLER + " The subsequent inquest, in 1999, was adjourned.", "order_violation"),
    ("Police arrested Karl Renn in 2004." + FILLER + " The subsequent inquest, in 2005, was adjourned.", None),
]


@pytest.mark.parametrize(("text", "expected"), ORDER_CASES)
def test_order_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "order_violation")


WEEKDAY_CASES = [
    # --- cause 15: a weekday predicated of the day narrated just before ("It was a Sunday", "on the
    # same day, a Friday"), the sentence opening with the pronoun.
    ("The dam at Orla failed on 14 May 2002. It was a Monday, and the valley was asleep.", "weekday_mismatch"),
    ("The dam at Orla failed on 14 May 2002. It was a Tuesday, and the valley was asleep.", None),
    ("Talks broke down on 3 March 2011. They resumed on the same day, a Friday, after a call from Rome.", "weekday_mismatch"),
    ("Talks broke down on 3 March 2011. They resumed on the same day, a Thursday, after a call from Rome.", None),
    # reported speech is not the narrator's predication.
    ("The dam at Orla failed on 14 May 2002. Witnesses said that it was a Monday.", None),
    # a pronoun opening a clause after ";" takes the date earlier in its sentence.
    ("The dam at Orla failed on 14 May 2002; it was a Monday, and the valley was asleep.", "weekday_mismatch"),
    ("The dam at Orla failed on 14 May 2002; it was a Tuesday, and the valley was asleep.", None),
    # --- cause 18: a possessive weekday whose event is dated in brackets right after.
    ("Turnout at Monday's council vote (Sept. 9, 2010) was low.", "weekday_mismatch"),
    ("Turnout at Thursday's council vote (Sept. 9, 2010) was low.", None),
    # --- cause 19: a year opening the sentence frames its yearless dates.
    ("In 2004 the ferry made its last crossing on Friday, August 12, in heavy fog.", "weekday_mismatch"),
    ("In 2004 the ferry made its last crossing on Thursday, August 12, in heavy fog.", None),
    # --- cause 16: an indefinite weekday, the month on the way, then the date ("on a Monday in June: ...").
    ("The ward opened on a Friday in March: March 4, 2009.", "weekday_mismatch"),
    ("The ward opened on a Wednesday in March: March 4, 2009.", None),
    # --- cause 17: "June 25 of that year" takes the year written last before it.
    ("All through 2003 the mill lost money. On Monday, June 23 of that year it closed.", None),
    ("All through 2003 the mill lost money. On Tuesday, June 23 of that year it closed.", "weekday_mismatch"),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_CASES)
def test_weekday_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "weekday_mismatch")


def test_that_year_joins_the_evidence() -> None:
    from reliability.features.temporal import analyse_dates

    text = "All through 2003 the mill lost money. On Tuesday, June 23 of that year it closed."
    [conflict] = [c for c in analyse_dates(text).conflicts if c.kind == "weekday_mismatch"]
    assert [text[start:end] for start, end in conflict.spans] == ["2003", "Tuesday", "June 23"]


ANACHRONISM_CASES = [
    # --- cause 20: a pinned date set off by dashes ("last night -- July 25, 2024 --").
    ("Crews spent last night \u2014 March 3, 2011 \u2014 pumping water from the tunnel.", "publication_anachronism"),
    ("Crews spent last night \u2014 September 26, 2016 \u2014 pumping water from the tunnel.", None),
    # --- cause 21: more irregular past forms ("withdrew", "drew", "left") count as past tense.
    ("The Orla bank withdrew its offer for the mill in March 2019.", "publication_anachronism"),
    ("The Orla bank may withdraw its offer for the mill in March 2019.", None),
]


@pytest.mark.parametrize(("text", "expected"), ANACHRONISM_CASES)
def test_anachronism_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "publication_anachronism")
