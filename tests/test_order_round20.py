"""Round order20: orders the sentence's structure fixes, whatever the two events are.

Written for this round in its own words (not the development templates' sentences). Constructions: an
intransitive "followed"/"ensued" with its own date in the clause after a dated one ("floated on the exchange
in D1; a rights issue followed in D2"), and a life-cycle stage told in a non-restrictive relative clause on
the sentence's subject (or reduced to its participle), its chain's next stage in the main clause ("The
bakery, which opened in D1, closed in D2"; "The signal box, opened in D1, closed in D2"). A verb cue right before a time preposition ("a lockout followed on D2") has no event object, so a
consistent sentence of that shape is no longer read the wrong way round. Positives are checked for kind and
the exact offsets of both spans, with and without a publication date. Near-misses must stay silent:
consistent dates, a counterfactual, a quotation, a date that is a noun's and not its clause's, another
owner, a restrictive relative naming another thing, the pluperfect looking back, and a second date that
belongs to another verb.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _spans(text: str, kind: str, published: datetime.date | None = None) -> list[tuple[tuple[int, int], ...]]:
    return [conflict.spans for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == kind]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


ORDER_POSITIVES = [
    # An intransitive "followed"/"ensued": its subject came after what the clause before told.
    ("The dockers walked out on 3 March 1998, and a lockout followed on 14 February 1997.",
     "3 March 1998", "14 February 1997"),
    ("Quellbrook Foods floated on the exchange in 2009; a rights issue followed in 2006.", "2009", "2006"),
    ("Heavy rain fell across the valley in October 2012, and widespread flooding ensued in August 2011.",
     "October 2012", "August 2011"),
    ("The regiment landed at Tarvik in May 1943; fierce fighting soon followed in April 1942.", "May 1943", "April 1942"),
    # A stage in a relative clause on the subject, the next stage in the main clause.
    ("Odile Marchetti, who was born in Lyon in 1962, died in 1958 after a long illness.", "1962", "1958"),
    ("The bakery, which opened on Mill Lane in 2004, closed in 2001.", "2004", "2001"),
    ("The pair, who got engaged in Rome in 2011, married in 2008.", "2011", "2008"),
    ("Harwood Textiles, which was founded in 1950, was wound up in 1947.", "1950", "1947"),
    # The relative clause reduced to its participle.
    ("The signal box at Crandle Halt, opened in 1911, closed in 1909.", "1911", "1909"),
]


@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_order_told_against_the_dates(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _spans(text, "order_violation", published) == [(_span(text, first), _span(text, second))]


ORDER_NEAR_MISSES = [
    # Consistent dates (the first was read the wrong way round before this round).
    "The dockers walked out on 3 March 1998, and a lockout followed on 14 February 1999.",
    "Quellbrook Foods floated on the exchange in 2009; a rights issue followed in 2011.",
    "Odile Marchetti, who was born in Lyon in 1962, died in 2015 after a long illness.",
    "The bakery, which opened on Mill Lane in 2004, closed in 2012.",
    # A counterfactual and a quotation.
    "If the bank had collapsed in 2009, a run on its branches would have followed in 2008.",
    '"The storm hit in May 2010, and looting followed in April 2010," the mayor claimed.',
    # The first date is a noun's, not the date of its clause.
    "The strike over the 2012 pay deal ended, and a lockout followed in 2011.",
    # A relative clause of another owner, a restrictive relative naming another thing.
    "The couple, whose daughter got engaged in 2011, married in 2008.",
    "The bakery that opened in 2004 replaced the one that closed in 2001.",
    # The pluperfect looking back to another instance.
    "The bakery, which opened in 2004, had closed in 2001 under a previous owner.",
    # The second date belongs to another verb than the main clause's stage.
    "Odile Marchetti, who was born in Lyon in 1962, died in the house her parents built in 1958.",
    "The pair, who got engaged in Rome in 2011, married in a chapel consecrated in 2008.",
    "Harwood Textiles, which was founded in 1950, was wound up in 1997.",
    "The signal box at Crandle Halt, opened in 1911, closed in 1969.",
    # A participle and a main clause of different chains; another instance after a set-off phrase.
    "Mayor Ellis, elected in 2012, opened the new bridge in 2010.",
    "The theatre, rebuilt in 1990 after a fire, first opened in 1890.",
]


@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
def test_order_near_misses_stay_silent(text: str) -> None:
    assert _spans(text, "order_violation") == []
    assert _spans(text, "order_violation", PUBLISHED) == []


def test_the_explanation_names_the_cue() -> None:
    text = "Quellbrook Foods floated on the exchange in 2009; a rights issue followed in 2006."
    (conflict,) = [c for c in analyse_dates(text).conflicts if c.kind == "order_violation"]
    assert conflict.explanation == '"2006" is told as coming after "2009" ("followed"), yet it is earlier'
