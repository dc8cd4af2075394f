"""Round consist15: more ways a later mention refers back to a quantity the article stated.

Positives, in this round's own wording: a weight in apposition named by its noun ("The haul, 71 kilos in all,"), a
modal after "the <noun> of N" ("the penalty of $15.8 million would not change its ways"), "the/its/their/that
tally|total|score of N" with no noun (the one score or vote count), "final" as a match, the general word of a weighed
thing ("the 121-kilo reptile", "the 107-kilo animal", "the 550-tonne cargo"), a hyphened plural noun ("e-books"),
a change verb before "during the N weeks", "over the N days", an age stated with
a superlative subject ("The youngest climber ... was 19") and "the N-year-old" before an adverb or a verb, a
dimension noun in apposition ("its length, 52 miles,", "the ferry's speed, 41 km/h,", "Its capacity, 12,500
litres,"), an irregular past or a modal after a sum between commas ("the loan, $5.1 million, would"), and a rate per
unit judged later ("A coffee at the station costs $3.40" ... "Commuters said $4.90 a coffee was too much").

Near-misses (more of them than positives) stay silent: another animal's or thing's weight, a second or another
haul, a hedged or indefinite or maximum or next year's penalty, a target or hypothetical wait, a part in apposition
("The dead, 12 of them"), another year's appeal, another month's figure, two sources, "the final tally/count/toll"
(an update), a record of another time, another side's tally or a part of a match, two counts in the first sentence,
an indefinite tally, two members of a general word or another member, a span before an event or of another thing,
a past time, a relative or another role, another owner's length or speed, another dimension (width, depth), a
capacity against contents, a top speed, a rate elsewhere, another year, a modal, another unit, two plain rates, a
hedge, a plan, two sums in the first sentence, a count with no reference, a compound modifier ("part-time
staff"), a total over two counts, a change's new level, and a span before another event.
"""

from __future__ import annotations

import time

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _result(*sentences: str) -> tuple[float, list[str], float]:
    text = FILLER.join(sentences)
    result = extract_consistency(Article(text))
    measurement = result["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans], \
        result["name_inconsistency"].value


CONFLICTS = [
    # a weight in apposition, named by its noun; a modal after "the <noun> of N"
    ("Customs officers seized 39 kilograms of heroin from a lorry.",
     "The haul, 71 kilos in all, was hidden in crates of oranges.", "39 kilograms", "71 kilos in all"),
    ("The firm was fined $2.1 million for polluting the river.",
     "Campaigners said the penalty of $15.8 million would not change its ways.", "$2.1 million", "$15.8 million"),
    # "the/its/their/that tally|total|score of N": the one score or vote count ("final" as a match)
    ("The team scored 86 points in the cup final.", "Its total of 50 is a club record for a final.", "86 points", "50"),
    ("The quiz team scored 62 points in the semi-final.", "Their tally of 75 earned them a place in the final.",
     "62 points", "75"),
    ("Voters cast 12,400 ballots in the ward.", "That tally of 11,900 was announced at midnight.", "12,400 ballots",
     "11,900"),
    # the general word of a weighed thing, the only one of its kind named
    ("The alligator caught in the canal weighed 82 kilograms.",
     "Six keepers were needed to lift the 121-kilo reptile.",
     "82 kilograms", "121-kilo reptile"),
    ("A black bear weighing 39 kilograms was found in a garden.",
     "Rangers needed four men to carry the 107-kilo animal.",
     "39 kilograms", "107-kilo animal"),
    ("The freighter was carrying 9,680 tonnes of wheat.", "Salvors unloaded the 550-tonne cargo on Friday.",
     "9,680 tonnes", "550-tonne cargo"),
    # a hyphened plural is a noun; a change before "during the N weeks" is its subject's
    ("The archive digitised 12,300 e-books last year.", "Staff said the 14,800 e-books proved how reading had changed.",
     "12,300 e-books", "14,800 e-books"),
    ("The mill was closed for 26 weeks for repairs.", "Wool prices rose during the 31 weeks of the closure.",
     "26 weeks", "31 weeks"),
    # "over the N days": the whole span
    ("The hunger strike has lasted 34 days.", "Doctors said the men's health declined over the 51 days.", "34 days",
     "51 days"),
    # ages: a superlative subject; an adverb or a verb after "the N-year-old"
    ("The youngest climber on the expedition was 19.", "Reporters interviewed the 23-year-old at base camp.", "19",
     "23-year-old"),
    ("The cyclist who was hurt in the crash is 22, police said.",
     "Friends of the 26-year-old left flowers at the junction.",
     "22", "26-year-old"),
    # a dimension noun in apposition
    ("The canal is 48 miles long.", "Boaters travelled its length, 52 miles, in a week.", "48 miles", "52 miles"),
    ("The ferry was travelling at 28 km/h when it struck the pier.",
     "Investigators said the ferry's speed, 41 km/h, was unsafe.", "28 km/h", "41 km/h"),
    ("The new reservoir can store 9,000 litres.", "Its capacity, 12,500 litres, is enough for the village.",
     "9,000 litres", "12,500 litres"),
    # a modal after a sum between commas
    ("The council borrowed $4.2 million to repair the pier.",
     "Critics said the loan, $5.1 million, would burden residents.",
     "$4.2 million", "$5.1 million"),
    # a rate per unit, judged later
    ("A coffee at the station costs $3.40.", "Commuters said $4.90 a coffee was too much.", "$3.40", "$4.90 a coffee"),
    ("The goalkeeper is paid €90,000 a week.", "Supporters said €150,000 a week was too much for a reserve.",
     "€90,000 a week", "€150,000 a week"),
    ("Entry to the gallery costs $12.50 for adults.", "Visitors complained that $16 per adult was too steep.",
     "$12.50 for adults", "$16 per adult"),
    ("A loaf of bread now costs $3.90 at the village shop.",
     "Pensioners say $5.20 for a loaf is more than they can afford.", "$3.90", "$5.20 for a loaf"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), CONFLICTS)
def test_a_mention_referring_back_with_another_number_conflicts(first: str, second: str, stated: str,
                                                                restated: str) -> None:
    value, spans, names = _result(first, second)
    assert (value, names) == (1.0, 0.0), spans
    assert spans == [stated, restated]


NEAR_MISSES = [
    ('The bull weighs 900 kilograms.', 'The calf, 400 kilograms in all, was born in May.'),
    ('Police seized 40 kilograms of cocaine at the port on Monday.',
     'A second haul, 25 kilos in all, was found on Friday.'),
    ('Police seized 40 kilograms of cocaine at the port.',
     'Another shipment, 25 kilos in all, was stopped in Spain.'),
    ('The reservoir holds 9,000 litres of water.', 'The smaller tank, 2,000 litres in all, sits beside it.'),
    ('The firm was fined $2.1 million.', 'Tenants said a penalty of $15.8 million would change its behaviour.'),
    ('The firm was fined $2.1 million.',
     'Tenants said the maximum penalty of $15.8 million would change its behaviour.'),
    ('The lorry weighed 44 tonnes.', 'That weight of 40 tonnes would be the legal limit.'),
    ('The firm was fined $2.1 million last year.',
     "Tenants said next year's penalty of $15.8 million would hurt it."),
    ('The hospital waited 150 minutes for an ambulance.',
     'The target wait of 60 minutes would save lives, doctors said.'),
    ('The hospital waited 150 minutes for an ambulance.',
     'A wait of 60 minutes would have saved her arm, her family say.'),
    ('The storm dropped 211 millimetres of rain on the town.', 'The river, 40 mm higher in all, burst its banks.'),
    ('Rescuers pulled 30 people from the rubble.', 'The dead, 12 of them, were taken to the morgue.'),
    ('The charity raised £315,000 this year.', "Last year's appeal, £200,000 in all, paid for a new roof."),
    ('The firm employs 600 people.', 'The night shift, 120 of them, will be cut.'),
    ('The agency counted 34,600 applications in September.', 'The figure for October, 41,000, was higher.'),
    ('The protest drew 15,800 people, police said.', 'Organisers said the turnout, 54,700, exceeded their hopes.'),
    ('The theatre can hold 944 people.',
     'Its capacity of 1,200 would make it the largest in the region after the extension.'),
    ('The storm dropped 211 millimetres of rain on the town.', 'It flooded the lower town, 40 mm in all.'),
    ('The firm employs 600 people.', 'It has cut the night shift, 120 in all.'),
    ('Police seized 40 kilograms of cocaine at the port.', 'They later found a second haul, 25 kilos in all.'),
    ('The farm covers 400 hectares.', 'Its owners will sell the woodland, 120 hectares of it.'),
    ('The lorry weighed 44 tonnes.', 'That weight of 40 tonnes is the legal limit.'),
    ('The team scored 86 points in the cup final.', 'The record of 50 was set in 1998.'),
    ('The team scored 86 points in the cup final.', 'Its total of 50 in the first half was a club record.'),
    ('The river peaked at 4 metres on Monday.', 'The record of 6 metres still stands.'),
    ('The team had scored 86 points by half-time.', 'The final tally of 112 points was a club record.'),
    ('Officials counted 412 votes on Monday.', 'The final count of 390 votes was announced on Tuesday.'),
    ('The storm killed 12 people, officials said.', 'The final toll of 15 people was confirmed by the mayor.'),
    ('The visitors scored 135 points in the final.', "The hosts' tally of 67 set a new record for a losing side."),
    ('The visitors scored 135 points in the final.', 'Their tally of 67 in the first half set a record.'),
    ('The visitors scored 135 points and 12 tries in the final.', 'Their tally of 67 set a record.'),
    ('The council received 412 complaints about the bins and 90 about parking.',
     'That tally of 390 was the highest in years.'),
    ('The club sold 5,000 tickets for the final.', 'Its total of 3,000 season tickets was a record.'),
    ('The council received 412 complaints about the bins.', 'A tally of 390 would have been the lowest in years.'),
    ('The bull weighs 900 kilograms.', 'Vets examined the calf, and the 400 kg animal was healthy.'),
    ('The crocodile weighed 82 kilograms.', 'A snake was also found, and the 12-kilo reptile was sent to a zoo.'),
    ('The tuna weighed 45 kilograms.', 'The 8-kilo salmon sold for less.'),
    ('The meteorite weighs 98 kilograms.', 'Collectors also found a boulder, and the 45 kg rock is now in a museum.'),
    ('The lorry was carrying 26 tonnes of honey.', 'Firefighters moved the 12-tonne trailer off the road.'),
    ('The hunger strike has lasted 34 days.', 'Over the 10 days before the hearing, the men drank only water.'),
    ('The festival lasted 12 days.', 'During the 3 days of rain, the campsite flooded.'),
    ('The jury deliberated for 34 days.', 'Over the past 60 days, the court has heard six other cases.'),
    ('The oldest runner in the race was 78.', 'The youngest, at 12, finished in the top ten.'),
    ('The oldest runner in the race was 78.', 'Her grandson, 12, ran beside her.'),
    ('The oldest runner in the race was 78.', 'At 12, the youngest runner, a girl from Leeds, finished too.'),
    ('The oldest building in the town is 300 years old.', 'At 12, the girl had never been inside it.'),
    ('The oldest runner in the race was 33 last year.', 'This year, at 34, she won.'),
    ('The cyclist who died in the crash was 22, police said.',
     'Friends of the 74-year-old driver left flowers at the junction.'),
    ('The oldest contestant in the quiz was 28.', 'Her 81-year-old grandmother watched proudly.'),
    ('The oldest contestant in the quiz was 28.', 'Audiences also warmed to the 81-year-old host immediately.'),
    ('The coastal path is 219 miles long.', "The river's length, 145 miles, makes it the longest in the county."),
    ('The speedboat was travelling at 49 km/h when it hit the jetty.',
     "The ferry's speed, 30 km/h, was within the limit."),
    ('The coastal path is 219 miles long.', 'Its width, 3 metres, is too narrow for bikes.'),
    ('The tank can store 8,040 litres.', "The pond's capacity, 2,080 litres, is smaller."),
    ('The tank now holds 3,000 litres of rainwater.', 'Its capacity, 12,000 litres, is enough for a month.'),
    ('The speedboat was travelling at 49 km/h when it hit the jetty.', 'Its top speed, 230 km/h, was never reached.'),
    ('The path is 219 metres long.', 'Its width, 3 metres, is too narrow for bikes.'),
    ('The tower is 90 metres tall.', 'Its depth, 30 metres, surprised the engineers.'),
    ('The speedboat was travelling at 49 km/h when it hit the jetty.', 'Its top speed, 230 km/h, is rarely reached.'),
    ('A loaf costs $3.90 at the village shop.', 'In the city, $2.90 a loaf is normal.'),
    ('A loaf costs $3.90 at the village shop.', 'Last year $2.90 a loaf was normal.'),
    ('A loaf costs $3.90 at the village shop.', 'Bakers said $5 a loaf would be fair.'),
    ('A loaf costs $3.90 at the village shop.', 'Shoppers said $7.80 a cake was too much.'),
    ('The defender is paid €480,000 a month.', 'The striker is paid €260,000 a month.'),
    ('A pint at the stadium costs $7.70, the club said.', 'Fans said $13.55 a pint was exploitative.'),
    ('A pint costs $7.70 at the stadium.', 'Fans said $13.55 a pint was normal in 2010.'),
    ('A pint costs $7.70 at the stadium.', 'Fans said more than $9 a pint was too much.'),
    ('The club will pay its new forward €720,000 a week.', 'Fans said €480,000 a week was already too much.'),
    ('A pint costs $7.70 at the stadium and $6.50 at the pub.', 'Fans said $13.55 a pint was exploitative.'),
    ('The library lent out 35,900 e-books last year.', 'Staff said 2,000 e-books were lost.'),
    ('The firm employs 400 full-time staff.', 'The 250 part-time staff were told on Monday.'),
    ('The library lent out 35,900 e-books and 12,000 audio-books last year.',
     'The 45,700 loans showed how habits had changed.'),
    ('The refinery was shut for 26 weeks.', 'Output has since risen to 43 weeks of stock.'),
    ('The strike lasted 26 weeks.', 'Prices rose during the 43 weeks before the strike.'),
]


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_another_thing_time_source_or_value_stays_apart(sentences: tuple[str, ...]) -> None:
    value, spans, names = _result(*sentences)
    assert (value, spans, names) == (0.0, [], 0.0)


def test_round15_paths_scale_linearly() -> None:
    unit = ("Customs officers seized 39 kilograms of heroin. The haul, 71 kilos in all, was hidden. The team scored "
            "86 points in the cup final. Its total of 50 is a record. The alligator weighed 82 kilograms. They lifted "
            "the 121-kilo reptile. The canal is 48 miles long. Boaters travelled its length, 52 miles, in a week. "
            "A coffee at the station costs $3.40. Commuters said $4.90 a coffee was too much. ")

    def seconds(text: str) -> float:
        article = Article(text)
        start = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - start

    small, large = seconds(unit * 40), seconds(unit * 320)
    assert large < 8 * small * 3 + 0.5, (small, large)
