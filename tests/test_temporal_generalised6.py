"""Date-conflict mechanisms generalised from the blind5 misses (branch dates6, round 5).

Every sentence here was written for this file, in wordings, nouns and names other than the
benchmark templates, to check that each general cause is fixed in general; each positive has
a near miss that must stay quiet (a consistent date, a different entity or a different event).
"""

from __future__ import annotations

import pytest

from tests.conftest import PUBLISHED_STAND_IN as PUBLISHED
from tests.conftest import dated_conflicts as _conflicts
from tests.conftest import check_dated_case
from tests.conftest import dated_kinds as _kinds


CASES = [
    # --- restatements: a law's or a truce's entry into force, in every wording, and the stative
    # "in force since" / "in effect since".
    ("The Harbour Safety Act came into effect on 1 May 2001. Under the Harbour Safety Act, in force since "
     "3 March 2003, pilots must be licensed.", "restated_event"),
    ("The Harbour Safety Act came into effect on 1 May 2001. Under the Harbour Safety Act, in force since "
     "1 May 2001, pilots must be licensed.", None),
    ("The Harbour Safety Act came into effect on 1 May 2001. Under the Dock Labour Act, in force since "
     "3 March 2003, pilots must be licensed.", None),
    # A postmodifier between the head and its verb ("the truce between X and Y took effect").
    ("The truce between the army and the Mountain Brigades took effect on June 2, 2004. Since the truce "
     "entered into force on October 9, 2005, trade has recovered.", "restated_event"),
    ("The truce between the army and the Mountain Brigades took effect on June 2, 2004. Since the truce "
     "entered into force on June 2, 2004, trade has recovered.", None),
    # --- verb synonyms of one event: shutting is closing.
    ("Hartwell Paper's Dunmore mill shut for good in March 2003. Jobs vanished after the Hartwell Paper "
     "mill closed in August 2003.", "restated_event"),
    ("Hartwell Paper's Dunmore mill shut for good in March 2003. Jobs vanished after the Corbel Paper "
     "mill closed in August 2003.", None),
    # --- a court decides a named case once; "v." ends no sentence.
    ("The appeal court's 2004 ruling in Marsh v. Delacroix Holdings upheld the fine. In Marsh v. Delacroix "
     "Holdings, decided in 1999, the judges split.", "restated_event"),
    ("The appeal court's 2004 ruling in Marsh v. Delacroix Holdings upheld the fine. In Pryce v. Alder "
     "Estates, decided in 1999, the judges split.", None),
    # A person decides many things: no case name, no restatement.
    ("Governor Halloran decided in 2009 to cut the budget. Halloran's decision in 2013 was to raise it.", None),
    # --- a debut work comes out once (not "her first album in a decade").
    ("\"Paper Lanterns\", Odile Rennard's debut album, was released in 1994. When Rennard's debut album "
     "reached the shops in 1997, it sold slowly.", "restated_event"),
    ("\"Paper Lanterns\", Odile Rennard's debut album, was released in 1994. Rennard's first album in a "
     "decade came out in 2004.", None),
    # --- a first election named as a victory.
    ("Marek Sorensen was first elected to the senate for Upper Vale in 2006. Sorensen's first "
     "election victory, in 2002, was a landslide.", "restated_event"),
    ("Marek Sorensen was first elected to the senate for Upper Vale in 2006. Sorensen's first "
     "election victory, in 2006, was a landslide.", None),
    # --- a possessive pronoun names the subject again: in the same sentence, or in a sentence
    # without a name of its own, the sentence before.
    ("The Tidewater Aquarium, which opened in 1991, has hosted a summer camp since its opening in 1996.",
     "restated_event"),
    ("The Tidewater Aquarium, which opened in 1991, has hosted a summer camp since its opening in 1991.", None),
    ("Brannock Cider was founded in 1962 by two sisters. Since its founding in 1968, the firm has grown.",
     "restated_event"),
    ("Brannock Cider was founded in 1962 by two sisters. Since its founding in 1962, the firm has grown.", None),
    # --- one beginning, several verbs: "began", "started", "came into force".
    ("The dock strike began in February 2009. The dock strike, which started in July 2009, ended in 2010.",
     "restated_event"),
    ("The dock strike began in February 2009. The dock strike, which started in February 2009, ended in 2010.",
     None),
    # Two different events of one year stay apart: "the 2018 summit" / "the 2023 summit".
    ("The 2018 summit in Oslo set targets. The 2023 summit in Oslo missed them.", None),
    # --- order: a connective opening a long clause, or after a length or adverb.
    ("By the time the Norland Concert Hall opened in 1971, its architect had died in 1979.", "order_violation"),
    ("By the time the Norland Concert Hall opened in 1981, its architect had died in 1979.", None),
    ("Months after the 2003 flood receded, the council rebuilt the weir in 2001.", "order_violation"),
    ("Months after the 2003 flood receded, the council rebuilt the weir in 2004.", None),
    ("When the ferry service resumed in 1988, the old pier had already collapsed in 1993.", "order_violation"),
    ("When the ferry service resumed in 1988, the old pier had already collapsed in 1983.", None),
    # "When" without a pluperfect, or reaching past an earlier date, orders nothing.
    ("When asked in 2015 about the 2010 merger, the chairman had no comment.", None),
    # The agent of a passive ordering verb may be a bare noun phrase with its own clause.
    ("The 2006 lockout at Fenwick Motors was preceded by weeks of talks that broke down in 2009.", "order_violation"),
    ("The 2009 lockout at Fenwick Motors was preceded by weeks of talks that broke down in 2006.", None),
    # A cause's participle; "in time for"; ", once ... had".
    ("The dam failed in 1997, triggering the 1994 evacuation of the valley.", "order_violation"),
    ("The dam failed in 1992, triggering the 1994 evacuation of the valley.", None),
    ("The pier was repainted in 2007 in time for the 2005 regatta.", "order_violation"),
    ("The pier was repainted in 2004 in time for the 2005 regatta.", None),
    ("Results were posted on 2 June 2010, once the ballots had arrived on 9 June 2010.", "order_violation"),
    ("Results were posted on 12 June 2010, once the ballots had arrived on 9 June 2010.", None),
    # A date set off at the end of the main clause that a connective phrase interrupts.
    ("Rosa Quint quit the orchestra before its 2008 tour, in 2011.", "order_violation"),
    ("Rosa Quint quit the orchestra before its 2008 tour, in 2006.", None),
    # "N years later" with an earlier date is out of order as well as a wrong length.
    ("The first wing was built in 1994; a second wing followed two years later, in 1988.", "order_violation"),
    ("The first wing was built in 1994; a second wing followed two years later, in 1996.", None),
    # A pluperfect state begins before the time narrated just before it.
    ("The coastal railway reopened in 2003. It had been closed since a landslide in 2007.", "order_violation"),
    ("The coastal railway reopened in 2003. It had been closed since a landslide in 1999.", None),
    # --- durations: a day range written with "from ... to", lengths in words.
    ("The four-day fair ran from 3 to 19 April 2008.", "duration_arithmetic"),
    ("The four-day fair ran from 3 to 6 April 2008.", None),
    ("She spent a quarter of a century abroad, from 1970 to 1979.", "duration_arithmetic"),
    ("She spent a quarter of a century abroad, from 1970 to 1995.", None),
    ("After nearly three decades in the post, from 1981 to 1986, the warden retired.", "duration_arithmetic"),
    ("After nearly three decades in the post, from 1981 to 2009, the warden retired.", None),
    # The present perfect measures from the start told in the clause before, or in a since-clause.
    ("Amos Tiller became chairman of the rowing club in 1998 and has run it for 4 years.", "duration_arithmetic"),
    ("Amos Tiller became chairman of the rowing club in 1998 and has run it for 18 years.", None),
    ("Amos Tiller visited the rowing club in 1998 and has run it for 4 years.", None),
    ("The Okafor family has farmed here for 9 years, since buying the land in 1980.", "duration_arithmetic"),
    ("The Okafor family has farmed here for 36 years, since buying the land in 1980.", None),
    # An age at a dated event, against the birth date of the sentence.
    ("Born in 1971, Petra Lund was only 15 when her band signed a record deal in 1999.", "duration_arithmetic"),
    ("Born in 1971, Petra Lund was only 27 when her band signed a record deal in 1999.", None),
    ("Born in 1971, Petra Lund was 15 when her father emigrated; the band signed a deal in 1999.", None),
    ("Born in 1971, Petra Lund signed her first record deal in 1999 at the age of 15.", "duration_arithmetic"),
    ("Born in 1971, Petra Lund signed her first record deal in 1999 at the age of 28.", None),
    # Ages at death: a bare "at N" after the death's date, and a bracketed life.
    ("Walter Brisk was born in 1911 and died in 1980 at 45.", "duration_arithmetic"),
    ("Walter Brisk was born in 1911 and died in 1980 at 69.", None),
    ("Walter Brisk was born in 1911 and died in 1980 at 10 Downing Street.", None),
    ("Walter Brisk (1911-1980) died at the age of 45.", "duration_arithmetic"),
    ("Walter Brisk (1911-1980) died at the age of 68.", None),
    ("The Great War (1914-1918) brought the death of men aged 18.", None),
    # Offsets in years between years, and "a decade later".
    ("The yard closed in 1985, 30 years after it opened in 1962.", "duration_arithmetic"),
    ("The yard closed in 1985, 23 years after it opened in 1962.", None),
    ("The guild was formed in 1950 and dissolved a decade later, in 1979.", "duration_arithmetic"),
    ("The guild was formed in 1950 and dissolved a decade later, in 1960.", None),
    # The legal form of a date names the day: "the thirty-first day of September".
    ("The lease, dated the thirty-first day of April, 1931, was found in the vault.", "impossible_date"),
    ("The lease, dated the thirtieth day of April, 1931, was found in the vault.", None),
    ("Witnessed this 31st day of November 2002 at Carlisle.", "impossible_date"),
    ("Witnessed this 30th day of November 2002 at Carlisle.", None),
    # Sports seasons are years of play.
    ("Ilse Brandt captained the Wolves for three seasons, from 1990 to 1999.", "duration_arithmetic"),
    ("Ilse Brandt captained the Wolves for three seasons, from 1990 to 1993.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generalised_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected)


def test_inferred_reference_bounds_ages_and_anniversaries_from_below() -> None:
    # Without a publication date the article's latest date (2014 here) is a lower bound on it:
    # an age or an anniversary too small for that is flagged, a larger one is not.
    dated = "The council met on 3 March 2014. "
    assert "duration_arithmetic" in _kinds(dated + "Greta Voss, 31, who was born in 1950, spoke first.", None)
    assert _kinds(dated + "Greta Voss, 71, who was born in 1950, spoke first.", None) == []
    assert _kinds(dated + "Greta Voss, 80, who was born in 1950, spoke first.", None) == []
    assert "duration_arithmetic" in _kinds(dated + "This year the Alder Theatre marks the 20th anniversary of its opening in 1950.", None)
    assert _kinds(dated + "This year the Alder Theatre marks the 70th anniversary of its opening in 1950.", None) == []


def test_in_force_since_evidence_is_the_date() -> None:
    text = ("The Harbour Safety Act came into effect on 1 May 2001. Under the Harbour Safety Act, in force since "
            "3 March 2003, pilots must be licensed.")
    [(kind, spans)] = _conflicts(text)
    assert kind == "restated_event" and spans == ["1 May 2001", "since 3 March 2003"]


def test_restatement_explanation_names_the_event_in_plain_words() -> None:
    from reliability.features.temporal import analyse_dates

    text = ("Hartwell Paper's Dunmore mill shut for good in March 2003. Jobs vanished after the Hartwell Paper "
            "mill closed in August 2003.")
    [conflict] = analyse_dates(text, published=PUBLISHED).conflicts
    assert conflict.explanation.startswith("the closure of ")
    assert "March 2003" in conflict.explanation and "August 2003" in conflict.explanation


def test_a_year_after_stays_unextracted() -> None:
    # The gold set leaves "a year after" unextracted; "a year later" is a length.
    from reliability.features.temporal import extract_temporal

    after = [expression.text for expression in extract_temporal("The law passed in 2015, a year after the 2014 protests.")]
    later = [expression.text for expression in extract_temporal("The law passed in 2014 and was repealed a year later, in 2015.")]
    assert "a year" not in after and "a year" in later


def test_evidence_spans_slice_the_input() -> None:
    for text, expected in CASES:
        if expected is None:
            continue
        from reliability.features.temporal import analyse_dates

        for conflict in analyse_dates(text, published=PUBLISHED).conflicts:
            for start, end in conflict.spans:
                assert 0 <= start < end <= len(text)
                assert text[start:end].strip() == text[start:end]
