"""Date-conflict mechanisms generalised from the blind6 misses (branch dates7).

One event named with different words in its two places: an event-family lexicon
(``lexicons/event_families.tsv``) joins "amalgamation" and "joined forces", "armistice"
and "cease-fire", "abduction" and "kidnapped"; a definite description without a name
("the pact", "the blaze", "their nuptials") refers back to the last dated mention of
the same family.  Every sentence here was written for this file, in wordings other
than the benchmark templates; each positive has near misses that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import PUBLISHED_STAND_IN as PUBLISHED
from tests.conftest import check_dated_case

FILLER = " Shares in the sector were flat on the week. Analysts expect little change."


CASES = [
    # --- cause 1: synonyms of one event family, keyed by a shared name.
    ("Corvane Mills and Tessaly Yarns joined forces in 2004." + FILLER
     + " The amalgamation of Corvane Mills and Tessaly Yarns in 2009 cut 300 jobs.", "restated_event"),
    ("Gunmen abducted the aid worker Imre Solvak near the border in 1999." + FILLER
     + " Solvak's kidnapping in 2005 made headlines across Europe.", "restated_event"),
    ("The Oderhaven cannery was gutted by fire in 1974." + FILLER
     + " The blaze at the Oderhaven cannery on 3 June 1981 was never explained.", "restated_event"),
    ("Pellin Foods went public in March 1998." + FILLER
     + " The 2004 flotation of Pellin Foods raised 40 million pounds.", "restated_event"),
    # --- cause 2: a definite description without a name refers back to the family's last mention.
    ("The armistice signed in 1953 between Kordavia and the northern militias still holds." + FILLER
     + " Diplomats say the cease-fire, agreed in 1961, is fragile.", "restated_event"),
    ("The law on plastic bags came into effect in early 2011." + FILLER
     + " Litter fell by a third after the law took effect in 2014.", "restated_event"),
    ("Hollin Dairies and Brackwater Creamery amalgamated in 1987." + FILLER
     + " The two cooperatives merged in 1993 after a vote of members.", "restated_event"),
    # --- cause 3: a date between a determiner and an event noun dates that noun, not the verb before.
    ("Nine climbers died in the 1996 collapse of the Skarn ice bridge." + FILLER
     + " The Skarn ice bridge caved in on 2 May 2001 during a thaw.", "restated_event"),
    # --- cause 4: a surname opening a sentence names the person keyed earlier.
    ("The 1992 assassination of the editor Lorcan Vey stunned the city." + FILLER
     + " Vey was shot dead outside his office in 1997.", "restated_event"),
    # --- near misses: two events of one family with different names stay apart.
    ("Corvane Mills and Tessaly Yarns joined forces in 2004." + FILLER
     + " The amalgamation of Ardrey Steel and Holt Wire in 2009 cut 300 jobs.", None),
    # an indefinite description is a new event.
    ("The armistice signed in 1953 between Kordavia and the northern militias still holds." + FILLER
     + " Diplomats say a cease-fire, agreed in 1961, is fragile.", None),
    # a "the" description whose date belongs to another clause ("followed a dispute in").
    ("Hollin Dairies and Brackwater Creamery amalgamated in 1987." + FILLER
     + " The merger followed a bitter price war in 1984.", None),
    # another dated event of the family in between is the antecedent.
    ("Hollin Dairies and Brackwater Creamery amalgamated in 1987." + FILLER
     + " Ardrey Steel and Holt Wire merged in 1993." + " The merger created the county's largest employer in 1993.", None),
    # recurring families (elections, releases) are listed but never keyed.
    ("Marta Ilves won the 2008 election in Tarnow." + FILLER + " Ilves lost the 2012 election in Tarnow.", None),
    ("The band Quillfeather released an album in 2001." + FILLER + " The album came out in 2003.", None),
    # a repeat cue marks a second event of the family.
    ("The Oderhaven cannery was gutted by fire in 1974." + FILLER
     + " Another blaze at the Oderhaven cannery on 3 June 1981 destroyed the roof.", None),
    # one date for one event in two wordings is consistent.
    ("Pellin Foods went public in March 1998." + FILLER
     + " The 1998 flotation of Pellin Foods raised 40 million pounds.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generalised_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "restated_event")


def test_family_evidence_slices_the_input_and_explains_in_words() -> None:
    from reliability.features.temporal import analyse_dates

    text = ("The armistice signed in 1953 between Kordavia and the northern militias still holds."
            + FILLER + " Diplomats say the cease-fire, agreed in 1961, is fragile.")
    [conflict] = [c for c in analyse_dates(text, published=PUBLISHED).conflicts if c.kind == "restated_event"]
    assert [text[start:end] for start, end in conflict.spans] == ["1953", "1961"]
    assert "1953" in conflict.explanation and "1961" in conflict.explanation


def test_lexicon_rows_are_well_formed() -> None:
    from importlib.resources import files

    lines = files("reliability.lexicons").joinpath("event_families.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["term", "category", "weight", "source"]
    families = set()
    for line in lines[1:]:
        term, family, weight, source = line.split("\t")
        assert term.strip() == term and term and family and weight in ("0", "1") and source == "reliability-authors"
        families.add(family)
    assert len(families) >= 25


ORDER_CASES = [
    # --- cause 5: an anaphoric subject of another word of the same event family
    # ("That stoppage" after "downed tools") is the event of the sentence before.
    ("Bus drivers in Carrowby downed tools in 2007. That stoppage came after the depot was privatised in 2011.",
     "order_violation"),
    ("Bus drivers in Carrowby downed tools in 2011. That stoppage came after the depot was privatised in 2007.", None),
    # a noun of another family is not the previous sentence's event.
    ("Bus drivers in Carrowby downed tools in 2007. That wedding came after the depot was privatised in 2011.", None),
    # --- cause 6: an adverb before a sentence-opening connective ("Even before", "Only after").
    ("Even before the Lusk ferry was withdrawn in 2004, fares had doubled, in 2009.", "order_violation"),
    ("Even before the Lusk ferry was withdrawn in 2009, fares had doubled, in 2004.", None),
    ("Only after the inspection of 2012 did the trust replace its chief executive, in May 2008.", "order_violation"),
    ("Only after the inspection of 2008 did the trust replace its chief executive, in May 2012.", None),
]


@pytest.mark.parametrize(("text", "expected"), ORDER_CASES)
def test_generalised_order_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "order_violation")


ANACHRONISM_CASES = [
    # --- cause 7: irregular past forms are past tense ("sank", "fell", "sold").
    ("The trawler Grey Heron sank off Malin Head in March 2019 with all hands.", "publication_anachronism"),
    ("The trawler Grey Heron sank off Malin Head in March 2014 with all hands.", None),
    ("Shares in Ostry Glass fell sharply in November 2018 after the recall.", "publication_anachronism"),
    ("Shares in Ostry Glass may fall sharply in November 2018 after the recall.", None),
]


@pytest.mark.parametrize(("text", "expected"), ANACHRONISM_CASES)
def test_generalised_anachronism_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "publication_anachronism")


DURATION_CASES = [
    # --- cause 8: an age right after "died at" is the age at death of a bracketed life.
    ("The composer Ilse Marten (1921-1990) died at 52, in a hospice near Graz.", "duration_arithmetic"),
    ("The composer Ilse Marten (1921-1990) died at 69, in a hospice near Graz.", None),
    ("The composer Ilse Marten (1921-1990) died at 5 p.m. in a hospice near Graz.", None),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_CASES)
def test_generalised_duration_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected, "duration_arithmetic")


def test_nameless_event_is_explained_in_words() -> None:
    from reliability.features.temporal import analyse_dates

    text = ("A ceasefire agreed in late 2006 has largely held." + FILLER
            + " Monitors say the truce, brokered on 6 April 2013, let convoys through.")
    [conflict] = [c for c in analyse_dates(text, published=PUBLISHED).conflicts if c.kind == "restated_event"]
    assert [text[start:end] for start, end in conflict.spans] == ["late 2006", "6 April 2013"]
    assert "@" not in conflict.explanation and "ceasefire" in conflict.explanation

