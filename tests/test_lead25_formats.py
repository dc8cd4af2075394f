"""Session 25 (lead): date formats of forms and filings, written from wordings of our own.

"14-Mar-2017" / "14-MAR-17" / "21 NOV 2014" (day, short month, year between dashes, or in
capitals between spaces) and "2013/07/04" (ISO order with slashes) are read as full dates, so
their weekdays and impossible days are checked like any other date's.  Near-misses: a score
"14-Mar", a flat "21 NOV" with no year, a path "a/2017/03/14/b", a route "2013/07".
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates, extract_temporal

PUBLISHED = datetime.date(2016, 9, 27)


@pytest.mark.parametrize(("sentence", "expression", "day"), [
    ("The permit, dated 14-Mar-2017, was stamped.", "14-Mar-2017", datetime.date(2017, 3, 14)),
    ("Box 3 reads RECEIVED 03-SEPT-2015 in red ink.", "03-SEPT-2015", datetime.date(2015, 9, 3)),
    ("The form came in on 9-Jan-16 and was logged.", "9-Jan-16", datetime.date(2016, 1, 9)),
    ("It was marked 2-DEC-98 by the registrar.", "2-DEC-98", datetime.date(1998, 12, 2)),
    ("INSPECTED 21 NOV 2014, the tag says.", "21 NOV 2014", datetime.date(2014, 11, 21)),
    ("The folder is labelled 2013/07/04 on its spine.", "2013/07/04", datetime.date(2013, 7, 4)),
    ("Minutes of the meeting held 2015/11/30 were released.", "2015/11/30", datetime.date(2015, 11, 30)),
])
def test_form_dates_are_full_dates(sentence: str, expression: str, day: datetime.date) -> None:
    found = [(item.text, item.kind, item.earliest, item.latest) for item in extract_temporal(sentence, published=PUBLISHED)]
    assert (expression, "date", day, day) in found, found


@pytest.mark.parametrize("sentence", [
    "The score was 14-Mar at the break, then the rain came.",
    "Flat 21 NOV is let, the agent wrote.",
    "See the page at news/2017/03/14/story for more.",
    "The route 2013/07 was closed for repairs.",
    "The code 14-MAR-X1 was printed on the crate.",
    "Order 3-May-Ltd was dissolved.",
])
def test_near_misses_are_not_full_dates(sentence: str) -> None:
    assert not [item for item in extract_temporal(sentence, published=PUBLISHED) if item.kind == "date"]


_FILLER = " Officials said the paperwork was complete and that nothing else was outstanding for the office."


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The filing on Monday, 14-Mar-2017 was late.", "weekday_mismatch"),
    ("The hearing on Friday 2015/11/30 was brief.", "weekday_mismatch"),
    ("The lease, signed 31-Apr-2016, was void.", "impossible_date"),
    ("The records dated 2016/02/30 were lost.", "impossible_date"),
    ("A receipt stamped 30-FEB-2015 was produced.", "impossible_date"),
])
def test_form_dates_conflict(sentence: str, kind: str) -> None:
    for published in (PUBLISHED, None):
        analysis = analyse_dates(sentence + _FILLER, published=published)
        assert [conflict.kind for conflict in analysis.conflicts] == [kind], analysis.conflicts


@pytest.mark.parametrize("sentence", [
    "The filing on Tuesday, 14-Mar-2017 was late.",
    "The hearing on Monday 2015/11/30 was brief.",
    "The lease, signed 30-Apr-2016, was valid.",
    "The records dated 2016/02/29 were kept.",
])
def test_form_dates_that_agree_do_not_conflict(sentence: str) -> None:
    for published in (PUBLISHED, None):
        assert not analyse_dates(sentence + _FILLER, published=published).conflicts
