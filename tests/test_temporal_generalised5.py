"""Date-conflict mechanisms generalised from the blind4 misses (branch dates5).

Every sentence here was written for this file, in wordings other than the benchmark
templates, to check that each mechanism catches its phenomenon in general; each
positive has a near miss that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import dated_conflicts as _conflicts
from tests.conftest import check_dated_case
from tests.conftest import dated_kinds as _kinds


CASES = [
    # --- date formats: dashed numeric dates, spelled-out ordinal days, relative years.
    ("The invoice is dated 31-04-2013 in the ledger.", "impossible_date"),
    ("The invoice is dated 30-04-2013 in the ledger.", None),
    ("The gala took place on the thirty-first of June, 1999.", "impossible_date"),
    ("The gala took place on the thirtieth of June, 1999.", None),
    ("Contracts were renewed on Feb 29 last year, the filing says.", "impossible_date"),
    ("Contracts were renewed on Feb 29 this year, the filing says.", None),
    # --- a yearless 29 February takes the one year written in its sentence.
    ("Of the storms that hit in 2010, the worst arrived on 29 February.", "impossible_date"),
    ("Of the storms that hit in 2012, the worst arrived on 29 February.", None),
    # --- weekdays: every short form, in brackets after the date, predicated by a copula,
    # an indefinite weekday a few words before its date, a yearless date repeating a full one.
    ("The vote fell on Thurs 14 Mar 2012 after a recount.", "weekday_mismatch"),
    ("The vote fell on Weds 14 Mar 2012 after a recount.", None),
    ("Logs show the outage began 2010-07-04 (Fri).", "weekday_mismatch"),
    ("Logs show the outage began 2010-07-04 (Sun).", None),
    ("Crews finished the bridge on 9 June 2003. Locals still say 9 June was a Friday.", "weekday_mismatch"),
    ("Crews finished the bridge on 9 June 2003. Locals still say 9 June was a Monday.", None),
    ("It happened on a Tuesday, 18 October 2007 to be exact, when the roof fell in.", "weekday_mismatch"),
    ("It happened on a Thursday, 18 October 2007 to be exact, when the roof fell in.", None),
    # --- restatements: a verb and its nominalisation or synonym, with the entity's name.
    ("Halvorsen Steel was nationalized in 1976. The 1981 nationalisation of Halvorsen Steel cost taxpayers dearly.",
     "restated_event"),
    ("Halvorsen Steel was nationalized in 1976. The 1981 nationalisation of Brandt Mining cost taxpayers dearly.", None),
    ("Okonjo Media purchased the Lakeside Courier in 2001. The Lakeside Courier's 2007 sale to Okonjo Media surprised staff.",
     "restated_event"),
    ("Okonjo Media purchased the Lakeside Courier in 2001. The Lakeside Courier's 2001 sale to Okonjo Media surprised staff.",
     None),
    ("The Kestrel Arena, completed in 1994, seats 9,000. Work on the Kestrel Arena was finished in 2003, a plaque says.",
     "restated_event"),
    ("The town's museum, which opened in 2008, draws tourists. Visitors to the Harbour Gallery in 1990 saw its opening.", None),
    # --- order: sequencing adverbs in one sentence and opening the next, clause connectives,
    # verb inflections, and a subject that names the previous sentence's event.
    ("The mill closed in 2004 and then, in 1998, the town lost its railway.", "order_violation"),
    ("The mill closed in 2004 and then, in 2009, the town lost its railway.", None),
    ("The club was relegated in 2011. Subsequently, in 2008, it changed owners.", "order_violation"),
    ("The club was relegated in 2011. Earlier, in 2008, it changed owners.", None),
    ("Once the dam was finished in 2009, the valley flooded in 2007.", "order_violation"),
    ("Once the dam was finished in 2009, the valley flooded in 2010.", None),
    ("The chapel, consecrated in 1890, postdates the tower, which was raised in 1902.", "order_violation"),
    ("The chapel, consecrated in 1890, postdates the tower, which was raised in 1880.", None),
    ("The brewery was sold in 2012. The sale of the brewery followed a tax dispute in 2015.", "order_violation"),
    ("The brewery was sold in 2012. The sale of the brewery followed a tax dispute in 2010.", None),
    # --- anachronisms: a bare weekday glossed with a date, fortnights, "as of", recent-past
    # words pinned through a dash and an adverb.
    ("On Friday (March 4, 2011), the council approved the budget.", "publication_anachronism"),
    ("On Friday (September 23, 2016), the council approved the budget.", None),
    ("Three fortnights ago, on 2 April 2012, the mine shut.", "publication_anachronism"),
    ("As of June 2019, the fund had paid out $3 million.", "publication_anachronism"),
    ("As of June 2015, the fund had paid out $3 million.", None),
    ("In recent weeks -- notably on 4 May 2010 -- prices rose.", "publication_anachronism"),
    # --- durations: ages of institutions, offsets between two dates, a length before the
    # second of two events, "for N months since", milestones of institutions.
    ("The 40-year-old Harbour Theatre, built in 1921, will close.", "duration_arithmetic"),
    ("The 95-year-old Harbour Theatre, built in 1921, will close.", None),
    ("Talks collapsed on 12 March 2010, five days after they began on 1 March.", "duration_arithmetic"),
    ("Talks collapsed on 12 March 2010, five days after they began on 7 March.", None),
    ("She emigrated in 1990 and came home in 1994 after two decades abroad.", "duration_arithmetic"),
    ("She emigrated in 1990 and came home in 1994 after four years abroad.", None),
    ("Nurses have been striking for 3 months, since January 2015.", "duration_arithmetic"),
    ("Nurses have been striking for 20 months, since January 2015.", None),
    ("The Linden Library, which opened in 1990, turned 10 this year.", "duration_arithmetic"),
    ("The Linden Library, which opened in 1990, turned 26 this year.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generalised_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected)


def test_institution_age_without_publication_abstains_on_its_own_year() -> None:
    # The only year of the text is the founding year: an inferred reference says nothing.
    assert _kinds("The 109-year-old Brayfield co-operative, founded in 1922, will merge.", None) == []


def test_offset_evidence_has_every_side() -> None:
    text = "Talks collapsed on 12 March 2010, five days after they began on 1 March."
    [(kind, spans)] = _conflicts(text)
    assert kind == "duration_arithmetic" and spans == ["five days", "12 March 2010", "1 March"]
