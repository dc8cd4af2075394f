"""Date-conflict rules generalised beyond the benchmark phrasings (branch dates3).

Every phenomenon has a positive case and at least one near miss that must stay
quiet.  The sentences are written for this file; none is a benchmark template.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

P2016 = datetime.date(2016, 9, 20)


def _kinds(text: str, published: datetime.date | None = P2016) -> list[str]:
    return [conflict.kind for conflict in analyse_dates(text, published=published).conflicts]


RESTATED = [
    # Verb synonyms key one event: "sank" = "went down", "made landfall" = "struck".
    ("The ferry Kittiwake sank near Oban on 4 May 1971. Divers have searched for years since the Kittiwake went down "
     "in 1968.", "restated_event"),
    ("The ferry Kittiwake sank near Oban on 4 May 1971. The ferry Puffin went down in 1968.", None),
    ("Typhoon Marlo made landfall south of the city on 3 October 2009. Typhoon Marlo, which hit the coast in 2012, "
     "flattened crops.", "restated_event"),  # dates4: a named storm "hit" = "made landfall" (one storm, two dates)
    ("Cyclone Dara made landfall near Suva on 3 March 2010. Cyclone Dara, which struck the island in 2013, "
     "flattened crops.", "restated_event"),
    ("Cyclone Dara made landfall near Suva on 3 March 2010. Cyclone Evan, which struck the island in 2013, "
     "flattened crops.", None),
    # Event nouns with their owner: possessives, "the X of Y", compounds.
    ("The painter Ines Moll died on 2 February 1999 in Lisbon. Since Moll's death in 2004, her studio has stood "
     "empty.", "restated_event"),
    ("The painter Ines Moll died on 2 February 1999 in Lisbon. Since Duarte's death in 2004, the gallery has "
     "closed.", None),
    ("The Corran Tunnel collapse of March 1988 trapped nine miners. The collapse of the Corran Tunnel on 6 June "
     "1991 is still investigated.", "restated_event"),
    ("The Corran Tunnel collapse of March 1988 trapped nine miners. The collapse of the Westby Tunnel on 6 June "
     "1991 is still investigated.", None),
    ("Orrel Biotech's initial public offering in March 2004 was oversubscribed. When Orrel Biotech went public "
     "in 1999, analysts were sceptical.", "restated_event"),
    ("Orrel Biotech's initial public offering in March 2004 was oversubscribed. When Sandor Labs went public "
     "in 1999, analysts were sceptical.", None),
    # Coreference: "the college" is the one named college of the article.
    ("Maldon College, established in 1921, trains nurses. The college was established in 1934 by a charity.",
     "restated_event"),
    ("Maldon College, established in 1921, trains nurses. Bexley College was established in 1934 by a charity.",
     None),
    ("Maldon College was established in 1921 and Bexley College in 1930. The college was established in 1934.",
     None),  # two named colleges: "the college" is ambiguous
    ("The Riverside Library opened its doors on 1987-03-02. The library's opening in June 1992 drew crowds.",
     "restated_event"),
    ("The Riverside Library opened its doors on 1987-03-02. The library's reopening in June 1992 drew crowds.",
     None),
    # Noun synonyms: "the pact" restates "the treaty"; "championship" restates "title".
    ("The Baltic fisheries treaty was signed in 1994. Negotiators said the pact was signed in 2001 in Riga.",
     "restated_event"),
    ("The Baltic fisheries treaty was signed in 1994. Negotiators said the pact was ratified in 2001 in Riga.",
     None),
    ("The Kestrels won their first national title in 1979. Their first championship, clinched in the 1984 "
     "season, is still celebrated.", "restated_event"),
    ("The Kestrels won their first national title in 1979. Their second championship, clinched in the 1984 "
     "season, is still celebrated.", None),
    # "First" of a recurring event: only an earlier edition or another first one contradicts it.
    ("The Lowther book fair was first held in 1988 in a church hall. The book fair was first staged, in the "
     "spring of 1991, by two librarians.", "restated_event"),
    ("The Lowther book fair was first held in 1988 in a church hall. The book fair was held in 2010 in a tent.",
     None),
    ("The Lowther book fair was first held in 1988 in a church hall. The book fair was held in 1985 in a tent.",
     "restated_event"),
    ("Ana Ruiz was first elected mayor of Lora in 2003. Since Ruiz's first election as mayor in 2009, the "
     "town has grown.", "restated_event"),
    # Different events of one kind stay apart.
    ("The 2006 regional summit was tense. The 2011 regional summit was calmer.", None),
    ("The Orla bridge was built in 1960. The Dunn bridge was built in 1975.", None),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_restated_event_generalisations(text: str, expected: str | None) -> None:
    kinds = _kinds(text)
    if expected is None:
        assert "restated_event" not in kinds
    else:
        assert expected in kinds


def test_restated_evidence_spans_slice_both_dates() -> None:
    text = "The painter Ines Moll died on 2 February 1999 in Lisbon. Since Moll's death in 2004, her studio has stood empty."
    (conflict,) = [c for c in analyse_dates(text, published=P2016).conflicts if c.kind == "restated_event"]
    assert [text[start:end] for start, end in conflict.spans] == ["2 February 1999", "2004"]


OTHER_RULES = [
    # A weekday after its date: in brackets without an article, or "which was a ...".
    ("The regatta started on June 2, 2007 (Thursday) in light winds.", "weekday_mismatch"),
    ("The regatta started on June 2, 2007 (Saturday) in light winds.", None),
    ("The board met on 9 March 2004, which was a Friday, to sack the coach.", "weekday_mismatch"),
    ("The board met on 9 March 2004, which was a Tuesday, to sack the coach.", None),
    ("Kick-off was on Oct. 3, 1999 (Wed.) at the old ground.", "weekday_mismatch"),
    ("The talks ended on 4 March 2001 (see Friday's report) without a deal.", None),
    # "For N years" against a since-date elsewhere in its clause.
    ("The ferry, running since 1988, has carried commuters across the firth for 12 years.", "duration_arithmetic"),
    ("The ferry, running since 1988, has carried commuters across the firth for 28 years.", None),
    ("The shop has been open since 1990, and she worked there for 10 years.", None),
    # "For N years, from X until Y" with the range given as two dates.
    ("The choir was led by Ruth Alder for 22 years, from 1961 until she retired in 1999.", "duration_arithmetic"),
    ("The choir was led by Ruth Alder for 38 years, from 1961 until she retired in 1999.", None),
    ("He worked for 10 years at the mill, which opened in 1950 and closed in 1990.", None),
    # A year range cannot last more calendar years than it names.
    ("The occupation (1940-1942) lasted five years.", "duration_arithmetic"),
    ("The occupation (1940-1944) lasted five years.", None),
    # An age set off after a name, against "born in".
    ("Ruth Alder, 39, who was born in 1950, chairs the trust.", "duration_arithmetic"),
    ("Ruth Alder, 66, who was born in 1950, chairs the trust.", None),
    ("The trust, 39, was founded in 1950.", None),
    # An anniversary measured to publication when the sentence speaks of now.
    ("Veterans gather today for the 30th anniversary of the 1944 landing.", "duration_arithmetic"),
    ("Veterans gather today for the 72nd anniversary of the 1944 landing.", None),
    ("In 1974 veterans gathered for the 30th anniversary of the 1944 landing.", None),
    # Past events after publication: "by" is a deadline only before a time.
    ("Shareholders approved the merger in October 2019 by a narrow vote.", "publication_anachronism"),
    ("Shareholders must approve the merger by October 2019.", None),
    # A possessive relative word dates the event its sentence then dates explicitly.
    ("Yesterday's flood, which started before dawn on May 2, 2012, closed the ring road.", "publication_anachronism"),
    ("Yesterday's flood, which started before dawn on Sept. 19, 2016, closed the ring road.", None),
    # A past verb whose object is a dated contest.
    ("Dunmore United won the 2019 cup final after extra time.", "publication_anachronism"),
    ("Dunmore United won the 2015 cup final after extra time.", None),
    ("Dunmore won the 2022 hosting rights last year.", None),
    # "In the 2018 race" dates the race, not the sentence's past-tense verb.
    ("Voters said they preferred a newcomer in the 2018 governor's race.", None),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_RULES)
def test_other_generalisations(text: str, expected: str | None) -> None:
    kinds = _kinds(text)
    if expected is None:
        assert kinds == []
    else:
        assert expected in kinds
