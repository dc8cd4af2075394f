"""Round consist17 (session 21): figure readings from the misses of blind16 (and blind14), precision first.

Each rule has conflicts in other wording than the templates (RECALL) and near-misses that must stay silent
(NEAR_MISSES): the same value, a norm or a plan, another occasion, another thing.
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _figures(*sentences: str) -> tuple[float, list[str]]:
    text = FILLER.join(sentences)
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


RECALL = [
    # 1. a verb of opinion opens a judged sum, duration or measure as "said" does
    ("The council sold the old library for $640,000 at auction.",
     "Campaigners believe $910,000 at auction was a giveaway.", "$640,000", "$910,000"),
    ("The rescue of the climbers took 95 minutes.", "Relatives thought 140 minutes was far too long.",
     "95 minutes", "140 minutes"),
    ("The prize pumpkin weighed 61 kilograms.", "Its grower reckons 88 kilograms was a personal best.",
     "61 kilograms", "88 kilograms"),
]

NEAR_MISSES = [
    # 1. opinion verbs: the same value, a norm, a plan, another occasion
    ("The council sold the old library for $640,000 at auction.",
     "Campaigners believe $640,000 at auction was a giveaway."),
    ("The council sold the old library for $640,000 at auction.",
     "Campaigners believe $910,000 would have been a fair price."),
    ("The council sold the old library for $640,000 at auction.", "Campaigners felt $910,000 was the minimum."),
    ("The rescue of the climbers took 95 minutes.", "Relatives think 30 minutes is normal for such a rescue."),
    ("The rescue of the climbers took 95 minutes.", "Relatives think 140 minutes would be far too long."),
    ("The council sold the old library for $640,000 at auction last year.",
     "Campaigners felt $910,000 at auction this year was too much."),
    ("The prize pumpkin weighed 61 kilograms.", "Its grower thinks 88 kilograms is the target for next year."),
]


@pytest.mark.parametrize(("first", "second", "stated", "then"), RECALL)
def test_round17_readings_find_the_conflict(first: str, second: str, stated: str, then: str) -> None:
    value, spans = _figures(first, second)
    assert value == 1.0
    assert spans[0].startswith(stated) and spans[1].startswith(then)


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_round17_near_misses_stay_silent(sentences: tuple[str, ...]) -> None:
    assert _figures(*sentences)[0] == 0.0
