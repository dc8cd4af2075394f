"""Round restate19 of ``restated_event``: a bridging back-reference.

A demonstrative or definite noun phrase dated inside its own clause ("That triumph, on ...", "Dust from the
implosion of ...", "The team's promotion, clinched on ...") whose head noun the article has not used before
can only name, by another word, an event already told. When the nearest dated sentence before holds one
date, told of one event, and nothing dated stands between, the phrase takes that event up; two different
dates are one event dated twice.

Near-misses: another instance ("Her second triumph"), a head noun used before, a time ("That week"), the
phrase as the object of a verb that the date dates, a relative "that", a time told in between, a plan, a
later stage ("overturned on"), a made thing ("built in"), "the X of YEAR" (a year names a time), "the X on
DATE" (may introduce an event of its own), a kind staged ("The festival, held on"), a head not shaped as an
event after "the" with no verb of what befalls, a head of a known kind the earlier event does not tell, an
earlier date that dates no event told in its clause (a post's signature), the same date.
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


def _bridged(text: str) -> list[tuple[str, str]]:
    """The bridging rule alone: (evidence, explanation) of each conflict it reports."""
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    return [(" / ".join(text[start:end] for start, end in conflict.spans), conflict.explanation)
            for conflict in temporal._r25_bridging_references(context, set())]


POSITIVES = [
    # a demonstrative opening the sentence, the date set off by commas
    ("Marisol Quenby-Adair took gold in the 400 metres hurdles at Tavistock on 3 August 1991. Spectators rose "
     "to their feet. That triumph, on 9 September 1994, earned her a place in the national squad.",
     "3 August 1991 / 9 September 1994", "triumph"),
    # a demonstrative after a preposition, the date right after it
    ("Parliament rejected the fishing quota bill on 21 March 1984. In the weeks after that defeat on "
     "4 April 1986, the minister resigned.",
     "21 March 1984 / 4 April 1986", "defeat"),
    # a restrictive "of" with a full day, the phrase inside the sentence's subject
    ("Engineers demolished the Corrigan Street cooling tower on 14 June 2009. Residents watched from the park. "
     "Dust from the implosion of 2 July 2011 coated cars for a mile.",
     "14 June 2009 / 2 July 2011", "implosion"),
    # a head of a known kind (a judgment) that the earlier sentence tells by a court's verb
    ("The tribunal at Varnley quashed the export ban on 12 March 2008. Growers celebrated in the square. "
     "Appeals against the judgment of 4 April 2010 were dismissed.",
     "12 March 2008 / 4 April 2010", "judgment"),
    # a possessive, dated by a participle of occurrence
    ("Stanmoor United went up to the first division on 26 April 1997. The team's promotion, clinched on "
     "2 May 1999, doubled its gate receipts.",
     "26 April 1997 / 2 May 1999", "promotion"),
    # a definite phrase dated by a relative clause of occurrence
    ("Dock workers at Pellham went on strike on 8 October 1971. The stoppage, which started on "
     "15 January 1973, closed the port to shipping.",
     "8 October 1971 / 15 January 1973", "stoppage"),
    # a definite phrase dated in brackets
    ("Ardlow Rovers sacked their manager, Ines Colby, on 6 May 2004. Supporters blamed the dismissal "
     "(9 May 2006) on the board.",
     "6 May 2004 / 9 May 2006", "dismissal"),
]


@pytest.mark.parametrize(("text", "expected", "noun"), POSITIVES)
def test_restated(text: str, expected: str, noun: str) -> None:
    assert expected in _restated(text)


@pytest.mark.parametrize(("text", "expected", "noun"), POSITIVES)
def test_bridging_rule_reports_the_pair(text: str, expected: str, noun: str) -> None:
    [(evidence, explanation)] = _bridged(text)
    assert evidence == expected
    assert explanation.startswith(f"the {noun} is dated {expected.split(' / ')[0]} here, but")


PLANNED = ("The two ministers will sign the fisheries accord on 3 May 2017. The ceremony, held on 9 June 2015, was "
           "brief.")
NEAR_MISSES = [
    # another instance of the event
    "Marisol Quenby-Adair took gold in the 400 metres hurdles at Tavistock on 3 August 1991. Spectators rose "
    "to their feet. Her second triumph, on 9 September 1994, earned her a place in the national squad.",
    # the head noun used before: a thing of its own, introduced earlier
    "Campaigners began a petition against the Aldergate bypass. The paper mill burned down on 5 November 1962. "
    "The petition, which started on 11 December 1965, gathered 9,000 names.",
    # a time, not an event
    "The ferry Calder Rose left Hull on 2 June 1950. That week, on 9 June 1951, the harbour froze.",
    # the phrase as the object of a verb: the date dates the verb
    "The museum acquired the Treharne collection on 12 May 1990. Curators catalogued that bequest in 1994 and "
    "sent it on tour.",
    # a relative "that", not a demonstrative
    "The levee at Gorham gave way on 3 March 1983. Farmers recall a flood that began in May 1985 and lasted "
    "a fortnight.",
    # a time told in between: another event may be meant
    "Stanmoor United went up to the first division on 26 April 1997. The manager was sacked last month. "
    "The team's promotion, clinched on 2 May 1999, doubled its gate receipts.",
    # the earlier event only planned (end to end an older rule flags it: see below)
    PLANNED,
    # a later stage of the event, not its occurrence
    "Voters in Ardlow ousted the sitting mayor on 6 May 2004. The result, overturned on 9 May 2006, went to "
    "the appeal court.",
    # a made thing, not an event
    "The sculptor Ines Marwood was born in Leeds on 2 May 1930. The statue, built in 1961, stands in the square.",
    # "the X of YEAR": a year names a time
    "Students occupied the Sorbonne annexe on 6 May 1968. The promise of 1972 soon faded.",
    # "the X on DATE": may introduce an event of its own
    "Voters in Ardlow ousted the sitting mayor on 6 May 2004. At the reception on 9 May 2006, guests toasted "
    "the council.",
    # a kind staged again and again, introduced as known ("The festival, held on"): not a back-reference
    "A gale tore the roof off the Brinkley lido on 2 March 1999. Volunteers cleared the debris. "
    "The festival, held on 8 July 2003, raised money for the lido.",
    # a head of a known kind that the earlier event does not tell (a fire is no ruling)
    "Lightning set the Orwell mill ablaze on 4 July 1988. Neighbours watched. That verdict, delivered on "
    "6 June 1990, surprised the town.",
    # a head not shaped as an event after "the", dated by no verb of what befalls
    "Voters in Ardlow ousted the sitting mayor on 6 May 2004. Commentators blamed the upset (9 May 2006) "
    "on low turnout.",
    # the earlier date dates no event told in its clause (the signature under an embedded post)
    "Ardlow Rovers were beaten 4-0 at home. \u2014 Rovers Supporters (@ardlowfans) May 6, 2004. That defeat, on "
    "9 May 2006, cost the manager his job.",
    # the same date
    "Marisol Quenby-Adair took gold in the 400 metres hurdles at Tavistock on 3 August 1991. That triumph, on "
    "3 August 1991, earned her a place in the national squad.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_bridging_rule_alone_is_silent(text: str) -> None:
    assert _bridged(text) == []


@pytest.mark.parametrize("text", [text for text in NEAR_MISSES if text is not PLANNED])
def test_near_misses_stay_silent(text: str) -> None:
    assert _restated(text) == []


# An older rule (the appositive "The ceremony, held on") flags the planned signing at 6b273e2 already; the
# bridging rule alone is silent on it (above). Kept as a known false alarm of the older rule.
@pytest.mark.xfail(strict=True, reason="an older rule flags it at 6b273e2 already (known false alarm)")
def test_planned_event_is_an_older_false_alarm() -> None:
    assert _restated(PLANNED) == []
