"""British, military, religious and honorific titles before a surname (session 20, lead).

"Guests rose to applaud Councillor Whtlock" after "Barnaby Whitlock": a title the name rule did not know
opened a two-word run, read as another person introduced in full ("Councillor Whtlock"). The titles list now
holds councillor, alderman, inspector, superintendent, lieutenant, colonel, corporal, admiral, commander,
dame, sir, baroness, rabbi, imam, sheikh, cardinal and pastor (and their abbreviations), but not titles that
are also common surnames ("Major", "Constable", "Marshall") or given names ("Dean"). Names recall rose by one
render on blind6, blind10, blind12, blind14 and blind15; near-miss alarms unchanged on every split. On the real
corpora one pair is added, and it is genuine: "Lieutenant Aaron Allan" ... "Lt. Allen" (SemEval).
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span[0]:span[1]] for span in measurement.spans]


@pytest.mark.parametrize(("text", "pair"), [
    ("Barnaby Whitlock was honoured for thirty years of service. Guests rose to applaud Councillor Whtlock.",
     ["Barnaby Whitlock", "Whtlock"]),
    ("Police have arrested Chidi Okonkwo on suspicion of fraud. Alderman Okoknwo is due before magistrates.",
     ["Chidi Okonkwo", "Okoknwo"]),
    ("Wilhelmina Brockhurst called off the search at dusk. It will resume at first light, Inspector Brocghurst "
     "said.", ["Wilhelmina Brockhurst", "Brocghurst"]),
    ("Just last week, Lieutenant Aaron Allan was shot on a roadway. Like Lt. Allen, he had no chance to react.",
     ["Aaron Allan", "Allen"]),
])
def test_a_title_before_a_variant_surname(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # The title and the surname as introduced.
    "Barnaby Whitlock was honoured for thirty years of service. Guests rose to applaud Councillor Whitlock.",
    # A surname that is also a title stays a name.
    "The former prime minister John Major spoke first. Major said the party had changed.",
    # Another person with that title.
    "Barnaby Whitlock was honoured on Monday. Inspector Hartley presented the award.",
])
def test_titles_do_not_make_other_names_variants(text: str) -> None:
    assert _pairs(text) == []
