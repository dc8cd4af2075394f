"""Round consist12: more general back-references to a quantity already given.

Positives, in this round's own wording: volumes as measures ("spilled 4,200 litres" ... "At 6,100 litres, the
leak"), "at N unit," opening a clause after a comma, general counted classes (dwellings, captives, artworks,
containers, publications, plants, signatures), a possessive or demonstrative noun phrase "her/his/their/those
<noun> of N" ("Their haul of 300 sacks"), a finished task's time stated with "in" ("completed the route in 41
minutes"), a noun restated in apposition ("The grant, €90,000 in all,", "The crates, 312 of them,"), a bare
"all N" after the only count of things given ("all 640 were rehoused"), dates and places after the
reference's verb ("... are now stored in Leeds"), a sum as the whole subject of a judgement ("said £70,000 was far
too much"), "that/this" as a determiner ("with that 95 mm", "That 40-point haul"), "At N, she has ..." as an age
now, and "for their ..." after a reference (a purpose, not a part).

Near-misses (more of them than positives) stay silent: a difference named by a possessive ("Their lead of 12
points"), two counts of things before a bare "all N", "all N" before a noun of another kind, "that" after a
verb of saying, a hypothetical "at N unit" with a modal, an apposition that is a part ("The crates, 40 of them
broken"), a sum judged against a norm, a place before the reference's verb, an occasion word in the
reference's own phrase, and two different sources.
"""

from __future__ import annotations

import time

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _result(first: str, second: str) -> tuple[float, list[str]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


CONFLICTS = [
    # volumes are measures; "at N unit," opening a sentence or a clause
    ("A burst main leaked 4,200 litres of sewage into the canal.", "At 6,100 litres, the leak is the largest on record.",
     "4,200", "6,100"),
    ("A burst main leaked 4,200 litres of sewage into the canal.",
     "Inspectors said that, at 6,100 litres, the leak was the largest on record.", "4,200", "6,100"),
    # general counted classes
    ("Gunmen seized 14 hostages at the embassy.", "Negotiators secured the release of the 9 captives on Friday.",
     "14", "9"),
    ("The flood damaged 230 houses along the river.", "Insurers have inspected the 410 homes.", "230", "410"),
    ("Thieves took 12 paintings from the manor.", "Detectives traced the 17 artworks to a warehouse.", "12", "17"),
    ("Archaeologists lifted 81 jars from the seabed.", "The 64 amphorae were taken to the museum.", "81", "64"),
    ("A leak ruined 3,400 books in the archive.", "Conservators dried the 2,900 volumes by hand.", "3,400", "2,900"),
    ("Campaigners gathered 8,350 signatures for the petition.", "They handed the 9,120 signatures to the mayor.",
     "8,350", "9,120"),
    # a possessive or demonstrative noun phrase "<noun> of N"
    ("The new bus can seat 64 passengers.", "Its capacity of 81 passengers is the largest in the fleet.", "64", "81"),
    ("The crew completed the route in 41 minutes.", "Their time of 56 minutes was a club best.", "41", "56"),
    # apposition
    ("The trust has received €90,000 from a local firm.", "The grant, €140,000 in all, will restore the chapel.",
     "€90,000", "€140,000"),
    ("Customs officers opened 312 crates at the port.", "The crates, 275 of them, held counterfeit watches.",
     "312", "275"),
    # a bare "all N" after the only count of things given
    ("The fire forced 640 tenants from the tower.", "The council said all 590 had been rehoused by Friday.",
     "640", "590"),
    # dates and places after the reference's verb
    ("Volunteers rescued 212 hedgehogs during the winter.", "The 180 hedgehogs are now being released in Leeds.",
     "212", "180"),
    # a sum as the whole subject of a judgement
    ("The council paid £45,000 for the new sign.", "Residents said £70,000 was far too much for a sign.",
     "£45,000", "£70,000"),
    # "that/this" as a determiner
    ("Storms dumped 95 millimetres of rain on the valley.", "Farmers are still dealing with that 130 mm.", "95", "130"),
    # an age now with a present perfect
    ("The nurse, 58, works nights at the hospice.", "At 63, she has cared for hundreds of patients.", "58", "63"),
    ("The cook, 47, runs the cafe with his brother.", "At fifty-two, he has worked there for half his life.", "47", "fifty-two"),
    # "for their ..." after a reference is a purpose
    ("The inquiry heard from 22 witnesses.", "The chairman thanked all 31 for their time.", "22", "31"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), CONFLICTS)
def test_a_back_reference_to_the_only_quantity_of_its_kind_conflicts(first: str, second: str, stated: str,
                                                                       restated: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0, spans
    assert len(spans) == 2
    assert stated.lstrip("$£€") in spans[0]
    assert restated.lstrip("$£€") in spans[1]


NEAR_MISSES = [
    # a difference named by a possessive is not the stated value
    ("The hockey side scored 79 points in the final.", "Their lead of 12 points held until the last minute."),
    ("Turnout reached 64 percent in the city.", "Her margin of 9 percent was the widest in years."),
    # two counts of things before a bare "all N": it may mean either
    ("The club has 300 members.", "Police arrested 12 supporters after the match. All 5 were later charged."),
    # "all N" before a noun of another kind
    ("The fire forced 640 tenants from the tower.", "All 12 floors were badly damaged."),
    # "that" after a verb of saying is no determiner
    ("Officials said 40 people were hurt.", "Doctors later said that 45 people were hurt in all."),
    # a hypothetical "at N unit" with a modal
    ("The lorry was travelling at 50 km/h.", "An expert said that, at 90 km/h, the driver would have died."),
    # an apposition that is a part
    ("Customs officers opened 312 crates at the port.", "The crates, 40 of them broken, held counterfeit watches."),
    # a sum judged against a norm
    ("The council paid £45,000 for the new sign.", "Residents said £20,000 was a reasonable price for a sign."),
    # a place before the reference's verb: a part
    ("Volunteers rescued 212 hedgehogs during the winter.", "The 40 hedgehogs in Leeds are now being released."),
    # another occasion in the reference's own phrase
    ("The hunger strike lasted 48 weeks.", "Supporters said those 14 weeks of the second strike were harder."),
    # two sources
    ("The tanker spilled 1,700 litres of diesel, the coastguard said.",
     "Fishermen said that, at 9,000 litres, the spill was the worst in years."),
    # another sum's judgement with a rate
    ("The striker will earn €75,000 a week, his agent said.", "Fans said €2,000 a week was a normal wage for a nurse."),
    # a demonstrative before a year
    ("The flood damaged 230 houses along the river.", "Since that 2019 flood, 40 homes have been rebuilt."),
    # an age then, not now
    ("The cook, 47, runs the cafe with his brother.", "At twenty-two, he had moved to the city."),
    # a possessive noun phrase of a part
    ("The ferry can carry 200 cars.", "Its share of 80 cars on the early crossing is booked."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_another_quantity_a_part_or_a_judgement_stays_apart(first: str, second: str) -> None:
    value, spans = _result(first, second)
    assert value == 0.0, spans


def test_round12_paths_scale_linearly() -> None:
    unit = ("The grant, €140,000 in all, will help. Customs opened 312 crates. The crates, 275 of them, held watches. "
            "All 590 had been rehoused. That 130 mm fell. Their time of 56 minutes. At 63, she has cared. ")

    def seconds(text: str) -> float:
        article = Article(text)
        start = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - start

    small, large = unit * 40, unit * 160
    seconds(small)
    ratio = min(seconds(large) for _ in range(2)) / max(min(seconds(small) for _ in range(2)), 1e-6)
    assert ratio < 12, ratio
