"""Round consist16 (session 20): precision on real text, then recall.

Precision (the false alarms ``benchmarks/name_pairs.py --figures`` listed on the corpora, and one of the base
code): two statements of a count with other values count other things when their whole sentences say so (a running
total "since the assault began" against a smaller count that is none; a larger count over several events, "in
terrorist attacks", "in three explosions", against a smaller one not over those; two places, "there" against "at
the shrine" when "there" is not the shrine; two named sources, "SANA reported" ... "UNICEF said"); a measure in
apposition to a noun the first statement did not name ("The farm covers 400 hectares" ... "The woodland, 120
hectares in all,") is another thing's.  Near-misses: the same conflicts told with the same place, the same plural
events, the same source, "there" meaning the place named, a running total on both sides or smaller than one
event, and the apposition of the thing itself or of "of rain" ("The downpour, 60 mm in all,") keep firing.

Recall (classes recurring in the figure misses of blind12-blind15; the comments above RECALL list them), each with
near-misses (RECALL_NEAR_MISSES): a change ("went up 5 points"), another member or thing, a phrase naming another
thing, a limit, target, year or plan, another month, a hypothetical capacity.
"""

from __future__ import annotations

import time

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _figures(*sentences: str) -> tuple[float, list[str]]:
    text = FILLER.join(sentences)
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


# Other things counted: must stay silent.
APART = [
    # two places: "there" (the parliament) against "at the shrine"
    ("Gunmen stormed the parliament building. Five people died and at least 25 were injured there, the agency "
     "reported.", "At the same time, gunmen attacked a mausoleum. Two people died and 10 were injured at the shrine, "
     "the agency said."),
    ("Five people died at the market, police said.", "Two people died at the station, police said."),
    # a running total against one event's count
    ("At least 10 people including seven children were killed in airstrikes on the east of the city.",
     "At least 112 people including 33 children have been killed in the city since the rebel assault began."),
    ("Four miners were killed when the tunnel collapsed.", "Eleven miners have been killed to date."),
    # a larger count over several events, a smaller one from one of them
    ("Eleven civilians were killed and 44 others were injured in rocket attacks on the city.",
     "A police source said that eight civilians were killed and 34 others injured in a rocket shell fired on the "
     "public park."),
    ("Six civilians were killed and several others were injured in three explosions in the area.",
     "The source added that two civilians were killed."),
    # two named sources
    ("Three children were killed and 14 students were injured in a rocket attack on the school in the east of the "
     "city, the state news agency SANA reported.",
     "The deaths came a day after UNICEF said 22 children had been killed along with six teachers in a strike on a "
     "school."),
    # a measure in apposition to another thing
    ("The farm covers 400 hectares.", "The woodland, 120 hectares in all, will be sold."),
    ("The park covers 600 hectares.", "The lake, 45 hectares in all, is fenced."),
    ("The ranch covers 2,000 acres.", "The pasture, 350 acres in all, will be sold."),
]

# The same quantity: must still conflict.
STILL_CONFLICTS = [
    ("Gunmen attacked the shrine on the edge of the city. Five people died and at least 25 were injured there, the "
     "agency reported.", "Officials later confirmed that two people died and 10 were injured at the shrine, the "
     "agency said."),
    ("Five people died at the shrine, the agency reported.", "Two people died at the shrine, the agency said."),
    ("Five people died at the old market, police said.", "Two people died at the market, police said."),
    ("Twelve people have died since the floods began.", "Fifteen people have died since the floods began."),
    ("Twelve people were killed when the dam burst.", "Nine people have been killed since the dam burst."),
    ("Twelve people were killed in the attacks.", "Nine people were killed in the attacks, police said."),
    ("Twelve people were killed in the attack on the market.", "Nine people were killed in the attacks."),
    ("Eleven civilians were killed in a rocket attack on the city.",
     "A police source said that eight civilians were killed in the attack."),
    ("Three children were killed and 14 students were injured in a rocket attack on the school in the east of the "
     "city, the state news agency SANA reported.",
     "The deaths came a day after SANA said 22 children had been killed along with six teachers in a strike on the "
     "school."),
    ("The farm covers 400 hectares. Its owner said on Monday that it was for sale.",
     "The farm, 120 hectares in all, will be sold."),
    ("A flash flood dumped 45 millimetres of rain on the village in two hours.",
     "The downpour, 60 mm in all, washed away the main bridge."),
    ("Customs officers seized 39 kilograms of heroin.", "The haul, 71 kilos in all, was hidden in crates."),
]


# Recall: a verb's particle "up" ("racked up 86 points", "brought up 64 cannons") and a noun's modifier ("84 fire
# engines": the plural is the head) state a count; a sum judged with a short phrase whose last word the article
# named before ("say $5 million on school buses is long overdue"), also after "whether", refers to the sum stated;
# a measure's new level ("The balloon rose to 15,000 feet") is a statement of it; a wait or delay ("the 118-minute
# delay", "the delay of 111 minutes") is the time waited for ("waited", "took 150 minutes to arrive"); "That
# total, 52,600, was", "The figure, 67,800, was": a word for a count itself in apposition names the one count; a
# plain verb after "will" or "to" names its act ("will invest $3.2 million" ... "The investment of $11.8 million");
# a measure with its unit judged as the subject of what was said ("said 122 kilograms was a personal best"); "Its
# capacity of 11,200 will be doubled" after "can hold 27,700 spectators".
RECALL = [
    ("The home side racked up 86 points against the league leaders.",
     "Their tally of 50 was the highest of the season.", "86 points", "50"),
    ("Divers brought up 64 cannons from the sunken warship.", "The cannons, 40 of them, are in remarkable condition.",
     "64 cannons", "40 of them"),
    ("The state has ordered 84 fire engines.", "The engines, 7 in total, will replace a fleet.", "84 fire engines",
     "7 in total"),
    ("The city employs 120 police officers.", "The officers, 95 of them, patrol on foot.", "120 police officers",
     "95 of them"),
    # a judged sum with a phrase naming what the first statement named, also after "whether"
    ("The region will spend $8.1 million on school buses.", "Parents say $5 million on school buses is long overdue.",
     "$8.1 million", "$5 million"),
    ("The council sold the old depot for £90,000 to a developer.",
     "Campaigners say £175,000 to a developer was far below its value.", "£90,000", "£175,000"),
    ("The city will spend $9.1 million on new tram lines.", "Opponents say $15.5 million on trams is money wasted.",
     "$9.1 million", "$15.5 million"),
    ("The new stadium roof cost $4.8 million to install.",
     "Fans asked whether $9.4 million to install a roof was money well spent.", "$4.8 million", "$9.4 million"),
    # a measure's new level ("rose/climbed to N feet") is a statement
    ("The paraglider climbed to 15,000 feet before the thermal gave out.",
     "Her altitude, 23,400 feet, broke the national record.", "15,000 feet", "23,400 feet"),
    ("The balloon rose to 15,000 feet.", "At 23,400 feet, it was bitterly cold.", "15,000 feet", "23,400 feet"),
    # a wait or delay is the time waited ("waited", "took N minutes to arrive")
    ("The ambulance took 150 minutes to arrive.", "The trust has apologised for the 118-minute delay.",
     "150 minutes", "118-minute delay"),
    ("The patient waited 155 minutes for an ambulance.", "The health trust has apologised for the delay of 111 minutes.",
     "155 minutes", "111 minutes"),
    # a word for a count itself in apposition: the one count stated before
    ("The ferry operator carried 68,500 cars across the strait.", "That total, 52,600, was a record for the month.",
     "68,500 cars", "52,600"),
    ("The agency counted 34,600 asylum applications.", "The figure, 67,800, was the highest for a single month.",
     "34,600 asylum applications", "67,800"),
    # a plain verb after "will"/"to" names its act like a past tense ("will invest" ... "The investment of")
    ("The company will invest $3.2 million in a battery plant.",
     "The investment of $11.8 million is the largest the region has seen.", "$3.2 million", "$11.8 million"),
    # a measure judged as the whole subject of what was said
    ("The pumpkin that won the show weighed 17 kilograms.", "Its grower said 122 kilograms was a personal best.",
     "17 kilograms", "122 kilograms"),
    ("Temperatures in the capital hit 25 degrees.", "Hospitals said 41 degrees was dangerous for the elderly.",
     "25 degrees", "41 degrees"),
    # "Its capacity of N" with no noun: the one count a place "can" hold
    ("The club's stadium can hold 27,700 spectators.", "Its capacity of 11,200 will be doubled by the redevelopment.",
     "27,700 spectators", "11,200"),
    ("The renovated theatre can hold 944 people.", "Its capacity of 267 makes it the largest in the region.",
     "944 people", "267"),
]

RECALL_NEAR_MISSES = [
    ("Shares in the firm went up 5 points last year.", "Their tally of 50 was the highest of the season."),
    ("Divers brought up 64 cannons from the sunken warship.", "The muskets, 40 of them, are in remarkable condition."),
    ("The state has ordered 84 fire engines.", "The ladders, 7 in total, will replace a fleet."),
    ("The city has 120 fire stations.", "The engines, 95 of them, are old."),
    ("The new stadium roof cost $4.8 million to install.",
     "Fans asked whether $9.4 million for a new pitch was money well spent."),
    ("The region will spend $8.1 million on school buses.", "Parents say $5 million on road repairs is long overdue."),
    ("The region will spend $8.1 million on school buses.", "Parents say $5 million on school buses is the minimum."),
    ("The region will spend $8.1 million on school buses.",
     "Parents say $5 million on school buses would be enough."),
    ("The region will spend $8.1 million on school buses.",
     "Parents say that $5 million on school buses was spent in 2015."),
    ("The balloon could rise to 15,000 feet.", "Its altitude, 23,400 feet, broke the record."),
    ("The balloon is expected to climb to 15,000 feet.", "Its altitude, 23,400 feet, broke the record."),
    ("The balloon rose to 15,000 feet on Monday.", "On Tuesday its altitude, 23,400 feet, broke the record."),
    ("The river rose to 5 metres.", "The flood wall, 3 metres, held."),
    ("The flight took 150 minutes.", "Passengers complained about the 40-minute delay."),
    ("The flight lasted 150 minutes.", "Passengers complained about the 40-minute delay."),
    ("The flight lasted 150 minutes.", "Passengers complained about the delay of 40 minutes."),
    ("The patient waited 155 minutes for an ambulance.", "The trust said a delay of 60 minutes was the target."),
    ("The ferry operator carried 68,500 cars and 12,000 lorries across the strait.",
     "That total, 52,600, was a record for the month."),
    ("The ferry operator carried 68,500 cars across the strait in January.",
     "In February the figure, 52,600, was lower."),
    ("The ferry operator carried 68,500 cars across the strait.", "The previous figure, 52,600, was a record."),
    ("The ferry operator carried 68,500 cars across the strait.", "The figure, 52,600, and the rest were counted."),
    ("The company will invest $3.2 million in a battery plant.",
     "The donation of $11.8 million is the largest the region has seen."),
    ("The company will invest $3.2 million in a battery plant.",
     "The investment of $11.8 million in roads is the largest the region has seen."),
    ("The company will invest $3.2 million in a battery plant.",
     "An investment of $11.8 million would be needed to finish it."),
    ("The pumpkin that won the show weighed 17 kilograms.", "Its grower said 122 kilograms was the limit."),
    ("The pumpkin that won the show weighed 17 kilograms.", "Its grower said 122 kilograms was the record in 2015."),
    ("The bull weighed 900 kilograms.", "The vet said 400 kilograms was typical for a calf."),
    ("The pumpkin that won the show weighed 17 kilograms.", "Its grower said 122 kilograms of soil was needed."),
    ("The stadium held 27,700 spectators on Saturday.", "Its capacity of 41,200 was not reached."),
    ("The stadium can hold 27,700 spectators.", "Its capacity of 41,200 seats includes standing room."),
    ("The stadium can hold 27,700 spectators.", "The old ground's capacity of 41,200 was never reached."),
    ("The stadium can hold 27,700 spectators.", "Its capacity of 41,200 would make it the largest after the works."),
]


@pytest.mark.parametrize(("first", "second", "stated", "then"), RECALL)
def test_particle_up_and_noun_modifier_state_a_count(first: str, second: str, stated: str, then: str) -> None:
    value, spans = _figures(first, second)
    assert value == 1.0 and stated in spans[0] and then in spans[1], spans


@pytest.mark.parametrize("sentences", RECALL_NEAR_MISSES)
def test_a_change_or_another_thing_stays_silent(sentences: tuple[str, ...]) -> None:
    assert _figures(*sentences) == (0.0, [])


@pytest.mark.parametrize("sentences", APART)
def test_other_place_source_running_total_several_events_or_thing_stays_apart(sentences: tuple[str, ...]) -> None:
    assert _figures(*sentences) == (0.0, [])


@pytest.mark.parametrize("sentences", STILL_CONFLICTS)
def test_the_same_quantity_told_alike_still_conflicts(sentences: tuple[str, ...]) -> None:
    value, spans = _figures(*sentences)
    assert value >= 1.0 and len(spans) >= 2


def test_round16_paths_scale_linearly() -> None:
    # one long sentence without stops: each pair reads a bounded window of it, not all of it
    unit = ("five people died there and two people died at the shrine and eleven civilians were killed in attacks "
            "and eight civilians were killed since the assault began, SANA reported, and ")

    def seconds(text: str) -> float:
        article = Article(text)
        start = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - start

    small, large = seconds(unit * 40), seconds(unit * 320)
    assert large < 8 * small * 3 + 0.5, (small, large)
