"""Round restate16 of ``restated_event``: how news refers back to an event in other words.

Three general constructions feed the learned event-identity pass (``reliability.features.event_identity``):

* kinds of event told with different words ("went bankrupt" / "the firm's collapse", "seized power" /
  "the coup", "bought" / "the deal", "climbed" / "his ascent") join candidate pairs
  (``lexicons/event_kinds.tsv``);
* an event word named as a title ("the Treaty of Kestrel Bay", "The Battle of Ulm") is an event word,
  not only a name;
* a definite description of a shared event word or kind ("the firm's collapse", "his death"), not one a
  date is measured from ("17 months after the invasion began"), and a sentence that opens with one
  (``opening_reference``: "That deal, closed on ...") are features of the pair; a cleft ("It wasn't until
  August 2004 that ...") is not a pronoun opening.

Each has positives and more near-misses, at the level of candidate pairs and features and end to end.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import event_identity, temporal
from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)
LEARNED = "learned event-identity model"


def _pairs(text: str) -> dict[tuple[str, str], dict[str, float]]:
    """(earlier date, later date) -> the pair's features, for the learned pass's candidate pairs."""
    parameters = event_identity.load_parameters()
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    dated, pairs = temporal._identity_pairs(context, parameters["generic"])  # type: ignore[arg-type]
    return {(text[dated[pair.first].start:dated[pair.first].end], text[dated[pair.second].start:dated[pair.second].end]):
            dict(zip(event_identity.FEATURES, pair.values)) for pair in pairs}


def _learned(text: str) -> list[str]:
    return [conflict.explanation for conflict in analyse_dates(text, published=PUBLISHED).conflicts
            if conflict.kind == "restated_event" and LEARNED in conflict.explanation]


# --- kinds of event told in other words become candidate pairs --------------------------------------

@pytest.mark.parametrize(("text", "dates"), [
    ("Harwell Foods went bankrupt in 1966, costing 3,000 jobs. Suppliers say the firm's collapse in 1962 hit them hardest.",
     ("1966", "1962")),
    ("General Amadou seized power in Tarsia in 2012. The coup of April 2014 was the country's first.",
     ("2012", "April 2014")),
    ("Brook Freight bought its rival Selwyn Mills in October 1957. Analysts said the deal, struck in February 1962, "
     "doubled its market share.", ("October 1957", "February 1962")),
    ("Ada Morrow climbed Mount Kell in 1974. Her ascent, on July 1, 1984, is marked by a plaque.",
     ("1974", "July 1, 1984")),
    ("The affair was exposed by a reporter in February 1966. She revealed the payments in a report in February 1967.",
     ("February 1966", "February 1967")),
    ("Landmark ruling: the council lost its appeal in October 1958. It was handed down in May 1958 by three judges.",
     ("October 1958", "May 1958")),
    ("Mills & Rooke was sold to Harwell Foods in January 1998. It changed hands, the filings show, on May 5, 2001.",
     ("January 1998", "May 5, 2001")),
    ("Kell City were founded in 1979 by railway workers. The club's formation, the archive shows, dates to June 1985.",
     ("1979", "June 1985")),
    ("Jon Pargeter was killed in 1992 in a climbing accident. His death, on September 15, 1985, was mourned widely.",
     ("1992", "September 15, 1985")),
])
def test_an_event_told_in_words_of_one_kind_is_a_candidate_pair(text: str, dates: tuple[str, str]) -> None:
    pairs = _pairs(text)
    assert dates in pairs
    features = pairs[dates]
    assert features["kind_only"] == 1.0 or features["shared_event_class"] == 1.0


@pytest.mark.parametrize("text", [
    # Words of no shared kind stay apart: a storm and a sale, a founding and a death.
    "The storm hit the coast in 1987. The company sold its fleet in 1991.",
    "The school was founded in 1901. The headmaster died in 1950.",
    "The bridge opened in 1932. The tolls were abolished in 1948.",
    # "summit" is a meeting as often as a mountain top: it is no ascent.
    "Ada Morrow reached the summit of Mount Kell in 1974. Her ascent, on July 1, 1984, is marked by a plaque.",
])
def test_words_of_different_kinds_are_not_paired(text: str) -> None:
    assert _pairs(text) == {}


# --- an event word named as a title ---------------------------------------------------------------

def test_an_event_word_named_as_a_title_is_an_event_word() -> None:
    text = ("The Treaty of Kestrel Bay of 2005 ended the war between Kordavia and Bratvania. It was signed on "
            "September 14, 1994 in a railway carriage outside the town.")
    assert ("2005", "September 14, 1994") in _pairs(text)


@pytest.mark.parametrize("text", [
    # A capitalised event word not after "the" nor before "of" stays a name only.
    "Shares in Storm Ridge Capital rose in 1999. The fund sold its stake in 2004.",
    "Mayor Ann Treaty took office in 1990. She signed the budget in 1995.",
])
def test_a_capitalised_event_word_elsewhere_is_only_a_name(text: str) -> None:
    for features in _pairs(text).values():
        assert features["kind_only"] == 0.0 or features["shared_names"] == 0.0
    classes = set()
    parameters = event_identity.load_parameters()
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    dated = temporal._explicit_dates(context)
    sides = event_identity.date_contexts(
        text, [(candidate.start, candidate.end, candidate.granularity) for candidate in dated], context.sentence,
        temporal._IDENTITY_CLASS_OF, temporal._IDENTITY_PHRASES, parameters["generic"],  # type: ignore[arg-type]
        temporal._IDENTITY_EVENT_STEMS, temporal._IDENTITY_PHRASE_HEADS)
    classes = sides[0].classes
    assert "kind:storm" not in classes and "kind:agreement" not in classes


def test_titled_only_after_the_or_before_of() -> None:
    assert event_identity._titled_at("the", ["The", "Treaty", "of"], 1)
    assert event_identity._titled_at("in", ["in", "Battle", "of", "Ulm"], 1)
    assert not event_identity._titled_at("in", ["in", "Storm", "Ridge"], 1)
    assert not event_identity._titled_at("mayor", ["Mayor", "Treaty"], 1)


# --- definite descriptions and openings -------------------------------------------------------------

def test_a_definite_description_of_a_kind_opens_the_later_sentence() -> None:
    text = ("The takeover of Tidewright Marine by Copperline Rail was completed on 6 December 2011. "
            "That deal, closed on 10 March 2010, made Copperline Rail the largest employer in the vale.")
    features = _pairs(text)[("6 December 2011", "10 March 2010")]
    assert features["opening_reference"] == 1.0 and features["definite_reference"] == 1.0


@pytest.mark.parametrize(("text", "dates"), [
    # The definite description is what the date is measured from, not what it dates.
    ("Trump was asked in a September 2002 interview if he supported invading Iraq. It wasn't until August 2004, "
     "17 months after the invasion began, that he came out against it.", ("September 2002", "August 2004")),
    # The later date is told relative to the event: "in 1990, after the storm".
    ("The storm flooded the town in 1987. The dykes were raised in 1990, after the storm.", ("1987", "1990")),
])
def test_a_description_a_date_is_measured_from_is_not_a_definite_reference(text: str, dates: tuple[str, str]) -> None:
    features = _pairs(text)[dates]
    assert features["definite_reference"] == 0.0
    assert features["relation_between"] == 1.0


@pytest.mark.parametrize("opening", [
    "It wasn't until August 2004 that", "It was not until 2004 that", "It was in 1994 that", "It is 20 years since",
])
def test_a_cleft_is_not_a_pronoun_opening(opening: str) -> None:
    assert event_identity._CLEFT.match(opening)


@pytest.mark.parametrize("opening", ["It was signed on", "It was handed down in", "It changed hands", "It opened on"])
def test_a_pronoun_that_refers_back_is_not_a_cleft(opening: str) -> None:
    assert not event_identity._CLEFT.match(opening)


def test_the_opening_reference_needs_a_determiner_first() -> None:
    # "Since its launch" opens with a relation, not a determiner: no opening reference (a definite one, yes).
    text = ("The metro line opened to passengers on June 6, 1981. Since its launch on July 3, 1991, it has carried "
            "90 million riders.")
    features = _pairs(text)[("June 6, 1981", "July 3, 1991")]
    assert features["opening_reference"] == 0.0


# --- end to end ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # Different events of one kind: another coup, a second company's failure, two climbers, two people's deaths.
    "The army seized power in Tarsia in 1962. A second coup, in 1971, installed General Amadou.",
    "Harwell Foods collapsed in 2008. Its rival Selwyn Mills went into liquidation in 2011.",
    "Edmund Hale climbed Mount Kell in 1953. Reinhold Vass made his ascent in 1978 without oxygen.",
    "Her husband died in 1990. Her brother was killed in a car crash in 2001.",
    "Brook Freight bought Selwyn Mills in 1998. In 2004 it signed a supply deal with Harwell Foods.",
    "The line opened in 1981. A new extension was launched in 1995.",
    "The paper revealed the payments in 2003. It exposed a second scandal in 2009.",
    "She was appointed minister in 2001. She took over as party leader in 2007.",
    "The court convicted him in 1999. The appeal ruling in 2003 overturned the conviction.",
    "Trump was asked in a September 2002 interview if he supported invading Iraq. It wasn't until August 2004, "
    "17 months after the invasion began, that he came out against it.",
    "Mills & Rooke was founded in 1901. The firm's collapse in 1988 cost 900 jobs.",
])
def test_different_events_of_one_kind_gain_no_learned_restatement(text: str) -> None:
    assert _learned(text) == []


# --- a dateline is the date of the report --------------------------------------------------------

def test_a_date_that_opens_the_text_is_a_dateline_and_pairs_with_nothing() -> None:
    body = ("Fighting in the north is the worst in a year, aid agencies said. Taken together these are the worst "
            "levels of violence since the battle for the city in 2016, the agency said.")
    assert _pairs("October 5 2017 " + body) == {}
    assert _pairs("  March 2, 2015\n" + body) == {}
    # The same dates inside the text are ordinary dates: "fighting" and "the battle" are one kind.
    inside = "Aid agencies said on October 5 2017 that fighting in the north is the worst in a year. " + body
    assert ("October 5 2017", "2016") in _pairs(inside)
    assert _learned("October 5 2017 " + body) == []
