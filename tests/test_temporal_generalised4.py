"""Date-conflict rules generalised from the blind3 misses (branch dates4).

Each phenomenon has positives and near misses written for this file; none is a
benchmark template.  Where a rule reports several sides of a conflict, the test
checks that every side is in the evidence.
"""

from __future__ import annotations

import pytest

from tests.conftest import dated_conflicts as _conflicts
from tests.conftest import check_dated_case
from tests.conftest import dated_kinds as _kinds


CASES = [
    # --- impossible dates in forms not parsed before: dotted day.month.year, a day past 31.
    ("The lease, signed 30.02.2011, was never registered.", "impossible_date"),
    ("The lease, signed 28.02.2011, was never registered.", None),
    ("The ferry timetable changed on March 34, 2012, the operator said.", "impossible_date"),
    ("The ferry timetable changed on March 24, 2012, the operator said.", None),
    ("He wore shirt number 35 in May 2012.", None),
    # --- weekday attachments: a weekday right before a numeric date; a weekday with a bare day.
    ("The memo, dated Friday 17/03/2009, set out the cuts.", "weekday_mismatch"),   # 17 March 2009 was a Tuesday
    ("The memo, dated Tuesday 17/03/2009, set out the cuts.", None),
    ("The council met on Monday 04/05/2009 to vote.", None),  # 4 May 2009 was a Monday (day-first reading)
    ("Dockers stopped work in March 2011 over pensions. The stoppage ended on Wednesday the 9th with a deal.", None),
    ("Dockers stopped work in March 2011 over pensions. The stoppage ended on Saturday the 9th with a deal.",
     "weekday_mismatch"),
    ("In March 2011 the club hosted a horror night. The film Friday the 13th was shown.", None),
    # --- restated events keyed across a verb and its nominalisation, with short and compound names.
    ("Brenner Foods merged with Oakley Dairies in 2008. Since the Brenner Foods-Oakley Dairies merger was "
     "completed in June 2004, prices have risen.", "restated_event"),
    ("Brenner Foods merged with Oakley Dairies in 2008. Since the merger was completed in June 2008, prices have "
     "risen.", None),
    ("Police arrested Tomasz Wilk in Gdansk on 9 March 2007. Wilk's 2011 arrest followed a tip-off.", "restated_event"),
    ("Police arrested Tomasz Wilk in Gdansk on 9 March 2007. Wilk was arrested again in 2011 after a tip-off.", None),
    ("Police arrested Tomasz Wilk in Gdansk on 9 March 2007. Nowak's 2011 arrest followed a tip-off.", None),
    ("The probe Tessaly-5 blasted off from Baikonur on 3 April 2001. Tessaly-5, silent since its launch in 2005, "
     "was written off.", "restated_event"),
    ("The chamber opera \"Salt and Iron\" premiered in Leeds in 1994. At its 1999 premiere, \"Salt and Iron\" "
     "divided critics.", "restated_event"),
    ("The chamber opera \"Salt and Iron\" premiered in Leeds in 1994. At its 1999 revival, \"Salt and Iron\" "
     "divided critics.", None),
    ("Cyclone Orla devastated the port of Mirren in March 2004. Aid agencies still recall Cyclone Orla, which "
     "hit Mirren in 2009.", "restated_event"),
    ("Shares in Velda hit a record in March 2004. Shares in Velda hit a low in 2009.", None),
    ("The Liberal Bloc first won power in the 1998 election. Since first winning power in 2002, the Liberal Bloc "
     "has governed alone.", "restated_event"),
    ("The Liberal Bloc won power in the 1998 election. Since winning power in 2002, the Liberal Bloc "
     "has governed alone.", None),
    # --- order words with longer clauses, across sentences, causal verbs and sequels.
    ("The port closed in May 2009 hard on the heels of the 2012 strike.", "order_violation"),
    ("The port closed in May 2012 hard on the heels of the 2009 strike.", None),
    ("The board scrapped the bonus scheme in 1999. That decision was made only after shareholders revolted at "
     "the meeting in 2003.", "order_violation"),
    ("The board scrapped the bonus scheme in 1999. That decision was made only after shareholders revolted at "
     "the meeting in 1998.", None),
    ("The choir gave its jubilee recital in 2001. The jubilee came after the choir lost its hall in 2004.",
     "order_violation"),  # the subject repeats the earlier event's noun
    ("The choir gave its jubilee recital in 2001. The company was sold only after the choir lost its hall in 2004.",
     None),  # a new subject: not the earlier event
    ("The 2011 floods prompted the drainage overhaul of 2006.", "order_violation"),
    ("The 2006 floods prompted the drainage overhaul of 2011.", None),
    ("The inquiry opened in March 2012; the ensuing report, in June 2010, blamed the council.", "order_violation"),
    ("The inquiry opened in March 2012; the ensuing report, in June 2013, blamed the council.", None),
    # --- anachronisms: calendar periods pinned to coarse dates; since-dates after publication.
    ("Earlier this year, in March 2011, the council sold the depot.", "publication_anachronism"),
    ("Earlier this year, in March 2016, the council sold the depot.", None),
    ("This winter's storms, which peaked in January 2009, felled 400 trees.", "publication_anachronism"),
    ("Last year's festival, held in the 2021 season, drew 9,000 people.", "publication_anachronism"),
    ("Last year's festival, held in the 2015 season, drew 9,000 people.", None),
    ("The pier has been shut since 2022, when a storm broke its deck.", "publication_anachronism"),
    ("The pier has been shut since 2012, when a storm broke its deck.", None),
    ("The pier will have been shut since 2022 if repairs fail.", None),
    # --- durations: days/months later against two dates; spans with start and end; milestones now.
    ("The convoy left Gdansk on 2 March 2004 and reached Riga five days later, on 30 March 2004.", "duration_arithmetic"),
    ("The convoy left Gdansk on 2 March 2004 and reached Riga five days later, on 7 March 2004.", None),
    ("Okoro spent three decades at the mill, from 1990 until it closed in 1996.", "duration_arithmetic"),
    ("Okoro spent three decades at the mill, from 1966 until it closed in 1996.", None),
    ("The fortnight-long strike began on 1 May and ended on June 20, 2012.", "duration_arithmetic"),
    ("The fortnight-long strike began on 1 May and ended on May 15, 2012.", None),
    ("The allotment society, founded in 1990, celebrated its diamond jubilee this year.", "duration_arithmetic"),
    ("The allotment society, founded in 1956, celebrated its diamond jubilee this year.", None),
    ("The rowing club, set up in 1992, marked half a century this year.", "duration_arithmetic"),
    ("Aunt Ida, born in 1931, celebrated her 100th birthday last month.", "duration_arithmetic"),
    ("Aunt Ida, born in 1916, celebrated her 100th birthday last month.", None),
    ("The sculptor Rhea Tamm was born in 1960 in Tartu. Tamm, who turns 70 next week, still works daily.",
     "duration_arithmetic"),
    ("The sculptor Rhea Tamm was born in 1960 in Tartu. Tamm, who turns 56 next week, still works daily.", None),
    ("The sculptor Rhea Tamm was born in 1960 in Tartu. Her rival, who turns 70 next week, still works daily.", None),
    ("In 1999, aged 30, Anton Sorel (born 1950) took over the firm.", "duration_arithmetic"),
    ("In 1999, aged 49, Anton Sorel (born 1950) took over the firm.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generalised_case(text: str, expected: str | None) -> None:
    check_dated_case(text, expected)


def test_duration_evidence_has_every_side() -> None:
    text = "The convoy left Gdansk on 2 March 2004 and reached Riga five days later, on 30 March 2004."
    (kind, spans), = _conflicts(text)
    assert kind == "duration_arithmetic"
    assert spans == ["2 March 2004", "five days", "30 March 2004"]
    text = "In 1999, aged 30, Anton Sorel (born 1950) took over the firm."
    (kind, spans), = _conflicts(text)
    assert spans == ["1999", "aged 30", "1950"]
    text = "Okoro spent three decades at the mill, from 1990 until it closed in 1996."
    (kind, spans), = _conflicts(text)
    assert spans == ["three decades", "1990", "1996"]


def test_age_at_narrated_date_is_not_flagged_against_publication() -> None:
    # 29 at the 1999 arrest, not at publication: the age is told at the time narrated.
    text = "Police detained Lena Maas on 3 June 1999. The 29-year-old, born on 1 May 1970, was released."
    assert _kinds(text) == []
    text = "Police detained Lena Maas on 3 June 1999. The 19-year-old, born on 1 May 1970, was released."
    (kind, spans), = _conflicts(text)
    assert kind == "duration_arithmetic" and spans == ["3 June 1999", "19-year-old", "1 May 1970"]


def test_anachronism_evidence_includes_the_calendar_word() -> None:
    text = "Last week's vote in Harlow, held on 4 March 2021, went to a recount."
    (kind, spans), = _conflicts(text)
    assert kind == "publication_anachronism" and spans == ["Last week", "4 March 2021"]


def test_spans_slice_unicode_input() -> None:
    text = "Ünver Gıda merged with Öztürk Süt in 2008. Since the Ünver Gıda\u2013Öztürk Süt merger was completed in 2004, " \
           "the “Ünver” brand has grown."
    for _, spans in _conflicts(text):
        assert all(isinstance(span, str) and span for span in spans)
