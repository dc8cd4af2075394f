"""Round consist4: conflicting figures and name variants beyond round 3.

Written for this round in its own words: a measure named by the noun before
"of" ("a loss of $9.3 billion"), the verb before a count met by the event named
near a later reference ("close 12 schools" ... "slated for closure"), a noun
that names the earlier event ("evacuated" ... "evacuees"), "those"/"these" as
definite references, "all N <unit>", the same share of one whole ("percent of
the vote"), "%" as percent, one person's age given twice ("a 78-year-old
teacher" ... "the 55-year-old"), and a possessive surname after a locative.
Each positive has near-misses in the same wording that must stay silent
(another person, a population instead of one whole, a poll or a threshold, a
clause of its own, another period, a name's introduction).
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The council will meet again next month to discuss the budget. "


def _result(first: str, second: str, feature: str = "conflicting_figures") -> tuple[float, list[str]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))[feature]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


CONFLICTS = [
    # the noun before "of" names the measure
    ("The carrier reported a loss of $4.1 billion for the year.", "Analysts blamed the $2.6 billion loss on fuel prices.",
     "$4.1 billion", "$2.6 billion"),
    ("Regulators imposed a fine of $8 million on the bank.", "The bank said it would appeal the $12 million fine.",
     "$8 million", "$12 million"),
    # the verb before the count, named again near the reference
    ("The district voted to close 14 libraries at the end of June.",
     "Readers at the 22 libraries slated for closure have started a petition.", "14", "22"),
    # a noun naming what happened to them
    ("Soldiers evacuated 640 villagers from the valley.", "The 410 evacuees are sleeping in a sports hall.", "640", "410"),
    ("A total of 212 cadets graduated from the academy.", "The 260 graduates will be posted abroad.", "212", "260"),
    # "those"/"these" before a number
    ("The fire destroyed 43 homes in the hills.", "Those 61 homes lost in the fire were mostly cabins.", "43", "61"),
    ("The flood destroyed 18 bridges in the province.", "These 25 bridges lost to the water will take years to rebuild.", "18", "25"),
    # "all N <unit>": the measure named by its unit alone
    ("The new canal path runs 14 miles through the valley.", "Walkers can cover all nine miles in a day.", "14", "nine"),
    # the same share of one whole
    ("The proposal passed with 58 percent of the vote.", "Its backers said winning 71 percent of the vote was a mandate.",
     "58 percent", "71 percent"),
    ("The mayor was re-elected with 54% of the vote.", "Winning 61% of the vote, she carried every ward.", "54%", "61%"),
    # a change of a measure, by its direction
    ("Membership fell 12 percent in the spring.", "The club blamed the 20 percent decline on higher fees.",
     "12 percent", "20 percent"),
    ("Bus fares climbed 9 percent in January.", "Commuters said the 14 percent increase was hard to bear.",
     "9 percent", "14 percent"),
    # a duration
    ("The bridge will be closed for 17 days.", "Drivers face long detours during the 38-day closure.", "17 days", "38-day"),
    ("The inquiry lasted 18 months.", "The 24-month inquiry cost the state millions.", "18 months", "24-month"),
    # what the reference says it is of, or who did it, named in the first statement too
    ("Sales rose 5 percent in the quarter.", "The 8 percent increase in sales pleased investors.", "5 percent", "8 percent"),
    ("The river destroyed 15 homes in the valley.", "Insurers will pay for the 20 homes destroyed by the river.", "15", "20"),
    # "more than" in the reference's phrase is a comparison, not another occasion
    ("The flood killed 33 cattle on the farm.", "The farmer said the 23 cattle he lost were worth more than the house.",
     "33", "23"),
    # a margin ("by N votes") and its reference ("the N-vote margin")
    ("The school levy failed by 412 votes.", "Supporters said the 180-vote margin would not discourage them.",
     "412 votes", "180-vote"),
    ("The incumbent won by 9 points.", "The 4-point margin was the closest in decades.", "9 points", "4-point"),
    # one person's age, given twice
    ("The victim, a 67-year-old pharmacist, was found in his shop.", "Friends said the 59-year-old had no enemies.",
     "67-year-old", "59-year-old"),
    ("The suspect, 31, was detained at the border.", "Prosecutors said the 38-year-old suspect had fled once before.",
     "31", "38-year-old"),
    ("The climber, a forty-one-year-old nurse, was rescued on Sunday.", "Doctors said the fifty-year-old nurse was recovering.",
     "forty-one-year-old", "fifty-year-old"),
]


@pytest.mark.parametrize(("first", "second", "one", "other"), CONFLICTS)
def test_conflicting_figures_round4(first: str, second: str, one: str, other: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0, spans
    assert any(one in span for span in spans) and any(other in span for span in spans), spans


NEAR_MISSES = [
    # a fine in another year
    ("In 2015 the company paid a fine of $3 million.", "The $5 million fine it paid in 2016 was the largest."),
    # the schools that stay open are others
    ("The board voted to close 12 schools.", "Parents at the 20 schools that remain open were relieved."),
    ("The company said it would close 12 stores.", "The 30 stores it closed last year were mostly in malls."),
    # a clause of its own: a part of the evacuees
    ("Crews evacuated 431 residents from the flood zone.", "The 125 evacuees who returned home found their houses flooded."),
    ("Crews evacuated 431 residents on Monday.", "On Tuesday the 125 evacuees returned."),
    # a share of people, not of one whole; a survey; a threshold and a poll; two candidates
    ("Overall, 57 percent of the Republicans said the debate was a draw.", "Only 43 percent of the Republicans picked a winner."),
    ("The measure needs 60 percent of the vote to pass.", "Polls show it with 52 percent of the vote."),
    ("Clinton won 48 percent of the vote.", "Trump won 46 percent of the vote."),
    ("In the first round she won 40 percent of the vote.", "In the runoff she won 55 percent of the vote."),
    ("Partial returns gave the measure 40 percent of the vote.", "Officials later said it won 55 percent of the vote."),
    ("Turnout was 45 percent in 2012.", "This year the 52 percent turnout surprised observers."),
    ("Smith won 52 percent of the vote in the primary.", "In the general election, she won 49 percent of the vote."),
    ("The party won 35 percent of the vote.", "Four years earlier it had won 41 percent of the vote."),
    ("Exit polls gave Smith 52 percent of the vote.", "The official count gave her 49 percent of the vote."),
    # another direction, another period or another thing
    ("Membership fell 12 percent in 2015.", "This year the 20 percent increase surprised the club."),
    ("The road was closed for 10 days in March.", "The 30-day closure in June angered drivers."),
    ("The trial lasted 18 months.", "The 24-month sentence was suspended."),
    ("The agency gave the firm 30 days to respond.", "The firm said the 90-day review was unfair."),
    ("The road will be closed for 17 days, officials said.", "Residents said a 30-day closure would ruin them."),
    # a clause of its own, another period, another group, another year's class, another person
    ("The district voted to close 14 libraries.", "The 22 libraries that survived the closure vote will stay open."),
    ("The district closed 14 libraries last year.", "The 22 libraries still open could face closure next year."),
    ("Soldiers evacuated 640 villagers on Monday.", "The 410 evacuees from a second village arrived on Tuesday."),
    ("A total of 212 cadets graduated in May.", "The 260 graduates of last year's class were posted abroad."),
    ("The victim, a 67-year-old pharmacist, was found in his shop.", "Police said the 25-year-old suspect had been arrested."),
    # a margin in another race, in another year, or a poll's lead
    ("The mayor won by 612 votes.", "The 283-vote margin in the council race was closer."),
    ("The senator won by 12 points in 2012.", "The 7-point margin this year was narrower."),
    ("Smith leads by 5 points.", "A poll last week gave her a 9-point lead."),
    # another occasion named in the reference's own phrase
    ("The 22 miners trapped in the first collapse were rescued.", "The 15 miners trapped in the second collapse died."),
    # a measure of another thing, a fine by another agent, another chamber
    ("Sales rose 5 percent last quarter.", "The 8 percent increase in profits pleased investors."),
    ("Rents rose 12 percent last year.", "Tenants blamed the 19 percent rise in wages on inflation."),
    ("The company paid a $3 million fine to the state.", "The $5 million fine imposed by federal regulators came later."),
    ("The measure won 55 percent of the vote in the House.", "In the Senate, it won 60 percent of the vote."),
    ("The mayor won 55 percent of the vote.", "Her challenger won 40 percent of the vote."),
    # ages of other people
    ("The victim, a 34-year-old woman, was found at her home.", "Her 36-year-old husband was questioned."),
    ("The driver, a 45-year-old man, was unhurt.", "The 23-year-old passenger was taken to hospital."),
    ("The driver, 45, was uninjured.", "The passenger, 23, was taken to hospital. The 45-year-old driver was released."),
    ("The victim, a 34-year-old woman, was found.", "Her husband, 41, was also injured. The 38-year-old was questioned."),
    ("His 12-year-old son was at home.", "The 45-year-old was charged with assault."),
    ("Police said the victim, a 34-year-old teacher, died at the scene.",
     "Her family told reporters the 36-year-old had been threatened."),
    ("In 2010 the coach, a 45-year-old former player, took over.", "This year the 52-year-old coach won the title."),
    ("Katie Freeman, 44, filmed the show in Manchester.", "The 49-year-old told of the abuse she suffers."),
    ("The conference, a 12-year-old event, closed on Friday.", "The regulator said the 73-year-old Mr. Cooper had traded on it."),
    ("The newsletter's editor, 92, wrote again.", "Gabe Fleisher, the 14-year-old proprietor, sent an image."),
    ("The woman, 30, was charged on Thursday.", "Police said the 12-year-old children are staying with family."),
    ("The victim, a 78-year-old teacher, was found at her home.", "Neighbours said the 78-year-old lived alone."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_near_misses_round4(first: str, second: str) -> None:
    value, spans = _result(first, second)
    assert value == 0.0, spans


def test_percent_sign_is_a_percentage() -> None:
    value, spans = _result("Turnout was 23%, election officials said.", "The 63% turnout was the lowest in two decades.")
    assert value == 1.0 and spans[0].startswith("23") and spans[1].startswith("63%"), spans


def test_ages_unicode_digits_do_not_fail() -> None:
    for first, second in (("The man, \u00b2, was here.", "The \u00b3-year-old man left."),
                          ("A \u0663-year-old boy, the \u0663-year-old teacher, said.", "The \u0664-year-old left."),
                          ("-year-old at the start.", "The 9-year-old-year-old left.")):
        assert _result(first, second)[0] == 0.0


NAME_CONFLICTS = [
    ("Yelena Tchernenko won the seat by a narrow margin in November.",
     "Supporters gathered outside Chernenko's campaign office to celebrate.", "Yelena Tchernenko", "Chernenko's"),
    ("Tomasz Kowalczyk and a business partner opened the bakery in 2012.",
     "The bread follows recipes from Kowalczzyk's grandmother.", "Tomasz Kowalczyk", "Kowalczzyk's"),
]


@pytest.mark.parametrize(("first", "second", "full", "variant"), NAME_CONFLICTS)
def test_possessive_after_locative_is_a_person(first: str, second: str, full: str, variant: str) -> None:
    value, spans = _result(first, second, "name_inconsistency")
    assert value == 1.0 and spans == [full, variant], spans


@pytest.mark.parametrize(("first", "second", "full", "variant"), [
    # a sentence-opening surname before a verb in the present
    ("Naledi Mokoena manages the campground.", "Mokoen expects every site to be booked again.", "Naledi Mokoena", "Mokoen"),
    # m/n and v/w sound alike
    ("A jury acquitted Thuy Trinh on all counts.", "Outside the courtroom, Trimh hugged relatives.", "Thuy Trinh", "Trimh"),
    ("Pavel Pavlov, the team's coach, resigned.", "Pawlov said he was tired.", "Pavel Pavlov", "Pawlov"),
    # "qu" transliterated as "k"
    ("The bill's sponsor, Sen. Imran Qureshi, defended it.", "Opponents accused Kureshi of rushing the measure.",
     "Imran Qureshi", "Kureshi"),
])
def test_more_name_variants(first: str, second: str, full: str, variant: str) -> None:
    value, spans = _result(first, second, "name_inconsistency")
    assert value == 1.0 and spans == [full, variant], spans


@pytest.mark.parametrize(("first", "second"), [
    # two people, each introduced in full; a place; ordinary words after an opening name
    ("Hannah Trinh and Paul Trimh ran the shop.", "Trimh said business was good."),
    ("Karen Mann, a nurse, spoke first.", "Nancy Nann, a doctor, spoke next. Nann says the clinic is full."),
    ("Karen Austen, a lawyer, filed the suit.", "Protesters gathered outside Austin's city hall on Monday."),
    ("Karen Dallas, a nurse, moved to the city in 2010.", "She works in Dallas's largest hospital."),
    ("Claire Dalles, a pilot, moved to Dallas in 2004.", "Dallas has grown since then."),
])
def test_places_stay_places(first: str, second: str) -> None:
    assert _result(first, second, "name_inconsistency")[0] == 0.0


@pytest.mark.parametrize("text", [
    "It won 22 percent of the", "It won 22% of the", "It won 22 percent of", "the 40 percent", "failed by 5",
    "failed by 5 votes", "the 5-vote margin", "a loss of $5", "The victim, 4", "the 30-day", "all 4 miles", "those 4",
    "10 miles. all 4 miles", "The 5 homes were destroyed. Those 6 homes destroyed", "22% of the vote. 30% of the",
])
def test_truncated_phrases_do_not_fail(text: str) -> None:
    result = extract_consistency(Article(text))
    assert result["conflicting_figures"].value >= 0.0 and result["name_inconsistency"].value >= 0.0


@pytest.mark.parametrize("unit", [
    "5 of the ", "7% of the vote. ", "a 5-year-old teacher. The 6-year-old left. ",
    "The 5 homes were destroyed. Those 6 homes destroyed. ", "failed by 5 votes. the 6-vote margin. ",
    "closed for 5 days. the 6-day closure. ", "The suspect, 24, was held. the 30-year-old suspect. ",
    "a loss of $5 million. the $6 million loss in wages. ", "Karen Smith said. Outside Smyth's home Smyth expects. ",
])
def test_round4_paths_scale_linearly(unit: str) -> None:
    # Each new path on a text made of nothing else: four times the text, at most about four times the time
    # (a slice to the end of the text per "5 of" made the share check quadratic before it was bounded).
    from tests.test_linear_time import assert_extractor_scales_linearly

    assert_extractor_scales_linearly(extract_consistency, unit)
